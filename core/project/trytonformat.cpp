#include "trytonformat.h"

#include "project/projectfile.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace Linkwright {

namespace {

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

namespace TrytonFormat {

TrytonSettings read(JsonChecker &check, const QJsonObject &object, const QString &path)
{
    TrytonSettings settings;
    check.checkKeys(object, path, {key("database"), key("company"), key("warehouses")});
    settings.database = check.string(object, key("database"), path, true).value_or(QString());
    if (auto company = check.integer(object, key("company"), path, 1, std::numeric_limits<int>::max(), false))
        settings.company = static_cast<int>(*company);
    const QJsonValue warehouses = object.value(key("warehouses"));
    if (warehouses.isUndefined())
        return settings;
    const QString warehousesPath = JsonChecker::join(path, key("warehouses"));
    if (!warehouses.isArray()) {
        check.wrongType(warehousesPath, ProjectFile::tr("a list of warehouse ids"), warehouses);
        return settings;
    }
    const QJsonArray list = warehouses.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const double id = list.at(i).toDouble(-1);
        if (!list.at(i).isDouble() || id < 1 || id != std::floor(id) || id > std::numeric_limits<int>::max()) {
            check.wrongType(JsonChecker::index(warehousesPath, i), ProjectFile::tr("a stock.location id"), list.at(i));
            continue;
        }
        settings.warehouses.append(static_cast<int>(id));
    }
    return settings;
}

void write(JsonWriter &out, const TrytonSettings &settings)
{
    out.beginObject(key("tryton"));
    out.value(key("database"), settings.database);
    out.value(key("company"), settings.company);
    if (!settings.warehouses.isEmpty()) {
        QJsonArray ids;
        for (const int id : settings.warehouses)
            ids.append(id);
        out.value(key("warehouses"), ids);
    }
    out.endObject();
}

void check(JsonChecker &check, const Endpoint &endpoint, bool hasSettings, const QString &path)
{
    if (endpoint.connector != ConnectorType::Tryton) {
        if (hasSettings) {
            check.error(JsonChecker::join(path, key("tryton")),
                ProjectFile::tr("only applies to an endpoint of type \"tryton\""),
                ProjectFile::tr("Set \"type\": \"tryton\", or remove the \"tryton\" object."));
        }
        return;
    }
    if (!hasSettings) {
        check.missing(JsonChecker::join(path, key("tryton")),
            ProjectFile::tr("A Tryton endpoint names its database: \"tryton\": "
                            "{\"database\": \"NAME\", \"company\": 1}."));
    }
    if (endpoint.auth.type != AuthType::Basic) {
        check.error(JsonChecker::join(path, key("auth")),
            ProjectFile::tr("a Tryton endpoint logs in with a user and a password"),
            ProjectFile::tr("Write \"auth\": {\"type\": \"basic\", \"username\": "
                            "\"admin\", \"password\": "
                            "{\"env\": \"VARIABLE\"}}."));
    }
}

} // namespace TrytonFormat

} // namespace Linkwright

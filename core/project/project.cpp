#include "project.h"

#include "project/schedule.h"

#include <QCoreApplication>

namespace Linkwright {

namespace {
struct ProjectText {
    Q_DECLARE_TR_FUNCTIONS(Linkwright::Project)
};
} // namespace

QString authTypeKey(AuthType type)
{
    switch (type) {
    case AuthType::ApiKey:
        return QStringLiteral("api-key");
    case AuthType::Basic:
        return QStringLiteral("basic");
    case AuthType::Bearer:
        return QStringLiteral("bearer");
    case AuthType::None:
        break;
    }
    return QStringLiteral("none");
}

QStringList authTypeKeys()
{
    return {QStringLiteral("none"), QStringLiteral("api-key"), QStringLiteral("basic"), QStringLiteral("bearer")};
}

QString authTypeDisplayName(AuthType type)
{
    switch (type) {
    case AuthType::ApiKey:
        return ProjectText::tr("API key header");
    case AuthType::Basic:
        return ProjectText::tr("Basic (user name and password)");
    case AuthType::Bearer:
        return ProjectText::tr("Bearer token");
    case AuthType::None:
        break;
    }
    return ProjectText::tr("None");
}

bool AuthConfig::operator==(const AuthConfig &other) const
{
    return type == other.type && (type != AuthType::ApiKey || header == other.header)
        && (type != AuthType::Basic || username == other.username)
        && (type == AuthType::None || secret == other.secret);
}

QString connectorTypeKey(ConnectorType type)
{
    switch (type) {
    case ConnectorType::Rest:
        break;
    case ConnectorType::Tryton:
        return QStringLiteral("tryton");
    }
    return QStringLiteral("rest");
}

QStringList connectorTypeKeys()
{
    return {QStringLiteral("rest"), QStringLiteral("tryton")};
}

QStringList paginationStyleKeys()
{
    return {QStringLiteral("page"), QStringLiteral("offset"), QStringLiteral("cursor"), QStringLiteral("link"),
        QStringLiteral("odata")};
}

QString paginationStyleKey(Pagination::Style style)
{
    return paginationStyleKeys().value(static_cast<int>(style));
}

QString Endpoint::resourcePath(DataPointKind kind) const
{
    const QString key = DataPoints::key(kind);
    return resources.value(key, key);
}

QString Schedule::toDisplayString() const
{
    switch (kind) {
    case Kind::Interval:
        return ProjectText::tr("every %1").arg(Schedules::formatInterval(intervalSeconds));
    case Kind::Cron:
        return ProjectText::tr("cron %1").arg(cron);
    case Kind::Manual:
        break;
    }
    return ProjectText::tr("manual");
}

const DataPointConfig *Project::dataPoint(DataPointKind kind) const
{
    for (const auto &config : dataPoints) {
        if (config.kind == kind)
            return &config;
    }
    return nullptr;
}

DataPointConfig *Project::dataPoint(DataPointKind kind)
{
    for (auto &config : dataPoints) {
        if (config.kind == kind)
            return &config;
    }
    return nullptr;
}

} // namespace Linkwright

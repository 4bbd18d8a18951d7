#include "roiformat.h"

#include "project/projectfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace Linkwright {

namespace {

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

/// A figure as text: a string as it is, a JSON number in its shortest exact form ("10", "0.5").
std::optional<QString> figure(JsonChecker &check, const QJsonObject &object, const QString &name, const QString &path)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined())
        return std::nullopt;
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        // 'f': the shortest exact digits without an exponent ("100000", not "1e+05"), since the
        // figure is kept and shown as text.
        return QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    check.wrongType(JsonChecker::join(path, name), ProjectFile::tr("a number as a string, such as \"12.50\""), value);
    return std::nullopt;
}

RoiArea readArea(JsonChecker &check, const QJsonObject &object, const QString &path)
{
    check.checkKeys(object, path,
        {key("name"), key("costPerEvent"), key("eventsPerDay"), key("improvementPercent"), key("dataPoint")});
    RoiArea area;
    area.name = check.string(object, key("name"), path, true).value_or(QString());
    area.costPerEvent = figure(check, object, key("costPerEvent"), path).value_or(QString());
    area.eventsPerDay = figure(check, object, key("eventsPerDay"), path).value_or(QString());
    area.improvementPercent = figure(check, object, key("improvementPercent"), path).value_or(QString());
    QStringList dataPointKeys;
    for (DataPointKind kind : DataPoints::all())
        dataPointKeys.append(DataPoints::key(kind));
    area.dataPoint = check.choice<DataPointKind>(
        object, key("dataPoint"), path, dataPointKeys, [](const QString &text) { return DataPoints::fromKey(text); },
        false);
    return area;
}

} // namespace

namespace RoiFormat {

RoiScenario readScenario(JsonChecker &check, const QJsonObject &object, const QString &path)
{
    check.checkKeys(object, path,
        {key("name"), key("currency"), key("daysPerYear"), key("implementationCost"), key("yearlyRunningCost"),
            key("areas")});
    RoiScenario scenario;
    scenario.name = check.string(object, key("name"), path, false).value_or(QString());
    scenario.currency = check.string(object, key("currency"), path, false).value_or(scenario.currency);
    scenario.daysPerYear = figure(check, object, key("daysPerYear"), path).value_or(scenario.daysPerYear);
    scenario.implementationCost =
        figure(check, object, key("implementationCost"), path).value_or(scenario.implementationCost);
    scenario.yearlyRunningCost =
        figure(check, object, key("yearlyRunningCost"), path).value_or(scenario.yearlyRunningCost);
    const QJsonValue areas = object.value(key("areas"));
    const QString areasPath = JsonChecker::join(path, key("areas"));
    if (areas.isUndefined()) {
        check.missing(areasPath,
            ProjectFile::tr("List the areas: \"areas\": [{\"name\": \"Orders\", "
                            "\"costPerEvent\": \"10\", \"eventsPerDay\": \"100\", "
                            "\"improvementPercent\": \"50\"}]."));
    } else if (!areas.isArray()) {
        check.wrongType(areasPath, ProjectFile::tr("an array"), areas);
    } else {
        const QJsonArray list = areas.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString areaPath = JsonChecker::index(areasPath, i);
            if (!list.at(i).isObject()) {
                check.wrongType(areaPath, ProjectFile::tr("an object"), list.at(i));
                continue;
            }
            scenario.areas.append(readArea(check, list.at(i).toObject(), areaPath));
        }
    }
    return scenario;
}

QList<RoiScenario> read(JsonChecker &check, const QJsonObject &roi, const QString &path)
{
    check.checkKeys(roi, path, {key("scenarios")});
    QList<RoiScenario> scenarios;
    const QJsonValue list = roi.value(key("scenarios"));
    const QString listPath = JsonChecker::join(path, key("scenarios"));
    if (list.isUndefined())
        return scenarios;
    if (!list.isArray()) {
        check.wrongType(listPath, ProjectFile::tr("an array"), list);
        return scenarios;
    }
    const QJsonArray items = list.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPath = JsonChecker::index(listPath, i);
        if (!items.at(i).isObject()) {
            check.wrongType(itemPath, ProjectFile::tr("an object"), items.at(i));
            continue;
        }
        scenarios.append(readScenario(check, items.at(i).toObject(), itemPath));
    }
    return scenarios;
}

void writeScenario(JsonWriter &out, const RoiScenario &scenario)
{
    out.beginObject();
    out.value(key("name"), scenario.name);
    out.value(key("currency"), scenario.currency);
    out.value(key("daysPerYear"), scenario.daysPerYear);
    out.value(key("implementationCost"), scenario.implementationCost);
    out.value(key("yearlyRunningCost"), scenario.yearlyRunningCost);
    out.beginArray(key("areas"));
    for (const RoiArea &area : scenario.areas) {
        QList<std::pair<QString, QJsonValue>> members{{key("name"), area.name},
            {key("costPerEvent"), area.costPerEvent}, {key("eventsPerDay"), area.eventsPerDay},
            {key("improvementPercent"), area.improvementPercent}};
        if (area.dataPoint)
            members.append({key("dataPoint"), DataPoints::key(*area.dataPoint)});
        out.inlineObject({}, members);
    }
    out.endArray();
    out.endObject();
}

void write(JsonWriter &out, const QList<RoiScenario> &scenarios)
{
    if (scenarios.isEmpty())
        return;
    out.beginObject(key("roi"));
    out.beginArray(key("scenarios"));
    for (const RoiScenario &scenario : scenarios)
        writeScenario(out, scenario);
    out.endArray();
    out.endObject();
}

std::expected<RoiScenario, Diagnostics> parseScenario(const QByteArray &json)
{
    const auto failure = [](const QString &path, const QString &message, const QString &hint = {}) {
        return std::unexpected(Diagnostics{{Diagnostic::Severity::Error, path, message, hint}});
    };
    if (json.trimmed().isEmpty())
        return failure({}, ProjectFile::tr("the file is empty"),
            ProjectFile::tr("Write one scenario object; \"linkwright-cli roi --preset whitepaper --json\" shows "
                            "the figures of an example."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        qsizetype line = 1;
        qsizetype column = 1;
        for (qsizetype i = 0; i < std::min<qsizetype>(parseError.offset, json.size()); ++i) {
            line += json.at(i) == '\n' ? 1 : 0;
            column = json.at(i) == '\n' ? 1 : column + 1;
        }
        return failure(ProjectFile::tr("line %1, column %2").arg(line).arg(column),
            ProjectFile::tr("not valid JSON: %1").arg(parseError.errorString()),
            ProjectFile::tr("Look there and just before it: a missing comma, quote or bracket is the usual cause."));
    }
    if (!document.isObject()) {
        return failure({}, ProjectFile::tr("a scenario must be a JSON object"),
            ProjectFile::tr("Start the file with { \"areas\": [...] }."));
    }
    JsonChecker check;
    RoiScenario scenario = readScenario(check, document.object(), {});
    if (check.hasErrors())
        return std::unexpected(check.diagnostics());
    return scenario;
}

QByteArray serializeScenario(const RoiScenario &scenario)
{
    JsonWriter out;
    writeScenario(out, scenario);
    return out.finish();
}

} // namespace RoiFormat

} // namespace Linkwright

#pragma once

#include "domain/json.h"
#include "mapping/mappingengine.h"
#include "project/project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Linkwright::Testing {

/// A record from JSON text; the text is the test's own, so a mistake in it is fatal.
inline Value json(const QByteArray &text)
{
    auto value = Json::parse(text);
    if (!value)
        qFatal("bad test JSON: %s", qPrintable(value.error().message));
    return *value;
}

inline QByteArray serialized(const Value &value)
{
    return Json::serialize(value);
}

/// Mappings written as in a project file: [{"target": ..., "source": ..., "transforms": [...]}].
inline DataPointConfig config(const QByteArray &mappingsJson)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(mappingsJson, &error);
    if (!document.isArray())
        qFatal("bad test mappings: %s", qPrintable(error.errorString()));
    DataPointConfig config;
    config.kind = DataPointKind::Products;
    for (const QJsonValue &item : document.array()) {
        const QJsonObject object = item.toObject();
        FieldMapping mapping;
        mapping.target = object.value(QStringLiteral("target")).toString();
        const QJsonValue source = object.value(QStringLiteral("source"));
        if (source.isString())
            mapping.sources.append(source.toString());
        for (const QJsonValue &s : source.toArray())
            mapping.sources.append(s.toString());
        mapping.required = object.value(QStringLiteral("required")).toBool();
        if (object.contains(QStringLiteral("type")))
            mapping.type = FieldTypes::fromKey(object.value(QStringLiteral("type")).toString()).value();
        for (const QJsonValue &t : object.value(QStringLiteral("transforms")).toArray()) {
            QJsonObject args = t.toObject();
            const QString op = args.take(QStringLiteral("op")).toString();
            mapping.transforms.append({op, args});
        }
        config.mappings.append(mapping);
    }
    return config;
}

inline Result<MappingEngine> compile(const QByteArray &mappingsJson)
{
    return MappingEngine::compile(config(mappingsJson));
}

/// An engine that must compile; the test fails loudly when it does not.
inline MappingEngine engine(const QByteArray &mappingsJson)
{
    auto compiled = compile(mappingsJson);
    if (!compiled)
        qFatal("mappings do not compile: %s", qPrintable(compiled.error().toString()));
    return *compiled;
}

/// The mapped record as compact JSON, or "FAIL: message" so that QCOMPARE shows what happened.
inline QByteArray mapped(const MappingEngine &engine, const Value &record)
{
    const auto result = engine.map(record);
    if (!result)
        return QByteArray("FAIL: ") + result.error().message.toUtf8();
    return Json::serialize(*result);
}

/// One mapping "out" from field "in" of a record {"in": input} through the given transforms.
inline QByteArray through(const QByteArray &transformsJson, const QByteArray &inputJson)
{
    const QByteArray mappings =
        QByteArray(R"([{"target":"out","source":"in","transforms":)") + transformsJson + QByteArray("}]");
    auto compiled = compile(mappings);
    if (!compiled)
        return QByteArray("COMPILE: ") + compiled.error().message.toUtf8();
    const auto result = compiled->map(json(QByteArray(R"({"in":)") + inputJson + '}'));
    if (!result)
        return QByteArray("FAIL: ") + result.error().message.toUtf8();
    return Json::serialize(*result->find("out"));
}

/// through(), with a failure's message without the mapping's name: "FAIL: \"date\" expects ...".
inline QByteArray throughStep(const QByteArray &transformsJson, const QByteArray &inputJson)
{
    QByteArray result = through(transformsJson, inputJson);
    result.replace(QByteArray(R"(mappings[0] (target "out"): )"), QByteArray());
    return result;
}

} // namespace Linkwright::Testing

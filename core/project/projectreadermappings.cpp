// ProjectReader: a data point's mappings and their transforms.

#include "projectreader.h"

#include "domain/decimal.h"
#include "domain/transformspec.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Linkwright {

namespace {

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

/// A number, or text the mapping engine reads as one exactly (Decimal::parse).
bool isDecimal(const QJsonValue &value)
{
    return value.isDouble() || (value.isString() && Decimal::parse(value.toString().toUtf8()).has_value());
}

bool matchesType(const QJsonValue &value, TransformSpec::ArgType type)
{
    switch (type) {
    case TransformSpec::ArgType::String:
        return value.isString();
    case TransformSpec::ArgType::Integer:
        return value.isDouble() && value.toDouble() == static_cast<double>(value.toInteger());
    case TransformSpec::ArgType::Decimal:
        return isDecimal(value);
    case TransformSpec::ArgType::Object:
        return value.isObject();
    case TransformSpec::ArgType::Any:
        break;
    }
    return !value.isUndefined();
}

} // namespace

QList<FieldMapping> ProjectReader::readMappings(const QJsonValue &value, const QString &path)
{
    QList<FieldMapping> mappings;
    if (!value.isArray()) {
        m_check.wrongType(path, ProjectFile::tr("an array"), value);
        return mappings;
    }
    const QJsonArray array = value.toArray();
    QHash<QString, qsizetype> targets;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = JsonChecker::index(path, i);
        if (!array.at(i).isObject()) {
            m_check.wrongType(itemPath, ProjectFile::tr("an object"), array.at(i));
            continue;
        }
        FieldMapping mapping = readMapping(array.at(i).toObject(), itemPath);
        if (!mapping.target.isEmpty()) {
            if (auto it = targets.constFind(mapping.target); it != targets.constEnd()) {
                m_check.error(JsonChecker::join(itemPath, key("target")),
                    ProjectFile::tr("\"%1\" is already mapped by %2")
                        .arg(mapping.target, JsonChecker::index(path, *it)),
                    ProjectFile::tr("Map each target field once; combine sources with a \"concat\" transform."));
            } else {
                targets.insert(mapping.target, i);
            }
        }
        mappings.append(mapping);
    }
    return mappings;
}

FieldMapping ProjectReader::readMapping(const QJsonObject &object, const QString &path)
{
    FieldMapping mapping;
    m_check.checkKeys(object, path, {key("target"), key("source"), key("type"), key("transforms"), key("required")});
    mapping.target = m_check.string(object, key("target"), path, true).value_or(QString());
    if (object.contains(key("target")) && object.value(key("target")).isString() && mapping.target.trimmed().isEmpty())
        m_check.error(JsonChecker::join(path, key("target")), ProjectFile::tr("is empty"),
            ProjectFile::tr("Name the field to write."));

    const QJsonValue source = object.value(key("source"));
    const QString sourcePath = JsonChecker::join(path, key("source"));
    if (source.isString()) {
        mapping.sources.append(source.toString());
    } else if (source.isArray()) {
        const QJsonArray list = source.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i).isString())
                mapping.sources.append(list.at(i).toString());
            else
                m_check.wrongType(JsonChecker::index(sourcePath, i), ProjectFile::tr("a string"), list.at(i));
        }
    } else if (!source.isUndefined()) {
        m_check.wrongType(sourcePath, ProjectFile::tr("a field name or an array of field names"), source);
    }
    if (const auto type = m_check.string(object, key("type"), path, false)) {
        if (const auto known = FieldTypes::fromKey(*type)) {
            mapping.type = *known;
        } else {
            const QString suggestion = JsonChecker::closest(*type, FieldTypes::keys());
            m_check.error(JsonChecker::join(path, key("type")),
                ProjectFile::tr("\"%1\" is not one of %2").arg(*type, FieldTypes::keys().join(QStringLiteral(", "))),
                suggestion.isEmpty() ? ProjectFile::tr("Use \"decimal\" for amounts, \"integer\" for counts, "
                                                       "\"string\" for text and identifiers; leave \"type\" out to "
                                                       "check nothing.")
                                     : ProjectFile::tr("Did you mean \"%1\"?").arg(suggestion));
        }
    }
    mapping.required = m_check.boolean(object, key("required"), path).value_or(false);

    const QJsonValue transforms = object.value(key("transforms"));
    const QString transformsPath = JsonChecker::join(path, key("transforms"));
    if (transforms.isArray()) {
        const QJsonArray list = transforms.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i).isObject())
                mapping.transforms.append(readTransform(list.at(i).toObject(), JsonChecker::index(transformsPath, i)));
            else
                m_check.wrongType(JsonChecker::index(transformsPath, i), ProjectFile::tr("an object"), list.at(i));
        }
    } else if (!transforms.isUndefined()) {
        m_check.wrongType(transformsPath, ProjectFile::tr("an array"), transforms);
    }

    const auto uses = [&mapping](bool TransformSpec::*flag) {
        return std::ranges::any_of(mapping.transforms, [flag](const Transform &t) {
            const TransformSpec *spec = Transforms::find(t.op);
            return spec && spec->*flag;
        });
    };
    if (mapping.sources.isEmpty() && !uses(&TransformSpec::noSource) && object.contains(key("target"))) {
        m_check.error(sourcePath, ProjectFile::tr("is required unless a \"constant\" transform gives the value"),
            ProjectFile::tr("Name the source field, for example \"source\": \"title\"."));
    }
    if (mapping.sources.size() > 1 && !uses(&TransformSpec::multipleSources)) {
        m_check.error(sourcePath,
            ProjectFile::tr("names %1 fields but no transform combines them").arg(mapping.sources.size()),
            ProjectFile::tr("Add a \"concat\" transform, or map a single field."));
    }
    return mapping;
}

Transform ProjectReader::readTransform(const QJsonObject &object, const QString &path)
{
    Transform transform;
    const auto op = m_check.string(object, key("op"), path, true);
    if (!op)
        return transform;
    const TransformSpec *spec = Transforms::find(*op);
    if (!spec) {
        m_check.notOneOf(JsonChecker::join(path, key("op")), *op, Transforms::names());
        return transform;
    }
    transform.op = *op;
    QStringList allowed{key("op")};
    for (const auto &arg : spec->args)
        allowed.append(QString::fromLatin1(arg.name));
    m_check.checkKeys(object, path, allowed);
    for (const auto &arg : spec->args) {
        const QString name = QString::fromLatin1(arg.name);
        const QJsonValue value = object.value(name);
        if (value.isUndefined()) {
            if (arg.required)
                m_check.error(JsonChecker::join(path, name), ProjectFile::tr("is required by \"%1\"").arg(*op));
            continue;
        }
        if (arg.type == TransformSpec::ArgType::Decimal && value.isString() && !isDecimal(value)) {
            // Text is how an exact number is written here: what is wrong is the text, not the quotes.
            m_check.error(JsonChecker::join(path, name),
                ProjectFile::tr("\"%1\" is not a number").arg(value.toString()),
                ProjectFile::tr("Write it with a point as the decimal separator and no thousands separator, such as "
                                "\"7.46\"; in quotes every digit is kept."));
            continue;
        }
        if (!matchesType(value, arg.type)) {
            m_check.wrongType(JsonChecker::join(path, name), Transforms::argTypeName(arg.type), value);
            continue;
        }
        transform.args.insert(name, value);
    }
    return transform;
}

} // namespace Linkwright

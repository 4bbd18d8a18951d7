#include "transformspec.h"

#include <QCoreApplication>

namespace Linkwright {

namespace FieldTypes {

const QList<FieldType> &all()
{
    static const QList<FieldType> types{FieldType::String, FieldType::Integer, FieldType::Decimal, FieldType::Boolean,
        FieldType::Date, FieldType::DateTime, FieldType::Object, FieldType::Array, FieldType::Any};
    return types;
}

QString key(FieldType type)
{
    switch (type) {
    case FieldType::Any:
        break;
    case FieldType::String:
        return QStringLiteral("string");
    case FieldType::Integer:
        return QStringLiteral("integer");
    case FieldType::Decimal:
        return QStringLiteral("decimal");
    case FieldType::Boolean:
        return QStringLiteral("boolean");
    case FieldType::Date:
        return QStringLiteral("date");
    case FieldType::DateTime:
        return QStringLiteral("datetime");
    case FieldType::Object:
        return QStringLiteral("object");
    case FieldType::Array:
        return QStringLiteral("array");
    }
    return QStringLiteral("any");
}

std::optional<FieldType> fromKey(QStringView text)
{
    for (FieldType type : all()) {
        if (text == key(type))
            return type;
    }
    return std::nullopt;
}

QStringList keys()
{
    QStringList list;
    for (FieldType type : all())
        list.append(key(type));
    return list;
}

QString displayName(FieldType type)
{
    switch (type) {
    case FieldType::Any:
        break;
    case FieldType::String:
        return QCoreApplication::translate("Linkwright::Mapping", "text");
    case FieldType::Integer:
        return QCoreApplication::translate("Linkwright::Mapping", "a whole number");
    case FieldType::Decimal:
        return QCoreApplication::translate("Linkwright::Mapping", "a decimal number");
    case FieldType::Boolean:
        return QCoreApplication::translate("Linkwright::Mapping", "true or false");
    case FieldType::Date:
        return QCoreApplication::translate("Linkwright::Mapping", "a date (yyyy-MM-dd)");
    case FieldType::DateTime:
        return QCoreApplication::translate("Linkwright::Mapping", "a date and time (ISO 8601)");
    case FieldType::Object:
        return QCoreApplication::translate("Linkwright::Mapping", "an object");
    case FieldType::Array:
        return QCoreApplication::translate("Linkwright::Mapping", "an array");
    }
    return QCoreApplication::translate("Linkwright::Mapping", "any value");
}

} // namespace FieldTypes

namespace Transforms {

using ArgType = TransformSpec::ArgType;

const QList<TransformSpec> &catalogue()
{
    static const QList<TransformSpec> specs{
        {"trim", {}},
        {"upper", {}},
        {"lower", {}},
        {"replace", {{"from", ArgType::String, true}, {"to", ArgType::String, true}}},
        {"prefix", {{"value", ArgType::String, true}}},
        {"suffix", {{"value", ArgType::String, true}}},
        {"default", {{"value", ArgType::Any, true}}},
        {"constant", {{"value", ArgType::Any, true}}, false, true},
        {"concat", {{"separator", ArgType::String, false}}, true},
        {"split", {{"separator", ArgType::String, true}, {"index", ArgType::Integer, true}}},
        {"scale", {{"factor", ArgType::Decimal, true}}},
        {"round", {{"decimals", ArgType::Integer, true}}},
        {"convert", {{"factor", ArgType::Decimal, true}, {"decimals", ArgType::Integer, false}}},
        {"date",
            {{"from", ArgType::String, true}, {"to", ArgType::String, true}, {"fromZone", ArgType::String, false},
                {"toZone", ArgType::String, false}}},
        {"lookup", {{"table", ArgType::Object, true}, {"default", ArgType::Any, false}}},
        {"boolean", {{"true", ArgType::Any, true}, {"false", ArgType::Any, true}}},
    };
    return specs;
}

const TransformSpec *find(QStringView op)
{
    for (const auto &spec : catalogue()) {
        if (op == QLatin1StringView(spec.op))
            return &spec;
    }
    return nullptr;
}

QStringList names()
{
    QStringList list;
    for (const auto &spec : catalogue())
        list.append(spec.name());
    return list;
}

QString argTypeName(ArgType type)
{
    switch (type) {
    case ArgType::String:
        return QCoreApplication::translate("Linkwright::ProjectFile", "a string");
    case ArgType::Integer:
        return QCoreApplication::translate("Linkwright::ProjectFile", "a whole number");
    case ArgType::Decimal:
        return QCoreApplication::translate("Linkwright::ProjectFile", "a number");
    case ArgType::Object:
        return QCoreApplication::translate("Linkwright::ProjectFile", "an object");
    case ArgType::Any:
        break;
    }
    return QCoreApplication::translate("Linkwright::ProjectFile", "a value");
}

} // namespace Transforms

} // namespace Linkwright

#include "transformspec.h"

#include <QCoreApplication>

namespace Linkwright::Transforms {

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
        {"date", {{"from", ArgType::String, true}, {"to", ArgType::String, true}}},
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

} // namespace Linkwright::Transforms

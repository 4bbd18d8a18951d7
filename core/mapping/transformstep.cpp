#include "transformstep.h"

#include "domain/transformspec.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <utility>

namespace Linkwright {

namespace {

using Op = TransformStep::Op;

/// The engine's side of the catalogue in transformspec.cpp; an op added there without a line
/// here is refused when a mapping is compiled, not ignored.
constexpr std::pair<const char *, Op> Ops[]{
    {"trim", Op::Trim},
    {"upper", Op::Upper},
    {"lower", Op::Lower},
    {"replace", Op::Replace},
    {"prefix", Op::Prefix},
    {"suffix", Op::Suffix},
    {"default", Op::Default},
    {"constant", Op::Constant},
    {"concat", Op::Concat},
    {"split", Op::Split},
    {"scale", Op::Scale},
    {"round", Op::Round},
    {"convert", Op::Convert},
    {"date", Op::Date},
    {"lookup", Op::Lookup},
    {"boolean", Op::Boolean},
};

QString argName(const char *name)
{
    return u'"' + QString::fromLatin1(name) + u'"';
}

/// A scalar as the text lookup and boolean compare: strings and numbers by their text, true and
/// false by those words; containers and null have none.
std::optional<QByteArray> scalarText(const Value &value)
{
    switch (value.type()) {
    case Value::Type::String:
    case Value::Type::Number:
        return value.utf8();
    case Value::Type::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case Value::Type::Null:
    case Value::Type::Array:
    case Value::Type::Object:
        break;
    }
    return std::nullopt;
}

/// Reads a transform's arguments, checked again here because a configuration built in code (the
/// window, a test) never went through the project file's reader.
class Args
{
public:
    explicit Args(const Transform &transform)
        : m_transform(transform)
    {
    }

    [[nodiscard]] bool has(const char *name) const { return m_transform.args.contains(QLatin1StringView(name)); }
    [[nodiscard]] QJsonValue raw(const char *name) const { return m_transform.args.value(QLatin1StringView(name)); }

    [[nodiscard]] std::expected<QByteArray, StepError> text(const char *name, bool allowEmpty = true) const
    {
        const QJsonValue value = raw(name);
        if (!value.isString())
            return std::unexpected(StepError{Mapping::tr("%1 must be text").arg(argName(name)), {}});
        if (!allowEmpty && value.toString().isEmpty())
            return std::unexpected(StepError{Mapping::tr("%1 is empty").arg(argName(name)),
                Mapping::tr("Give the text to look for, such as \",\" or \" - \".")});
        return value.toString().toUtf8();
    }

    [[nodiscard]] std::expected<qint64, StepError> integer(const char *name, qint64 min, qint64 max) const
    {
        const QJsonValue value = raw(name);
        const double number = value.toDouble();
        if (!value.isDouble() || number != std::trunc(number) || number < static_cast<double>(min)
            || number > static_cast<double>(max)) {
            return std::unexpected(StepError{
                Mapping::tr("%1 must be a whole number from %2 to %3").arg(argName(name)).arg(min).arg(max), {}});
        }
        return static_cast<qint64>(number);
    }

    [[nodiscard]] std::expected<Decimal, StepError> decimal(const char *name) const
    {
        const QJsonValue value = raw(name);
        QByteArray text;
        if (value.isDouble())
            text = Mapping::numberText(value.toDouble());
        else if (value.isString())
            text = value.toString().toUtf8();
        else
            return std::unexpected(StepError{Mapping::tr("%1 must be a number").arg(argName(name)), {}});
        auto number = Decimal::parse(text);
        if (!number)
            return std::unexpected(StepError{argName(name) + QStringLiteral(": ") + number.error().message,
                Mapping::tr("Write factors as text to keep every digit, such as \"7.4604\".")});
        return *number;
    }

private:
    const Transform &m_transform;
};

} // namespace

std::expected<TransformStep, StepError> TransformStep::compile(const Transform &transform)
{
    const TransformSpec *spec = Transforms::find(transform.op);
    if (!spec) {
        return std::unexpected(StepError{Mapping::tr("\"%1\" is not a transform").arg(transform.op),
            Mapping::tr("Use one of %1.").arg(Transforms::names().join(QStringLiteral(", ")))});
    }
    for (auto it = transform.args.begin(); it != transform.args.end(); ++it) {
        const bool known =
            std::ranges::any_of(spec->args, [&it](const auto &arg) { return it.key() == QLatin1StringView(arg.name); });
        if (!known)
            return std::unexpected(
                StepError{Mapping::tr("\"%1\" has no argument \"%2\"").arg(transform.op, it.key()), {}});
    }
    for (const auto &arg : spec->args) {
        if (arg.required && !transform.args.contains(QLatin1StringView(arg.name)))
            return std::unexpected(
                StepError{Mapping::tr("%1 is required by \"%2\"").arg(argName(arg.name), transform.op), {}});
    }

    TransformStep step;
    const auto *known = std::ranges::find_if(
        Ops, [&transform](const auto &entry) { return transform.op == QLatin1StringView(entry.first); });
    if (known == std::end(Ops))
        return std::unexpected(StepError{Mapping::tr("\"%1\" is not supported by this version").arg(transform.op), {}});
    step.m_op = known->second;
    step.m_name = transform.op;
    const Args args(transform);
    const auto take = [](auto result, auto &into) -> std::optional<StepError> {
        if (!result)
            return result.error();
        into = *result;
        return std::nullopt;
    };
    std::optional<StepError> problem;
    switch (step.m_op) {
    case Op::Trim:
    case Op::Upper:
    case Op::Lower:
        break;
    case Op::Replace:
        if (!(problem = take(args.text("from", false), step.m_text)))
            problem = take(args.text("to"), step.m_replacement);
        break;
    case Op::Prefix:
    case Op::Suffix:
        problem = take(args.text("value"), step.m_text);
        break;
    case Op::Default:
    case Op::Constant:
        step.m_value = Mapping::fromJson(args.raw("value"));
        break;
    case Op::Concat:
        if (args.has("separator"))
            problem = take(args.text("separator"), step.m_text);
        break;
    case Op::Split:
        if (!(problem = take(args.text("separator", false), step.m_text)))
            problem = take(args.integer("index", -1'000'000'000, 1'000'000'000), step.m_index);
        break;
    case Op::Scale:
        problem = take(args.decimal("factor"), step.m_factor);
        break;
    case Op::Round:
        problem = take(args.integer("decimals", 0, Decimal::MaxScale), step.m_decimals);
        break;
    case Op::Convert:
        if (!(problem = take(args.decimal("factor"), step.m_factor)) && args.has("decimals"))
            problem = take(args.integer("decimals", 0, Decimal::MaxScale), step.m_decimals);
        break;
    case Op::Date: {
        QByteArray from;
        QByteArray to;
        if (!(problem = take(args.text("from"), from)) && !(problem = take(args.text("to"), to))
            && !(problem = take(dateFormat(QString::fromUtf8(from), true), step.m_from)))
            problem = take(dateFormat(QString::fromUtf8(to), false), step.m_to);
        QByteArray zone;
        if (!problem && args.has("fromZone") && !(problem = take(args.text("fromZone"), zone)))
            problem = take(timeZone(QString::fromUtf8(zone), true), step.m_fromZone);
        if (!problem && args.has("toZone") && !(problem = take(args.text("toZone"), zone)))
            problem = take(timeZone(QString::fromUtf8(zone), false), step.m_toZone);
        // A zone's offset depends on the day: without a year Qt takes 1900, whose offsets were
        // the local mean times (Amsterdam +00:19:32), and the time would come out minutes off.
        if (!problem && (step.m_fromZone.isValid() || step.m_toZone.isValid()) && !step.m_from.hasYear) {
            problem = StepError{Mapping::tr("\"fromZone\" and \"toZone\" need a date with a year in \"from\", "
                                            "and \"%1\" has none")
                                    .arg(step.m_from.pattern),
                Mapping::tr("A zone's offset depends on the day. Read the whole date, or convert a time alone "
                            "without zones.")};
        }
        break;
    }
    case Op::Lookup: {
        const QJsonValue table = args.raw("table");
        if (!table.isObject()) {
            problem = StepError{Mapping::tr("\"table\" must be an object"),
                Mapping::tr("Write it as {\"from\": \"to\", ...}, such as {\"pcs\": \"piece\"}.")};
            break;
        }
        step.m_hasDefault = args.has("default");
        step.m_value = Mapping::fromJson(args.raw("default"));
        const QJsonObject object = table.toObject();
        QHash<QByteArray, QByteArray> original;
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QByteArray key = Mapping::trimmed(it.key().toUtf8());
            if (auto clash = original.constFind(key); clash != original.constEnd()) {
                problem = StepError{Mapping::tr("\"table\" has the keys %1 and %2, which are the same once the spaces "
                                                "around them are cut")
                                        .arg(Mapping::quoted(*clash), Mapping::quoted(it.key().toUtf8())),
                    Mapping::tr("Lookup ignores spaces around values and keys; keep one of the two.")};
                break;
            }
            original.insert(key, it.key().toUtf8());
            step.m_table.insert(key, Mapping::fromJson(it.value()));
            step.m_keys.append(it.key().toUtf8());
        }
        if (!problem && object.isEmpty() && !step.m_hasDefault) {
            problem = StepError{Mapping::tr("\"table\" is empty, so every value would fail"),
                Mapping::tr("Add entries, such as {\"pcs\": \"piece\"}, or use \"constant\".")};
        }
        break;
    }
    case Op::Boolean:
        step.m_value = Mapping::fromJson(args.raw("true"));
        step.m_falseValue = Mapping::fromJson(args.raw("false"));
        if (step.m_value == step.m_falseValue) {
            problem = StepError{Mapping::tr("\"true\" and \"false\" are both %1").arg(Mapping::describe(step.m_value)),
                Mapping::tr("Give the two values a system uses, such as \"Y\" and \"N\".")};
        }
        break;
    }
    if (problem)
        return std::unexpected(*problem);
    return step;
}

std::optional<StepError> TransformStep::apply(Value &value) const
{
    switch (m_op) {
    case Op::Default:
        if (value.isNull() || (value.isString() && value.utf8().isEmpty()))
            value = m_value;
        return std::nullopt;
    case Op::Constant:
        value = m_value;
        return std::nullopt;
    case Op::Concat: {
        auto joined = join({value});
        if (!joined)
            return joined.error();
        value = std::move(*joined);
        return std::nullopt;
    }
    default:
        break;
    }
    if (value.isNull())
        return std::nullopt;
    switch (m_op) {
    case Op::Scale:
    case Op::Round:
    case Op::Convert:
        return applyNumber(value);
    case Op::Date:
        return applyDate(value);
    case Op::Lookup:
        return applyLookup(value);
    case Op::Boolean:
        return applyBoolean(value);
    default:
        break;
    }
    return applyText(value);
}

std::optional<StepError> TransformStep::applyNumber(Value &value) const
{
    if (!value.isNumber() && !(value.isString() && Decimal::looksLikeNumber(value.utf8())))
        return wrongInput(Mapping::tr("a number"), value);
    auto number = Decimal::parse(value.utf8());
    if (number && m_op != Op::Round)
        number = number->multiply(m_factor);
    if (number && m_decimals >= 0)
        number = number->rounded(m_decimals);
    if (!number)
        return StepError{u'"' + m_name + QStringLiteral("\": ") + number.error().message, number.error().hint};
    value = number->toValue();
    return std::nullopt;
}

std::optional<StepError> TransformStep::applyLookup(Value &value) const
{
    const std::optional<QByteArray> key = scalarText(value);
    if (!key)
        return wrongInput(Mapping::tr("text or a number"), value);
    const auto it = m_table.constFind(value.isString() ? Mapping::trimmed(*key) : *key);
    if (it != m_table.constEnd()) {
        value = *it;
        return std::nullopt;
    }
    if (m_hasDefault) {
        value = m_value;
        return std::nullopt;
    }
    return StepError{Mapping::tr("\"lookup\" has no entry for %1").arg(Mapping::quoted(*key)),
        Mapping::tr("The table has %1. Add %2 to it, or give the lookup a \"default\".")
            .arg(Mapping::listed(m_keys, true), Mapping::quoted(*key))};
}

std::optional<StepError> TransformStep::applyBoolean(Value &value) const
{
    if (value.isBool()) {
        value = value.toBool() ? m_value : m_falseValue;
        return std::nullopt;
    }
    const std::optional<QByteArray> text = scalarText(value);
    if (text && (text == scalarText(m_value) || text == scalarText(m_falseValue))) {
        value = Value::boolean(text == scalarText(m_value));
        return std::nullopt;
    }
    return StepError{Mapping::tr("\"boolean\" expects true, false, %1 or %2, found %3")
                         .arg(Mapping::describe(m_value), Mapping::describe(m_falseValue), Mapping::describe(value)),
        Mapping::tr("Add a \"lookup\" before it when the source has more spellings.")};
}

StepError TransformStep::wrongInput(const QString &expected, const Value &found) const
{
    QString hint;
    switch (found.type()) {
    case Value::Type::Object:
        hint = Mapping::tr("Map a field inside it instead, such as \"address.city\".");
        break;
    case Value::Type::Array:
        hint = Mapping::tr("Pick one item with [0], or join the items with \"concat\".");
        break;
    case Value::Type::Bool:
        hint = Mapping::tr("Turn true and false into text first with \"boolean\".");
        break;
    case Value::Type::String:
        hint = Mapping::tr("Numbers are written with digits and a point for decimals, such as 19.90.");
        break;
    case Value::Type::Null:
    case Value::Type::Number:
        break;
    }
    return {Mapping::tr("\"%1\" expects %2, found %3").arg(m_name, expected, Mapping::describe(found)), hint};
}

} // namespace Linkwright

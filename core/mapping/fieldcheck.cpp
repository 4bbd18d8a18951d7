#include "fieldcheck.h"

#include "domain/decimal.h"
#include "mapping/datetext.h"

#include <QDateTime>

namespace Linkwright {

namespace {

/// Digits with an optional minus and no leading zero: the text an integer keeps as it is.
bool isPlainInteger(QByteArrayView text)
{
    if (text.startsWith('-'))
        text = text.sliced(1);
    if (text.isEmpty() || (text.size() > 1 && text.front() == '0'))
        return false;
    return std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; });
}

StepError mismatch(FieldType type, const Value &found, const QString &hint = {})
{
    return {Mapping::tr("the value must be %1 (type \"%2\"), found %3")
                .arg(FieldTypes::displayName(type), FieldTypes::key(type), Mapping::describe(found)),
        hint};
}

StepError outOfRange(const Value &found)
{
    return {Mapping::tr("the value must be a whole number within ±2^63 (type \"integer\"), found %1; it is never "
                        "rounded")
                .arg(Mapping::describe(found)),
        Mapping::tr("Use type \"string\" for identifiers this long, or \"decimal\" for amounts.")};
}

std::optional<StepError> checkNumber(Value &value, FieldType type)
{
    const bool numericText = value.isString() && Decimal::looksLikeNumber(value.utf8());
    if (!value.isNumber() && !numericText) {
        return mismatch(type, value,
            value.isBool() ? Mapping::tr("true and false are not numbers; map them with \"boolean\".")
                           : Mapping::tr("Numbers are written with digits and a point for decimals, such as 19.90."));
    }
    if (type == FieldType::Decimal && value.isNumber())
        return std::nullopt; // already a number, kept digit for digit whatever its size
    if (type == FieldType::Integer && value.isNumber() && isPlainInteger(value.utf8()) && value.utf8().size() < 19)
        return std::nullopt; // fewer than 19 digits always fits in 64 bits
    const auto number = Decimal::parse(value.utf8());
    if (!number) {
        if (type == FieldType::Decimal)
            return StepError{number.error().message, number.error().hint};
        return outOfRange(value);
    }
    if (type == FieldType::Decimal) {
        value = number->toValue();
        return std::nullopt;
    }
    if (!number->isInteger()) {
        return StepError{
            Mapping::tr("the value must be a whole number (type \"integer\"), found %1").arg(Mapping::describe(value)),
            Mapping::tr("Add a \"round\" transform with \"decimals\": 0 if rounding is right here.")};
    }
    const std::optional<qint64> whole = number->toInt64();
    if (!whole) {
        return outOfRange(value);
    }
    value = Value::number(*whole);
    return std::nullopt;
}

/// What to do about a text that is no date of the type's form. One written as a date whose day
/// the calendar lacks (2026-02-30) is the record's fault: a transform would not mend it.
QString dateHint(const Value &value)
{
    if (value.isString()) {
        const auto parts = DateText::readIsoDateFields(value.utf8());
        if (parts && parts->year > 0 && !QDate::isValid(parts->year, parts->month, parts->day)) {
            return Mapping::tr("It is written as a date, but the calendar has no such day: correct the record in the "
                               "source, then retry it.");
        }
    }
    return Mapping::tr("Add a \"date\" transform with \"to\": \"iso\".");
}

} // namespace

std::optional<StepError> FieldCheck::check(Value &value, FieldType type)
{
    if (value.isNull())
        return std::nullopt;
    switch (type) {
    case FieldType::Any:
        return std::nullopt;
    case FieldType::String:
        if (value.isString())
            return std::nullopt;
        if (value.isNumber()) {
            value = Value::utf8(value.utf8()); // the exact digits, as text
            return std::nullopt;
        }
        return mismatch(type, value);
    case FieldType::Integer:
    case FieldType::Decimal:
        return checkNumber(value, type);
    case FieldType::Boolean:
        if (value.isBool())
            return std::nullopt;
        return mismatch(type, value,
            Mapping::tr("Add a \"boolean\" transform naming the source's values, such as \"true\": \"Y\", "
                        "\"false\": \"N\"."));
    case FieldType::Date:
        if (bool hasTime = false; value.isString() && DateText::readIso(value.utf8(), hasTime) && !hasTime)
            return std::nullopt;
        return mismatch(type, value, dateHint(value));
    case FieldType::DateTime:
        // Longer than a date alone, and short enough that Qt's parser never sees a hostile string.
        if (bool hasTime = false; value.isString() && DateText::readIso(value.utf8(), hasTime) && hasTime)
            return std::nullopt;
        if (value.isString() && value.utf8().size() > 10 && value.utf8().size() <= 64
            && QDateTime::fromString(value.text(), Qt::ISODateWithMs).isValid())
            return std::nullopt;
        return mismatch(type, value, dateHint(value));
    case FieldType::Object:
        if (value.isObject())
            return std::nullopt;
        return mismatch(type, value);
    case FieldType::Array:
        if (value.isArray())
            return std::nullopt;
        return mismatch(type, value);
    }
    return std::nullopt;
}

std::optional<StepError> FieldCheck::checkRequired(const Value &value)
{
    if (value.isNull() || (value.isString() && value.utf8().isEmpty())) {
        return StepError{Mapping::tr("a value is required, found %1").arg(Mapping::describe(value)),
            Mapping::tr("Fix the source record, or add a \"default\" transform that gives a value.")};
    }
    return std::nullopt;
}

} // namespace Linkwright

#pragma once

#include "domain/error.h"
#include "domain/value.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <compare>
#include <optional>

namespace Linkwright {

/// An exact decimal number for money, quantities, factors and ids: a signed mantissa of at most
/// 38 digits and a scale (digits after the point) of 0 to 30. Nothing passes through a double, so
/// 0.1 + 0.2 is 0.3 and "19.90" is written back as "19.90". Results that do not fit are errors,
/// never a wrapped or silently shortened number.
class Decimal
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::Decimal)

public:
    static constexpr int MaxScale = 30;
    static constexpr int MaxDigits = 38;

    Decimal() = default; ///< 0
    [[nodiscard]] static Decimal fromInteger(qint64 value);

    /// JSON number text ("19.90", "-0.5", "1e3") or a numeric string: an optional + or -, digits,
    /// an optional fraction and exponent, spaces around ignored. Trailing zeros are kept ("19.90"
    /// has scale 2) unless the scale would exceed MaxScale. Errors are ErrorCode::InvalidArgument.
    [[nodiscard]] static Result<Decimal> parse(QByteArrayView text);
    /// Whether text has the shape parse() accepts, whatever its size: tells "abc" (not a number)
    /// from "1e999" (a number, too large).
    [[nodiscard]] static bool looksLikeNumber(QByteArrayView text);
    /// A Number or a String holding a number; anything else is an error naming what was found.
    [[nodiscard]] static Result<Decimal> fromValue(const Value &value);

    [[nodiscard]] Result<Decimal> add(const Decimal &other) const;
    [[nodiscard]] Result<Decimal> subtract(const Decimal &other) const;
    /// Exact: the scale of the product is the sum of the scales (19.90 * 1.19 = 23.6810). Only a
    /// product with more than MaxScale places is rounded there, half away from zero.
    [[nodiscard]] Result<Decimal> multiply(const Decimal &other) const;
    /// Commercial rounding: half away from zero (2.345 -> 2.35, -2.345 -> -2.35), to exactly
    /// places digits after the point (19.9 rounded to 2 is 19.90). places must be 0..MaxScale.
    [[nodiscard]] Result<Decimal> rounded(int places) const;
    /// The quotient to exactly places digits after the point, rounded half away from zero like
    /// rounded(): 10 / 3 to 2 places is 3.33, 2 / 3 is 0.67. Division by zero is an error, as is a
    /// quotient that does not fit.
    [[nodiscard]] Result<Decimal> divided(const Decimal &divisor, int places) const;
    [[nodiscard]] Decimal negated() const;

    [[nodiscard]] int scale() const { return m_scale; }
    [[nodiscard]] bool isZero() const { return m_mantissa == 0; }
    [[nodiscard]] bool isNegative() const { return m_mantissa < 0; }
    /// No fraction, or a fraction of zeros only ("12.00").
    [[nodiscard]] bool isInteger() const;
    /// The value when it is whole and fits in 64 bits; never rounded.
    [[nodiscard]] std::optional<qint64> toInt64() const;

    /// JSON number text with exactly scale() digits after the point; "-0" is written as "0".
    [[nodiscard]] QByteArray toText() const;
    [[nodiscard]] QString toString() const { return QString::fromLatin1(toText()); }
    [[nodiscard]] Value toValue() const { return Value::number(toText()); }

    /// Numeric: 1.5 == 1.50.
    [[nodiscard]] std::strong_ordering operator<=>(const Decimal &other) const;
    bool operator==(const Decimal &other) const { return (*this <=> other) == 0; }

private:
    __extension__ typedef __int128 Mantissa;

    Decimal(Mantissa mantissa, int scale)
        : m_mantissa(mantissa)
        , m_scale(scale)
    {
    }
    [[nodiscard]] static bool fits(Mantissa mantissa);

    Mantissa m_mantissa = 0;
    int m_scale = 0;
};

} // namespace Linkwright

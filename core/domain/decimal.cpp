#include "decimal.h"

#include <algorithm>
#include <array>
#include <limits>

namespace Linkwright {

namespace {

__extension__ typedef __int128 Int128;

constexpr std::array<Int128, Decimal::MaxDigits + 1> powersOfTen()
{
    std::array<Int128, Decimal::MaxDigits + 1> powers{};
    powers[0] = 1;
    for (std::size_t i = 1; i < powers.size(); ++i)
        powers[i] = powers[i - 1] * 10;
    return powers;
}

constexpr auto PowersOfTen = powersOfTen();
/// Exclusive bound of a mantissa: 10^38 keeps every result printable in 38 digits and far from
/// the 128-bit edge, so negation and one more multiplication by ten cannot wrap.
constexpr Int128 Limit = PowersOfTen[Decimal::MaxDigits];

Int128 magnitude(Int128 value)
{
    return value < 0 ? -value : value;
}

/// Numbers in messages are shown, but a hostile 10 MB "number" must not be copied into a log.
QString shown(QByteArrayView text)
{
    constexpr qsizetype Max = 40;
    if (text.size() <= Max)
        return QString::fromUtf8(text);
    return QString::fromUtf8(text.first(Max)) + QStringLiteral("…");
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

bool Decimal::fits(Mantissa mantissa)
{
    return magnitude(mantissa) < Limit;
}

Decimal Decimal::fromInteger(qint64 value)
{
    return Decimal(value, 0);
}

Result<Decimal> Decimal::parse(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isSpace(text.at(begin)))
        ++begin;
    while (end > begin && isSpace(text.at(end - 1)))
        --end;
    const QByteArrayView number = text.sliced(begin, end - begin);
    const auto notANumber = [&text] {
        return fail(ErrorCode::InvalidArgument, {}, tr("\"%1\" is not a number").arg(shown(text)),
            tr("Write digits with a point for decimals, such as 19.90; no thousands separators."));
    };

    qsizetype i = 0;
    bool negative = false;
    if (i < number.size() && (number.at(i) == '+' || number.at(i) == '-'))
        negative = number.at(i++) == '-';
    const qsizetype intBegin = i;
    while (i < number.size() && isDigit(number.at(i)))
        ++i;
    const QByteArrayView intDigits = number.sliced(intBegin, i - intBegin);
    QByteArrayView fracDigits;
    if (i < number.size() && number.at(i) == '.') {
        const qsizetype fracBegin = ++i;
        while (i < number.size() && isDigit(number.at(i)))
            ++i;
        fracDigits = number.sliced(fracBegin, i - fracBegin);
        if (fracDigits.isEmpty())
            return notANumber();
    }
    if (intDigits.isEmpty())
        return notANumber();
    qint64 exponent = 0;
    if (i < number.size() && (number.at(i) == 'e' || number.at(i) == 'E')) {
        ++i;
        bool negativeExponent = false;
        if (i < number.size() && (number.at(i) == '+' || number.at(i) == '-'))
            negativeExponent = number.at(i++) == '-';
        const qsizetype expBegin = i;
        while (i < number.size() && isDigit(number.at(i))) {
            // Capped: past this every non-zero number is out of range anyway, and "1e99999..."
            // must neither overflow this counter nor make anyone append that many zeros.
            if (exponent < 1'000'000'000)
                exponent = exponent * 10 + (number.at(i) - '0');
            ++i;
        }
        if (i == expBegin)
            return notANumber();
        if (negativeExponent)
            exponent = -exponent;
    }
    if (i != number.size())
        return notANumber();

    // Significant digits: leading zeros dropped, so a 10 MB run of zeros costs one pass. A stack
    // buffer, since parsing runs for every amount of every record.
    constexpr qsizetype Capacity = MaxDigits + MaxScale + 2;
    char digits[Capacity];
    qsizetype count = 0;
    const auto appendDigits = [&digits, &count](QByteArrayView part) {
        for (char c : part) {
            if (count == 0 && c == '0')
                continue;
            if (count == Capacity)
                return false;
            digits[count++] = c;
        }
        return true;
    };
    qint64 scale = fracDigits.size() - exponent;
    if (!appendDigits(intDigits) || !appendDigits(fracDigits)) {
        // More digits than any representable number has, unless they are trailing zeros of a
        // fraction; those are rare enough to refuse with the same message.
        return fail(ErrorCode::InvalidArgument, {},
            tr("%1 has more digits than can be calculated exactly (%2)").arg(shown(text)).arg(MaxDigits),
            tr("Map it as text if it is an identifier, not an amount."));
    }
    if (count == 0)
        return Decimal(0, static_cast<int>(std::clamp<qint64>(scale, 0, MaxScale)));
    if (scale < 0) {
        if (count - scale > MaxDigits) {
            return fail(ErrorCode::InvalidArgument, {},
                tr("%1 is too large to calculate exactly (more than %2 digits)").arg(shown(text)).arg(MaxDigits),
                tr("Map it as text if it is an identifier, not an amount."));
        }
        while (scale < 0) {
            digits[count++] = '0';
            ++scale;
        }
    }
    while (scale > MaxScale && digits[count - 1] == '0') {
        --count;
        --scale;
    }
    if (scale > MaxScale) {
        return fail(ErrorCode::InvalidArgument, {},
            tr("%1 has more than %2 decimal places").arg(shown(text)).arg(MaxScale),
            tr("Round it at the source, or map it as text."));
    }
    if (count > MaxDigits) {
        return fail(ErrorCode::InvalidArgument, {},
            tr("%1 has more digits than can be calculated exactly (%2)").arg(shown(text)).arg(MaxDigits),
            tr("Map it as text if it is an identifier, not an amount."));
    }
    Int128 mantissa = 0;
    for (qsizetype k = 0; k < count; ++k)
        mantissa = mantissa * 10 + (digits[k] - '0');
    return Decimal(negative ? -mantissa : mantissa, static_cast<int>(scale));
}

bool Decimal::looksLikeNumber(QByteArrayView text)
{
    qsizetype i = 0;
    qsizetype end = text.size();
    while (i < end && isSpace(text.at(i)))
        ++i;
    while (end > i && isSpace(text.at(end - 1)))
        --end;
    const auto digits = [&] {
        const qsizetype from = i;
        while (i < end && isDigit(text.at(i)))
            ++i;
        return i > from;
    };
    if (i < end && (text.at(i) == '+' || text.at(i) == '-'))
        ++i;
    if (!digits())
        return false;
    if (i < end && text.at(i) == '.') {
        ++i;
        if (!digits())
            return false;
    }
    if (i < end && (text.at(i) == 'e' || text.at(i) == 'E')) {
        ++i;
        if (i < end && (text.at(i) == '+' || text.at(i) == '-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == end;
}

Result<Decimal> Decimal::fromValue(const Value &value)
{
    if (value.isNumber() || value.isString())
        return parse(value.utf8());
    return fail(ErrorCode::InvalidArgument, {}, tr("expected a number, found %1").arg(Value::typeName(value.type())));
}

Result<Decimal> Decimal::add(const Decimal &other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    Int128 a = m_mantissa;
    Int128 b = other.m_mantissa;
    Int128 sum = 0;
    if (__builtin_mul_overflow(a, PowersOfTen[scale - m_scale], &a)
        || __builtin_mul_overflow(b, PowersOfTen[scale - other.m_scale], &b) || __builtin_add_overflow(a, b, &sum)
        || !fits(a) || !fits(b) || !fits(sum)) {
        return fail(ErrorCode::InvalidArgument, {},
            tr("%1 + %2 has more digits than can be calculated exactly (%3)")
                .arg(toString(), other.toString())
                .arg(MaxDigits));
    }
    return Decimal(sum, scale);
}

Result<Decimal> Decimal::subtract(const Decimal &other) const
{
    return add(other.negated());
}

Result<Decimal> Decimal::multiply(const Decimal &other) const
{
    // Trailing zeros carry no value; shedding them first lets "1000.000000" * "1000.000000" fit.
    const auto shed = [](Decimal d) {
        while (d.m_scale > 0 && d.m_mantissa % 10 == 0) {
            d.m_mantissa /= 10;
            --d.m_scale;
        }
        return d;
    };
    const auto product = [](const Decimal &a, const Decimal &b) -> std::optional<Decimal> {
        Int128 result = 0;
        if (__builtin_mul_overflow(a.m_mantissa, b.m_mantissa, &result) || !fits(result))
            return std::nullopt;
        return Decimal(result, a.m_scale + b.m_scale);
    };
    std::optional<Decimal> result = product(*this, other);
    if (!result)
        result = product(shed(*this), shed(other));
    if (!result) {
        return fail(ErrorCode::InvalidArgument, {},
            tr("%1 × %2 has more digits than can be calculated exactly (%3)")
                .arg(toString(), other.toString())
                .arg(MaxDigits),
            tr("Exact results keep at most %1 digits: give the factor or the number fewer decimal places, or "
               "round the number before it is multiplied.")
                .arg(MaxDigits));
    }
    if (result->m_scale > MaxScale) {
        Decimal shorter = shed(*result);
        return shorter.m_scale > MaxScale ? shorter.rounded(MaxScale) : shorter;
    }
    return *result;
}

Result<Decimal> Decimal::rounded(int places) const
{
    if (places < 0 || places > MaxScale) {
        return fail(ErrorCode::InvalidArgument, {},
            tr("cannot round to %1 decimal places; use 0 to %2").arg(places).arg(MaxScale));
    }
    if (places >= m_scale) {
        Int128 padded = 0;
        if (__builtin_mul_overflow(m_mantissa, PowersOfTen[places - m_scale], &padded) || !fits(padded)) {
            return fail(ErrorCode::InvalidArgument, {},
                tr("%1 with %2 decimal places has more digits than can be calculated exactly (%3)")
                    .arg(toString())
                    .arg(places)
                    .arg(MaxDigits));
        }
        return Decimal(padded, places);
    }
    const Int128 divisor = PowersOfTen[m_scale - places];
    if (magnitude(m_mantissa) <= std::numeric_limits<qint64>::max() && divisor <= std::numeric_limits<qint64>::max()) {
        // The common case, in 64 bits: 128-bit division is a library call.
        const auto mantissa = static_cast<qint64>(m_mantissa);
        const auto small = static_cast<qint64>(divisor);
        qint64 whole = mantissa / small;
        const qint64 rest = mantissa % small;
        if ((rest < 0 ? -rest : rest) >= small - (rest < 0 ? -rest : rest))
            whole += mantissa < 0 ? -1 : 1;
        return Decimal(whole, places);
    }
    Int128 quotient = m_mantissa / divisor;
    const Int128 remainder = magnitude(m_mantissa % divisor);
    if (remainder * 2 >= divisor)
        quotient += m_mantissa < 0 ? -1 : 1;
    return Decimal(quotient, places);
}

Result<Decimal> Decimal::divided(const Decimal &divisor, int places) const
{
    if (places < 0 || places > MaxScale) {
        return fail(ErrorCode::InvalidArgument, {},
            tr("cannot round to %1 decimal places; use 0 to %2").arg(places).arg(MaxScale));
    }
    if (divisor.isZero())
        return fail(ErrorCode::InvalidArgument, {}, tr("%1 cannot be divided by zero").arg(toString()));
    const auto tooLarge = [&] {
        return fail(ErrorCode::InvalidArgument, {},
            tr("%1 / %2 has more digits than can be calculated exactly (%3)")
                .arg(toString(), divisor.toString())
                .arg(MaxDigits));
    };
    // quotient * 10^places = (a * 10^-sa) / (b * 10^-sb) * 10^places: the powers of ten move to
    // whichever side keeps both operands whole.
    const int shift = places + divisor.m_scale - m_scale;
    Int128 numerator = m_mantissa;
    Int128 denominator = divisor.m_mantissa;
    if (shift > MaxDigits || -shift > MaxDigits)
        return tooLarge();
    if (shift >= 0 && __builtin_mul_overflow(numerator, PowersOfTen[shift], &numerator))
        return tooLarge();
    if (shift < 0 && __builtin_mul_overflow(denominator, PowersOfTen[-shift], &denominator))
        return tooLarge();
    Int128 quotient = numerator / denominator;
    const Int128 remainder = magnitude(numerator % denominator);
    if (remainder >= magnitude(denominator) - remainder)
        quotient += (numerator < 0) != (denominator < 0) ? -1 : 1;
    if (!fits(quotient))
        return tooLarge();
    return Decimal(quotient, places);
}

Decimal Decimal::negated() const
{
    return Decimal(-m_mantissa, m_scale);
}

bool Decimal::isInteger() const
{
    return m_mantissa % PowersOfTen[m_scale] == 0;
}

std::optional<qint64> Decimal::toInt64() const
{
    if (!isInteger())
        return std::nullopt;
    const Int128 whole = m_mantissa / PowersOfTen[m_scale];
    if (whole < std::numeric_limits<qint64>::min() || whole > std::numeric_limits<qint64>::max())
        return std::nullopt;
    return static_cast<qint64>(whole);
}

QByteArray Decimal::toText() const
{
    // At most 38 digits, a point, a sign and a leading zero.
    char buffer[MaxDigits + MaxScale + 4];
    char *end = buffer + sizeof(buffer);
    char *p = end;
    Int128 rest = magnitude(m_mantissa);
    int written = 0;
    const auto put = [&](int digit) {
        if (written == m_scale && m_scale > 0)
            *--p = '.';
        *--p = static_cast<char>('0' + digit);
        ++written;
    };
    // 128-bit division is a library call; most amounts fit in 64 bits, where it is one instruction.
    while (rest > std::numeric_limits<quint64>::max()) {
        put(static_cast<int>(rest % 10));
        rest /= 10;
    }
    for (auto small = static_cast<quint64>(rest); small > 0 || written <= m_scale; small /= 10)
        put(static_cast<int>(small % 10));
    if (m_mantissa < 0)
        *--p = '-';
    return QByteArray(p, end - p);
}

std::strong_ordering Decimal::operator<=>(const Decimal &other) const
{
    // Compared as whole part, then fraction, so that aligning scales can never overflow.
    const Int128 wholeA = m_mantissa / PowersOfTen[m_scale];
    const Int128 wholeB = other.m_mantissa / PowersOfTen[other.m_scale];
    if (wholeA != wholeB)
        return wholeA < wholeB ? std::strong_ordering::less : std::strong_ordering::greater;
    const int scale = std::max(m_scale, other.m_scale);
    const Int128 fractionA = (m_mantissa % PowersOfTen[m_scale]) * PowersOfTen[scale - m_scale];
    const Int128 fractionB = (other.m_mantissa % PowersOfTen[other.m_scale]) * PowersOfTen[scale - other.m_scale];
    if (fractionA == fractionB)
        return std::strong_ordering::equal;
    return fractionA < fractionB ? std::strong_ordering::less : std::strong_ordering::greater;
}

} // namespace Linkwright

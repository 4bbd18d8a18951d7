#include "datetext.h"

#include <algorithm>

namespace Linkwright {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// count digits at text[pos], or -1 when they are not all digits.
int digits(QByteArrayView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text.at(pos + i);
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

/// Dates are written straight into one allocation: QByteArray::append per character cost more
/// than the rest of a date transform. Fields have at most 4 digits (years 0..9999).
void appendNumber(char *&out, int value, int width)
{
    char digits[4];
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value > 0 && n < 4);
    for (int i = n; i < width; ++i)
        *out++ = '0';
    while (n > 0)
        *out++ = digits[--n];
}

void append(char *&out, char c)
{
    *out++ = c;
}

bool allowedWidth(char field, int width)
{
    switch (field) {
    case 'y':
        return width == 2 || width == 4;
    case 'z':
        return width == 3;
    default:
        return width == 1 || width == 2;
    }
}

} // namespace

DateText::Pattern DateText::compile(const QString &text)
{
    Pattern pattern;
    QByteArray literal;
    const auto flush = [&] {
        if (!literal.isEmpty())
            pattern.tokens.append({0, 0, std::exchange(literal, {})});
    };
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c == u'\'') {
            const qsizetype close = text.indexOf(u'\'', i + 1);
            // '' (a quote itself) and unclosed quotes follow Qt's own rules: left to Qt.
            if (close < 0 || close == i + 1 || (close + 1 < text.size() && text.at(close + 1) == u'\''))
                return {};
            literal += text.sliced(i + 1, close - i - 1).toUtf8();
            i = close + 1;
            continue;
        }
        if (c.isLetter() && c != u'T' && c != u'Z') {
            const char field = c.toLatin1();
            if (!QByteArrayView("yMdHmsz").contains(field))
                return {};
            int width = 0;
            while (i + width < text.size() && text.at(i + width) == c)
                ++width;
            if (!allowedWidth(field, width))
                return {};
            flush();
            pattern.tokens.append({field, width, {}});
            i += width;
            continue;
        }
        literal += QString(c).toUtf8();
        ++i;
    }
    flush();
    // Read back, a one-letter field has one or two digits: unambiguous where text that is no
    // digit (or the end) follows it, as in "d.M.yy"; "dMyy" is left to Qt.
    for (qsizetype t = 0; t < pattern.tokens.size(); ++t) {
        if (pattern.tokens.at(t).width != 1)
            continue;
        const bool last = t + 1 == pattern.tokens.size();
        const Pattern::Token *next = last ? nullptr : &pattern.tokens.at(t + 1);
        if (!last && (next->field != 0 || isDigit(next->literal.front())))
            pattern.fixedWidth = false;
    }
    return pattern;
}

DateText::Parts DateText::Parts::from(const QDateTime &when)
{
    const QDate date = when.date();
    const QTime time = when.time();
    return {date.year(), date.month(), date.day(), time.hour(), time.minute(), time.second(), time.msec(),
        when.offsetFromUtc()};
}

QDateTime DateText::Parts::toDateTime() const
{
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    return offsetSeconds == 0 ? QDateTime(date, time, Qt::UTC)
                              : QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds);
}

std::optional<DateText::Parts> DateText::readIso(QByteArrayView text, bool &hasTime)
{
    Parts parts;
    parts.year = digits(text, 0, 4);
    parts.month = digits(text, 5, 2);
    parts.day = digits(text, 8, 2);
    if (parts.year < 0 || parts.month < 0 || parts.day < 0 || text.at(4) != '-' || text.at(7) != '-'
        || !QDate::isValid(parts.year, parts.month, parts.day))
        return std::nullopt;
    if (text.size() == 10) {
        hasTime = false;
        return parts;
    }
    hasTime = true;
    if (text.size() < 16 || (text.at(10) != 'T' && text.at(10) != ' ') || text.at(13) != ':')
        return std::nullopt;
    parts.hour = digits(text, 11, 2);
    parts.minute = digits(text, 14, 2);
    qsizetype pos = 16;
    if (pos < text.size() && text.at(pos) == ':') {
        parts.second = digits(text, pos + 1, 2);
        pos += 3;
        if (pos < text.size() && (text.at(pos) == '.' || text.at(pos) == ',')) {
            const qsizetype start = ++pos;
            while (pos < text.size() && isDigit(text.at(pos)))
                ++pos;
            // Kept to the millisecond, a finer fraction cut: Qt rounded .9995 up, and
            // 2026-12-31T23:59:59.9995Z became a day (and a year) later.
            if (pos == start)
                return std::nullopt;
            const qsizetype kept = std::min<qsizetype>(pos - start, 3);
            parts.msec = digits(text, start, static_cast<int>(kept));
            for (qsizetype n = kept; n < 3; ++n)
                parts.msec *= 10;
        }
    }
    if (parts.hour < 0 || parts.minute < 0 || parts.second < 0
        || !QTime::isValid(parts.hour, parts.minute, parts.second, parts.msec))
        return std::nullopt;
    if (pos == text.size())
        return parts;
    parts.zoned = true;
    if (pos + 1 == text.size() && text.at(pos) == 'Z')
        return parts;
    const char sign = text.at(pos);
    if (sign != '+' && sign != '-')
        return std::nullopt;
    const int offsetHours = digits(text, pos + 1, 2);
    const bool colon = pos + 3 < text.size() && text.at(pos + 3) == ':';
    const int offsetMinutes = digits(text, pos + (colon ? 4 : 3), 2);
    if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59
        || pos + (colon ? 6 : 5) != text.size())
        return std::nullopt;
    parts.offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (sign == '-' ? -1 : 1);
    return parts;
}

std::optional<DateText::Parts> DateText::read(QByteArrayView text, const Pattern &pattern)
{
    auto parts = readFields(text, pattern);
    if (!parts || !QDate::isValid(parts->year, parts->month, parts->day)
        || !QTime::isValid(parts->hour, parts->minute, parts->second, parts->msec))
        return std::nullopt;
    return parts;
}

std::optional<DateText::Parts> DateText::readFields(QByteArrayView text, const Pattern &pattern)
{
    Parts parts; // its defaults are what Qt assumes for a field the pattern does not have
    qsizetype pos = 0;
    for (const Pattern::Token &token : pattern.tokens) {
        if (token.field == 0) {
            if (!text.sliced(pos).startsWith(token.literal))
                return std::nullopt;
            pos += token.literal.size();
            continue;
        }
        // One letter: a second digit where there is one (compile() made sure no digit follows).
        const int width = token.width == 1 && pos + 1 < text.size() && isDigit(text.at(pos + 1)) ? 2 : token.width;
        const int value = digits(text, pos, width);
        if (value < 0)
            return std::nullopt;
        pos += width;
        switch (token.field) {
        case 'y':
            // Two digits by the POSIX rule (strptime's %y): 69-99 are 1969-1999, 00-68 2000-2068.
            parts.year = token.width == 2 ? (value < 69 ? 2000 + value : 1900 + value) : value;
            break;
        case 'M':
            parts.month = value;
            break;
        case 'd':
            parts.day = value;
            break;
        case 'H':
            parts.hour = value;
            break;
        case 'm':
            parts.minute = value;
            break;
        case 's':
            parts.second = value;
            break;
        default:
            parts.msec = value;
            break;
        }
    }
    if (pos != text.size())
        return std::nullopt;
    return parts;
}

std::optional<DateText::Parts> DateText::readIsoDateFields(QByteArrayView text)
{
    Parts parts;
    parts.year = digits(text, 0, 4);
    parts.month = digits(text, 5, 2);
    parts.day = digits(text, 8, 2);
    if (parts.year < 0 || parts.month < 0 || parts.day < 0 || text.at(4) != '-' || text.at(7) != '-')
        return std::nullopt;
    return parts;
}

QByteArray DateText::writeIso(const Parts &when, bool hasTime)
{
    if (when.year < 0 || when.year > 9999)
        return {};
    QByteArray text(29, Qt::Uninitialized); // 2026-03-01T12:30:00.000+02:00
    char *out = text.data();
    appendNumber(out, when.year, 4);
    append(out, '-');
    appendNumber(out, when.month, 2);
    append(out, '-');
    appendNumber(out, when.day, 2);
    if (hasTime) {
        append(out, 'T');
        appendNumber(out, when.hour, 2);
        append(out, ':');
        appendNumber(out, when.minute, 2);
        append(out, ':');
        appendNumber(out, when.second, 2);
        if (when.msec != 0) {
            append(out, '.');
            appendNumber(out, when.msec, 3);
        }
        const int offset = when.offsetSeconds;
        if (offset == 0) {
            append(out, 'Z');
        } else {
            const int minutes = std::abs(offset) / 60;
            append(out, offset < 0 ? '-' : '+');
            appendNumber(out, minutes / 60, 2);
            append(out, ':');
            appendNumber(out, minutes % 60, 2);
        }
    }
    text.truncate(out - text.constData());
    return text;
}

QByteArray DateText::write(const Parts &when, const Pattern &pattern)
{
    if (when.year < 0 || when.year > 9999)
        return {};
    qsizetype size = 0;
    for (const Pattern::Token &token : pattern.tokens)
        size += token.field == 0 ? token.literal.size() : 4;
    QByteArray text(size, Qt::Uninitialized);
    char *out = text.data();
    for (const Pattern::Token &token : pattern.tokens) {
        switch (token.field) {
        case 0:
            out = std::copy(token.literal.cbegin(), token.literal.cend(), out);
            break;
        case 'y':
            appendNumber(out, token.width == 2 ? when.year % 100 : when.year, token.width);
            break;
        case 'M':
            appendNumber(out, when.month, token.width);
            break;
        case 'd':
            appendNumber(out, when.day, token.width);
            break;
        case 'H':
            appendNumber(out, when.hour, token.width);
            break;
        case 'm':
            appendNumber(out, when.minute, token.width);
            break;
        case 's':
            appendNumber(out, when.second, token.width);
            break;
        default:
            appendNumber(out, when.msec, 3);
            break;
        }
    }
    text.truncate(out - text.constData());
    return text;
}

} // namespace Linkwright

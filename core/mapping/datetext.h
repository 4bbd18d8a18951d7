#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Linkwright {

/// Fast paths for the date transform. Qt's QDateTime::fromString and toString are general and
/// slow (microseconds per call, a large share of a mapping); most dates in a sync are ISO 8601 or
/// numeric patterns such as "dd.MM.yyyy HH:mm", which are read and written here directly. Every
/// function says when it cannot handle its input, and the caller falls back to Qt, so results
/// never differ from Qt's.
class DateText final
{
public:
    /// A numeric pattern split into fields and literal text; empty when Qt must handle it (month
    /// and day names, am/pm, zones, 12-hour clocks). A one-letter field (d, M, H, m, s) is read
    /// as one or two digits where a literal that is no digit follows it; otherwise fixedWidth is
    /// false and Qt reads it.
    struct Pattern {
        struct Token {
            char field = 0; ///< y, M, d, H, m, s, z; 0 for literal text
            int width = 0; ///< how many letters ("MM" is 2)
            QByteArray literal;
        };
        QList<Token> tokens;
        bool fixedWidth = true; ///< every field can be told apart without Qt (see above)

        [[nodiscard]] bool isEmpty() const { return tokens.isEmpty(); }
    };

    /// A date and time as written, field by field, with the offset from UTC it was written with.
    /// Converting between ISO 8601 and numeric patterns needs nothing more, and no calendar
    /// arithmetic (which is where QDateTime spends its time).
    struct Parts {
        int year = 1900;
        int month = 1;
        int day = 1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int msec = 0;
        int offsetSeconds = 0;
        bool zoned = false; ///< the text named its zone (Z or an offset); else it was taken as UTC

        [[nodiscard]] QDateTime toDateTime() const;
        [[nodiscard]] static Parts from(const QDateTime &when);
    };

    [[nodiscard]] static Pattern compile(const QString &pattern);

    /// ISO 8601 as systems write it: 2026-03-01, or 2026-03-01T12:30, with :ss, a fraction of up
    /// to 3 digits, and Z, ±HH:MM or ±HHMM; a space may stand for the T. Without a zone the time
    /// is UTC. hasTime is false for a date alone.
    [[nodiscard]] static std::optional<Parts> readIso(QByteArrayView text, bool &hasTime);
    /// Only for patterns with fixedWidth; the time is UTC.
    [[nodiscard]] static std::optional<Parts> read(QByteArrayView text, const Pattern &pattern);
    /// As read(), but the fields as written, whether or not they name a real day and time
    /// (29.02.2026), so that a message can tell such a date from one in another format.
    [[nodiscard]] static std::optional<Parts> readFields(QByteArrayView text, const Pattern &pattern);
    /// The year, month and day of a text that starts as ISO 8601 does (yyyy-MM-dd), unchecked.
    [[nodiscard]] static std::optional<Parts> readIsoDateFields(QByteArrayView text);

    /// 2026-03-01T12:30:00Z, with .mmm when there are milliseconds and ±HH:MM for an offset;
    /// 2026-03-01 when hasTime is false. Empty for years outside 0..9999, which Qt writes.
    [[nodiscard]] static QByteArray writeIso(const Parts &when, bool hasTime);
    /// Empty when the year is outside 0..9999; Qt writes those.
    [[nodiscard]] static QByteArray write(const Parts &when, const Pattern &pattern);
};

} // namespace Linkwright

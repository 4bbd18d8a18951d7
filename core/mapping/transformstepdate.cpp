#include "transformstep.h"

#include "domain/editdistance.h"

#include <QDateTime>
#include <QRegularExpression>

namespace Linkwright {

namespace {

using DateFormat = TransformStep::DateFormat;

/// Dates are short; a longer input is refused before Qt's parser spends time on it.
constexpr qsizetype MaxDateLength = 100;

/// The letters Qt reads as fields in a format ("ap" and "AP" are am/pm); any other unquoted
/// letter is almost always a format from another library ("YYYY-MM-DD"), so it is refused.
/// T and Z are allowed as they stand, the way ISO 8601 writes them.
bool isQtField(QChar c)
{
    return QStringView(u"dMyhHmszaApPt").contains(c);
}

bool isTimeField(QChar c)
{
    return QStringView(u"hHmszaApPt").contains(c);
}

/// A reference instant with every field different from the other: a format that writes both
/// the same way writes no field at all.
QDateTime reference(bool second)
{
    return second ? QDateTime(QDate(2012, 11, 24), QTime(17, 38, 49, 123), Qt::UTC)
                  : QDateTime(QDate(2001, 2, 3), QTime(4, 5, 6, 789), Qt::UTC);
}

/// Qt reads a date without a zone as local time, which would make a run's result depend on the
/// machine's zone (and fail in a daylight-saving gap). Asking Qt to read "UTC" as the zone
/// keeps the instant as written.
QDateTime readPattern(const QString &text, const DateFormat &format)
{
    if (format.hasZone)
        return QDateTime::fromString(text, format.pattern);
    return QDateTime::fromString(text + QStringLiteral(" UTC"), format.pattern + QStringLiteral(" t"));
}

/// The zone names of the time zone database closest to a mistyped one, ignoring case.
QString closestZone(const QString &text)
{
    const QString folded = text.toCaseFolded();
    QString best;
    qsizetype bestDistance = std::max<qsizetype>(2, folded.size() / 4) + 1;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        const QString name = QString::fromLatin1(id);
        const qsizetype distance = editDistance(folded, name.toCaseFolded());
        if (distance < bestDistance) {
            best = name;
            bestDistance = distance;
        }
    }
    return best;
}

/// A text with the source's format that names a day or a time there never is (29.02.2026,
/// 24:30): said as such. "Expects the format" sent the reader to the mapping, not the record.
std::optional<StepError> impossibleDate(const Value &input, const DateFormat &format)
{
    const QByteArray text = input.utf8();
    if (text.size() > MaxDateLength)
        return std::nullopt;
    std::optional<DateText::Parts> parts;
    if (format.kind == DateFormat::Kind::Iso)
        parts = DateText::readIsoDateFields(text);
    else if (format.kind == DateFormat::Kind::Pattern && format.fast.fixedWidth && !format.fast.isEmpty())
        parts = DateText::readFields(text, format.fast);
    if (!parts || parts->year <= 0) // Qt's calendar has no year 0: not what this is about
        return std::nullopt;
    const QString hint = Mapping::tr("The text has the format of \"from\", but no such day or time exists: correct "
                                     "the record in the source, then retry it.");
    if (parts->month < 1 || parts->month > 12) {
        return StepError{Mapping::tr("\"date\": %1 names month %2; months run from 1 to 12")
                             .arg(Mapping::describe(input))
                             .arg(parts->month),
            hint};
    }
    if (!QDate::isValid(parts->year, parts->month, parts->day)) {
        return StepError{Mapping::tr("\"date\": %1 is no day of the calendar: month %2 of %3 has %4 days")
                             .arg(Mapping::describe(input))
                             .arg(parts->month)
                             .arg(parts->year)
                             .arg(QDate(parts->year, parts->month, 1).daysInMonth()),
            hint};
    }
    if (!QTime::isValid(parts->hour, parts->minute, parts->second, parts->msec)) {
        return StepError{Mapping::tr("\"date\": %1 is no time of day: hours run from 0 to 23, minutes and seconds "
                                     "from 0 to 59")
                             .arg(Mapping::describe(input)),
            hint};
    }
    return std::nullopt;
}

} // namespace

std::expected<QTimeZone, StepError> TransformStep::timeZone(const QString &text, bool forReading)
{
    const QString argument = forReading ? QStringLiteral("\"fromZone\"") : QStringLiteral("\"toZone\"");
    const QString name = text.trimmed();
    // QTimeZone takes an empty name for the machine's own zone: a run's result would then
    // depend on where it runs.
    if (name.isEmpty()) {
        return std::unexpected(StepError{Mapping::tr("%1 is empty").arg(argument),
            Mapping::tr("Give \"UTC\", an offset such as \"+01:00\", or a name such as \"Europe/Berlin\"; leave the "
                        "argument out to keep the time as it is written.")});
    }
    if (name.compare(u"UTC", Qt::CaseInsensitive) == 0 || name == u"Z")
        return QTimeZone::utc();
    // An offset: +01:00, +0100 or +01. The database's own "UTC+01:00" names are read below.
    static const QRegularExpression offset(QStringLiteral("^([+-])(\\d\\d)(?::?(\\d\\d))?$"));
    if (const auto match = offset.match(name); match.hasMatch()) {
        const int hours = match.captured(2).toInt();
        const int minutes = match.captured(3).toInt();
        if (minutes > 59 || hours * 60 + minutes > 14 * 60) {
            return std::unexpected(StepError{Mapping::tr("%1: \"%2\" is not an offset from UTC").arg(argument, text),
                Mapping::tr("Offsets run from -14:00 to +14:00, such as \"+01:00\" or \"-05:30\".")});
        }
        const int seconds = (hours * 3600 + minutes * 60) * (match.captured(1) == u"-" ? -1 : 1);
        return seconds == 0 ? QTimeZone::utc() : QTimeZone(seconds);
    }
    QTimeZone zone(name.toUtf8());
    if (zone.isValid())
        return zone;
    QString hint;
    if (QTimeZone::availableTimeZoneIds().size() < 2) {
        hint = Mapping::tr("This machine knows no zone names: install its time zone database (the package tzdata), "
                           "or give an offset such as \"+01:00\".");
    } else if (const QString closest = closestZone(name); !closest.isEmpty()) {
        hint = Mapping::tr("Did you mean \"%1\"?").arg(closest);
    } else {
        hint = Mapping::tr("Use \"UTC\", an offset such as \"+01:00\", or a name of the time zone database such as "
                           "\"Europe/Berlin\".");
    }
    return std::unexpected(StepError{Mapping::tr("%1: \"%2\" is not a time zone").arg(argument, text), hint});
}

std::expected<DateFormat, StepError> TransformStep::dateFormat(const QString &text, bool forReading)
{
    const QString argument = forReading ? QStringLiteral("\"from\"") : QStringLiteral("\"to\"");
    DateFormat format;
    if (text == u"iso")
        return format;
    if (text == u"epoch" || text == u"epoch-ms") {
        format.kind = text == u"epoch" ? DateFormat::Kind::Epoch : DateFormat::Kind::EpochMs;
        return format;
    }
    const QString hint = Mapping::tr("Use \"iso\", \"epoch\", \"epoch-ms\" or a Qt format: yyyy year, MM month, dd "
                                     "day, HH hour, mm minute, ss second, zzz milliseconds, literal text in single "
                                     "quotes, such as \"dd.MM.yyyy HH:mm\".");
    format.kind = DateFormat::Kind::Pattern;
    format.pattern = text;
    format.hasTime = false;
    format.hasYear = false;
    bool quoted = false;
    bool anyField = false;
    int years = 0; // the length of the run of "y" so far
    for (const QChar c : text) {
        years = !quoted && c == u'y' ? years + 1 : 0;
        format.twoDigitYear = format.twoDigitYear || years == 2;
        if (years == 3)
            format.twoDigitYear = false;
        if (c == u'\'') {
            quoted = !quoted;
            continue;
        }
        if (quoted || !c.isLetter() || c == u'T' || c == u'Z')
            continue;
        if (!isQtField(c)) {
            return std::unexpected(
                StepError{Mapping::tr("%1: \"%2\" is not a date field in \"%3\"").arg(argument, c, text), hint});
        }
        anyField = true;
        format.hasTime = format.hasTime || isTimeField(c);
        format.hasZone = format.hasZone || c == u't';
        format.hasYear = format.hasYear || c == u'y';
    }
    if (quoted)
        return std::unexpected(
            StepError{Mapping::tr("%1: \"%2\" has a quote that is not closed").arg(argument, text), hint});
    if (!anyField || reference(false).toString(text) == reference(true).toString(text))
        return std::unexpected(
            StepError{Mapping::tr("%1: \"%2\" has no date or time field").arg(argument, text), hint});
    // Qt cannot read every format it writes (a weekday alone, say); a format for reading must
    // at least read back what it writes.
    if (forReading && !readPattern(reference(false).toString(text), format).isValid()) {
        return std::unexpected(
            StepError{Mapping::tr("%1: Qt cannot read dates in the format \"%2\"").arg(argument, text), hint});
    }
    format.fast = DateText::compile(text);
    return format;
}

std::optional<StepError> TransformStep::applyDate(Value &value) const
{
    const Value &input = value; // read before value is replaced at the end
    // The instant either as written (parts, the fast path) or as a QDateTime (epoch, Qt's parser).
    std::optional<DateText::Parts> parts;
    QDateTime when;
    bool hasTime = true;
    bool zoned = true; ///< the input named its zone, or is an instant (epoch)
    if (m_from.kind == DateFormat::Kind::Epoch || m_from.kind == DateFormat::Kind::EpochMs) {
        if (!input.isNumber() && !(input.isString() && Decimal::looksLikeNumber(input.utf8())))
            return wrongInput(Mapping::tr("a number of seconds or milliseconds"), input);
        auto msecs = Decimal::parse(input.utf8());
        if (msecs && m_from.kind == DateFormat::Kind::Epoch)
            msecs = msecs->multiply(Decimal::fromInteger(1000));
        // A finer fraction than a millisecond is cut, as for text (see DateText::readIso): the
        // whole milliseconds at or before the instant, never the next one.
        if (msecs) {
            const Decimal exact = *msecs;
            msecs = exact.rounded(0);
            if (msecs && *msecs > exact)
                msecs = msecs->subtract(Decimal::fromInteger(1));
        }
        // Beyond ±292 million years Qt has no date; long before that no record means it.
        constexpr qint64 Limit = 253402300799999; // 9999-12-31T23:59:59.999Z
        const std::optional<qint64> instant = msecs ? msecs->toInt64() : std::nullopt;
        if (!instant || *instant > Limit || *instant < -62135596800000) { // 0001-01-01T00:00:00Z
            return StepError{
                Mapping::tr("\"date\": %1 is not a time between the years 1 and 9999").arg(Mapping::describe(input)),
                Mapping::tr("Check whether the source counts seconds (\"epoch\") or milliseconds (\"epoch-ms\").")};
        }
        when = QDateTime::fromMSecsSinceEpoch(*instant, Qt::UTC);
    } else {
        if (!input.isString())
            return wrongInput(Mapping::tr("a date as text"), input);
        const auto notADate = [&input, this] {
            if (auto impossible = impossibleDate(input, m_from))
                return *impossible;
            const QString expected = m_from.kind == DateFormat::Kind::Iso
                ? Mapping::tr("an ISO 8601 date such as 2026-03-01 or 2026-03-01T12:30:00Z")
                : Mapping::tr("a date in the format \"%1\"").arg(m_from.pattern);
            return StepError{Mapping::tr("\"date\" expects %1, found %2").arg(expected, Mapping::describe(input)),
                Mapping::tr("Set \"from\" to the format the source writes.")};
        };
        if (input.utf8().size() > MaxDateLength)
            return notADate();
        if (m_from.kind == DateFormat::Kind::Iso) {
            parts = DateText::readIso(input.utf8(), hasTime);
            zoned = parts && parts->zoned;
        } else if (m_from.fast.fixedWidth && !m_from.fast.isEmpty()) {
            parts = DateText::read(input.utf8(), m_from.fast);
            hasTime = m_from.hasTime;
            zoned = false;
        }
        if (!parts) {
            const QString text = input.text().trimmed();
            if (m_from.kind == DateFormat::Kind::Iso && text.size() == 10) {
                when = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), Qt::UTC);
                hasTime = false;
            } else if (m_from.kind == DateFormat::Kind::Iso) {
                when = QDateTime::fromString(text, Qt::ISODateWithMs);
                hasTime = true;
                // Without a zone the time is taken as UTC, as for patterns (see readPattern).
                zoned = !when.isValid() || when.timeSpec() != Qt::LocalTime;
                if (!zoned)
                    when = QDateTime::fromString(text + u'Z', Qt::ISODateWithMs);
            } else {
                when = readPattern(text, m_from);
                hasTime = m_from.hasTime;
                zoned = m_from.hasZone;
                // Qt 6.4 takes any word for a zone ("CEST", "XYZ") and reads it as UTC: a time
                // hours off, with no error. Only zones it really knows are read.
                if (when.isValid() && when.timeSpec() == Qt::TimeZone
                    && !QTimeZone::isTimeZoneIdAvailable(when.timeZone().id())) {
                    return StepError{Mapping::tr("\"date\": %1 names a zone by an abbreviation, which does not say its "
                                                 "offset")
                                         .arg(Mapping::describe(input)),
                        Mapping::tr("The source should write an offset such as +02:00, or a name such as "
                                    "Europe/Berlin; abbreviations such as CEST mean different zones in different "
                                    "places.")};
                }
                // Qt reads "yy" as 19yy, so that "01.03.26" would be 1926. The POSIX rule
                // (strptime's %y) instead: 69-99 are 1969-1999, 00-68 are 2000-2068.
                if (when.isValid() && m_from.twoDigitYear && when.date().year() < 1969)
                    when = when.addYears(100);
            }
            if (!when.isValid())
                return notADate();
        }
    }

    // A date alone has no zone to move between: shifting its midnight could change the day.
    if (hasTime && (m_fromZone.isValid() || m_toZone.isValid())) {
        QDateTime instant = parts ? parts->toDateTime() : when;
        if (m_fromZone.isValid() && !zoned) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
            // From 6.7 Qt moves a time in a gap by default; refused, as 6.4 does.
            instant = QDateTime(instant.date(), instant.time(), m_fromZone, QDateTime::TransitionResolution::Reject);
#else
            instant = QDateTime(instant.date(), instant.time(), m_fromZone);
#endif
            if (!instant.isValid()) {
                return StepError{Mapping::tr("\"date\": %1 is no time in %2: the clocks skip it when they go forward")
                                     .arg(Mapping::describe(input), QString::fromLatin1(m_fromZone.id())),
                    Mapping::tr("Check the source's time zone (\"fromZone\"): a time that never was on its clocks "
                                "cannot be read there.")};
            }
        }
        if (m_toZone.isValid())
            instant = instant.toTimeZone(m_toZone);
        parts.reset();
        when = instant;
    }

    if (m_to.kind == DateFormat::Kind::Epoch || m_to.kind == DateFormat::Kind::EpochMs) {
        const qint64 msecs = parts ? parts->toDateTime().toMSecsSinceEpoch() : when.toMSecsSinceEpoch();
        // Whole seconds round down, so that an instant never moves into the next second.
        const qint64 seconds = msecs >= 0 ? msecs / 1000 : -((-msecs + 999) / 1000);
        value = Value::number(m_to.kind == DateFormat::Kind::Epoch ? seconds : msecs);
        return std::nullopt;
    }
    const bool fast = m_to.kind == DateFormat::Kind::Iso || !m_to.fast.isEmpty();
    QByteArray text;
    if (fast) {
        const DateText::Parts written = parts ? *parts : DateText::Parts::from(when);
        text = m_to.kind == DateFormat::Kind::Iso ? DateText::writeIso(written, hasTime)
                                                  : DateText::write(written, m_to.fast);
    }
    if (!text.isEmpty()) {
        value = Value::utf8(std::move(text));
        return std::nullopt;
    }
    if (parts)
        when = parts->toDateTime();
    // A zone written by name ("t") comes out as Qt's abbreviation (CEST, IST), which no reader can
    // turn back into the time: an offset ("UTC+02:00") can.
    if (m_to.kind == DateFormat::Kind::Pattern && when.timeSpec() == Qt::TimeZone)
        when = when.toOffsetFromUtc(when.offsetFromUtc());
    if (m_to.kind == DateFormat::Kind::Pattern)
        value = Value::string(when.toString(m_to.pattern));
    else if (!hasTime)
        value = Value::string(when.date().toString(Qt::ISODate));
    else
        value = Value::string(when.toString(when.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate));
    return std::nullopt;
}

} // namespace Linkwright

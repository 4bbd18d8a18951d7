#pragma once

// How SqliteStore's parts turn values into SQLite columns and back; shared by its .cpp files only.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace Linkwright {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace SqliteValues {

/// ISO 8601 in UTC with milliseconds and a fixed width ("2024-05-06T07:08:09.010Z"), so comparing
/// the text compares the times. Written by hand: QDateTime::toString costs more than the row's
/// INSERT when a batch of 100,000 is saved.
[[nodiscard]] inline QVariant timestamp(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant();
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (date.year() < 0 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    char16_t text[24];
    auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = static_cast<char16_t>(u'0' + value % 10);
    };
    put(0, date.year(), 4);
    text[4] = u'-';
    put(5, date.month(), 2);
    text[7] = u'-';
    put(8, date.day(), 2);
    text[10] = u'T';
    put(11, clock.hour(), 2);
    text[13] = u':';
    put(14, clock.minute(), 2);
    text[16] = u':';
    put(17, clock.second(), 2);
    text[19] = u'.';
    put(20, clock.msec(), 3);
    text[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

[[nodiscard]] inline QString now()
{
    return timestamp(QDateTime::currentDateTimeUtc()).toString();
}

/// Reads what timestamp() wrote, by hand for the same reason; anything else through Qt's parser.
[[nodiscard]] inline QDateTime readTimestamp(const QVariant &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    auto number = [&text](int at, int digits) {
        int result = 0;
        for (int i = at; i < at + digits; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            result = result * 10 + (c - u'0');
        }
        return result;
    };
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':'
        && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z') {
        const int fields[] = {
            number(0, 4), number(5, 2), number(8, 2), number(11, 2), number(14, 2), number(17, 2), number(20, 3)};
        if (std::ranges::all_of(fields, [](int field) { return field >= 0; })) {
            const QDate date(fields[0], fields[1], fields[2]);
            const QTime clock(fields[3], fields[4], fields[5], fields[6]);
            if (date.isValid() && clock.isValid())
                return QDateTime(date, clock, Qt::UTC);
        }
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

/// Ids as one JSON array, for a statement that reads them with json_each().
[[nodiscard]] inline QString idArray(const QList<qint64> &ids)
{
    QStringList texts;
    texts.reserve(ids.size());
    for (qint64 id : ids)
        texts.append(QString::number(id));
    return u'[' + texts.join(u',') + u']';
}

/// Run ids: 0 means none and is stored as NULL, so the foreign key accepts it.
[[nodiscard]] inline QVariant runRef(qint64 runId)
{
    return runId == 0 ? QVariant() : QVariant(runId);
}

/// For NOT NULL text columns: a null QString would be bound as NULL.
[[nodiscard]] inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

/// For ids that may be unknown yet: NULL, which the upserts keep the stored id for.
[[nodiscard]] inline QVariant optionalText(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

[[nodiscard]] inline QVariant boolean(bool value)
{
    return value ? 1 : 0;
}

} // namespace SqliteValues

} // namespace Linkwright

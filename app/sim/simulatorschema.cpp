#include "simulatorschema.h"

#include <QDateTime>
#include <QTimeZone>

namespace Linkwright::SimulatorSchema {

QString systemKey(SimulatorSystem system)
{
    switch (system) {
    case SimulatorSystem::Erp:
        return QStringLiteral("erp");
    case SimulatorSystem::Shop:
        return QStringLiteral("shop");
    }
    return {};
}

std::optional<SimulatorSystem> systemFromKey(QStringView key)
{
    if (key == u"erp")
        return SimulatorSystem::Erp;
    if (key == u"shop")
        return SimulatorSystem::Shop;
    return std::nullopt;
}

QString naturalKeyField(DataPointKind kind)
{
    switch (kind) {
    case DataPointKind::Products:
    case DataPointKind::Prices:
    case DataPointKind::Stock:
        return QStringLiteral("sku");
    case DataPointKind::Customers:
        return QStringLiteral("customerNumber");
    case DataPointKind::Orders:
    case DataPointKind::OrderUpdates:
        return QStringLiteral("orderNumber");
    case DataPointKind::Invoices:
        return QStringLiteral("invoiceNumber");
    }
    return {};
}

// Generating a large data set formats and parses hundreds of thousands of timestamps; doing the
// UTC arithmetic here avoids QDateTime's time zone machinery, which dominated start-up time.
namespace {

constexpr qint64 MsecsPerDay = 24LL * 60 * 60 * 1000;
constexpr qint64 UnixEpochJulianDay = 2440588;

struct Split {
    QDate date;
    int msecsOfDay = 0;
};

Split split(qint64 msecs)
{
    qint64 day = msecs / MsecsPerDay;
    qint64 rest = msecs % MsecsPerDay;
    if (rest < 0) {
        --day;
        rest += MsecsPerDay;
    }
    return {QDate::fromJulianDay(UnixEpochJulianDay + day), static_cast<int>(rest)};
}

/// Writes value as count decimal digits with leading zeros at text[from].
void put(QString &text, qsizetype from, qsizetype count, int value)
{
    for (qsizetype i = from + count - 1; i >= from; --i) {
        text[i] = QChar(u'0' + value % 10);
        value /= 10;
    }
}

int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const int digit = text.at(i).digitValue();
        if (digit < 0 || digit > 9)
            return -1;
        value = value * 10 + digit;
    }
    return value;
}

} // namespace

QString timestamp(qint64 msecsSinceEpoch)
{
    const Split at = split(msecsSinceEpoch);
    const int seconds = at.msecsOfDay / 1000;
    QString text = QStringLiteral("0000-00-00T00:00:00.000Z");
    put(text, 0, 4, at.date.year());
    put(text, 5, 2, at.date.month());
    put(text, 8, 2, at.date.day());
    put(text, 11, 2, seconds / 3600);
    put(text, 14, 2, seconds / 60 % 60);
    put(text, 17, 2, seconds % 60);
    put(text, 20, 3, at.msecsOfDay % 1000);
    return text;
}

QString date(qint64 msecsSinceEpoch)
{
    return timestamp(msecsSinceEpoch).left(10);
}

std::optional<qint64> parseTimestamp(QStringView text)
{
    text = text.trimmed();
    // The canonical form this simulator writes: "YYYY-MM-DDTHH:MM:SS.mmmZ".
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':'
        && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z') {
        const QDate day(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
        const int hours = digits(text, 11, 2);
        const int minutes = digits(text, 14, 2);
        const int seconds = digits(text, 17, 2);
        const int msecs = digits(text, 20, 3);
        if (day.isValid() && hours >= 0 && hours < 24 && minutes >= 0 && minutes < 60 && seconds >= 0 && seconds < 60
            && msecs >= 0) {
            return (day.toJulianDay() - UnixEpochJulianDay) * MsecsPerDay
                + ((hours * 60LL + minutes) * 60 + seconds) * 1000 + msecs;
        }
        return std::nullopt;
    }
    QDateTime when = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!when.isValid())
        return std::nullopt;
    if (when.timeSpec() == Qt::LocalTime)
        when = QDateTime(when.date(), when.time(), QTimeZone::utc());
    return when.toMSecsSinceEpoch();
}

} // namespace Linkwright::SimulatorSchema

#include "retrypolicy.h"

#include <QLocale>

#include <cmath>

namespace Linkwright {

qint64 RetryPolicy::backoffMsecs(int retry, QRandomGenerator &random) const
{
    const int exponent = std::clamp(retry - 1, 0, 30);
    const qint64 step = std::min(capMsecs, baseMsecs << exponent);
    if (step <= 0)
        return 0;
    return static_cast<qint64>(random.bounded(static_cast<quint64>(step) + 1));
}

namespace Http {

std::optional<QDateTime> parseHttpDate(QByteArrayView value)
{
    QString text = QString::fromLatin1(value.trimmed()).simplified();
    // The day name goes: Qt checks it against the date, and an RFC 850 two-digit year would
    // otherwise land in the wrong century and on another weekday.
    const qsizetype space = text.indexOf(u' ');
    if (space < 0)
        return std::nullopt;
    text = text.mid(space + 1);
    const QLocale c = QLocale::c();
    // IMF-fixdate, RFC 850 and asctime.
    static const QString Formats[] = {
        QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"),
        QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"),
        QStringLiteral("MMM d HH:mm:ss yyyy"),
    };
    for (const QString &format : Formats) {
        QDateTime parsed = c.toDateTime(text, format);
        if (!parsed.isValid())
            continue;
        if (!format.contains(u"yyyy") && parsed.date().year() < 1970)
            parsed = parsed.addYears(100);
        parsed.setTimeSpec(Qt::UTC);
        return parsed;
    }
    return std::nullopt;
}

std::optional<qint64> parseRetryAfter(QByteArrayView value, const QDateTime &nowUtc)
{
    const QByteArrayView trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (std::ranges::all_of(trimmed, [](char c) { return c >= '0' && c <= '9'; })) {
        // Saturate rather than overflow: a huge value still means "much longer than the cap".
        if (trimmed.size() > 9)
            return qint64(999'999'999) * 1000;
        return trimmed.toLongLong() * 1000;
    }
    const auto date = parseHttpDate(trimmed);
    if (!date)
        return std::nullopt;
    return std::max<qint64>(0, nowUtc.msecsTo(*date));
}

bool isTransientStatus(int status)
{
    if (status == 408 || status == 425 || status == 429)
        return true;
    return status >= 500 && status <= 599 && status != 501 && status != 505 && status != 511;
}

} // namespace Http

} // namespace Linkwright

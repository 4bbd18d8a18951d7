#include "watermarktracker.h"

namespace Linkwright {

QByteArray WatermarkTracker::stampOf(const Value &record)
{
    const Value *modified = record.find(Field);
    return modified && modified->isString() ? modified->utf8() : QByteArray();
}

namespace {

QDateTime instantOf(const QByteArray &stamp)
{
    const QString text = QString::fromUtf8(stamp).trimmed();
    const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    // No zone given: UTC, as the mapping engine reads such times. Read as UTC from the start:
    // read as local time first, a moment in this machine's daylight-saving gap would not exist.
    if (!when.isValid() || when.timeSpec() == Qt::LocalTime) {
        const QDateTime utc = QDateTime::fromString(text + u'Z', Qt::ISODateWithMs);
        if (utc.isValid())
            return utc;
        if (when.isValid()) // a date alone takes no Z: midnight UTC
            return QDateTime(when.date(), when.time(), Qt::UTC);
    }
    return when;
}

} // namespace

bool WatermarkTracker::atLeastAsNew(const QByteArray &a, const QByteArray &b)
{
    const QDateTime first = instantOf(a);
    const QDateTime second = instantOf(b);
    if (first.isValid() && second.isValid())
        return first >= second;
    return a >= b;
}

QString WatermarkTracker::next() const
{
    if (m_newest.isEmpty())
        return {};
    const QString newest = QString::fromUtf8(m_newest);
    // A stamp without a zone is UTC, as everywhere else: read as this machine's local time, east
    // of UTC it looked hours old, so the bound never applied.
    const QDateTime newestTime = instantOf(m_newest);
    if (m_started.isValid() && newestTime.isValid()) {
        const QDateTime bound = m_started.addMSecs(-m_serverBehindMs).addSecs(-OverlapSeconds);
        if (newestTime > bound)
            return bound.toUTC().toString(Qt::ISODateWithMs);
    }
    return newest;
}

} // namespace Linkwright

#include "watermarktracker.h"

namespace Linkwright {

QByteArray WatermarkTracker::stampOf(const Value &record)
{
    const Value *modified = record.find(Field);
    return modified && modified->isString() ? modified->utf8() : QByteArray();
}

QString WatermarkTracker::next() const
{
    if (m_newest.isEmpty())
        return {};
    const QString newest = QString::fromUtf8(m_newest);
    const QDateTime newestTime = QDateTime::fromString(newest, Qt::ISODateWithMs);
    if (m_started.isValid() && newestTime.isValid()) {
        const QDateTime bound = m_started.addSecs(-OverlapSeconds);
        if (newestTime > bound)
            return bound.toUTC().toString(Qt::ISODateWithMs);
    }
    return newest;
}

} // namespace Linkwright

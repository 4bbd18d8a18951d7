#include "clock.h"

#include <QTimer>

namespace Linkwright {

SystemClock::SystemClock()
{
    m_timer.start();
}

qint64 SystemClock::nowMsecs() const
{
    return m_timer.elapsed();
}

QDateTime SystemClock::currentDateTimeUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

void SystemClock::schedule(qint64 msecs, QObject *context, std::function<void()> callback)
{
    // Coarse timers may fire up to 5 % early, which would send before a Retry-After expires.
    QTimer::singleShot(
        std::chrono::milliseconds(std::max<qint64>(0, msecs)), Qt::PreciseTimer, context, std::move(callback));
}

VirtualClock::VirtualClock(QDateTime startUtc)
    : m_start(std::move(startUtc))
{
}

void VirtualClock::schedule(qint64 msecs, QObject *context, std::function<void()> callback)
{
    msecs = std::max<qint64>(0, msecs);
    m_waits.append(msecs);
    if (m_onSchedule)
        m_onSchedule(msecs);
    m_pending.emplace(m_now + msecs, Pending{context, std::move(callback)});
    // One callback per turn of the event loop, earliest due first, so that waits scheduled by
    // several requests interleave as they would in real time.
    QTimer::singleShot(0, &m_driver, [this] { fireNext(); });
}

void VirtualClock::fireNext()
{
    if (m_pending.empty())
        return;
    auto first = m_pending.begin();
    const qint64 due = first->first;
    Pending pending = std::move(first->second);
    m_pending.erase(first);
    m_now = std::max(m_now, due);
    if (pending.context)
        pending.callback();
}

} // namespace Linkwright

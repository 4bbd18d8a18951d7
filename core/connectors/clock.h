#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <map>

namespace Linkwright {

/// Time as the transport sees it for waiting: backoff, Retry-After and the rate limit. Injectable
/// so that tests run a retry schedule of minutes in milliseconds and can check every wait.
/// (Deadlines that abort real network I/O use real timers, never this clock.)
class Clock
{
public:
    virtual ~Clock() = default;

    /// Monotonic milliseconds; only differences mean something.
    [[nodiscard]] virtual qint64 nowMsecs() const = 0;
    /// The wall clock, for Retry-After given as an HTTP date.
    [[nodiscard]] virtual QDateTime currentDateTimeUtc() const = 0;
    /// Calls callback once after msecs in context's thread, unless context is destroyed first.
    virtual void schedule(qint64 msecs, QObject *context, std::function<void()> callback) = 0;
};

/// The real clock: QElapsedTimer and precise single-shot timers.
class SystemClock final : public Clock
{
public:
    SystemClock();
    [[nodiscard]] qint64 nowMsecs() const override;
    [[nodiscard]] QDateTime currentDateTimeUtc() const override;
    void schedule(qint64 msecs, QObject *context, std::function<void()> callback) override;

private:
    QElapsedTimer m_timer;
};

/// A clock for tests: a scheduled callback runs on the next turn of the event loop and time
/// jumps to when it was due, so waits cost nothing; every wait asked for is recorded.
class VirtualClock final : public Clock
{
public:
    explicit VirtualClock(QDateTime startUtc = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));

    [[nodiscard]] qint64 nowMsecs() const override { return m_now; }
    [[nodiscard]] QDateTime currentDateTimeUtc() const override { return m_start.addMSecs(m_now); }
    void schedule(qint64 msecs, QObject *context, std::function<void()> callback) override;

    /// Every msecs passed to schedule(), in order.
    [[nodiscard]] const QList<qint64> &waits() const { return m_waits; }
    void advance(qint64 msecs) { m_now += msecs; }
    /// Called with each wait as it is scheduled: a test can change the server between attempts.
    void setOnSchedule(std::function<void(qint64 msecs)> hook) { m_onSchedule = std::move(hook); }

private:
    struct Pending {
        QPointer<QObject> context;
        std::function<void()> callback;
    };
    void fireNext();

    QDateTime m_start;
    qint64 m_now = 0;
    QList<qint64> m_waits;
    std::function<void(qint64)> m_onSchedule;
    std::multimap<qint64, Pending> m_pending;
    QObject m_driver;
};

} // namespace Linkwright

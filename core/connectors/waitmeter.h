#pragma once

#include <QtGlobal>

#include <array>
#include <functional>

namespace Linkwright {

/// Diagnostics for benchmarks and profiling: how long one thread was blocked in HttpTransport's
/// waits, that is waiting on the systems it talks to, per account (one per transport: say 0 the
/// ERP's, 1 the shop's). A wait runs an event loop, and that loop also runs the requests' checks,
/// which read the answers: that is the caller's own work, so its time is left out, from whichever
/// account was waiting. Give every transport of the thread the same meter (setWaitMeter), so that
/// a check is left out even when it runs inside another transport's wait. The transports only add
/// to it: read differences. One thread's waits; not thread-safe.
class WaitMeter final
{
public:
    static constexpr int Accounts = 4;
    /// Nanoseconds of a monotonic clock; the steady clock unless a test gives its own.
    using Now = std::function<qint64()>;

    explicit WaitMeter(Now now = {});

    /// Waiting time of an account so far, the checks' work left out.
    [[nodiscard]] qint64 waitedNsecs(int account) const;
    /// Waits begun on an account so far.
    [[nodiscard]] qint64 waits(int account) const;

    /// A wait of account for its scope; a wait inside a wait counts once, in the outer one. A
    /// null meter measures nothing.
    class Waiting final
    {
    public:
        Waiting(WaitMeter *meter, int account);
        ~Waiting();
        Waiting(const Waiting &) = delete;
        Waiting &operator=(const Waiting &) = delete;

    private:
        WaitMeter *m_meter;
    };

    /// The caller's own work, done inside a wait, for its scope.
    class Working final
    {
    public:
        explicit Working(WaitMeter *meter);
        ~Working();
        Working(const Working &) = delete;
        Working &operator=(const Working &) = delete;

    private:
        WaitMeter *m_meter;
    };

private:
    void beginWait(int account);
    void endWait();
    void beginWork();
    void endWork();

    Now m_now;
    std::array<qint64, Accounts> m_waited{};
    std::array<qint64, Accounts> m_waits{};
    int m_account = -1; ///< the account waiting now, or -1
    int m_depth = 0;
    int m_working = 0;
    qint64 m_since = 0; ///< when the current stretch of waiting began
};

} // namespace Linkwright

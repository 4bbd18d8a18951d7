#pragma once

#include <QtGlobal>

#include <algorithm>

namespace Linkwright {

/// The requests-per-second cap of one endpoint, shared by its requests in flight, plus the pause
/// a 429 asks for: when one request is told to wait, the others wait too instead of each
/// running into its own 429. Times are Clock::nowMsecs values. Used from one thread.
class RateLimiter final
{
public:
    /// perSecond <= 0 means no cap (the pause still applies). burst is how many requests may
    /// go at once after a quiet spell.
    explicit RateLimiter(double perSecond = 0, int burst = 1);

    /// Books the next slot: the time (>= now) at which a request may be sent.
    [[nodiscard]] qint64 reserve(qint64 nowMsecs);
    /// No request is sent before until (Retry-After, 503).
    void holdUntil(qint64 untilMsecs);
    [[nodiscard]] qint64 heldUntil() const { return m_heldUntil; }
    /// The server asked for a pause longer than a run waits: until then no request is sent at
    /// all, since each would only meet the same refusal (and some servers lengthen the pause for
    /// every request that ignores it).
    void refuseUntil(qint64 untilMsecs) { m_refusedUntil = std::max(m_refusedUntil, untilMsecs); }
    [[nodiscard]] qint64 refusedUntil() const { return m_refusedUntil; }
    [[nodiscard]] double perSecond() const { return m_perSecond; }

private:
    double m_perSecond;
    double m_intervalMsecs = 0;
    double m_toleranceMsecs = 0;
    double m_theoreticalArrival = 0;
    qint64 m_heldUntil = 0;
    qint64 m_refusedUntil = 0;
};

} // namespace Linkwright

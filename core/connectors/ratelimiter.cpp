#include "ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace Linkwright {

RateLimiter::RateLimiter(double perSecond, int burst)
    : m_perSecond(perSecond > 0 ? perSecond : 0)
{
    if (m_perSecond > 0) {
        m_intervalMsecs = 1000.0 / m_perSecond;
        m_toleranceMsecs = (std::max(burst, 1) - 1) * m_intervalMsecs;
    }
}

qint64 RateLimiter::reserve(qint64 nowMsecs)
{
    const qint64 earliest = std::max(nowMsecs, m_heldUntil);
    if (m_perSecond <= 0)
        return earliest;
    // The generic cell rate algorithm: each request moves the theoretical arrival time on by
    // one interval; a request may go once that time, less the burst tolerance, has come.
    const double start = std::max(m_theoreticalArrival, static_cast<double>(earliest));
    m_theoreticalArrival = start + m_intervalMsecs;
    return std::max(earliest, static_cast<qint64>(std::ceil(start - m_toleranceMsecs)));
}

void RateLimiter::holdUntil(qint64 untilMsecs)
{
    m_heldUntil = std::max(m_heldUntil, untilMsecs);
}

} // namespace Linkwright

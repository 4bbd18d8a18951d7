#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QRandomGenerator>

#include <optional>

namespace Linkwright {

/// Exponential backoff with full jitter (a uniform wait between 0 and the exponential step, as
/// AWS recommends against synchronised retries), and the cap on how long a server may ask us
/// to wait with Retry-After.
struct RetryPolicy {
    qint64 baseMsecs = 500;
    qint64 capMsecs = 60'000;
    /// A Retry-After longer than this ends the request (transient) instead of waiting, so one
    /// endpoint cannot hold a run for an hour; the failure log retries it later.
    qint64 maxRetryAfterMsecs = 120'000;
    /// A longer Retry-After (a broken header, a date decades ahead) counts as this much: the
    /// failure log's longest backoff, so the failure still comes due.
    qint64 maxHonouredRetryAfterMsecs = 6LL * 3600 * 1000;

    /// The wait before retry number retry (1 for the first retry).
    [[nodiscard]] qint64 backoffMsecs(int retry, QRandomGenerator &random) const;
};

namespace Http {

/// Retry-After as delay-seconds or an HTTP date (IMF-fixdate, RFC 850 or asctime), as a wait
/// from nowUtc in milliseconds (0 for a date in the past); nullopt when it is neither.
[[nodiscard]] std::optional<qint64> parseRetryAfter(QByteArrayView value, const QDateTime &nowUtc);
/// An HTTP date in any of the three formats RFC 9110 requires a recipient to accept.
[[nodiscard]] std::optional<QDateTime> parseHttpDate(QByteArrayView value);

/// Statuses that may succeed when asked again: 408, 425, 429 and 5xx except 501, 505 and 511.
[[nodiscard]] bool isTransientStatus(int status);

} // namespace Http

} // namespace Linkwright

#pragma once

#include "domain/error.h"
#include "domain/failureclass.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace Linkwright {

class RateLimiter;
struct HttpResult;

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/// The first value of a header, compared case-insensitively; empty when absent.
[[nodiscard]] QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name);
/// Every value of a header (Link may come as several headers).
[[nodiscard]] QList<QByteArray> headerValues(const HttpHeaders &headers, QByteArrayView name);

/// What went wrong, and whether trying again may help.
struct HttpProblem {
    Error error;
    FailureClass failureClass = FailureClass::Permanent;
};

struct HttpRequest {
    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers;
    QByteArray body; ///< sent as is; set Content-Type in headers

    /// Credentials in the headers: redirects are then followed within the same origin only, and
    /// a redirect elsewhere is an error that says so. Credentials never leave the origin.
    bool carriesCredentials = false;
    /// Whether the request may be sent again after a transient failure. Writes in Linkwright are
    /// upserts by natural key, so the default is true for them too.
    bool retryable = true;

    /// The whole of one attempt, connect to last byte; Qt's transfer timeout only fires on silence.
    int deadlineMsecs = 30'000;
    /// Silence (no byte in either direction) that ends an attempt early.
    int inactivityMsecs = 30'000;
    int maxAttempts = 5;

    /// Shared by the requests of one endpoint; nullptr means no cap.
    std::shared_ptr<RateLimiter> rateLimiter;

    /// Looks at a complete 2xx answer before it counts as a success: a transient problem (a
    /// truncated page, say) is retried like a 5xx, a permanent one ends the request. The
    /// connector parses here, once, and keeps what it parsed.
    std::function<std::optional<HttpProblem>(const HttpResult &)> check;
};

/// One attempt, as the transport's clock saw it.
struct HttpAttempt {
    qint64 startedMsecs = 0; ///< when it was sent (Clock::nowMsecs)
    qint64 finishedMsecs = 0;
    int status = 0; ///< 0 without an HTTP answer
    qint64 waitedMsecs = 0; ///< the wait before this attempt (backoff, Retry-After, rate limit)
    QString outcome; ///< redacted; empty on success
};

struct HttpResult {
    int status = 0; ///< 0 when no HTTP answer arrived
    /// The answer's headers; values of credential headers (Set-Cookie, ...) are masked.
    HttpHeaders headers;
    QByteArray body;
    QUrl url; ///< the URL that answered (after same-origin redirects); not redacted, for resolving links
    int attempts = 0;
    qint64 elapsedMsecs = 0; ///< real time from start() to the end, waits included
    QList<HttpAttempt> attemptLog;
    /// Set when the request did not succeed; where, message and hint are redacted.
    std::optional<Error> error;
    FailureClass failureClass = FailureClass::Permanent;
    /// When the server allows the next request, where it asked for a longer pause (Retry-After)
    /// than a run waits: the failure's automatic retry must not come sooner.
    QDateTime notBefore{};

    [[nodiscard]] bool ok() const { return !error; }
    [[nodiscard]] QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
};

} // namespace Linkwright

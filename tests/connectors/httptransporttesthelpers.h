#pragma once

// What the HTTP transport's suites share: requests to send, faults that always strike, and all
// a result says, for a failure's message.
#include "connectors/clock.h"
#include "connectors/httptransport.h"
#include "connectors/httptypes.h"
#include "simulatorfaults.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <memory>
#include <utility>

namespace Linkwright::Testing {

/// The transport each case starts from: on a virtual clock, so waits cost nothing and are
/// recorded, with a fixed seed for the backoff's jitter.
inline std::unique_ptr<HttpTransport> transportOn(const std::shared_ptr<VirtualClock> &clock)
{
    HttpTransport::Options options;
    options.seed = 11;
    return std::make_unique<HttpTransport>(options, nullptr, clock);
}

inline HttpRequest get(const QUrl &url)
{
    HttpRequest request;
    request.url = url;
    request.deadlineMsecs = 5000;
    request.inactivityMsecs = 5000;
    return request;
}

inline HttpRequest post(const QUrl &url, QByteArray body)
{
    HttpRequest request = get(url);
    request.method = "POST";
    request.body = std::move(body);
    request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return request;
}

inline FaultConfig only(FaultKind kind)
{
    FaultConfig faults;
    faults.rate = 1.0;
    faults.kinds = {kind};
    faults.retryAfterSeconds = 7;
    faults.stallMsecs = 20000;
    return faults;
}

inline QString everything(const HttpResult &result)
{
    QString text;
    if (result.error)
        text += result.error->toString() + u'\n';
    for (const HttpAttempt &attempt : result.attemptLog)
        text += attempt.outcome + u'\n';
    for (const auto &[name, value] : result.headers)
        text += QString::fromUtf8(name + ": " + value) + u'\n';
    return text;
}

} // namespace Linkwright::Testing

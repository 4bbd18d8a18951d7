#pragma once

// What the HTTP transport's suites share: requests to send, faults that always strike, and all
// a result says, for a failure's message.
#include "connectors/httptypes.h"
#include "simulatorfaults.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <utility>

namespace Linkwright::Testing {

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

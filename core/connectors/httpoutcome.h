#pragma once

#include "connectors/httptypes.h"

#include <QCoreApplication>
#include <QList>
#include <QSslError>
#include <QString>
#include <QUrl>

namespace Linkwright {

class Redactor;

/// What one attempt ended with, before it is judged: an HTTP answer, or the reason there was none.
struct HttpOutcome {
    enum class Failure {
        None, ///< an HTTP answer arrived (status, headers, body)
        Deadline, ///< our overall deadline for the attempt passed
        Inactivity, ///< no data for the inactivity timeout
        Refused,
        HostNotFound,
        Closed, ///< closed or reset before the answer was complete
        Tls,
        Protocol, ///< the server does not speak HTTP as expected
        RedirectElsewhere, ///< a redirect to another origin that credentials must not follow
        RedirectRefused, ///< too many redirects, an https to http downgrade, a redirected write
        Cancelled,
        TooLarge, ///< past HttpTransportOptions::maxBodyBytes (detail: the limit) and not read on
        Other,
    };

    Failure failure = Failure::None;
    int status = 0;
    HttpHeaders headers;
    QByteArray body;
    QUrl url; ///< the URL that answered
    QUrl redirectTarget; ///< for the redirect failures, when known
    QString detail; ///< the library's own words, e.g. QNetworkReply::errorString()
    QList<QSslError> sslErrors;
};

/// Turns outcomes into the errors users read: what happened, at which (redacted) URL, what to do,
/// and whether a retry may help.
class HttpOutcomeJudge final
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::HttpTransport)

public:
    /// nullopt for a 2xx answer; otherwise the problem. method and url say where.
    [[nodiscard]] static std::optional<HttpProblem> judge(const HttpOutcome &outcome, const QByteArray &method,
        const QUrl &url, int deadlineMsecs, const Redactor &redactor);
    /// The server's own explanation from an error body: "error", "message", "detail" or "title" of
    /// a JSON object, else the start of a text body; empty when there is none. Not redacted.
    [[nodiscard]] static QString serverMessage(const HttpOutcome &outcome);
    /// "GET https://host/path?query", redacted.
    [[nodiscard]] static QString place(const QByteArray &method, const QUrl &url, const Redactor &redactor);
};

} // namespace Linkwright

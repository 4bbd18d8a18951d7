#include "httpoutcome.h"

#include "domain/json.h"
#include "retrypolicy.h"
#include "secrets/redactor.h"

namespace Linkwright {

namespace {

constexpr qsizetype MaxServerMessage = 300;

QString hostAndPort(const QUrl &url)
{
    return url.host() + u':' + QString::number(url.port(url.scheme() == u"https" ? 443 : 80));
}

QString sslErrorList(const QList<QSslError> &errors)
{
    QStringList texts;
    for (const QSslError &error : errors)
        texts.append(error.errorString());
    texts.removeDuplicates();
    return texts.join(QStringLiteral("; "));
}

} // namespace

QString HttpOutcomeJudge::place(const QByteArray &method, const QUrl &url, const Redactor &redactor)
{
    return QString::fromLatin1(method) + u' ' + redactor.redactUrl(url);
}

QString HttpOutcomeJudge::serverMessage(const HttpOutcome &outcome)
{
    const QByteArray body = outcome.body.trimmed();
    if (body.isEmpty())
        return {};
    if (body.startsWith('{')) {
        if (auto parsed = Json::parse(body); parsed && parsed->isObject()) {
            QStringList parts;
            for (const char *name : {"error", "message", "detail", "title", "hint", "error_description"}) {
                const Value *field = parsed->find(name);
                if (field && field->isString() && !field->utf8().isEmpty())
                    parts.append(field->text());
                else if (field && field->isObject()) {
                    if (const Value *inner = field->find("message"); inner && inner->isString())
                        parts.append(inner->text());
                }
            }
            parts.removeDuplicates();
            return parts.join(QStringLiteral(" - ")).left(MaxServerMessage);
        }
    }
    const QByteArray type = headerValue(outcome.headers, "Content-Type").toLower();
    if (type.startsWith("text/plain") || type.isEmpty())
        return QString::fromUtf8(body.left(MaxServerMessage)).simplified();
    return {};
}

std::optional<HttpProblem> HttpOutcomeJudge::judge(
    const HttpOutcome &outcome, const QByteArray &method, const QUrl &url, int deadlineMsecs, const Redactor &redactor)
{
    using Failure = HttpOutcome::Failure;
    // Most answers are fine: the redacted place is only worth building for a problem.
    if (outcome.failure == Failure::None && outcome.status >= 200 && outcome.status < 300)
        return std::nullopt;
    Error error{ErrorCode::Network, place(method, url, redactor), {}, {}};
    FailureClass failureClass = FailureClass::Transient;
    const QString detail = outcome.detail;

    switch (outcome.failure) {
    case Failure::None: {
        const int status = outcome.status;
        if (status >= 200 && status < 300)
            return std::nullopt;
        const QString said = serverMessage(outcome);
        const QString suffix = said.isEmpty() ? QString() : QStringLiteral(": ") + said;
        error.code = ErrorCode::HttpStatus;
        failureClass = Http::isTransientStatus(status) ? FailureClass::Transient : FailureClass::Permanent;
        if (status == 401 || status == 403) {
            error.code = ErrorCode::Authentication;
            error.message = (status == 401 ? tr("the server refused the credentials (HTTP 401)%1")
                                           : tr("the server denied access with these credentials (HTTP 403)%1"))
                                .arg(suffix);
            error.hint = tr("Check the endpoint's authentication: its type, the header name and the secret it "
                            "refers to.");
        } else if (status == 404) {
            error.message = tr("the server has nothing at this address (HTTP 404)%1").arg(suffix);
            error.hint = tr("Check the base URL and the resource path of the endpoint.");
        } else if (status == 429) {
            error.message = tr("the server says there were too many requests (HTTP 429)%1").arg(suffix);
            error.hint = tr("Retried after the wait the server asks for; lower the endpoint's requestsPerSecond "
                            "to avoid it.");
        } else if (status >= 500) {
            error.message = tr("the server reported an error (HTTP %1)%2").arg(status).arg(suffix);
            error.hint = failureClass == FailureClass::Transient
                ? tr("Retried automatically; if it persists, look at the server's own log.")
                : tr("The server does not support this request; check the endpoint's configuration.");
        } else if (status >= 300 && status < 400) {
            error.code = ErrorCode::Redirect;
            error.message = tr("the server answered with a redirect (HTTP %1) that was not followed").arg(status);
            error.hint = tr("Set the endpoint's base URL to the address the server redirects to.");
        } else {
            error.message = tr("the server rejected the request (HTTP %1)%2").arg(status).arg(suffix);
            error.hint = tr("The request is not retried automatically; fix what the server names, then retry.");
        }
        break;
    }
    case Failure::Deadline:
        error.code = ErrorCode::Timeout;
        error.message = tr("no complete answer within %1 s").arg(deadlineMsecs / 1000.0);
        error.hint = tr("The server is slow or stalled; retried automatically. Raise the endpoint's timeoutSeconds "
                        "if its answers are large.");
        break;
    case Failure::Inactivity:
        error.code = ErrorCode::Timeout;
        error.message = tr("the server went silent before the answer was complete");
        error.hint = tr("Retried automatically; if it persists, check the server and the network in between.");
        break;
    case Failure::Refused:
        error.message = tr("the connection was refused");
        error.hint = tr("Check that the server runs and listens at %1.").arg(hostAndPort(url));
        break;
    case Failure::HostNotFound:
        failureClass = FailureClass::Permanent;
        error.message = tr("the host %1 was not found").arg(url.host());
        error.hint = tr("Check the host name in the endpoint's base URL and this machine's DNS settings.");
        break;
    case Failure::Closed:
        error.message = detail.isEmpty() ? tr("the connection was closed before the answer was complete")
                                         : tr("the connection was closed or reset: %1").arg(detail);
        error.hint = tr("Retried automatically; if it persists, check proxies or load balancers in between.");
        break;
    case Failure::Tls: {
        failureClass = FailureClass::Permanent;
        error.code = ErrorCode::Tls;
        const QString errors = sslErrorList(outcome.sslErrors);
        error.message = errors.isEmpty() ? tr("the secure (TLS) connection failed: %1").arg(detail)
                                         : tr("the server's certificate was not accepted: %1").arg(errors);
        error.hint = errors.isEmpty()
            ? tr("Check that the server speaks https on port %1; an http:// URL may be meant.").arg(url.port(443))
            : tr("Linkwright always verifies certificates. If the server uses a certificate from your own "
                 "authority, add that authority to the system's trust store (update-ca-certificates).");
        break;
    }
    case Failure::Protocol:
        failureClass = FailureClass::Permanent;
        error.code = ErrorCode::InvalidResponse;
        error.message = tr("the server's answer is not valid HTTP: %1").arg(detail);
        error.hint = tr("Check the scheme and port of the base URL: a TLS server behind an http:// URL answers "
                        "like this.");
        break;
    case Failure::RedirectElsewhere:
        failureClass = FailureClass::Permanent;
        error.code = ErrorCode::Redirect;
        error.message = tr("the server redirected to another origin (%1); credentials are never sent to another "
                           "origin, so the redirect was not followed")
                            .arg(outcome.redirectTarget.isValid() ? redactor.redactUrl(outcome.redirectTarget)
                                                                  : tr("address not given"));
        error.hint = tr("If you trust that address, set the endpoint's base URL to it.");
        break;
    case Failure::RedirectRefused:
        failureClass = FailureClass::Permanent;
        error.code = ErrorCode::Redirect;
        error.message = tr("a redirect was not followed: %1").arg(detail);
        error.hint = tr("Set the endpoint's base URL to the final address, so that no redirect is needed.");
        break;
    case Failure::TooLarge:
        failureClass = FailureClass::Permanent;
        error.code = ErrorCode::InvalidResponse;
        error.message = tr("the answer is larger than %1 MB and was not read to the end")
                            .arg(QString::number(double(detail.toLongLong()) / (1024 * 1024), 'g', 4));
        error.hint = tr("Check that the resource path names a list of records, not a download; a page of "
                        "records is far smaller.");
        break;
    case Failure::Cancelled:
        error.code = ErrorCode::Cancelled;
        error.message = tr("cancelled");
        break;
    case Failure::Other:
        error.message = detail.isEmpty() ? tr("the request failed") : detail;
        error.hint = tr("Retried automatically; if it persists, check the network connection.");
        break;
    }
    error.message = redactor.redact(error.message);
    error.hint = redactor.redact(error.hint);
    return HttpProblem{std::move(error), failureClass};
}

} // namespace Linkwright

// The two ways an attempt goes out: QNetworkAccessManager, and HttpConnection for bodies.
#include "httpconnection.h"
#include "httptransport.h"
#include "httptransportjob.h"

#include "domain/json.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkRequest>

namespace Linkwright {

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return HttpConnection::originKey(a) == HttpConnection::originKey(b);
}

HttpOutcome::Failure failureOf(QNetworkReply::NetworkError error)
{
    using Failure = HttpOutcome::Failure;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return Failure::Refused;
    case QNetworkReply::RemoteHostClosedError:
        return Failure::Closed;
    case QNetworkReply::HostNotFoundError:
        return Failure::HostNotFound;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        // We never abort a reply without first disowning it, so a cancel that reaches us is Qt's
        // transfer timeout (Qt 6.4 reports it as OperationCanceledError).
        return Failure::Inactivity;
    case QNetworkReply::SslHandshakeFailedError:
        return Failure::Tls;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        return Failure::Protocol;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return Failure::RedirectRefused;
    default:
        return Failure::Other;
    }
}

HttpOutcome::Failure failureOf(HttpConnection::Failure failure)
{
    using Failure = HttpOutcome::Failure;
    switch (failure) {
    case HttpConnection::Failure::None:
        return Failure::None;
    case HttpConnection::Failure::Refused:
        return Failure::Refused;
    case HttpConnection::Failure::HostNotFound:
        return Failure::HostNotFound;
    case HttpConnection::Failure::Closed:
        return Failure::Closed;
    case HttpConnection::Failure::Timeout:
        return Failure::Inactivity;
    case HttpConnection::Failure::Tls:
        return Failure::Tls;
    case HttpConnection::Failure::Protocol:
        return Failure::Protocol;
    case HttpConnection::Failure::TooLarge:
        return Failure::TooLarge;
    case HttpConnection::Failure::Other:
        break;
    }
    return Failure::Other;
}

} // namespace

bool HttpTransport::useConnection(const Job &job) const
{
    if (!m_options.lowDelayUploads || job.request.body.isEmpty())
        return false;
    // HttpConnection speaks to the server directly; with a proxy configured, QNAM goes instead.
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(job.url));
    return proxies.isEmpty() || proxies.constFirst().type() == QNetworkProxy::NoProxy;
}

void HttpTransport::sendWithNetworkManager(Job &job)
{
    QNetworkRequest request(job.url);
    for (const auto &[name, value] : std::as_const(job.request.headers))
        request.setRawHeader(name, value);
    // Qt's SameOriginRedirectPolicy refuses a redirect elsewhere before anything is sent there.
    // Qt follows a 301, 302 or 303 of any method with a GET, whose 200 then passed for the
    // DELETE's own: other methods see the redirect here and go by followRedirect's rules.
    const bool safe = job.request.method == "GET" || job.request.method == "HEAD";
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
        !safe                                ? QNetworkRequest::ManualRedirectPolicy
            : job.request.carriesCredentials ? QNetworkRequest::SameOriginRedirectPolicy
                                             : QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(std::max(0, job.request.inactivityMsecs));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // Qt ends a compressed answer past 10 MB that inflates more than 40:1 as if it were empty,
    // with no error: a page of alike records does. maxBodyBytes, counted after inflating (see
    // readyRead below), is the guard against compression bombs instead.
    if (m_options.maxBodyBytes > 0)
        request.setDecompressedSafetyCheckThreshold(-1);

    QNetworkReply *reply = job.request.method == "GET" && job.request.body.isEmpty()
        ? m_network->get(request)
        : m_network->sendCustomRequest(request, job.request.method, job.request.body);
    job.reply = reply;
    const Ticket ticket = job.ticket;
    const quint64 serial = job.serial;
    connect(
        reply, &QNetworkReply::sslErrors, job.context.get(), [this, ticket, serial](const QList<QSslError> &errors) {
            if (Job *current = this->job(ticket); current && current->serial == serial)
                current->sslErrors = errors; // recorded for the message; never ignored
        });
    job.startedConnecting = false;
    job.encrypted = false;
    connect(reply, &QNetworkReply::socketStartedConnecting, job.context.get(), [this, ticket, serial] {
        if (Job *current = this->job(ticket); current && current->serial == serial)
            current->startedConnecting = true;
    });
    connect(reply, &QNetworkReply::encrypted, job.context.get(), [this, ticket, serial] {
        if (Job *current = this->job(ticket); current && current->serial == serial)
            current->encrypted = true;
    });
    // An answer past the limit is given up as soon as it is known to be (a declared length, or
    // the bytes so far); its reply is disowned first, so that its finished() is ignored.
    // The progress counts the bytes as they came; a compressed answer's inflated bytes show in
    // what the reply holds to be read.
    const auto giveUpPastLimit = [this, ticket, serial](qint64 bytes) {
        Job *current = this->job(ticket);
        if (!current || current->serial != serial || !current->reply || m_options.maxBodyBytes <= 0
            || bytes <= m_options.maxBodyBytes)
            return;
        QNetworkReply *big = current->reply;
        current->reply = nullptr;
        HttpOutcome outcome;
        outcome.failure = HttpOutcome::Failure::TooLarge;
        outcome.url = big->url();
        outcome.detail = QString::number(m_options.maxBodyBytes);
        big->abort();
        big->deleteLater();
        attemptFinished(*current, std::move(outcome));
    };
    connect(reply, &QNetworkReply::downloadProgress, job.context.get(),
        [giveUpPastLimit](qint64 received, qint64 expected) { giveUpPastLimit(std::max(received, expected)); });
    connect(reply, &QNetworkReply::readyRead, job.context.get(),
        [giveUpPastLimit, reply] { giveUpPastLimit(reply->bytesAvailable()); });
    connect(reply, &QNetworkReply::finished, job.context.get(), [this, ticket, serial, safe] {
        Job *current = this->job(ticket);
        if (!current || current->serial != serial || !current->reply)
            return;
        QNetworkReply *done = current->reply;
        current->reply = nullptr;
        done->deleteLater();

        HttpOutcome outcome;
        outcome.status = done->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        outcome.headers = done->rawHeaderPairs();
        // With room past its end, a page is parsed where it is instead of copied first.
        outcome.body = Json::readPadded(*done);
        outcome.url = done->url();
        outcome.detail = done->errorString();
        outcome.sslErrors = current->sslErrors;
        const QNetworkReply::NetworkError error = done->error();
        // Codes below 200 are about the connection; from 200 on they only restate the status.
        const bool connectionFailed = error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
        if (error == QNetworkReply::InsecureRedirectError || error == QNetworkReply::TooManyRedirectsError) {
            const QUrl location = QUrl::fromEncoded(done->rawHeader("Location"));
            outcome.redirectTarget = location.isValid() ? done->url().resolved(location) : QUrl();
            const bool elsewhere = outcome.redirectTarget.isValid() && !sameOrigin(done->url(), outcome.redirectTarget);
            outcome.failure = error == QNetworkReply::InsecureRedirectError && current->request.carriesCredentials
                    && (elsewhere || !outcome.redirectTarget.isValid())
                ? HttpOutcome::Failure::RedirectElsewhere
                : HttpOutcome::Failure::RedirectRefused;
        } else if (connectionFailed || (error != QNetworkReply::NoError && outcome.status == 0)) {
            outcome.failure = failureOf(error);
            // A new connection that closed before its TLS handshake completed: most likely no TLS
            // server on that port. (A reused connection that closes is an ordinary transient error.)
            if (outcome.failure == HttpOutcome::Failure::Closed && done->url().scheme() == u"https"
                && current->startedConnecting && !current->encrypted) {
                outcome.failure = HttpOutcome::Failure::Tls;
                outcome.detail = HttpOutcomeJudge::tr("the server closed the connection during the TLS handshake");
            }
        }
        if (!safe && outcome.failure == HttpOutcome::Failure::None && followRedirect(*current, outcome))
            return;
        attemptFinished(*current, std::move(outcome));
    });
}

HttpConnection *HttpTransport::takeConnection(const QUrl &url)
{
    const QString key = HttpConnection::originKey(url);
    while (true) {
        auto it = m_idle.find(key);
        if (it == m_idle.end())
            break;
        QPointer<HttpConnection> connection = it.value();
        m_idle.erase(it);
        if (connection && connection->isReusable())
            return connection;
        if (connection)
            connection->deleteLater();
    }
    auto *connection = new HttpConnection(url, this);
    connection->setMaxBodyBytes(m_options.maxBodyBytes);
    return connection;
}

void HttpTransport::releaseConnection(HttpConnection *connection, bool reusable)
{
    constexpr int MaxIdlePerOrigin = 8;
    const QString key = connection->originKey();
    if (reusable && m_idle.count(key) < MaxIdlePerOrigin)
        m_idle.insert(key, connection);
    else
        connection->deleteLater();
}

void HttpTransport::sendWithConnection(Job &job)
{
    HttpConnection *connection = takeConnection(job.url);
    job.connection = connection;
    const Ticket ticket = job.ticket;
    const quint64 serial = job.serial;
    job.connectionFinished = connect(connection, &HttpConnection::finished, job.context.get(), [this, ticket, serial] {
        Job *current = this->job(ticket);
        if (!current || current->serial != serial || !current->connection)
            return;
        HttpConnection *done = current->connection;
        current->connection = nullptr;
        QObject::disconnect(current->connectionFinished);

        const HttpConnection::Failure failure = done->failure();
        // A keep-alive connection the server closed just as we sent: not the request's fault,
        // so it goes once more on a fresh connection without counting an attempt.
        if (failure != HttpConnection::Failure::None && failure != HttpConnection::Failure::Timeout && done->wasReused()
            && !done->response().receivedAnything() && !current->staleRetried) {
            current->staleRetried = true;
            releaseConnection(done, false);
            sendWithConnection(*current);
            return;
        }
        HttpOutcome outcome;
        outcome.failure = failureOf(failure);
        outcome.detail = done->errorString();
        outcome.sslErrors = done->sslErrors();
        outcome.url = current->url;
        if (failure == HttpConnection::Failure::None) {
            outcome.status = done->response().status();
            outcome.headers = done->response().headers();
            outcome.body = done->response().takeBody();
        }
        releaseConnection(done, failure == HttpConnection::Failure::None && done->isReusable());
        if (failure == HttpConnection::Failure::None && followRedirect(*current, outcome))
            return;
        attemptFinished(*current, std::move(outcome));
    });
    connection->send(job.request.method, job.url, job.request.headers, job.request.body, job.request.inactivityMsecs);
}

bool HttpTransport::followRedirect(Job &job, HttpOutcome &outcome)
{
    const int status = outcome.status;
    if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308)
        return false;
    const QUrl location = QUrl::fromEncoded(headerValue(outcome.headers, "Location"));
    if (!location.isValid() || location.isEmpty())
        return false;
    const QUrl target = job.url.resolved(location);
    outcome.redirectTarget = target;
    if (job.request.carriesCredentials && !sameOrigin(job.url, target)) {
        outcome.failure = HttpOutcome::Failure::RedirectElsewhere;
        return false;
    }
    outcome.failure = HttpOutcome::Failure::RedirectRefused;
    if (job.url.scheme() == u"https" && target.scheme() != u"https") {
        outcome.detail = HttpOutcomeJudge::tr("from https to %1").arg(target.scheme());
        return false;
    }
    if (status != 307 && status != 308) {
        // 301, 302 and 303 turn a write into a GET in every browser; a write must not vanish so.
        outcome.detail = HttpOutcomeJudge::tr("the server answered the %1 with HTTP %2")
                             .arg(QString::fromLatin1(job.request.method))
                             .arg(status);
        return false;
    }
    if (job.redirects >= 5) {
        outcome.detail = HttpOutcomeJudge::tr("more than 5 redirects");
        return false;
    }
    ++job.redirects;
    job.url = target;
    if (useConnection(job))
        sendWithConnection(job);
    else
        sendWithNetworkManager(job);
    return true;
}

void HttpTransport::refuseForNow(Job &job, qint64 untilMsecs)
{
    const QDateTime until = m_clock->currentDateTimeUtc().addMSecs(untilMsecs - m_clock->nowMsecs());
    job.result.notBefore = until;
    Error error{ErrorCode::HttpStatus, HttpOutcomeJudge::place(job.request.method, job.request.url, *m_redactor),
        HttpOutcomeJudge::tr("not sent: the server asked to wait until %1 UTC (Retry-After), longer than a run waits")
            .arg(until.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
        HttpOutcomeJudge::tr("Retried automatically after that time; \"linkwright-cli retry\" tries sooner.")};
    finish(job, HttpProblem{std::move(error), FailureClass::Transient});
}

} // namespace Linkwright

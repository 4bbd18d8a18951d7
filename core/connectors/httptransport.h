#pragma once

#include "connectors/clock.h"
#include "connectors/httpoutcome.h"
#include "connectors/httptypes.h"
#include "connectors/retrypolicy.h"
#include "connectors/waitmeter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>

#include <atomic>
#include <map>
#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace Linkwright {

class HttpConnection;
class Redactor;

struct HttpTransportOptions {
    RetryPolicy retry;
    /// Send bodies over HttpConnection (TCP_NODELAY) rather than QNetworkAccessManager.
    bool lowDelayUploads = true;
    /// Seeds the jitter; 0 seeds from the system, so that runs do not retry in lockstep.
    quint32 seed = 0;
    /// How often a wait checks the cancel flag.
    int cancelPollMsecs = 50;
    /// A longer answer is cut off and fails its request: one page or batch answer is held in
    /// memory whole, and a server sending without end (or a file download at a list's path)
    /// would otherwise take all of it.
    qint64 maxBodyBytes = qint64(256) * 1024 * 1024;
};

/// HTTP for a worker thread that works in a blocking style: start() requests (several may be in
/// flight), then wait() for each, which runs a local event loop until it is done. Construct and
/// use it in one thread; it owns one QNetworkAccessManager living there.
///
/// Per request: an overall deadline per attempt plus the inactivity timeout; retries of transient
/// failures (timeouts, 5xx, 429, refused or reset connections, and whatever the request's check
/// calls transient) with exponential backoff and full jitter, never sooner than a Retry-After;
/// the endpoint's rate limit; TLS always verified; redirects that carry credentials stay within
/// their origin. Every message, URL and header the transport reports passes the Redactor.
///
/// Requests with a body go out over HttpConnection (HTTP/1.1 on TCP_NODELAY sockets) instead of
/// QNetworkAccessManager, which leaves Nagle's algorithm on and so delays every upload by a
/// delayed ACK; see HttpConnection. Options::lowDelayUploads switches this off.
class HttpTransport final : public QObject
{
    Q_OBJECT

public:
    using Ticket = quint64;

    using Options = HttpTransportOptions;

    /// clock nullptr means the system clock; redactor nullptr means a fresh one.
    explicit HttpTransport(Options options = {}, std::shared_ptr<Redactor> redactor = {},
        std::shared_ptr<Clock> clock = {}, QObject *parent = nullptr);
    ~HttpTransport() override;

    /// The redactor every message passes; connectors register their secrets here, and the failure
    /// log writer should use the same one.
    [[nodiscard]] Redactor &redactor() { return *m_redactor; }
    [[nodiscard]] const std::shared_ptr<Redactor> &sharedRedactor() const { return m_redactor; }
    [[nodiscard]] Clock &clock() { return *m_clock; }

    /// Polled during waits; when it turns true every request is cancelled.
    void setCancelFlag(const std::atomic_bool *flag) { m_cancelFlag = flag; }
    [[nodiscard]] bool isCancelled() const;

    /// Diagnostics: the waits of this transport are measured on meter's account (nullptr: not
    /// measured). See WaitMeter.
    void setWaitMeter(WaitMeter *meter, int account = 0)
    {
        m_waitMeter = meter;
        m_waitAccount = account;
    }

    [[nodiscard]] Ticket start(HttpRequest request);
    /// Blocks (running an event loop) until the request is done, then hands over its result; the
    /// ticket is then spent. An unknown ticket gives a result with an Internal error.
    [[nodiscard]] HttpResult wait(Ticket ticket);
    /// Blocks until one of among (all outstanding when empty) is done and returns it, for wait();
    /// 0 when there is nothing to wait for.
    [[nodiscard]] Ticket waitAny(const QList<Ticket> &among = {});
    [[nodiscard]] HttpResult execute(HttpRequest request) { return wait(start(std::move(request))); }
    [[nodiscard]] bool isDone(Ticket ticket) const;
    /// Requests started and not yet collected with wait().
    [[nodiscard]] int outstanding() const { return static_cast<int>(m_jobs.size()); }

    /// Ends every request now; each result says cancelled.
    void cancelAll();
    /// Ends one request now, if it is still running, and forgets it: its result is not wanted.
    void discard(Ticket ticket);

Q_SIGNALS:
    void jobDone(Ticket ticket);

private:
    struct Job;

    void scheduleAttempt(Job &job, qint64 waitMsecs);
    void sendAttempt(Job &job);
    void sendWithNetworkManager(Job &job);
    void sendWithConnection(Job &job);
    void attemptFinished(Job &job, HttpOutcome outcome);
    void finish(Job &job, std::optional<HttpProblem> problem);
    /// Ends a request of an endpoint whose server asked for a pause longer than a run waits.
    void refuseForNow(Job &job, qint64 untilMsecs);
    void abortAttempt(Job &job);
    void renewContext(Job &job);
    [[nodiscard]] bool followRedirect(Job &job, HttpOutcome &outcome);
    [[nodiscard]] bool useConnection(const Job &job) const;
    [[nodiscard]] HttpConnection *takeConnection(const QUrl &url);
    void releaseConnection(HttpConnection *connection, bool reusable);
    [[nodiscard]] Job *job(Ticket ticket) const;
    void runUntil(const std::function<bool()> &done);

    Options m_options;
    std::shared_ptr<Redactor> m_redactor;
    std::shared_ptr<Clock> m_clock;
    QNetworkAccessManager *m_network = nullptr;
    QRandomGenerator m_random;
    std::map<Ticket, std::unique_ptr<Job>> m_jobs;
    QMultiHash<QString, QPointer<HttpConnection>> m_idle;
    Ticket m_nextTicket = 1;
    const std::atomic_bool *m_cancelFlag = nullptr;
    WaitMeter *m_waitMeter = nullptr;
    int m_waitAccount = 0;
};

} // namespace Linkwright

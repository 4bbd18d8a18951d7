#include "httptransport.h"

#include "httpconnection.h"
#include "httptransportjob.h"
#include "ratelimiter.h"
#include "secrets/redactor.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>

namespace Linkwright {

namespace {

/// Keeps no cookies: requests carry only the headers the connector sets, as on HttpConnection,
/// and one endpoint's session cookie never rides along with another's requests.
class RefusingCookieJar final : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};

quint32 seedFor(quint32 seed)
{
    return seed != 0 ? seed : QRandomGenerator::system()->generate();
}

} // namespace

HttpTransport::HttpTransport(
    Options options, std::shared_ptr<Redactor> redactor, std::shared_ptr<Clock> clock, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_redactor(redactor ? std::move(redactor) : std::make_shared<Redactor>())
    , m_clock(clock ? std::move(clock) : std::make_shared<SystemClock>())
    , m_network(new QNetworkAccessManager(this))
    , m_random(seedFor(options.seed))
{
    m_network->setCookieJar(new RefusingCookieJar(m_network));
}

HttpTransport::~HttpTransport()
{
    // Idle connections are children and go with the transport.
    for (auto &[ticket, job] : m_jobs)
        abortAttempt(*job);
}

bool HttpTransport::isCancelled() const
{
    return m_cancelFlag && m_cancelFlag->load(std::memory_order_relaxed);
}

HttpTransport::Job *HttpTransport::job(Ticket ticket) const
{
    const auto it = m_jobs.find(ticket);
    return it == m_jobs.end() ? nullptr : it->second.get();
}

HttpTransport::Ticket HttpTransport::start(HttpRequest request)
{
    const Ticket ticket = m_nextTicket++;
    auto owned = std::make_unique<Job>();
    Job &job = *owned;
    job.ticket = ticket;
    job.request = std::move(request);
    job.request.maxAttempts = std::max(1, job.request.maxAttempts);
    job.result.url = job.request.url;
    job.url = job.request.url;
    job.elapsed.start();
    m_jobs.emplace(ticket, std::move(owned));

    const QString scheme = job.request.url.scheme();
    if (!job.request.url.isValid() || (scheme != u"http" && scheme != u"https") || job.request.url.host().isEmpty()) {
        Error error{ErrorCode::InvalidArgument,
            HttpOutcomeJudge::place(job.request.method, job.request.url, *m_redactor),
            HttpOutcomeJudge::tr("not an http or https URL"),
            HttpOutcomeJudge::tr("Write the endpoint's base URL as https://host[:port]/path.")};
        finish(job, HttpProblem{std::move(error), FailureClass::Permanent});
        return ticket;
    }
    // A line break would end the header early; dropping the header instead let requests go out
    // without their credentials (and QNAM and HttpConnection disagreed on it).
    for (const auto &[name, value] : std::as_const(job.request.headers)) {
        if (name.contains('\r') || name.contains('\n') || value.contains('\r') || value.contains('\n')) {
            Error error{ErrorCode::InvalidArgument,
                HttpOutcomeJudge::place(job.request.method, job.request.url, *m_redactor),
                HttpOutcomeJudge::tr("the request's %1 header contains a line break, so it was not sent")
                    .arg(QString::fromLatin1(name.simplified())),
                HttpOutcomeJudge::tr("Remove the line break from what the header is made of (a secret read from a "
                                     "file often ends in one).")};
            finish(job, HttpProblem{std::move(error), FailureClass::Permanent});
            return ticket;
        }
    }
    scheduleAttempt(job, 0);
    return ticket;
}

void HttpTransport::scheduleAttempt(Job &job, qint64 waitMsecs)
{
    const qint64 now = m_clock->nowMsecs();
    // Refused at once, not one per slot of a requests-per-second cap.
    if (const auto &limiter = job.request.rateLimiter; limiter && limiter->refusedUntil() > now) {
        refuseForNow(job, limiter->refusedUntil());
        return;
    }
    qint64 sendAt = now + std::max<qint64>(0, waitMsecs);
    if (job.request.rateLimiter)
        sendAt = job.request.rateLimiter->reserve(sendAt);
    job.pendingWaitMsecs += sendAt - now;
    renewContext(job);
    const quint64 serial = job.serial;
    const Ticket ticket = job.ticket;
    auto resume = [this, ticket, serial] {
        Job *current = this->job(ticket);
        if (!current || current->serial != serial || current->done)
            return;
        // Another request of this endpoint may have been told to wait since this one was booked.
        const auto &limiter = current->request.rateLimiter;
        if (limiter && limiter->heldUntil() > m_clock->nowMsecs()) {
            scheduleAttempt(*current, 0);
            return;
        }
        sendAttempt(*current);
    };
    if (sendAt <= now && job.result.attempts == 0)
        sendAttempt(job);
    else if (sendAt <= now)
        QTimer::singleShot(0, job.context.get(), resume);
    else
        m_clock->schedule(sendAt - now, job.context.get(), resume);
}

void HttpTransport::sendAttempt(Job &job)
{
    if (job.cancelled || isCancelled()) {
        cancelAll();
        return;
    }
    if (const auto &limiter = job.request.rateLimiter; limiter && limiter->refusedUntil() > m_clock->nowMsecs()) {
        refuseForNow(job, limiter->refusedUntil());
        return;
    }
    ++job.result.attempts;
    HttpAttempt attempt;
    attempt.startedMsecs = m_clock->nowMsecs();
    attempt.waitedMsecs = std::exchange(job.pendingWaitMsecs, 0);
    job.result.attemptLog.append(attempt);
    job.url = job.request.url;
    job.redirects = 0;
    job.staleRetried = false;
    job.sslErrors.clear();

    renewContext(job);
    const quint64 serial = job.serial;
    const Ticket ticket = job.ticket;
    if (job.request.deadlineMsecs > 0) {
        QTimer::singleShot(std::chrono::milliseconds(job.request.deadlineMsecs), Qt::PreciseTimer, job.context.get(),
            [this, ticket, serial] {
                Job *current = this->job(ticket);
                if (!current || current->serial != serial)
                    return;
                abortAttempt(*current);
                HttpOutcome outcome;
                outcome.failure = HttpOutcome::Failure::Deadline;
                attemptFinished(*current, std::move(outcome));
            });
    }
    if (useConnection(job))
        sendWithConnection(job);
    else
        sendWithNetworkManager(job);
}

void HttpTransport::attemptFinished(Job &job, HttpOutcome outcome)
{
    if (job.done)
        return;
    HttpResult &result = job.result;
    HttpAttempt &attempt = result.attemptLog.last();
    attempt.finishedMsecs = m_clock->nowMsecs();
    attempt.status = outcome.status;
    result.status = outcome.status;
    result.url = outcome.url.isValid() ? outcome.url : job.url;
    result.headers.clear();
    // Values of credential headers are masked; the others stay as sent, since the caller reads
    // them (Link, X-Total-Count, Retry-After).
    for (const auto &[name, value] : std::as_const(outcome.headers))
        result.headers.append({name, m_redactor->isSensitiveHeader(name) ? QByteArray("***") : value});
    result.body = outcome.body;

    const bool cancelled = outcome.failure == HttpOutcome::Failure::Cancelled;
    auto problem =
        HttpOutcomeJudge::judge(outcome, job.request.method, job.url, job.request.deadlineMsecs, *m_redactor);
    if (!problem && job.request.check) {
        {
            // Reading the answer is the caller's work, even though it runs inside a wait.
            const WaitMeter::Working working(m_waitMeter);
            problem = job.request.check(result);
        }
        if (problem) {
            if (problem->error.where.isEmpty())
                problem->error.where = HttpOutcomeJudge::place(job.request.method, job.url, *m_redactor);
            problem->error.where = m_redactor->redact(problem->error.where);
            problem->error.message = m_redactor->redact(problem->error.message);
            problem->error.hint = m_redactor->redact(problem->error.hint);
        }
    }
    if (!problem) {
        finish(job, std::nullopt);
        return;
    }
    attempt.outcome = problem->error.message;

    const RetryPolicy &policy = m_options.retry;
    std::optional<qint64> retryAfter;
    std::optional<qint64> asked; // as the server said it, for the message
    if (!cancelled && outcome.failure == HttpOutcome::Failure::None
        && problem->failureClass == FailureClass::Transient) {
        asked = Http::parseRetryAfter(headerValue(outcome.headers, "Retry-After"), m_clock->currentDateTimeUtc());
        // A broken header or a date decades ahead would keep the failure from ever coming due.
        if (asked)
            retryAfter = std::min(*asked, policy.maxHonouredRetryAfterMsecs);
    }
    // Longer than a run waits: the request ends here, and so does every other request to the
    // endpoint until then, on its last attempt as much as its first.
    if (retryAfter && *retryAfter > policy.maxRetryAfterMsecs) {
        problem->error.message += HttpOutcomeJudge::tr("; the server asks to wait %1 s, longer than the %2 s "
                                                       "a run waits, so it is left for a later retry")
                                      .arg(*asked / 1000)
                                      .arg(policy.maxRetryAfterMsecs / 1000);
        // Said where the wait was cut: the message gave the cap as what the server asked.
        if (*asked > *retryAfter) {
            problem->error.message += HttpOutcomeJudge::tr(" (in %1 s at the latest)").arg(*retryAfter / 1000);
        }
        job.result.notBefore = m_clock->currentDateTimeUtc().addMSecs(*retryAfter);
        if (job.request.rateLimiter)
            job.request.rateLimiter->refuseUntil(m_clock->nowMsecs() + *retryAfter);
        finish(job, std::move(problem));
        return;
    }
    const bool again = !cancelled && problem->failureClass == FailureClass::Transient && job.request.retryable
        && result.attempts < job.request.maxAttempts && !job.cancelled && !isCancelled();
    if (!again) {
        finish(job, std::move(problem));
        return;
    }
    qint64 wait = policy.backoffMsecs(result.attempts, m_random);
    if (retryAfter) {
        wait = std::max(wait, *retryAfter);
        // The whole endpoint waits, not just this request.
        if (job.request.rateLimiter)
            job.request.rateLimiter->holdUntil(m_clock->nowMsecs() + *retryAfter);
    }
    abortAttempt(job);
    scheduleAttempt(job, wait);
}

void HttpTransport::finish(Job &job, std::optional<HttpProblem> problem)
{
    if (job.done)
        return;
    abortAttempt(job);
    job.done = true;
    job.result.elapsedMsecs = job.elapsed.elapsed();
    if (problem) {
        job.result.error = std::move(problem->error);
        job.result.failureClass = problem->failureClass;
    }
    Q_EMIT jobDone(job.ticket);
}

void HttpTransport::renewContext(Job &job)
{
    // Later, not now: this may run inside a callback whose receiver is the old context.
    if (job.context)
        job.context.release()->deleteLater();
    job.context = std::make_unique<QObject>();
    ++job.serial;
}

void HttpTransport::abortAttempt(Job &job)
{
    ++job.serial;
    if (job.context)
        job.context.release()->deleteLater();
    if (job.reply) {
        QNetworkReply *reply = job.reply;
        job.reply = nullptr;
        // Its finished() fires inside abort(); the serial, already moved on, makes it a no-op.
        reply->abort();
        reply->deleteLater();
    }
    if (job.connection) {
        HttpConnection *connection = job.connection;
        job.connection = nullptr;
        QObject::disconnect(job.connectionFinished);
        if (connection->isReusable())
            releaseConnection(connection, true);
        else {
            connection->abort();
            releaseConnection(connection, false);
        }
    }
}

void HttpTransport::cancelAll()
{
    QList<Ticket> open;
    for (const auto &[ticket, job] : m_jobs) {
        if (!job->done)
            open.append(ticket);
    }
    for (const Ticket ticket : std::as_const(open)) {
        Job *current = job(ticket);
        if (!current || current->done)
            continue;
        current->cancelled = true;
        HttpOutcome outcome;
        outcome.failure = HttpOutcome::Failure::Cancelled;
        finish(*current, HttpOutcomeJudge::judge(outcome, current->request.method, current->url, 0, *m_redactor));
    }
}

void HttpTransport::discard(Ticket ticket)
{
    const auto it = m_jobs.find(ticket);
    if (it == m_jobs.end())
        return;
    // No jobDone: nobody waits for a ticket given up, and waitAny only looks at jobs it holds.
    Job &current = *it->second;
    if (!current.done) {
        current.cancelled = true;
        abortAttempt(current);
    }
    m_jobs.erase(it);
}

bool HttpTransport::isDone(Ticket ticket) const
{
    const Job *current = job(ticket);
    return current && current->done;
}

void HttpTransport::runUntil(const std::function<bool()> &done)
{
    const WaitMeter::Waiting waiting(m_waitMeter, m_waitAccount);
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(m_options.cancelPollMsecs);
    connect(&poll, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &HttpTransport::jobDone, &loop, &QEventLoop::quit);
    poll.start();
    while (!done()) {
        if (isCancelled())
            cancelAll();
        if (done())
            break;
        loop.exec();
    }
}

HttpResult HttpTransport::wait(Ticket ticket)
{
    if (!job(ticket)) {
        HttpResult result;
        result.error = Error{ErrorCode::Internal, {}, HttpOutcomeJudge::tr("unknown or already collected request"), {}};
        return result;
    }
    runUntil([this, ticket] { return job(ticket)->done; });
    const auto it = m_jobs.find(ticket);
    HttpResult result = std::move(it->second->result);
    m_jobs.erase(it);
    return result;
}

HttpTransport::Ticket HttpTransport::waitAny(const QList<Ticket> &among)
{
    QList<Ticket> candidates;
    for (const auto &[ticket, job] : m_jobs) {
        if (among.isEmpty() || among.contains(ticket))
            candidates.append(ticket);
    }
    if (candidates.isEmpty())
        return 0;
    Ticket found = 0;
    runUntil([&] {
        for (const Ticket ticket : std::as_const(candidates)) {
            if (isDone(ticket)) {
                found = ticket;
                return true;
            }
        }
        return false;
    });
    return found;
}

} // namespace Linkwright

#include "connectiontester.h"

#include "connectors/httptransport.h"
#include "connectors/tryton/trytonconnector.h"
#include "secrets/secretresolver.h"
#include "widgets/job.h"
#include "widgets/jobtracker.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

namespace Linkwright {

namespace {

/// Hands the check the password the window's thread read (or why it could not).
class ReadSecret final : public SecretResolver
{
public:
    explicit ReadSecret(Result<QString> secret)
        : m_secret(std::move(secret))
    {
    }

    [[nodiscard]] bool handles(SecretRef::Source) const override { return true; }
    [[nodiscard]] Result<QString> resolve(const SecretRef &) override { return m_secret; }

private:
    Result<QString> m_secret;
};

} // namespace

ConnectionTester::ConnectionTester(
    QNetworkAccessManager &network, JobTracker &jobs, SecretResolver &secrets, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_jobs(jobs)
    , m_secrets(secrets)
{
}

ConnectionTester::~ConnectionTester()
{
    // The window may close mid-test; the status bar must not keep a job nobody will finish.
    for (Probe &running : m_probes) {
        if (running.reply) {
            running.reply->disconnect(this);
            running.reply->abort();
            running.reply->deleteLater();
        }
        if (running.job)
            running.job->finish();
    }
    // A check's thread reports to this object: it must end first. Its requests see the stop
    // within the transport's cancel poll.
    for (Worker &worker : m_workers) {
        worker.stop->store(true);
        worker.thread->disconnect(this);
        worker.thread->wait();
        delete worker.thread;
    }
}

void ConnectionTester::start(EndpointRole role, const Endpoint &endpoint, const QString &endpointName)
{
    if (endpoint.connector == ConnectorType::Tryton)
        startTryton(role, endpoint, endpointName);
    else
        start(role, endpoint.baseUrl, endpointName);
}

void ConnectionTester::begin(EndpointRole role, const QString &endpointName, bool timed)
{
    Probe &next = probe(role);
    next.clock.start();
    next.job = m_jobs.start(tr("Testing connection to %1").arg(endpointName));
    next.timer = new QTimer(this);
    next.timer->setSingleShot(true);
    connect(next.timer, &QTimer::timeout, this, [this, role] {
        Probe &running = probe(role);
        running.timedOut = true;
        if (running.reply)
            running.reply->abort();
        else if (running.check != 0)
            completeTryton(role, running.check, std::nullopt);
    });
    connect(next.job, &Job::cancelRequested, this, [this, role] { cancel(role); });
    if (timed)
        next.timer->start(m_timeoutMs);
}

void ConnectionTester::start(EndpointRole role, const QUrl &url, const QString &endpointName)
{
    cancel(role);
    Probe &next = probe(role);
    next = Probe{};

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader,
        QStringLiteral("Linkwright/%1 (connection test)").arg(QStringLiteral(LINKWRIGHT_VERSION)));
    request.setRawHeader("Accept", "application/json, */*;q=0.5");

    next.reply = m_network.get(request);
    QNetworkReply *reply = next.reply;
    begin(role, endpointName);
    connect(reply, &QNetworkReply::finished, this, [this, role, reply] { complete(role, reply); });
    Q_EMIT started(role);
}

void ConnectionTester::startTryton(EndpointRole role, const Endpoint &endpoint, const QString &endpointName)
{
    cancel(role);
    Probe &next = probe(role);
    next = Probe{};
    const quint64 check = m_nextCheck++;
    next.check = check;
    next.stop = std::make_shared<std::atomic_bool>(false);
    next.endpoint = TrytonCheck{};
    next.endpoint->url = endpoint.baseUrl.toString(QUrl::RemoveUserInfo);
    next.endpoint->database = endpoint.tryton.database;
    next.endpoint->user = endpoint.auth.username;
    next.endpoint->company = endpoint.tryton.company;
    next.endpoint->outcome = TrytonCheck::Outcome::Cancelled;
    // The job shows now, so that it can be cancelled while the keychain is asked; the check's
    // timeout starts with the check. The keychain has a timeout of its own, and its error (with
    // "unlock it") says more than "no answer from the server" would.
    begin(role, endpointName, false);
    Q_EMIT started(role);
    if (probe(role).check != check) // a slot of started cancelled it
        return;
    if (!endpoint.auth.secret.isSet()) {
        launchTryton(role, check, endpoint, QString());
        return;
    }
    // Asked from the window's thread, where the keychain answers, without waiting for it: a
    // keychain waiting to be unlocked must not hold the window.
    m_secrets.resolveLater(endpoint.auth.secret, this, [this, role, check, endpoint](Result<QString> secret) {
        // Cancelled, timed out or started again meanwhile: nobody is waiting for this one.
        if (probe(role).check != check)
            return;
        launchTryton(role, check, endpoint, std::move(secret));
    });
}

void ConnectionTester::launchTryton(EndpointRole role, quint64 check, const Endpoint &endpoint, Result<QString> secret)
{
    Probe &running = probe(role);
    running.timer->start(m_timeoutMs);
    const std::shared_ptr<std::atomic_bool> stop = running.stop;
    QThread *thread = QThread::create([this, role, check, endpoint, secret = std::move(secret), stop] {
        // Built in this thread: the transport's network manager lives where it was made.
        HttpTransport transport;
        transport.setCancelFlag(stop.get());
        ReadSecret secrets(secret);
        TrytonConnector connector(endpoint, secrets, transport);
        TrytonCheck found = connector.check();
        QMetaObject::invokeMethod(
            this, [this, role, check, found] { completeTryton(role, check, found); }, Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("tryton-check"));
    m_workers.push_back({thread, stop});
    connect(thread, &QThread::finished, this, [this, thread] {
        std::erase_if(m_workers, [thread](const Worker &worker) { return worker.thread == thread; });
        thread->deleteLater();
    });
    thread->start();
}

void ConnectionTester::cancel(EndpointRole role)
{
    Probe &running = probe(role);
    if (running.reply) {
        running.cancelled = true;
        // abort() emits finished synchronously, which completes the probe.
        running.reply->abort();
    } else if (running.check != 0) {
        // The check's thread stops on its own; its result, arriving later, finds no test to end.
        running.cancelled = true;
        completeTryton(role, running.check, std::nullopt);
    }
}

bool ConnectionTester::isRunning(EndpointRole role) const
{
    return !probe(role).reply.isNull() || probe(role).check != 0;
}

void ConnectionTester::complete(EndpointRole role, QNetworkReply *reply)
{
    Probe &done = probe(role);
    if (done.reply != reply)
        return;

    ConnectionOutcome outcome;
    outcome.url = reply->request().url();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (done.timedOut) {
        outcome.kind = ConnectionOutcome::Kind::TimedOut;
    } else if (done.cancelled) {
        outcome.kind = ConnectionOutcome::Kind::Cancelled;
    } else if (status.isValid()) {
        // Any HTTP answer proves the server is there; 4xx/5xx only say it did not like the request.
        outcome.httpStatus = status.toInt();
        outcome.httpReason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        outcome.kind =
            outcome.httpStatus < 400 ? ConnectionOutcome::Kind::Reachable : ConnectionOutcome::Kind::HttpError;
    } else {
        outcome.kind = ConnectionOutcome::Kind::NetworkError;
        outcome.networkError = reply->error();
        outcome.errorText = reply->errorString();
    }
    done.reply = nullptr;
    reply->deleteLater();
    finish(role, std::move(outcome));
}

void ConnectionTester::completeTryton(EndpointRole role, quint64 check, const std::optional<TrytonCheck> &found)
{
    Probe &done = probe(role);
    if (check == 0 || done.check != check)
        return;
    ConnectionOutcome outcome;
    outcome.url = QUrl(done.endpoint ? done.endpoint->url : QString());
    outcome.tryton = found ? found : done.endpoint;
    if (done.timedOut)
        outcome.kind = ConnectionOutcome::Kind::TimedOut;
    else if (done.cancelled || !found)
        outcome.kind = ConnectionOutcome::Kind::Cancelled;
    else
        outcome.kind = ConnectionOutcome::Kind::Checked;
    if (done.stop)
        done.stop->store(true);
    done.check = 0;
    finish(role, std::move(outcome));
}

void ConnectionTester::finish(EndpointRole role, ConnectionOutcome outcome)
{
    Probe &done = probe(role);
    outcome.elapsedMs = done.clock.elapsed();
    if (done.timer) {
        done.timer->stop();
        done.timer->deleteLater();
        done.timer = nullptr;
    }
    if (done.job)
        done.job->finish();
    Q_EMIT finished(role, outcome);
}

} // namespace Linkwright

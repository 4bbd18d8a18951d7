#include "connectiontester.h"

#include "widgets/job.h"
#include "widgets/jobtracker.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>

namespace Linkwright {

ConnectionTester::ConnectionTester(QNetworkAccessManager &network, JobTracker &jobs, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_jobs(jobs)
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

    next.clock.start();
    next.reply = m_network.get(request);
    next.job = m_jobs.start(tr("Testing connection to %1").arg(endpointName));
    next.timer = new QTimer(next.reply);
    next.timer->setSingleShot(true);

    QNetworkReply *reply = next.reply;
    connect(next.timer, &QTimer::timeout, this, [this, role] {
        Probe &running = probe(role);
        running.timedOut = true;
        if (running.reply)
            running.reply->abort();
    });
    connect(next.job, &Job::cancelRequested, this, [this, role] { cancel(role); });
    connect(reply, &QNetworkReply::finished, this, [this, role, reply] { complete(role, reply); });
    next.timer->start(m_timeoutMs);
    Q_EMIT started(role);
}

void ConnectionTester::cancel(EndpointRole role)
{
    Probe &running = probe(role);
    if (!running.reply)
        return;
    running.cancelled = true;
    // abort() emits finished synchronously, which completes the probe.
    running.reply->abort();
}

bool ConnectionTester::isRunning(EndpointRole role) const
{
    return !probe(role).reply.isNull();
}

void ConnectionTester::complete(EndpointRole role, QNetworkReply *reply)
{
    Probe &done = probe(role);
    if (done.reply != reply)
        return;

    ConnectionOutcome outcome;
    outcome.url = reply->request().url();
    outcome.elapsedMs = done.clock.elapsed();
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

    if (done.job)
        done.job->finish();
    done.reply = nullptr;
    reply->deleteLater();
    Q_EMIT finished(role, outcome);
}

} // namespace Linkwright

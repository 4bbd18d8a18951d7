#pragma once

#include "endpoints/connectionoutcome.h"
#include "project/project.h"
#include "widgets/job.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <array>

class QNetworkAccessManager;
class QTimer;

namespace Linkwright {

class JobTracker;

/// "Test connection": an asynchronous GET of an endpoint's base URL, one per endpoint at a
/// time. Each test is a job in the status bar, where it can be cancelled; it gives up after
/// the timeout. It sends no credentials: it answers "is the server there", not "may I log in".
class ConnectionTester final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 10'000;

    ConnectionTester(QNetworkAccessManager &network, JobTracker &jobs, QObject *parent = nullptr);
    ~ConnectionTester() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    /// Cancels a test of the same endpoint still running.
    void start(EndpointRole role, const QUrl &url, const QString &endpointName);
    void cancel(EndpointRole role);
    [[nodiscard]] bool isRunning(EndpointRole role) const;

Q_SIGNALS:
    void started(Linkwright::EndpointRole role);
    void finished(Linkwright::EndpointRole role, const Linkwright::ConnectionOutcome &outcome);

private:
    struct Probe {
        QPointer<QNetworkReply> reply;
        QPointer<Job> job;
        QTimer *timer = nullptr;
        QElapsedTimer clock;
        bool timedOut = false;
        bool cancelled = false;
    };

    [[nodiscard]] Probe &probe(EndpointRole role) { return m_probes.at(role == EndpointRole::Erp ? 0 : 1); }
    [[nodiscard]] const Probe &probe(EndpointRole role) const { return m_probes.at(role == EndpointRole::Erp ? 0 : 1); }
    void complete(EndpointRole role, QNetworkReply *reply);

    QNetworkAccessManager &m_network;
    JobTracker &m_jobs;
    int m_timeoutMs = DefaultTimeoutMs;
    std::array<Probe, 2> m_probes;
};

} // namespace Linkwright

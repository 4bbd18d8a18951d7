#pragma once

#include "endpoints/connectionoutcome.h"
#include "project/project.h"
#include "widgets/job.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <array>
#include <atomic>
#include <memory>
#include <vector>

class QNetworkAccessManager;
class QThread;
class QTimer;

namespace Linkwright {

class JobTracker;
class SecretResolver;

/// "Test connection", one per endpoint at a time. Each test is a job in the status bar, where it
/// can be cancelled; it gives up after the timeout. Neither kind of test holds up the window.
///
/// A REST endpoint gets an asynchronous GET of its base URL without credentials: it answers "is
/// the server there", not "may I log in". A Tryton endpoint gets TrytonConnector::check (the
/// server's version, a login with the endpoint's user and password, the company, the warehouses)
/// in a thread of its own, since the connector's transport waits in the style of the sync's
/// worker threads. Its password is asked for here first, in the window's thread, where the
/// keychain answers, without waiting for the answer; it goes to that check and nowhere else.
class ConnectionTester final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 10'000;

    ConnectionTester(
        QNetworkAccessManager &network, JobTracker &jobs, SecretResolver &secrets, QObject *parent = nullptr);
    ~ConnectionTester() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    /// Tests the endpoint as its connector talks to it. Cancels a test of the same endpoint
    /// still running.
    void start(EndpointRole role, const Endpoint &endpoint, const QString &endpointName);
    /// A GET of url, as for a REST endpoint.
    void start(EndpointRole role, const QUrl &url, const QString &endpointName);
    void cancel(EndpointRole role);
    [[nodiscard]] bool isRunning(EndpointRole role) const;

Q_SIGNALS:
    void started(Linkwright::EndpointRole role);
    void finished(Linkwright::EndpointRole role, const Linkwright::ConnectionOutcome &outcome);

private:
    struct Probe {
        QPointer<QNetworkReply> reply;
        quint64 check = 0; ///< the running Tryton check, or 0
        std::shared_ptr<std::atomic_bool> stop; ///< cancels the Tryton check's requests
        std::optional<TrytonCheck> endpoint; ///< what the Tryton check is testing
        QPointer<Job> job;
        QTimer *timer = nullptr;
        QElapsedTimer clock;
        bool timedOut = false;
        bool cancelled = false;
    };
    struct Worker {
        QThread *thread = nullptr;
        std::shared_ptr<std::atomic_bool> stop;
    };

    [[nodiscard]] Probe &probe(EndpointRole role) { return m_probes.at(role == EndpointRole::Erp ? 0 : 1); }
    [[nodiscard]] const Probe &probe(EndpointRole role) const { return m_probes.at(role == EndpointRole::Erp ? 0 : 1); }
    /// Shows the test's job; timed: its timeout starts now (else when the test itself starts).
    void begin(EndpointRole role, const QString &endpointName, bool timed = true);
    void complete(EndpointRole role, QNetworkReply *reply);
    void startTryton(EndpointRole role, const Endpoint &endpoint, const QString &endpointName);
    /// Runs the check on a thread of its own, once the password is known (or why it is not).
    void launchTryton(EndpointRole role, quint64 check, const Endpoint &endpoint, Result<QString> secret);
    /// Ends a Tryton check: with what it found, or (found empty) cancelled or timed out.
    void completeTryton(EndpointRole role, quint64 check, const std::optional<TrytonCheck> &found);
    void finish(EndpointRole role, ConnectionOutcome outcome);

    QNetworkAccessManager &m_network;
    JobTracker &m_jobs;
    SecretResolver &m_secrets;
    int m_timeoutMs = DefaultTimeoutMs;
    std::array<Probe, 2> m_probes;
    std::vector<Worker> m_workers;
    quint64 m_nextCheck = 1;
};

} // namespace Linkwright

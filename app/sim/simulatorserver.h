#pragma once

#include "domain/error.h"
#include "simulatorapi.h"
#include "simulatordata.h"
#include "simulatorfaults.h"
#include "simulatorstats.h"
#include "simulatorstore.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <map>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;
QT_END_NAMESPACE

namespace Linkwright {

class SimulatorPersistence;
class SimulatorTcpServer;

/// The demo ERP and demo shop on one HTTP port: generates the start data (or loads it from a
/// data folder), then serves SimulatorApi through QHttpServer. Usable in process, which is how
/// the tests run it:
///
///     SimulatorServer sim(options);
///     sim.openDataDirectory(dir);           // optional: keep the state across restarts
///     sim.listen(QHostAddress::LocalHost, 0);
///     sim.setFaults(faults);                // optional, at any time
///     ... sync against sim.erpUrl() and sim.shopUrl() ...
///     sim.stats().duplicates().isEmpty();
class SimulatorServer : public QObject
{
    Q_OBJECT

public:
    explicit SimulatorServer(const SimulatorDataOptions &options, QObject *parent = nullptr);
    /// Saves pending changes to the data folder, if there is one.
    ~SimulatorServer() override;

    /// See SimulatorApi::setToken.
    void setToken(const QString &token);

    /// Keeps the state in the folder: if it holds a saved state, that replaces the generated data
    /// (true is returned); otherwise the generated data is written there (false). From then on
    /// every change is saved, debounced, and on destruction. Call it before listen().
    [[nodiscard]] Result<bool> openDataDirectory(const QString &directory);
    /// Saves pending changes now; does nothing without a data folder.
    [[nodiscard]] Result<void> flush();

    /// Replaces the fault configuration and restarts its sequence from config.seed. The server
    /// starts with no faults and a seed equal to the data seed.
    void setFaults(const FaultConfig &config);
    [[nodiscard]] FaultConfig faults() const;

    /// What each resource was asked and answered since start or resetStats().
    [[nodiscard]] SimulatorStats stats() const;
    void resetStats();

    /// Starts listening; port 0 picks a free port. Returns the port actually bound.
    [[nodiscard]] Result<quint16> listen(const QHostAddress &address, quint16 port);

    /// The bound port, or 0 before a successful listen().
    [[nodiscard]] quint16 port() const;
    /// "http://127.0.0.1:PORT", for clients in the same process.
    [[nodiscard]] QUrl baseUrl() const;
    /// "http://127.0.0.1:PORT/erp/" and ".../shop/": the base URLs of the two systems.
    [[nodiscard]] QUrl erpUrl() const;
    [[nodiscard]] QUrl shopUrl() const;

    /// Answers held back by a stall or slow fault that have not gone out yet.
    [[nodiscard]] int heldAnswers() const { return static_cast<int>(m_held.size()); }

    [[nodiscard]] SimulatorStore &store();

Q_SIGNALS:
    /// Saving to the data folder failed; the server keeps running and tries again on the next
    /// change.
    void saveFailed(const Linkwright::Error &error);

private:
    struct Held;

    void ensureGenerated();
    void serve(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void hold(QHttpServerResponder &&responder, SimulatorReply reply);
    void release(quint64 id);
    [[nodiscard]] SimulatorRequest translate(const QHttpServerRequest &request) const;
    [[nodiscard]] QUrl origin(const QHttpServerRequest &request) const;
    [[nodiscard]] QUrl systemUrl(SimulatorSystem system) const;

    static void write(QHttpServerResponder &&responder, const SimulatorReply &reply);
    static void reset(QTcpSocket *socket);

    std::optional<SimulatorDataOptions> m_ungenerated;
    SimulatorDataOptions m_options;
    SimulatorStore m_store;
    SimulatorApi m_api;
    QHttpServer *m_http = nullptr;
    QPointer<SimulatorTcpServer> m_tcp;
    SimulatorPersistence *m_persistence = nullptr;
    std::map<quint64, std::unique_ptr<Held>> m_held;
    quint64 m_nextHeld = 0;
};

} // namespace Linkwright

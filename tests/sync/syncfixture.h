#pragma once

#include "connectors/httptransport.h"
#include "connectors/rest/restconnector.h"
#include "project/project.h"
#include "secrets/secretresolver.h"
#include "simulatorserver.h"
#include "store/sqlitestore.h"
#include "sync/syncrunner.h"

#include <QTemporaryDir>

#include <memory>

namespace Linkwright::Testing {

/// A whole sync set-up in process: the simulator on a free loopback port, the demo project
/// pointed at it, a SQLite store in a temporary folder, the transport, both connectors and a
/// runner. Tests change project() before the first runner() call, or call rebuild().
class SyncFixture
{
public:
    explicit SyncFixture(SimulatorDataOptions data = {});
    ~SyncFixture();

    [[nodiscard]] bool isValid() const { return m_valid; }
    [[nodiscard]] SimulatorServer &sim() { return *m_sim; }
    [[nodiscard]] Project &project() { return m_project; }
    [[nodiscard]] Store &store() { return *m_store; }
    [[nodiscard]] SqliteStore &sqlite() { return *m_store; }
    [[nodiscard]] SyncRunner &runner();
    /// Recreates the connectors and the runner from project() (after a change to it).
    void rebuild();
    [[nodiscard]] DataPointConfig &dataPoint(DataPointKind kind) { return *m_project.dataPoint(kind); }

    /// The records of one system's collection as the simulator serves them, keyed by natural key.
    [[nodiscard]] QHash<QString, Value> records(SimulatorSystem system, DataPointKind kind);
    /// Upserts records into one system through its HTTP API, as a person editing it would.
    [[nodiscard]] bool post(SimulatorSystem system, DataPointKind kind, const QByteArray &jsonArray);

    /// Deletes one record in one system through its HTTP API.
    [[nodiscard]] bool remove(SimulatorSystem system, DataPointKind kind, const QString &key);

    [[nodiscard]] qint64 openFailures(std::optional<DataPointKind> kind = {});

private:
    std::unique_ptr<SimulatorServer> m_sim;
    QTemporaryDir m_dir;
    Project m_project;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<HttpTransport> m_transport;
    EnvironmentSecretResolver m_secrets;
    std::unique_ptr<RestConnector> m_erp;
    std::unique_ptr<RestConnector> m_shop;
    std::unique_ptr<SyncRunner> m_runner;
    bool m_valid = false;
};

} // namespace Linkwright::Testing

#pragma once

#include "connectors/connectorfactory.h"
#include "connectors/httptransport.h"
#include "project/project.h"
#include "secrets/secretresolver.h"
#include "simulatorserver.h"
#include "store/sqlitestore.h"
#include "sync/syncrunner.h"

#include <QSet>
#include <QTemporaryDir>

#include <atomic>
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

    /// Upserts records into one system through its HTTP API.
    [[nodiscard]] bool post(SimulatorSystem system, DataPointKind kind, const QList<Value> &records);
    /// Both endpoints' per-request deadline; rebuilds the connectors.
    void setTimeoutSeconds(int seconds);
    /// The stored text of one record, exactly as the simulator serves it.
    [[nodiscard]] QByteArray rawRecord(SimulatorSystem system, DataPointKind kind, const QString &key);
    /// Every failure matching filter, all pages.
    [[nodiscard]] QList<Failure> failures(FailureFilter filter = {});
    /// The keys of kind's failures still waiting for a retry (open or retried).
    [[nodiscard]] QSet<QString> openFailureKeys(DataPointKind kind);
    /// Moves every open transient failure's next attempt into the past.
    [[nodiscard]] bool makeFailuresDue();
    /// The transport both connectors share.
    [[nodiscard]] HttpTransport &transport() { return *m_transport; }
    /// The flag the runner and the transport poll.
    [[nodiscard]] std::atomic_bool &cancelFlag() { return m_cancel; }

    /// How many failures wait for a retry (open or retried).
    [[nodiscard]] qint64 openFailures(std::optional<DataPointKind> kind = {});
    /// The failures of kind that wait for a retry (open or retried), newest first.
    [[nodiscard]] QList<Failure> waitingFailures(DataPointKind kind);

private:
    std::unique_ptr<SimulatorServer> m_sim;
    QTemporaryDir m_dir;
    Project m_project;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<HttpTransport> m_transport;
    EnvironmentSecretResolver m_secrets;
    std::unique_ptr<Connector> m_erp;
    std::unique_ptr<Connector> m_shop;
    std::unique_ptr<SyncRunner> m_runner;
    std::atomic_bool m_cancel{false};
    bool m_valid = false;
};

/// A record without the members its system assigns ("id", "modifiedAt"): what a sync carries.
[[nodiscard]] Value withoutSystemFields(const Value &record);
/// A new record like record: without its system fields, the members in changes replaced or added.
[[nodiscard]] Value recordLike(const Value &record, const QList<Member> &changes);
/// Compact JSON of a record without its system fields, every object's members sorted by name:
/// two records compare equal when a sync carried every value over, whatever the member order.
[[nodiscard]] QByteArray canonical(const Value &record);
/// Faults on a share of the requests, of the given kinds, answering 429 with "Retry-After: 0".
[[nodiscard]] FaultConfig faults(double rate, const QList<FaultKind> &kinds, quint32 seed = 7);

} // namespace Linkwright::Testing

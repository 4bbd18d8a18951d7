#pragma once

#include "connectors/tryton/trytonconnector.h"
#include "syncfixture.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace Linkwright::Testing {

/// The Tryton e2e suite's world: the Tryton server the CTest fixture started (tryton-e2e.sh
/// wrote its state file), the simulated shop in process (SyncFixture) with the project's ERP
/// pointed at Tryton, and a connector of its own for the changes a person would make in Tryton.
class TrytonE2eFixture
{
public:
    /// The exit code CTest reports as a skip (SKIP_RETURN_CODE in CMakeLists.txt).
    static constexpr int SkipExitCode = 77;

    /// What tryton-e2e.sh setup wrote: dir, url, database, password, seed; or skip with the
    /// reason. Empty when the setup did not run.
    [[nodiscard]] static QHash<QString, QString> readState();

    explicit TrytonE2eFixture(QHash<QString, QString> state);

    /// Reads the seed and the password and builds the project; the reason when it cannot.
    [[nodiscard]] QString start();

    [[nodiscard]] SyncFixture &sync() { return *m_sync; }
    [[nodiscard]] TrytonConnector &direct() { return *m_direct; }
    [[nodiscard]] QString state(const char *key) const { return m_state.value(QString::fromLatin1(key)); }
    [[nodiscard]] const QJsonObject &seed() const { return m_seed; }
    /// An id the seed recorded for a product: what is "product" or "template".
    [[nodiscard]] qint64 seeded(const char *sku, const char *what) const;
    [[nodiscard]] static const char *passwordVariable() { return "LW_E2E_TRYTON_PASSWORD"; }

    /// One run of a data point; an empty report (and a warning) when it could not run.
    [[nodiscard]] SyncReport run(DataPointKind kind);
    [[nodiscard]] Value shopRecord(DataPointKind kind, const QString &key);
    /// A call straight to Tryton, as a person working in Tryton would change it.
    [[nodiscard]] bool tryton(QByteArrayView method, QList<Value> params, Value *result = nullptr);
    /// tryton-e2e.sh stop or start on this suite's server.
    [[nodiscard]] bool server(const char *command);

    /// A web order in the simulator shop's shape: 2 x TRY-001 (or sku) at 19.90, 5.95 shipping,
    /// and the extra line given; customer null makes a guest.
    [[nodiscard]] static QByteArray order(
        const char *number, const char *customer, const char *sku, const char *extraLine = "");
    /// 10 x TRY-003 at 0.10, for order()'s extraLine.
    static const char NotebookLine[];

private:
    QHash<QString, QString> m_state;
    QJsonObject m_seed;
    std::unique_ptr<SyncFixture> m_sync;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<EnvironmentSecretResolver> m_secrets;
    std::unique_ptr<TrytonConnector> m_direct;
};

/// A member's text, or "<absent>".
[[nodiscard]] QString text(const Value &object, QByteArrayView name);

} // namespace Linkwright::Testing

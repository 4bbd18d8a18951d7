#pragma once

#include "domain/datapoint.h"
#include "domain/error.h"
#include "domain/failureclass.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <optional>

namespace Linkwright {

/// Which side of the integration a record, a watermark or an id belongs to.
enum class Side {
    Erp,
    Shop,
};

enum class RunStatus {
    Running,
    Succeeded, ///< every record synced
    FinishedWithFailures, ///< done; some records are in the failure log
    Failed, ///< could not run (configuration, endpoint down before any record)
    Cancelled,
};

struct RunCounts {
    qint64 fetched = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 deleted = 0;
    qint64 failed = 0;
    bool operator==(const RunCounts &) const = default;
};

struct RunRecord {
    qint64 id = 0;
    DataPointKind dataPoint = DataPointKind::Products;
    Direction direction = Direction::ErpToShop;
    bool dryRun = false;
    bool full = false; ///< ignored the watermark
    QDateTime startedAt;
    QDateTime finishedAt; ///< invalid while running
    RunStatus status = RunStatus::Running;
    RunCounts counts;
    QString message; ///< why a run failed or was cancelled; redacted
    /// A fingerprint of the key field and mappings the run used (ProjectFile::mappingsFingerprint);
    /// empty for runs stored before it was kept.
    QString mappings;
};

/// What the core last wrote for one record, for change detection, conflicts and echo suppression.
struct RecordState {
    DataPointKind dataPoint = DataPointKind::Products;
    QString key; ///< the natural key (SKU, customer number, ...)
    QByteArray sourceHash; ///< hash of the mapped record last written to the target
    QByteArray values; ///< JSON object of the field values last synced (conflict detection)
    QDateTime syncedAt;
    qint64 runId = 0;
    /// The ids the sides gave the record, learnt with this write; an empty one is not known here
    /// and keeps the id stored before. Saving a state saves its identity link too; read links
    /// through identityLinks(), which also has those saved on their own or by older versions.
    QString erpId;
    QString shopId;
    bool operator==(const RecordState &) const = default;
};

/// Links one record across both systems.
struct IdentityLink {
    DataPointKind dataPoint = DataPointKind::Products;
    QString key; ///< natural key
    QString erpId; ///< empty when not known yet
    QString shopId;
    bool operator==(const IdentityLink &) const = default;
};

enum class PlanAction {
    Create,
    Update,
    Delete,
    Unchanged,
    Conflict, ///< sent to review by the conflict policy
    Invalid, ///< could not be mapped, validated or matched; diff holds why
};

enum class PlanItemStatus {
    Pending,
    Applied,
    Skipped,
    Failed,
};

struct PlanItem {
    qint64 id = 0;
    qint64 planId = 0;
    QString key;
    PlanAction action = PlanAction::Create;
    QByteArray diff; ///< JSON array of {field, before, after}
    QByteArray payload; ///< JSON object to write, exactly as it would be sent
    QByteArray sourceHash;
    PlanItemStatus status = PlanItemStatus::Pending;
    /// The source record as fetched: what the failure log keeps if applying the item fails.
    QByteArray source;
    bool operator==(const PlanItem &) const = default;
};

struct Plan {
    qint64 id = 0;
    qint64 runId = 0;
    DataPointKind dataPoint = DataPointKind::Products;
    Direction direction = Direction::ErpToShop;
    QDateTime createdAt;
    /// The watermark the run would have moved to; applying the whole plan moves it there.
    QString watermark;
    bool applied = false;
};

enum class FailureStep {
    Fetch,
    Map,
    Validate,
    Match,
    Write,
    Conflict, ///< both sides changed a field whose policy sends it to review
};

/// The connectors' classification, stored with each failure: Transient ones are retried
/// automatically with backoff, Permanent ones wait for a person.
using ErrorClass = FailureClass;

enum class FailureStatus {
    Open,
    Retried, ///< a retry is scheduled or running
    Resolved,
    Ignored,
};

struct Failure {
    qint64 id = 0;
    qint64 runId = 0;
    DataPointKind dataPoint = DataPointKind::Products;
    Direction direction = Direction::ErpToShop;
    QString key; ///< natural key when known, else empty (a page that failed to fetch)
    FailureStep step = FailureStep::Write;
    ErrorClass errorClass = ErrorClass::Permanent;
    QString message; ///< redacted
    int httpStatus = 0; ///< 0 when no HTTP answer
    int attempts = 1;
    QByteArray payload; ///< the source record (or page) as received; redacted of secrets
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime nextAttemptAt; ///< transient failures: when the automatic retry is due
    FailureStatus status = FailureStatus::Open;
};

struct FailureFilter {
    std::optional<DataPointKind> dataPoint;
    std::optional<FailureStatus> status;
    /// Open or being retried (when no status is given): what a retry takes. A failure left
    /// "retried" by a retry that never finished (the process was killed) is taken again.
    bool waiting = false;
    std::optional<ErrorClass> errorClass;
    std::optional<FailureStep> step;
    QString text; ///< full-text match in message and key (FTS5)
    QDateTime since; ///< createdAt >= since when valid
    qint64 runId = 0; ///< 0: any run
    /// Non-empty: only failures last tried by a run whose mappings fingerprint was another one
    /// (runs stored without a fingerprint are left out: nothing is known of them).
    QString mappedOtherThan;
    QList<qint64> ids; ///< empty: any id
    QStringList keys; ///< empty: any key; else exactly these natural keys
    int limit = 256; ///< newest first
    qint64 beforeId = 0; ///< paging: only ids below this; 0 = from the newest
};

// Stable text keys for the enums above: what the store writes into its tables and what the CLI
// accepts and prints ("erp", "finished-with-failures", "transient", "open"). Never renumber-safe
// integers, so a database stays readable when an enum gains a value in the middle.
[[nodiscard]] QString sideKey(Side side);
[[nodiscard]] std::optional<Side> sideFromKey(QStringView key);
[[nodiscard]] QString runStatusKey(RunStatus status);
[[nodiscard]] std::optional<RunStatus> runStatusFromKey(QStringView key);
[[nodiscard]] QString planActionKey(PlanAction action);
[[nodiscard]] std::optional<PlanAction> planActionFromKey(QStringView key);
[[nodiscard]] QString planItemStatusKey(PlanItemStatus status);
[[nodiscard]] std::optional<PlanItemStatus> planItemStatusFromKey(QStringView key);
[[nodiscard]] QString failureStepKey(FailureStep step);
[[nodiscard]] std::optional<FailureStep> failureStepFromKey(QStringView key);
[[nodiscard]] QStringList failureStepKeys();
[[nodiscard]] QString errorClassKey(ErrorClass errorClass);
[[nodiscard]] std::optional<ErrorClass> errorClassFromKey(QStringView key);
[[nodiscard]] QStringList errorClassKeys();
[[nodiscard]] QString failureStatusKey(FailureStatus status);
[[nodiscard]] std::optional<FailureStatus> failureStatusFromKey(QStringView key);
[[nodiscard]] QStringList failureStatusKeys();

/// The sync core's memory: runs, per-record state, identity map, plans, watermarks and the
/// failure log. SQLite is the embedded store; a PostgreSQL store implements the same interface.
/// Every call is synchronous and must be made from the thread that opened the store.
class Store
{
public:
    virtual ~Store() = default;

    // Runs
    [[nodiscard]] virtual Result<qint64> beginRun(const RunRecord &run) = 0;
    [[nodiscard]] virtual Result<void> finishRun(
        qint64 runId, RunStatus status, const RunCounts &counts, const QString &message) = 0;
    [[nodiscard]] virtual Result<std::optional<RunRecord>> run(qint64 runId) = 0;
    /// Newest first.
    [[nodiscard]] virtual Result<QList<RunRecord>> runs(std::optional<DataPointKind> dataPoint, int limit) = 0;
    /// Records written per data point and day, for the ROI page's realised savings. Keyed by the
    /// local date as "yyyy-MM-dd", from and to inclusive; created + updated + deleted of runs that
    /// were not dry runs; days without writes are absent.
    [[nodiscard]] virtual Result<QHash<QString, qint64>> writtenPerDay(
        DataPointKind dataPoint, const QDate &from, const QDate &to) = 0;

    // Per-record state. Loaded once per run into memory: one query, not one per record.
    [[nodiscard]] virtual Result<QHash<QString, RecordState>> recordStates(DataPointKind dataPoint) = 0;
    /// Only the content hashes (key to hash): what a one-way run needs for every record, without
    /// the synced values, so that memory stays small for large data points.
    [[nodiscard]] virtual Result<QHash<QString, QByteArray>> recordHashes(DataPointKind dataPoint) = 0;
    /// The states of the given keys only (the changed records of a run); unknown keys are absent.
    [[nodiscard]] virtual Result<QHash<QString, RecordState>> recordStates(
        DataPointKind dataPoint, const QStringList &keys) = 0;
    [[nodiscard]] virtual Result<void> saveRecordStates(const QList<RecordState> &states) = 0;
    /// The states go; the identity links they carried stay in the identity map.
    [[nodiscard]] virtual Result<void> removeRecordStates(DataPointKind dataPoint, const QStringList &keys) = 0;

    // Identity map
    /// Every link of the data point: those saved with record states and those saved on their own.
    [[nodiscard]] virtual Result<QHash<QString, IdentityLink>> identityLinks(DataPointKind dataPoint) = 0;
    /// Links on their own (no state written with them); an empty id keeps the stored one.
    [[nodiscard]] virtual Result<void> saveIdentityLinks(const QList<IdentityLink> &links) = 0;

    // Watermarks: an opaque string per data point and source side (a timestamp or a cursor).
    [[nodiscard]] virtual Result<QString> watermark(DataPointKind dataPoint, Side side) = 0;
    [[nodiscard]] virtual Result<void> setWatermark(DataPointKind dataPoint, Side side, const QString &value) = 0;

    // Holds: until when a side's server asked (Retry-After) to be sent nothing, kept from one
    // command to the next; invalid when there is none.
    [[nodiscard]] virtual Result<QDateTime> endpointHold(Side side) = 0;
    /// An invalid until clears the hold.
    [[nodiscard]] virtual Result<void> setEndpointHold(Side side, const QDateTime &until) = 0;

    // Plans (dry runs)
    [[nodiscard]] virtual Result<qint64> savePlan(const Plan &plan, const QList<PlanItem> &items) = 0;
    [[nodiscard]] virtual Result<std::optional<Plan>> plan(qint64 planId) = 0;
    [[nodiscard]] virtual Result<QList<PlanItem>> planItems(qint64 planId) = 0;
    [[nodiscard]] virtual Result<void> setPlanItemStatus(qint64 itemId, PlanItemStatus status) = 0;
    [[nodiscard]] virtual Result<void> markPlanApplied(qint64 planId) = 0;

    // Failure log
    [[nodiscard]] virtual Result<qint64> addFailure(const Failure &failure) = 0;
    /// Adds many in one transaction; returns their ids in order.
    [[nodiscard]] virtual Result<QList<qint64>> addFailures(const QList<Failure> &failures) = 0;
    [[nodiscard]] virtual Result<void> updateFailure(const Failure &failure) = 0;
    [[nodiscard]] virtual Result<QList<Failure>> failures(const FailureFilter &filter) = 0;
    [[nodiscard]] virtual Result<qint64> countFailures(const FailureFilter &filter) = 0;
    /// The keys of a data point's failures that are open or being retried ("" for a page that
    /// failed): a run resolves only these, instead of one update per record it writes.
    [[nodiscard]] virtual Result<QSet<QString>> unresolvedFailureKeys(DataPointKind dataPoint) = 0;
    /// What settles the failures of a key.
    enum class KeyResolution {
        /// A record written (or found unchanged) under the key: not a match failure, which may be
        /// another record's, refused the key (see resolveFailureIds).
        Written,
        /// Nothing of the key is left in the source: every failure of it.
        Gone,
    };
    /// Open failures of a data point whose key is in keys (a retry resolves them when it succeeds).
    /// The key "" resolves only pages that could not be fetched (step fetch): records that had no
    /// key cannot be told apart, so they stay until a person sets them aside.
    [[nodiscard]] virtual Result<void> resolveFailures(
        DataPointKind dataPoint, const QStringList &keys, qint64 runId, KeyResolution how) = 0;
    /// Open or retried failures among ids: a retry that wrote its record under a key the failure
    /// did not have (one without a key, say) resolves that failure by its id.
    [[nodiscard]] virtual Result<void> resolveFailureIds(const QList<qint64> &ids, qint64 runId) = 0;
    /// Open failures of each key that concern its flow: those of that direction, and those of
    /// both (a conflict). A two-way write to one side settles nothing the other side still owes.
    [[nodiscard]] virtual Result<void> resolveFlowFailures(
        DataPointKind dataPoint, const QList<std::pair<QString, Direction>> &flows, qint64 runId) = 0;
    /// Sets the failures among ids whose status is from to status to, and says how many there
    /// were: a retry marks what it takes as Retried, and opens again what it did not settle.
    [[nodiscard]] virtual Result<qint64> moveFailures(
        const QList<qint64> &ids, FailureStatus from, FailureStatus to) = 0;

    /// Runs fn inside one transaction: all of it is stored, or none of it.
    [[nodiscard]] virtual Result<void> transaction(const std::function<Result<void>()> &fn) = 0;

    /// Opens another connection to the same database, for the thread that calls it (a run's
    /// journal stored in the background); empty where there is no other (an in-memory database).
    /// Its commits are durable once this store commits after them: for work that only counts
    /// from a later commit here (the journal, before the run moves its watermark).
    using Opener = std::function<Result<std::unique_ptr<Store>>()>;
    [[nodiscard]] virtual Opener opener() const { return {}; }
};

} // namespace Linkwright

#pragma once

#include "store/store.h"
#include "sync/journalwriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QSet>

#include <optional>
#include <utility>

namespace Linkwright {

class Redactor;

/// A record that failed in some step, before it becomes a row of the failure log.
struct FailureInput {
    QString key;
    Direction direction = Direction::ErpToShop;
    FailureStep step = FailureStep::Write;
    ErrorClass errorClass = ErrorClass::Permanent;
    QString message;
    int httpStatus = 0;
    int attempts = 1;
    QByteArray payload; ///< the source record as received
    /// A retry updates the failure it retries instead of logging a second one.
    qint64 existingId = 0;
    int previousAttempts = 0;
    /// Not to be retried before then (the server's Retry-After); null: our backoff alone decides.
    QDateTime notBefore{};
};

/// What one run remembers, collected as it goes and stored in one transaction per batch:
/// failures, record states, identity links and resolved failures. A run calls flush() after
/// each written batch and before it moves a watermark, so that a failure is always stored
/// before the watermark passes its record.
class RunJournal final
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::RunJournal)

public:
    RunJournal(Store &store, const Redactor &redactor, qint64 runId, DataPointKind dataPoint);

    /// Loads the keys with unresolved failures, so that writing a record that never failed costs
    /// no update of the failure log.
    [[nodiscard]] Result<void> begin();

    [[nodiscard]] qint64 runId() const { return m_runId; }
    [[nodiscard]] DataPointKind dataPoint() const { return m_dataPoint; }
    [[nodiscard]] RunCounts &counts() { return m_counts; }
    [[nodiscard]] const RunCounts &counts() const { return m_counts; }

    void fail(FailureInput failure);
    /// A record that fails: into the failure log, or, on a dry run (plan not null), into the plan
    /// as an invalid item, since a dry run changes nothing, the failure log included.
    void refuse(FailureInput failure, QList<PlanItem> *plan);
    /// A record reached the target as stateValues (hashed as stateHash); failures of its key that
    /// are still open are resolved with it (with a flow, a two-way write to one side, only those
    /// of that flow or of both). erpId and shopId are the ids the sides gave it, where this write
    /// learnt them; an empty one is not known here and keeps what is stored.
    void written(const QString &key, QByteArray stateHash, QByteArray stateValues, QString erpId = {},
        QString shopId = {}, std::optional<Direction> flow = std::nullopt);
    /// A record deleted in the target: its state goes, its open failures are resolved.
    void removed(const QString &key);
    /// A failure retried without a write because it no longer applies (a newer version synced).
    void resolve(const QString &key);
    /// Nothing of the key is left in the source: every open failure of it settles, match failures
    /// too (a record written under a key settles none of those: another record may hold it).
    void resolveGone(const QString &key);
    /// The failure with this id is settled (its retry wrote the record, or found it written),
    /// whatever key the record has now: a record that failed without a key gets one once fixed.
    void resolveFailure(qint64 failureId);
    /// A record with this id in the source of flow was written: an open failure of that record
    /// from when it had no key, or when another record held its key, is settled with it.
    void resolveBySourceId(Direction flow, const QString &sourceId);
    /// Whether resolveBySourceId() has anything to settle: a run asks before it reads an id.
    [[nodiscard]] bool awaitsSourceIds() const { return !m_bySourceId.isEmpty(); }
    /// A full read of flow's source met the record with this id (see resolveUnseenSourceIds()).
    void sawSourceId(Direction flow, const QString &sourceId);
    /// After a full read of flow's source that met every record: the failures that
    /// resolveBySourceId() waits for and whose record the read did not meet are settled, as
    /// resolveGone() settles a key's. Deleted in the source, such a record stayed in the log.
    void resolveUnseenSourceIds(Direction flow);

    [[nodiscard]] qint64 pendingCount() const;
    /// The keys with open failures that nothing in this run has resolved yet ("" for pages).
    [[nodiscard]] const QSet<QString> &unresolvedKeys() const { return m_unresolved; }
    /// Stores everything collected since the last flush in one transaction; when it returns,
    /// everything collected so far is stored (background batches included).
    [[nodiscard]] Result<void> flush();
    /// Hands what was collected to a thread that stores it while the run goes on (where the
    /// store can be opened twice; otherwise the same as flush). The error is that of an earlier
    /// batch; flush() waits for them all.
    [[nodiscard]] Result<void> flushInBackground();

    /// When a transient failure is due again: exponential backoff from one minute, capped at
    /// six hours, with jitter so that many failures do not come due in the same second.
    [[nodiscard]] QDateTime nextAttemptAt(int attempts);

private:
    /// New failures of keys that have an open one update that one instead (see the .cpp).
    [[nodiscard]] Result<void> foldRepeatedFailures();
    /// What names a failure that has no key, for folding: its record's id, or its payload.
    [[nodiscard]] static QString keylessIdentity(const QByteArray &payload);
    [[nodiscard]] static QString sourceKey(Direction flow, const QString &sourceId);
    /// What was collected since the last flush, folded; the journal's lists are empty after.
    [[nodiscard]] Result<JournalBatch> takeBatch();

    Store &m_store;
    const Redactor &m_redactor;
    qint64 m_runId;
    DataPointKind m_dataPoint;
    RunCounts m_counts;
    QList<Failure> m_newFailures;
    QList<Failure> m_updatedFailures;
    QList<RecordState> m_states;
    QStringList m_resolved;
    QStringList m_resolvedGone; ///< see resolveGone()
    QSet<QString> m_unresolved; ///< keys with open failures; they get resolved when written
    std::optional<bool> m_anyIgnored; ///< whether the data point has ignored failures at all
    QList<qint64> m_resolvedIds;
    QList<std::pair<QString, Direction>> m_resolvedFlows;
    /// Open failures without a key, by the id their record has in its source.
    QHash<QString, QList<qint64>> m_bySourceId; ///< see resolveBySourceId(), keyed by sourceKey()
    QSet<QString> m_sawSourceIds; ///< keys of m_bySourceId that sawSourceId() met
    QStringList m_removed;
    QRandomGenerator m_random;
    std::unique_ptr<JournalWriter> m_writer; ///< from the first background flush on
};

} // namespace Linkwright

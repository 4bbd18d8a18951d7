#pragma once

#include "mapping/mappingengine.h"
#include "sync/batchwriter.h"
#include "sync/datapointsync.h"
#include "sync/runjournal.h"
#include "sync/synccontext.h"
#include "sync/watermarktracker.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <memory>

namespace Linkwright {

/// A run of a two-way data point. Both sides are fetched from their own watermark and brought
/// into one shape (the shop's: the ERP's records pass the mappings, plain renames are reversed
/// for the way back). Per field, against the values both sides last agreed on: a change on one
/// side flows to the other unless the other side owns the field; a change on both sides is
/// decided by the field's policy (ERP owns, shop owns, newest wins) or sends the whole record to
/// review (a "conflict" entry in the failure log, nothing written). What the core wrote itself
/// comes back on the next run unchanged against those values and is dropped as an echo.
///
/// Fields whose mapping transforms or combines values flow from the ERP only; the system fields
/// "id" and "modifiedAt" never flow. Both sides' changed records are held in memory for the
/// run, which suits the sizes two-way data points have (customers, order updates).
class TwoWaySync final : public DataPointSync
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::TwoWaySync)

public:
    TwoWaySync(const SyncContext &context, const DataPointConfig &config, MappingEngine engine);

    [[nodiscard]] Result<void> begin(const SyncOptions &options, RunJournal &journal) override;
    [[nodiscard]] Result<void> execute(const SyncOptions &options, RunJournal &journal, SyncReport &report) override;
    [[nodiscard]] Result<void> retry(const QList<Failure> &failures, RunJournal &journal, SyncReport &report) override;
    [[nodiscard]] Result<void> apply(const Plan &plan, const QList<PlanItem> &items, RunJournal &journal,
        QHash<QString, PlanItemStatus> &statuses, SyncReport &report) override;
    [[nodiscard]] bool nothingFetched() const override { return m_fetchFailed && m_pagesFetched == 0; }
    [[nodiscard]] QString fetchProblem() const override { return m_fetchProblem; }

private:
    struct SideRecord {
        bool present = false;
        Value raw; ///< as received
        Value shaped; ///< in the common shape, without system fields
        QByteArray modified;
        QString id;
        /// Fields whose value the mapping's check refuses (see checkShopFields): decided as if
        /// this side had not changed them, so that they go nowhere.
        QList<QByteArray> refused;
    };
    struct Pair {
        SideRecord erp;
        SideRecord shop;
        qint64 failureId = 0;
        int previousAttempts = 0;
        /// The side whose record the retried failure kept; none for a conflict (both sides').
        std::optional<Side> retried;
    };
    struct Outcome {
        QList<Member> toShop;
        QList<Member> toErp;
        QList<Member> settled; ///< agreed without a write
        QStringList conflicts;
        QList<QByteArray> conflictFields; ///< the fields of conflicts, in order
        /// Edits of a field the other side owns: they go nowhere, and the two sides differ.
        QStringList ownedApart;
    };

    [[nodiscard]] static Direction flowFrom(Side side)
    {
        return side == Side::Erp ? Direction::ErpToShop : Direction::ShopToErp;
    }
    void fetchSide(Side side, const SyncOptions &options, RunJournal &journal);
    /// Records read on one side only that wait for review: the other side from the conflict.
    [[nodiscard]] Result<void> completeFromConflicts(RunJournal &journal);
    [[nodiscard]] bool shape(Side side, const Value &raw, SideRecord &record, QString &key, RunJournal &journal,
        qint64 failureId, int previousAttempts);
    [[nodiscard]] Outcome decide(const Pair &pair, const Value &last) const;
    /// The agreed values to decide a record held for review by: held is its conflict's payload.
    [[nodiscard]] Value decidedSinceReview(const Pair &pair, const Value &last, const Value &held) const;
    void settle(const QString &key, Pair &pair, const std::optional<RecordState> &state, RunJournal &journal,
        SyncReport &report);
    [[nodiscard]] static int index(Side side) { return side == Side::Erp ? 0 : 1; }
    /// The data point's failures of step that wait for a retry (open or retried), all of them.
    [[nodiscard]] Result<QList<Failure>> waitingFailures(FailureStep step) const;
    /// The values of the writes still failed for this run's records, by the side written to.
    [[nodiscard]] Result<void> loadAttemptedWrites();
    /// last, with the values of a failed write the target stored anyway (see loadAttemptedWrites).
    [[nodiscard]] Value withAttemptedWrites(const QString &key, const Pair &pair, const Value &last) const;
    /// Incremental runs and retries: a side's record that would take over a key another record of
    /// that side (another id) held when it was last synced is logged, not written, and taken out
    /// of pair; true when nothing of pair is left to settle. A full run reads the other record
    /// too, if it is still there, and its duplicate check names it.
    [[nodiscard]] bool refuseKeyTakers(
        const QString &key, Pair &pair, const std::optional<RecordState> &state, RunJournal &journal);
    /// Full runs: the ids of the records last synced under each key, per side (see m_owners).
    [[nodiscard]] Result<void> loadOwners();
    void send(Side target, const QString &key, const Pair &pair, QList<Member> fields, PlanAction action);
    /// The agreed value of an object a conflict held apart, as decidedSinceReview() needs it:
    /// each member both sides had changed is agreed at the value of the side that did not move
    /// since, the others at agreed.
    [[nodiscard]] static Value decidedMembers(
        const Value &erpNow, const Value &shopNow, const Value &erpWas, const Value &shopWas, const Value &agreed);
    /// For a record new to the ERP: the shop's values of the fields read from inside the ERP's
    /// objects (m_erpPaths) that fields lacks.
    [[nodiscard]] QList<Member> fieldsInsideObjects(const Pair &pair, const QList<Member> &fields) const;
    /// creating: the record is new to the ERP, so the fields read from inside its objects
    /// (m_erpPaths) go there too; into a record the ERP has, a part of an object would replace
    /// the whole object.
    [[nodiscard]] Value toErpShape(const Value &shaped, bool creating = false) const;
    /// The shop record's fields that may flow to the ERP, checked as their mapping checks the
    /// ERP's values: the refused ones go into record.refused; why, if any.
    [[nodiscard]] std::optional<QString> checkShopFields(SideRecord &record) const;
    [[nodiscard]] ConflictPolicy policy(const QByteArray &field) const;
    [[nodiscard]] bool flowsToErp(const QByteArray &field) const;
    [[nodiscard]] Result<void> resolveAll(RunJournal &journal, SyncReport &report);
    /// After a full read of both sides: closes the open failures of keys neither side has.
    void settleGone(RunJournal &journal);
    void wireWriter(BatchWriter &writer, Side target, RunJournal &journal);
    /// The records of these keys that changed on a side since the plan's mark, as received.
    [[nodiscard]] Result<QHash<QString, Value>> changedSince(
        Side side, const QString &since, const QSet<QString> &keys) const;
    /// A record of a side in the common (shop's) shape; none when the mappings refuse it.
    [[nodiscard]] std::optional<Value> shapedFor(Side side, const Value &raw) const;
    /// A plan item that would overwrite a change made since the plan goes to review instead
    /// (Failed); one a run synced since the plan was made (createdAt), where the record holds
    /// what that run agreed (state), is Skipped; none: apply it.
    [[nodiscard]] std::optional<PlanItemStatus> leftOut(const PlanItem &item, const Value &payload, const Value *source,
        const QHash<QString, Value> (&changed)[2], const QDateTime &createdAt, const std::optional<RecordState> &state,
        RunJournal &journal, SyncReport &report);
    /// Sends the rest of the agreed record after an update made a stub where the record was gone.
    void completeStub(BatchWriter &writer, QHash<QString, QList<Member>> &pending, Side target, const WriteItem &stub,
        const Value &agreed);

    const SyncContext &m_context;
    const DataPointConfig &m_config;
    MappingEngine m_engine;
    QByteArray m_keyField;
    QByteArray m_erpKeyField; ///< the ERP's name for the key (the key mapping's source)
    QHash<QByteArray, QByteArray> m_erpNames; ///< shop-shaped field -> ERP field, for plain renames
    /// shop-shaped field -> the ERP's path to it ("billTo.city"), for plain copies from inside an object
    QList<std::pair<QByteArray, QList<QByteArray>>> m_erpPaths;
    /// The checks (type, required) of plain renames that may flow to the ERP, by shop-shaped
    /// field: what the shop sends back passes them as what the ERP sends does.
    struct ShopCheck {
        FieldType type = FieldType::Any;
        bool required = false;
        QString erpName;
    };
    QHash<QByteArray, ShopCheck> m_shopChecks;
    QHash<QString, Pair> m_pairs;
    QStringList m_order; ///< keys in the order they were first seen
    QSet<QString> m_keysRead; ///< every key this run read on either side, failed or not
    QHash<QString, Value> m_held; ///< the records of this run held for review: their conflicts' payloads
    /// What failed writes tried to set, by key, for the ERP [0] and the shop [1] (the source's record).
    QHash<QString, Value> m_attempted[2];
    qint64 m_keylessRead = 0; ///< records read without a key: any of them may be a failed one
    qint64 m_unreadableRead = 0; ///< records the reader refused: their ids are not known
    bool m_readShifted = false; ///< a side's pages moved while they were read (a total fell, a record came twice)
    QHash<QString, Value> m_state; ///< last agreed values per key, as they are being updated
    QHash<QString, QList<Member>> m_pendingShop; ///< fields a write to the shop settles
    QHash<QString, QList<Member>> m_pendingErp;
    std::unique_ptr<BatchWriter> m_toShop;
    std::unique_ptr<BatchWriter> m_toErp;
    QList<PlanItem> m_planItems;
    WatermarkTracker m_watermarks[2];
    bool m_complete[2] = {false, false};
    bool m_dryRun = false;
    bool m_full = false;
    bool m_fullRead = false; ///< execute() reads both sides whole (see refuseKeyTakers())
    /// Full runs: the id each side's record last synced under a key had, for the ERP [0] and the
    /// shop [1]. Of two records one side lists under a key, that one keeps it, not the first.
    QHash<QString, QString> m_owners[2];
    bool m_fetchFailed = false;
    qint64 m_pagesFetched = 0;
    QString m_fetchProblem;
    /// Pass-through records' top-level field names, against which the policies' names are checked.
    QSet<QByteArray> m_fieldsSeen;
    QSet<QString> m_refusedKeys; ///< keys of records shape() refused this run: not decided
    qint64 m_ownedApart = 0; ///< records with an edit of a field the other side owns
    QStringList m_ownedApartShown; ///< the first few of them, for the run's message
    void notePolicyTypos();
    void reportPhase(SyncPhase phase, const RunJournal &journal) const;
    void noteOwnedApart();
    std::optional<Error> m_storeError;
    QHash<QString, PlanItemStatus> *m_statuses = nullptr; ///< while applying a plan
};

} // namespace Linkwright

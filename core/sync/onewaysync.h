#pragma once

#include "mapping/mappingengine.h"
#include "mapping/recordnaming.h"
#include "sync/batchwriter.h"
#include "sync/datapointsync.h"
#include "sync/keyset.h"
#include "sync/runjournal.h"
#include "sync/synccontext.h"
#include "sync/watermarktracker.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <memory>

namespace Linkwright {

/// A run of a one-way data point: fetch the source page by page (incremental from the watermark
/// unless full), map each record, match it by its natural key, compare it with what was last
/// written (a hash of the mapped bytes), and write what changed in batches, the next page already
/// on its way. Every record ends written, unchanged, or in the failure log; the watermark moves
/// only after paging completed and everything was stored. A dry run stores a plan instead.
class OneWaySync final : public DataPointSync
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::OneWaySync)

public:
    OneWaySync(const SyncContext &context, const DataPointConfig &config, MappingEngine engine);

    [[nodiscard]] Result<void> begin(const SyncOptions &options, RunJournal &journal) override;
    [[nodiscard]] Result<void> execute(const SyncOptions &options, RunJournal &journal, SyncReport &report) override;
    /// A failure whose record was synced in a newer version since is resolved without a write.
    [[nodiscard]] Result<void> retry(const QList<Failure> &failures, RunJournal &journal, SyncReport &report) override;
    [[nodiscard]] Result<void> apply(const Plan &plan, const QList<PlanItem> &items, RunJournal &journal,
        QHash<QString, PlanItemStatus> &statuses, SyncReport &report) override;
    [[nodiscard]] bool nothingFetched() const override { return m_fetchFailures > 0 && m_pagesFetched == 0; }
    [[nodiscard]] QString fetchProblem() const override { return m_fetchProblem; }

private:
    struct Candidate {
        QString key;
        QByteArray body;
        QByteArray hash;
        PlanAction action = PlanAction::Create;
        /// A full run met it under a key another source record was last synced from: decided
        /// once every page is read (see settleDeferred()).
        bool deferred = false;
    };

    void reject(RunJournal &journal, FailureInput failure, const Value &source);
    /// Maps and matches one source record up to the hash of the mapped record; nullopt when it
    /// failed (logged).
    [[nodiscard]] std::optional<Candidate> prepare(
        const Value &source, RunJournal &journal, qint64 failureId, int previousAttempts, bool checkDuplicate);
    /// Whether the candidate differs from what was last written (and whether it is a create).
    [[nodiscard]] bool changed(Candidate &candidate, RunJournal &journal, qint64 failureId);
    /// The hash last written for key; nullopt for a record never written.
    [[nodiscard]] std::optional<QByteArray> knownHash(const QString &key);
    /// In an incremental run: asks the store for the hashes of a page's keys in one go.
    void lookUpHashes(const QList<std::pair<qsizetype, Candidate>> &candidates);
    void lookUpHashes(const QStringList &keys);
    void write(const Candidate &candidate, const Value &source, qint64 failureId, int previousAttempts);
    void fetchAll(const SyncOptions &options, RunJournal &journal);
    /// Reports the run's state; a phase or total given is kept for the reports that follow.
    void flushSome(RunJournal &journal);
    void reportProgress(
        const RunJournal &journal, std::optional<SyncPhase> phase = {}, std::optional<qint64> total = {});
    /// The key a failing record is logged under (RecordNaming): the key the record's state
    /// and a later write use where the key mapping runs on its own, so that the write resolves
    /// the failure.
    using FailureKey = RecordName;
    [[nodiscard]] FailureKey failureKey(const Value &source) const { return m_naming.nameOf(m_engine, source); }
    /// A record of the source failed before it was written: the key is kept from deletion.
    void failedPresent(const FailureKey &key);
    /// Whether this run's retries already took the record under key, as it is now.
    [[nodiscard]] bool metInRetry(const QString &key, const Value &source) const;
    /// The source changed under the run's paging: a record came again on a later page, or the
    /// total fell. Records may have moved past the pages read, so the watermark stays and
    /// nothing is deleted; the next run reads them again.
    [[nodiscard]] bool readShifted() const { return m_movedRecords > 0 || m_shrankFrom.has_value(); }
    [[nodiscard]] QString shiftedReadProblem() const;
    /// Adds a line to what the run's message says.
    void addProblem(const QString &problem);
    /// A record met again on a later page: it changed while the pages were read.
    void movedOn(const Value &source);
    /// Where the watermark goes after a complete read: the newest stamp seen, but no later than
    /// a record that moved on (see movedOn()).
    [[nodiscard]] QString nextWatermark() const;
    [[nodiscard]] Result<void> storePlan(RunJournal &journal, SyncReport &report);
    /// The keys of items (to write or delete) whose source record changed since the plan was
    /// read, or came back after the plan would delete it: read from the plan's mark.
    [[nodiscard]] Result<QSet<QString>> movedOnSince(const Plan &plan, const QList<PlanItem> &items) const;
    /// The source's records changed since its watermark, by key, of those the failures name.
    [[nodiscard]] Result<QHash<QString, Value>> newerInSource(const QList<Failure> &failures) const;
    /// Full runs with "deletes" on: records synced before that the source no longer has.
    void deleteMissing(RunJournal &journal);
    /// Closes the open failures of records a full read no longer found in the source.
    void settleGone(RunJournal &journal);
    void removeOne(const QString &key, RunJournal &journal, qint64 failureId, int previousAttempts);
    /// Incremental runs and retries: whether the record would take over a key that another
    /// source record (another id) held when it was last synced; then it is logged, not written
    /// (see m_owners).
    [[nodiscard]] bool takesAnotherRecordsKey(const Candidate &candidate, const Value &source, RunJournal &journal,
        qint64 failureId = 0, int previousAttempts = 0);
    /// Keeps the id the source side gave the record last synced under key, where there is one.
    void noteOwner(const QString &key, const QString &erpId, const QString &shopId);
    /// Every key's owner at once: for a full run over records synced before, and for an
    /// incremental run that stopped looking up page by page.
    [[nodiscard]] Result<void> loadOwners();
    /// Whether another source record than source was last synced under key.
    [[nodiscard]] bool ownedByAnother(const QString &key, const Value &source) const;
    enum class Hold {
        No, ///< checked as every record is (m_seen)
        Held, ///< held back until every page is read (see settleDeferred())
        MetAgain, ///< a record held back before, met again on a later page (the pages moved)
    };
    /// Full runs: whether the record under key waits for the end of the read (ownedByAnother).
    [[nodiscard]] Hold holdForOwner(const QString &key, const Value &source, KeySet::Mark mark);
    /// A full run's records held back by ownedByAnother(): with every page read, each takes its
    /// key if the record last synced under it did not come, and is logged if it did.
    void settleDeferred(RunJournal &journal);
    void failFetch(RunJournal &journal, const ConnectorError &error, const PageRequest &request);
    void wireWriter(BatchWriter &writer, RunJournal &journal);

    static constexpr qint64 FlushEvery = 4096;
    /// Keys looked up one page at a time before loading them all is cheaper.
    static constexpr qsizetype LookUpAtMost = 5000;

    const SyncContext &m_context;
    const DataPointConfig &m_config;
    MappingEngine m_engine;
    Direction m_direction;
    QByteArray m_keyField;
    RecordNaming m_naming;
    /// Hashes last written, by key; an empty one marks a key the store does not know (lazy).
    QHash<QString, QByteArray> m_hashes;
    bool m_lazyHashes = false; ///< m_hashes holds only the keys looked up so far
    qsizetype m_lookedUp = 0;
    KeySet m_seen;
    /// Incremental runs and retries: the source's id of the record each looked-up key was last
    /// synced from.
    /// A full run sees a duplicate in the source itself; an incremental run sees only the new
    /// record, which would otherwise overwrite the other's record in the target.
    QHash<QString, QString> m_owners;
    struct Deferred {
        Candidate candidate;
        Value source;
    };
    QList<Deferred> m_deferred;
    KeySet m_held; ///< the keys and marks of m_deferred, to meet a record read twice
    /// Keys of records in the source that failed (full runs with deletes): not deleted.
    QSet<QString> m_failedKeys;
    /// The records this run's retries took, by the failure's key and the mapped one: the fetch
    /// that meets one of them again as it was counts and tries it once (see metInRetry()).
    QHash<QString, Value> m_retriedRecords;
    /// Records that failed before their key was known: a full run then deletes nothing.
    qint64 m_keylessFailures = 0;
    qint64 m_unreadable = 0; ///< records of this run the reader refused: their ids are not known
    qint64 m_deletesFoundNothing = 0; ///< deletions the target answered 404 (see deleteMissing)
    bool m_resend = false; ///< see SyncOptions::resend
    bool m_retryWithNewer = false; ///< see SyncOptions::retryWithNewer
    qint64 m_movedRecords = 0; ///< records met again on a later page (see readShifted())
    std::optional<qint64> m_shrankFrom; ///< the total before it first fell during the run
    std::optional<qint64> m_lastTotal;
    bool m_positional = true; ///< the source's pages are cut by position (Connector::pagesByPosition)
    std::optional<QString> m_movedStamp; ///< the oldest stamp of a record that moved on (cursor paging)
    qsizetype m_bodySizeHint = 256;
    std::unique_ptr<BatchWriter> m_writer;
    QList<PlanItem> m_planItems;
    WatermarkTracker m_watermark;
    std::optional<Error> m_storeError;
    QHash<QString, PlanItemStatus> *m_statuses = nullptr; ///< while applying a plan
    bool m_pagingComplete = false;
    bool m_dryRun = false;
    bool m_full = false;
    bool m_confirmDeletes = false; ///< see SyncOptions::confirmDeletes
    SyncPhase m_phase = SyncPhase::Fetching;
    std::optional<qint64> m_total;
    qint64 m_fetchFailures = 0;
    qint64 m_pagesFetched = 0;
    QString m_fetchProblem;
};

} // namespace Linkwright

#pragma once

#include "connectors/connector.h"
#include "project/project.h"
#include "store/store.h"
#include "sync/synccontext.h"
#include "sync/synctypes.h"

#include <QCoreApplication>

#include <atomic>
#include <memory>

namespace Linkwright {

class DataPointSync;
class RunJournal;

/// The sync core's entry point: runs a data point, applies a stored plan, retries failures and
/// checks an initial load, each as a run in the run history. Every call blocks its thread and
/// runs the network through the connectors' transport there: call it from a worker thread in a
/// window (with a cancel flag and a progress callback that posts to the window), straight from
/// the CLI. The project, store and connectors are the caller's and must outlive the runner.
class SyncRunner final
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::SyncRunner)

public:
    SyncRunner(const Project &project, Store &store, Connector &erp, Connector &shop);

    /// Polled between pages and batches; the connectors' transport should poll it too.
    void setCancelFlag(const std::atomic_bool *flag) { m_context.cancel = flag; }
    void setProgressCallback(ProgressCallback callback) { m_context.progress = std::move(callback); }

    /// One run of a data point in its configured direction. An error means it could not run at
    /// all (the data point is off, its mappings do not compile, the store failed); a run that
    /// ran reports its status, counts and failures in the report.
    [[nodiscard]] Result<SyncReport> run(DataPointKind kind, const SyncOptions &options = {});

    /// Applies a dry run's plan: every pending item, or only those whose keys are given (an
    /// unknown key is an error). Applying the whole plan moves the watermark as the run would have.
    [[nodiscard]] Result<SyncReport> applyPlan(qint64 planId, const QStringList &keys, const SyncOptions &options = {});

    /// Tries the failures matching filter again (without a status: those still waiting, open or
    /// left "retried" by a retry that never finished), one run per data point. A failure to fetch
    /// a page is retried by an incremental run of its data point. A data point that cannot run
    /// (switched off) gets a report with status Failed, run id 0 and the reason as its message.
    [[nodiscard]] Result<QList<SyncReport>> retry(FailureFilter filter, const SyncOptions &options = {});

    /// For an initial load: fetches every source record and the target's keys, and lists what
    /// would go wrong (invalid records, missing or duplicate keys) before anything is written.
    [[nodiscard]] Result<PreflightReport> preflight(DataPointKind kind, const SyncOptions &options = {});

private:
    [[nodiscard]] Result<const DataPointConfig *> activeDataPoint(DataPointKind kind) const;
    [[nodiscard]] Result<qint64> beginRun(const DataPointConfig &config, const SyncOptions &options);
    [[nodiscard]] Result<std::unique_ptr<DataPointSync>> makeSync(const DataPointConfig &config) const;
    /// Gives the connectors the holds earlier commands were told of (syncrunnerholds.cpp).
    void takeHolds();
    /// Stores the holds the connectors were told of by now, and clears those gone.
    void keepHolds();
    /// What a dry run's plan says of the due failures a run would retry and the plan lacks.
    [[nodiscard]] QString unplannedNote(const QList<Failure> &due, qint64 planId);
    /// How many of failures the log holds as resolved now.
    [[nodiscard]] qint64 resolvedOf(const QList<Failure> &failures) const;
    /// Stores the run's status and message; note (if any) ends the message of a run that ran.
    [[nodiscard]] Result<SyncReport> finishRun(RunJournal &journal, const DataPointSync &sync, SyncReport report,
        const Result<void> &outcome, const QString &note = {});
    /// Transient failures whose next attempt is due, and those the mappings refused (map,
    /// validate) in a run that mapped otherwise than config does now: fixing a mapping is what a
    /// person does about them, and the next run tries them again without being told.
    [[nodiscard]] Result<QList<Failure>> dueFailures(const DataPointConfig &config);
    /// sync.retry(), with the failures marked Retried while it runs.
    [[nodiscard]] Result<void> retryMarked(
        DataPointSync &sync, const QList<Failure> &failures, RunJournal &journal, SyncReport &report);
    [[nodiscard]] Result<SyncReport> retryDataPoint(
        const DataPointConfig &config, const QList<Failure> &failures, const SyncOptions &options);

    SyncContext m_context;
};

} // namespace Linkwright

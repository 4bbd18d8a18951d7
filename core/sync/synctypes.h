#pragma once

#include "domain/datapoint.h"
#include "store/store.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Linkwright {

struct SyncOptions {
    /// Ignore the watermark and fetch everything; with "deletes" on, a full run also finds the
    /// records that disappeared from the source.
    bool full = false;
    /// Stop before writing and store the plan instead.
    bool dryRun = false;
    int pageSize = 500;
    /// Records per POST.
    int batchSize = 500;
    /// Batches on the wire at once: one keeps the target waiting on us, more than four only
    /// queues on the server.
    int writesInFlight = 3;
    /// Retry the data point's transient failures that are due before fetching (a normal run does).
    bool retryDue = true;
    /// A full run with "deletes" deletes even when more than half of the records synced are gone
    /// from the source, which it otherwise refuses as a likely fault of the source: a person has
    /// checked that they really are gone.
    bool confirmDeletes = false;
    /// A one-way run writes every record it reads, also those unchanged since they were last
    /// synced: a target that lost records (deleted there by hand, restored from a backup) gets
    /// them back, which a run that compares with what it wrote before cannot see. Two-way runs
    /// refuse it (see SyncRunner::run).
    bool resend = false;
    /// Retries read first what the source changed since the last run, and retry a failure whose
    /// record changed there with the newer record instead of the one stored with the failure
    /// (the retry command; a run reads the source after its retries anyway).
    bool retryWithNewer = false;
};

enum class SyncPhase {
    Starting,
    Retrying, ///< failures of earlier runs: the due transient ones at a run's start, or those chosen to retry
    Fetching,
    Writing, ///< the last batches after the last page
    Finished,
};

/// What a run reports while it works; the CLI prints it on stderr, the window in its job list.
struct SyncProgress {
    DataPointKind dataPoint = DataPointKind::Products;
    SyncPhase phase = SyncPhase::Starting;
    qint64 fetched = 0;
    qint64 written = 0; ///< created + updated + deleted so far
    qint64 failed = 0;
    std::optional<qint64> total; ///< when the source says how many records there are
};

using ProgressCallback = std::function<void(const SyncProgress &)>;

/// The outcome of run(), applyPlan() or retry().
struct SyncReport {
    RunRecord run; ///< id, counts, status and message as stored
    qint64 planId = 0; ///< the plan a dry run stored
    qint64 conflicts = 0; ///< fields sent to review (two-way)
    qint64 echoes = 0; ///< changes that were the core's own writes coming back (two-way)
    qint64 retried = 0; ///< failures from earlier runs tried again
    qint64 resolved = 0; ///< of those, how many succeeded
};

/// A pre-flight for an initial load: what would go wrong before anything is written.
struct PreflightIssue {
    enum class Kind {
        Invalid, ///< the mappings refuse the record
        MissingKey, ///< no natural key after mapping
        DuplicateSourceKey, ///< two source records with the same key
        DuplicateTargetKey, ///< the target holds the key twice (differing in case or spaces)
        TargetOnly, ///< in the target but not in the source: would not be touched
        NearMatch, ///< a key the other side holds differing in case or spaces: a second record
    };
    Kind kind = Kind::Invalid;
    QString key;
    QString message;
};

struct PreflightReport {
    DataPointKind dataPoint = DataPointKind::Products;
    qint64 sourceRecords = 0; ///< records read from the source: all of them only when sourceProblem is empty
    qint64 targetRecords = 0;
    /// The comparison of the keys, made only when both sides were read completely (compared()):
    /// a record missing from a side read in part may be on a page that was not read, so it is
    /// neither to be created nor left alone as far as anyone knows. Otherwise these stay 0.
    qint64 matched = 0; ///< source records whose key the target already has: updates
    qint64 toCreate = 0;
    qint64 targetOnly = 0; ///< one-way: in the target only, left alone
    /// Two-way: in the target only, so the sync creates them in the source (ERP).
    qint64 toCreateInSource = 0;
    qint64 invalid = 0; ///< invalid records and missing or duplicate keys, on either side
    /// The first MaxIssues problems; the counts above count all of them.
    QList<PreflightIssue> issues;
    static constexpr qsizetype MaxIssues = 1000;
    QString sourceProblem; ///< why the source could not be read completely; empty when it was
    QString targetProblem; ///< why the target could not be read completely; empty when it was

    [[nodiscard]] bool compared() const { return sourceProblem.isEmpty() && targetProblem.isEmpty(); }
};

[[nodiscard]] QString preflightIssueKey(PreflightIssue::Kind kind);

} // namespace Linkwright

#pragma once

#include "store/store.h"
#include "sync/synctypes.h"

#include <QHash>

namespace Linkwright {

class RunJournal;

/// How one data point syncs: one way (OneWaySync) or both ways (TwoWaySync). SyncRunner begins
/// and finishes the run around these calls.
class DataPointSync
{
public:
    virtual ~DataPointSync() = default;

    /// Sets up a run or a retry: stored state, writers unless options.dryRun.
    [[nodiscard]] virtual Result<void> begin(const SyncOptions &options, RunJournal &journal) = 0;
    /// Fetches, maps, matches and writes (or plans); moves the watermarks when everything was
    /// fetched and stored. An error means the run could not go on (the store failed).
    [[nodiscard]] virtual Result<void> execute(const SyncOptions &options, RunJournal &journal, SyncReport &report) = 0;
    /// Tries failures of this data point again from their stored source records, after begin().
    [[nodiscard]] virtual Result<void> retry(
        const QList<Failure> &failures, RunJournal &journal, SyncReport &report) = 0;
    /// Writes a dry run's plan items (creates and updates) as planned, after begin(); statuses
    /// receives each item's outcome by key.
    [[nodiscard]] virtual Result<void> apply(const Plan &plan, const QList<PlanItem> &items, RunJournal &journal,
        QHash<QString, PlanItemStatus> &statuses, SyncReport &report) = 0;
    /// The first page could not be fetched: the run did not get to any record.
    [[nodiscard]] virtual bool nothingFetched() const = 0;
    /// Why the last fetch stopped early, for the run's message; empty when it did not.
    [[nodiscard]] virtual QString fetchProblem() const = 0;
};

/// The stored states of the records a retry takes up, by key.
[[nodiscard]] inline Result<QHash<QString, RecordState>> statesOf(
    Store &store, DataPointKind kind, const QList<Failure> &failures)
{
    QStringList keys;
    keys.reserve(failures.size());
    for (const Failure &failure : failures)
        keys.append(failure.key);
    return store.recordStates(kind, keys);
}

} // namespace Linkwright

#pragma once

#include "store/store.h"

#include <QList>
#include <QStringList>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

class QThread;

namespace Linkwright {

/// What a run's journal stores in one transaction.
struct JournalBatch {
    DataPointKind dataPoint = DataPointKind::Products;
    qint64 runId = 0;
    QStringList resolved; ///< keys written: their failures settle, but for match failures
    QStringList resolvedGone; ///< keys gone from the source: all their failures settle
    QList<qint64> resolvedIds; ///< failures resolved by id (see RunJournal::resolveFailure)
    QList<std::pair<QString, Direction>> resolvedFlows; ///< keys resolved for one flow only
    QList<Failure> newFailures;
    QList<Failure> updatedFailures;
    QList<RecordState> states;
    QStringList removed;

    [[nodiscard]] qint64 size() const;
    /// Stores the batch in one transaction of store: all of it, or none of it.
    [[nodiscard]] Result<void> storeIn(Store &store) const;
};

/// Stores a run's journal batches on a thread of its own, through a connection of its own, in
/// the order they came, while the run goes on fetching and writing records: SQLite's B-tree work
/// and the fsync of each commit were a third of a one-way run's time on its only thread.
///
/// A batch that fails stops the writer: later batches are kept back (never stored out of order)
/// and every call reports the error from then on, so that the run stops and its watermark stays.
class JournalWriter final
{
public:
    /// Opens the writer's store; called on the writer's thread, which owns the connection.
    using Opener = std::function<Result<std::unique_ptr<Store>>()>;

    explicit JournalWriter(Opener opener);
    /// Waits for the batches handed over, then closes the connection and ends the thread.
    ~JournalWriter();
    JournalWriter(const JournalWriter &) = delete;
    JournalWriter &operator=(const JournalWriter &) = delete;

    /// Hands a batch over; the error of an earlier batch (or of opening the store), if any.
    [[nodiscard]] Result<void> submit(JournalBatch batch);
    /// Returns once every batch handed over is stored, or with the error that stopped the writer.
    [[nodiscard]] Result<void> wait();

private:
    void work();

    Opener m_opener;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<JournalBatch> m_queue;
    bool m_busy = false; ///< a batch is being stored
    bool m_stopping = false;
    std::optional<Error> m_error;
    QThread *m_thread = nullptr;
};

} // namespace Linkwright

#pragma once

#include "connectors/connector.h"
#include "store/store.h"

#include <QList>
#include <QQueue>

#include <atomic>
#include <functional>

namespace Linkwright {

/// One record on its way to a target.
struct WriteItem {
    QString key;
    QByteArray body; ///< the serialised JSON object that is sent
    QByteArray hash; ///< of body, or of the state a two-way write settles
    PlanAction action = PlanAction::Create;
    /// What the failure log keeps if the write fails: the source record as received.
    Value source;
    QString sourceId; ///< the source system's id, for the identity map
    /// A retry updates the failure it retries rather than logging a new one.
    qint64 failureId = 0;
    int previousAttempts = 0;
    /// The rest of a record whose update the target answered with "created" (it was gone
    /// there): counted with that update, not on its own.
    bool completesStub = false;
};

/// What a record the target accepted adds to a run's counts: what the target says it did
/// ("unchanged", "updated"), else what the run set out to do. Where its batch was sent more than
/// once, "unchanged" means an earlier send stored it and only its answer was lost: the run's
/// own write, counted as what the run set out to do.
void countWritten(RunCounts &counts, PlanAction action, const RecordWriteResult &result, int attempts);

/// Sends records to one target in batches, several batches on the wire at once, and hands each
/// record's outcome back: accepted with the target's id, refused by the target, or lost with the
/// whole batch (a connector error, whose class says whether to retry). The callbacks run in the
/// caller's thread, inside add() or finish(), and may add() again.
class BatchWriter final
{
public:
    /// attempts: how often the record's batch was sent (a lost answer makes it more than one).
    using Accepted = std::function<void(const WriteItem &, const RecordWriteResult &, int attempts)>;
    using Refused = std::function<void(const WriteItem &, const ConnectorError &)>;

    /// keyField: the member of the records sent that holds their key (WriteItem::key), by which
    /// a target may name its results.
    BatchWriter(Connector &target, DataPointKind dataPoint, QString keyField, int batchSize, int inFlight);

    void onAccepted(Accepted accepted) { m_accepted = std::move(accepted); }
    void onRefused(Refused refused) { m_refused = std::move(refused); }
    /// Called after each batch's outcomes were handed out: the run stores what it collected.
    void onBatchDone(std::function<void()> done) { m_batchDone = std::move(done); }

    /// Queues a record; starts a batch when one is full, and waits for the oldest batch first
    /// when too many are on the wire.
    void add(WriteItem item);
    /// Sends what is queued and waits for every batch.
    void finish();
    [[nodiscard]] qint64 sent() const { return m_sent; }

private:
    struct Batch {
        Connector::PendingWrite pending;
        QList<WriteItem> items;
        std::optional<ConnectorError> startError;
    };

    void startBatch();
    void finishOldest();

    Connector &m_target;
    DataPointKind m_dataPoint;
    QString m_keyField;
    int m_batchSize;
    int m_inFlight;
    QList<WriteItem> m_queued;
    QQueue<Batch> m_batches;
    Accepted m_accepted;
    Refused m_refused;
    std::function<void()> m_batchDone;
    qint64 m_sent = 0;
};

} // namespace Linkwright

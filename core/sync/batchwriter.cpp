#include "batchwriter.h"

#include "secrets/redactor.h"

#include <algorithm>

namespace Linkwright {

BatchWriter::BatchWriter(Connector &target, DataPointKind dataPoint, QString keyField, int batchSize, int inFlight)
    : m_target(target)
    , m_dataPoint(dataPoint)
    , m_keyField(std::move(keyField))
    , m_batchSize(std::max(1, batchSize))
    , m_inFlight(std::max(1, inFlight))
{
}

void BatchWriter::add(WriteItem item)
{
    m_queued.append(std::move(item));
    while (m_queued.size() >= m_batchSize)
        startBatch();
}

void BatchWriter::finish()
{
    // An outcome's callback may queue a follow-up write; it is sent before finish() returns.
    while (!m_queued.isEmpty() || !m_batches.isEmpty()) {
        if (!m_queued.isEmpty())
            startBatch();
        while (!m_batches.isEmpty())
            finishOldest();
    }
}

void BatchWriter::startBatch()
{
    while (m_batches.size() >= m_inFlight)
        finishOldest();
    // Making room ran callbacks, which may have queued more (a follow-up write) or, through a
    // nested start, sent what was queued: never more than a batch, never an empty one.
    if (m_queued.isEmpty())
        return;
    Batch batch;
    if (m_queued.size() <= m_batchSize) {
        batch.items = std::move(m_queued);
        m_queued = {};
    } else {
        batch.items = m_queued.first(m_batchSize);
        m_queued.remove(0, m_batchSize);
    }
    QList<QByteArray> bodies;
    bodies.reserve(batch.items.size());
    WriteKeys keys{m_keyField, {}};
    keys.keys.reserve(batch.items.size());
    for (const WriteItem &item : std::as_const(batch.items)) {
        bodies.append(item.body);
        keys.keys.append(item.key);
    }
    auto started = m_target.startWrite(m_dataPoint, bodies, keys);
    if (started)
        batch.pending = std::move(*started);
    else
        batch.startError = started.error();
    m_sent += batch.items.size();
    m_batches.enqueue(std::move(batch));
}

void countWritten(RunCounts &counts, PlanAction action, const RecordWriteResult &result, int attempts)
{
    const bool unchanged = result.outcome == QLatin1StringView("unchanged") && attempts <= 1;
    if (unchanged)
        ++counts.unchanged;
    // A record the target made anew counts as created, even where it was sent as an update
    // (the target had lost it).
    else if (result.outcome == QLatin1StringView("created")
        || (action == PlanAction::Create && result.outcome != QLatin1StringView("updated")))
        ++counts.created;
    else
        ++counts.updated;
}

void BatchWriter::finishOldest()
{
    Batch batch = m_batches.dequeue();
    const ConnectorResult<WriteResult> result = batch.startError
        ? ConnectorResult<WriteResult>(std::unexpected(*batch.startError))
        : m_target.finishWrite(batch.pending);
    if (!result) {
        for (const WriteItem &item : std::as_const(batch.items)) {
            if (m_refused)
                m_refused(item, result.error());
        }
    } else {
        for (qsizetype i = 0; i < batch.items.size(); ++i) {
            const WriteItem &item = batch.items.at(i);
            // A connector answers with one result per record sent, in the order sent.
            const RecordWriteResult &record = result->records.at(i);
            if (record.ok) {
                if (m_accepted)
                    m_accepted(item, record, result->attempts);
            } else if (m_refused) {
                ConnectorError refused;
                refused.error = Error{ErrorCode::HttpStatus,
                    m_target.redactor().redactUrl(m_target.resourceUrl(m_dataPoint)), record.error, QString()};
                refused.failureClass = record.failureClass;
                refused.httpStatus = result->httpStatus;
                refused.attempts = result->attempts;
                m_refused(item, refused);
            }
        }
    }
    if (m_batchDone)
        m_batchDone();
}

} // namespace Linkwright

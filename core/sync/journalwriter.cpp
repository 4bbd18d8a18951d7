#include "journalwriter.h"

#include <QThread>

namespace Linkwright {

qint64 JournalBatch::size() const
{
    return resolved.size() + resolvedGone.size() + resolvedIds.size() + resolvedFlows.size() + newFailures.size()
        + updatedFailures.size() + states.size() + removed.size();
}

Result<void> JournalBatch::storeIn(Store &store) const
{
    return store.transaction([&]() -> Result<void> {
        // Resolve first: a record written earlier in this run and failing again now stays open.
        if (auto done = store.resolveFailures(dataPoint, resolved, runId, Store::KeyResolution::Written); !done)
            return done;
        if (auto done = store.resolveFailures(dataPoint, resolvedGone, runId, Store::KeyResolution::Gone); !done)
            return done;
        if (auto done = store.resolveFailureIds(resolvedIds, runId); !done)
            return done;
        if (auto done = store.resolveFlowFailures(dataPoint, resolvedFlows, runId); !done)
            return done;
        if (auto done = store.addFailures(newFailures); !done)
            return std::unexpected(done.error());
        for (const Failure &failure : updatedFailures) {
            if (auto done = store.updateFailure(failure); !done)
                return done;
        }
        if (auto done = store.saveRecordStates(states); !done)
            return done;
        return store.removeRecordStates(dataPoint, removed);
    });
}

JournalWriter::JournalWriter(Opener opener)
    : m_opener(std::move(opener))
{
    m_thread = QThread::create([this] { work(); });
    m_thread->start();
}

JournalWriter::~JournalWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread->wait();
    delete m_thread;
}

Result<void> JournalWriter::submit(JournalBatch batch)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_error)
            return std::unexpected(*m_error);
        m_queue.push_back(std::move(batch));
    }
    m_changed.notify_all();
    return {};
}

Result<void> JournalWriter::wait()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_error || (m_queue.empty() && !m_busy); });
    if (m_error)
        return std::unexpected(*m_error);
    return {};
}

void JournalWriter::work()
{
    auto store = m_opener();
    std::unique_lock lock(m_mutex);
    if (!store) {
        m_error = store.error();
        m_changed.notify_all();
        return;
    }
    while (true) {
        m_changed.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        // Stopping still stores what was handed over: the destructor promises it.
        if (m_queue.empty() || m_error)
            break;
        JournalBatch batch = std::move(m_queue.front());
        m_queue.pop_front();
        m_busy = true;
        lock.unlock();
        auto stored = batch.storeIn(**store);
        lock.lock();
        m_busy = false;
        if (!stored)
            m_error = stored.error();
        m_changed.notify_all();
    }
    lock.unlock();
    // The connection belongs to this thread: it is closed here, not by whoever destroys the writer.
    store->reset();
}

} // namespace Linkwright

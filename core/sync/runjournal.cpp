#include "runjournal.h"

#include "secrets/redactor.h"

#include <algorithm>

namespace Linkwright {

RunJournal::RunJournal(Store &store, const Redactor &redactor, qint64 runId, DataPointKind dataPoint)
    : m_store(store)
    , m_redactor(redactor)
    , m_runId(runId)
    , m_dataPoint(dataPoint)
    , m_random(QRandomGenerator::securelySeeded())
{
}

Result<void> RunJournal::begin()
{
    auto keys = m_store.unresolvedFailureKeys(m_dataPoint);
    if (!keys)
        return std::unexpected(keys.error());
    m_unresolved = std::move(*keys);
    return {};
}

void RunJournal::fail(FailureInput input)
{
    // Not added to the keys to resolve: a record failing now must not be resolved by a write of
    // the same key later in this run (the other side of a two-way record, say).
    ++m_counts.failed;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Failure failure;
    failure.id = input.existingId;
    failure.runId = m_runId;
    failure.dataPoint = m_dataPoint;
    failure.direction = input.direction;
    failure.key = input.key;
    failure.step = input.step;
    failure.errorClass = input.errorClass;
    failure.message = m_redactor.redact(input.message);
    failure.httpStatus = input.httpStatus;
    failure.attempts = std::max(1, input.previousAttempts + input.attempts);
    failure.payload = m_redactor.redact(input.payload);
    failure.createdAt = now;
    failure.updatedAt = now;
    if (failure.errorClass == ErrorClass::Transient)
        failure.nextAttemptAt = nextAttemptAt(failure.attempts);
    failure.status = FailureStatus::Open;
    if (failure.id > 0)
        m_updatedFailures.append(std::move(failure));
    else
        m_newFailures.append(std::move(failure));
}

void RunJournal::written(const QString &key, QByteArray stateHash, QByteArray stateValues)
{
    RecordState state;
    state.dataPoint = m_dataPoint;
    state.key = key;
    state.sourceHash = std::move(stateHash);
    state.values = std::move(stateValues);
    state.syncedAt = QDateTime::currentDateTimeUtc();
    state.runId = m_runId;
    m_states.append(std::move(state));
    resolve(key);
}

void RunJournal::linked(const QString &key, Side side, const QString &id)
{
    if (id.isEmpty())
        return;
    IdentityLink &link = m_links[key];
    link.dataPoint = m_dataPoint;
    link.key = key;
    (side == Side::Erp ? link.erpId : link.shopId) = id;
}

void RunJournal::removed(const QString &key)
{
    m_removed.append(key);
    resolve(key);
}

void RunJournal::resolve(const QString &key)
{
    if (m_unresolved.remove(key))
        m_resolved.append(key);
}

qint64 RunJournal::pendingCount() const
{
    return m_newFailures.size() + m_updatedFailures.size() + m_states.size() + m_links.size() + m_resolved.size()
        + m_removed.size();
}

Result<void> RunJournal::flush()
{
    if (pendingCount() == 0)
        return {};
    auto stored = m_store.transaction([this]() -> Result<void> {
        // Resolve first: a record written earlier in this run and failing again now stays open.
        if (auto done = m_store.resolveFailures(m_dataPoint, m_resolved, m_runId); !done)
            return done;
        if (auto done = m_store.addFailures(m_newFailures); !done)
            return std::unexpected(done.error());
        for (const Failure &failure : std::as_const(m_updatedFailures)) {
            if (auto done = m_store.updateFailure(failure); !done)
                return done;
        }
        if (auto done = m_store.saveRecordStates(m_states); !done)
            return done;
        if (auto done = m_store.removeRecordStates(m_dataPoint, m_removed); !done)
            return done;
        return m_store.saveIdentityLinks(m_links.values());
    });
    if (!stored)
        return stored;
    m_newFailures.clear();
    m_updatedFailures.clear();
    m_states.clear();
    m_links.clear();
    m_resolved.clear();
    m_removed.clear();
    return {};
}

QDateTime RunJournal::nextAttemptAt(int attempts)
{
    constexpr qint64 BaseSeconds = 60;
    constexpr qint64 CapSeconds = 6 * 60 * 60;
    const int doublings = std::clamp(attempts - 1, 0, 20);
    const qint64 ceiling = std::min(CapSeconds, BaseSeconds << doublings);
    // Equal jitter: at least half the backoff, so a failure never comes due at once again.
    const qint64 delay = ceiling / 2 + static_cast<qint64>(m_random.bounded(static_cast<quint32>(ceiling / 2 + 1)));
    return QDateTime::currentDateTimeUtc().addSecs(delay);
}

} // namespace Linkwright

#include "runjournal.h"

#include "domain/json.h"
#include "secrets/redactor.h"

#include <QCryptographicHash>

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
    if (m_unresolved.isEmpty())
        return {};
    // Records whose failure no write of their key settles: those without a key, and those
    // another record's key was given to (a duplicate, a key that passed to another record).
    // Given a key of their own in the source, they are written under it (see resolveBySourceId).
    static const QString ById = keylessIdentity(QByteArrayLiteral(R"({"id":""})"));
    for (const bool keyless : {true, false}) {
        FailureFilter filter;
        filter.dataPoint = m_dataPoint;
        filter.waiting = true;
        filter.limit = 0;
        if (keyless) {
            if (!m_unresolved.contains(QString()))
                continue;
            filter.keys = {QString()};
        } else {
            filter.step = FailureStep::Match;
        }
        auto open = m_store.failures(filter);
        if (!open)
            return std::unexpected(open.error());
        for (const Failure &failure : std::as_const(*open)) {
            if (!keyless && failure.key.isEmpty())
                continue;
            if (const QString identity = keylessIdentity(failure.payload); identity.startsWith(ById))
                m_bySourceId[sourceKey(failure.direction, identity.mid(ById.size()))].append(failure.id);
        }
    }
    return {};
}

QString RunJournal::sourceKey(Direction flow, const QString &sourceId)
{
    return directionKey(flow) + u'\n' + sourceId;
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
        failure.nextAttemptAt = std::max(nextAttemptAt(failure.attempts), input.notBefore);
    failure.status = FailureStatus::Open;
    if (failure.id > 0)
        m_updatedFailures.append(std::move(failure));
    else
        m_newFailures.append(std::move(failure));
}

void RunJournal::refuse(FailureInput failure, QList<PlanItem> *plan)
{
    if (!plan) {
        fail(std::move(failure));
        return;
    }
    ++m_counts.failed;
    PlanItem item;
    item.key = failure.key;
    item.action = PlanAction::Invalid;
    item.diff = Json::serialize(Value::object({{QByteArray("step"), Value::string(failureStepKey(failure.step))},
        {QByteArray("message"), Value::string(failure.message)}}));
    item.payload = failure.payload;
    // What applyPlan logs as the failure's payload, so a retry has the record to start from.
    item.source = failure.payload;
    plan->append(std::move(item));
}

void RunJournal::written(const QString &key, QByteArray stateHash, QByteArray stateValues, QString erpId,
    QString shopId, std::optional<Direction> flow)
{
    RecordState state;
    state.dataPoint = m_dataPoint;
    state.key = key;
    state.sourceHash = std::move(stateHash);
    state.values = std::move(stateValues);
    // Left unset, the store stamps the batch with the time it saves it: reading the clock for
    // every record cost more than saving the record.
    state.runId = m_runId;
    // The link rides in the state's row: a link of its own was a second upsert per record.
    state.erpId = std::move(erpId);
    state.shopId = std::move(shopId);
    m_states.append(std::move(state));
    if (!flow) {
        resolve(key);
        return;
    }
    // The other flow may still owe its side a value: the key stays among the unresolved.
    if (m_unresolved.contains(key))
        m_resolvedFlows.append({key, *flow});
}

void RunJournal::removed(const QString &key)
{
    m_removed.append(key);
    resolveGone(key);
}

void RunJournal::resolveGone(const QString &key)
{
    if (key.isEmpty() || !m_unresolved.contains(key))
        return;
    m_unresolved.remove(key);
    m_resolvedGone.append(key);
}

void RunJournal::resolve(const QString &key)
{
    if (!m_unresolved.contains(key))
        return;
    // "" settles only a page that failed (see Store::resolveFailures): records without a key
    // stay open, and one of them failing again must still find its entry to fold into.
    if (!key.isEmpty())
        m_unresolved.remove(key);
    else if (m_resolved.contains(key))
        return;
    m_resolved.append(key);
}

void RunJournal::resolveFailure(qint64 failureId)
{
    if (failureId > 0)
        m_resolvedIds.append(failureId);
}

void RunJournal::resolveBySourceId(Direction flow, const QString &sourceId)
{
    if (m_bySourceId.isEmpty() || sourceId.isEmpty())
        return;
    const auto found = m_bySourceId.constFind(sourceKey(flow, sourceId));
    if (found == m_bySourceId.cend())
        return;
    m_resolvedIds += *found;
    m_bySourceId.erase(found);
}

void RunJournal::sawSourceId(Direction flow, const QString &sourceId)
{
    if (m_bySourceId.isEmpty() || sourceId.isEmpty())
        return;
    QString key = sourceKey(flow, sourceId);
    if (m_bySourceId.contains(key))
        m_sawSourceIds.insert(std::move(key));
}

void RunJournal::resolveUnseenSourceIds(Direction flow)
{
    const QString prefix = sourceKey(flow, QString());
    for (auto it = m_bySourceId.begin(); it != m_bySourceId.end();) {
        if (it.key().startsWith(prefix) && !m_sawSourceIds.contains(it.key())) {
            m_resolvedIds += it.value();
            it = m_bySourceId.erase(it);
        } else {
            ++it;
        }
    }
}

qint64 RunJournal::pendingCount() const
{
    return m_newFailures.size() + m_updatedFailures.size() + m_states.size() + m_resolved.size() + m_resolvedGone.size()
        + m_resolvedIds.size() + m_resolvedFlows.size() + m_removed.size();
}

Result<JournalBatch> RunJournal::takeBatch()
{
    // Folding reads open failures that were committed before the run; it runs here, on the
    // run's thread, which owns the journal's state and its random generator.
    if (auto folded = foldRepeatedFailures(); !folded)
        return std::unexpected(folded.error());
    JournalBatch batch;
    batch.dataPoint = m_dataPoint;
    batch.runId = m_runId;
    batch.resolved = std::exchange(m_resolved, {});
    batch.resolvedGone = std::exchange(m_resolvedGone, {});
    batch.resolvedIds = std::exchange(m_resolvedIds, {});
    batch.resolvedFlows = std::exchange(m_resolvedFlows, {});
    batch.newFailures = std::exchange(m_newFailures, {});
    batch.updatedFailures = std::exchange(m_updatedFailures, {});
    batch.states = std::exchange(m_states, {});
    batch.removed = std::exchange(m_removed, {});
    return batch;
}

Result<void> RunJournal::flush()
{
    if (m_writer) {
        if (auto stored = m_writer->wait(); !stored)
            return stored;
    }
    if (pendingCount() == 0)
        return {};
    // Kept until stored: a batch that fails stays in the journal, as before.
    const auto stored = m_store.transaction([this]() -> Result<void> {
        if (auto folded = foldRepeatedFailures(); !folded)
            return folded;
        JournalBatch view;
        view.dataPoint = m_dataPoint;
        view.runId = m_runId;
        view.resolved = m_resolved;
        view.resolvedGone = m_resolvedGone;
        view.resolvedIds = m_resolvedIds;
        view.resolvedFlows = m_resolvedFlows;
        view.newFailures = m_newFailures;
        view.updatedFailures = m_updatedFailures;
        view.states = m_states;
        view.removed = m_removed;
        return view.storeIn(m_store);
    });
    if (!stored)
        return stored;
    m_newFailures.clear();
    m_updatedFailures.clear();
    m_states.clear();
    m_resolved.clear();
    m_resolvedGone.clear();
    m_resolvedIds.clear();
    m_resolvedFlows.clear();
    m_removed.clear();
    return {};
}

Result<void> RunJournal::flushInBackground()
{
    if (!m_writer) {
        Store::Opener opener = m_store.opener();
        if (!opener)
            return flush();
        m_writer = std::make_unique<JournalWriter>(std::move(opener));
    }
    if (pendingCount() == 0)
        return {};
    auto batch = takeBatch();
    if (!batch)
        return std::unexpected(batch.error());
    return m_writer->submit(std::move(*batch));
}

QString RunJournal::keylessIdentity(const QByteArray &payload)
{
    // A record without a key is told by the id its source gave it, or else by its bytes: the
    // same record failing the same way again is one entry, not one more per run that meets it.
    if (const auto record = Json::parse(payload); record && record->isObject()) {
        if (const Value *id = record->find("id"); id && (id->isString() || id->isNumber()))
            return QStringLiteral("\u0001id ") + QString::fromUtf8(id->utf8());
    }
    return QStringLiteral("\u0001bytes ")
        + QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex());
}

Result<void> RunJournal::foldRepeatedFailures()
{
    // A record failing again while its earlier failure is still open (fetched again after a page
    // failed, at the watermark's edge, on every full run) used to get one more open entry per
    // run, so the log grew by a row per bad record and run. The open entry of the same key and
    // direction is brought up to date instead, with one attempt more.
    // A match failure is one record's that was refused its key, which another record holds:
    // it is told by its record, or the holder's write failure took it over (and its retry).
    const auto identity = [](const Failure &failure) {
        QString text = failure.key.isEmpty() ? keylessIdentity(failure.payload) : failure.key;
        text.append(u'\n');
        text.append(directionKey(failure.direction));
        if (failure.step == FailureStep::Match && !failure.key.isEmpty()) {
            text.append(u'\n');
            text.append(keylessIdentity(failure.payload));
        }
        return text;
    };
    // Waiting, not only open: one a killed retry left "retried" is the same record's entry.
    FailureFilter filter;
    filter.dataPoint = m_dataPoint;
    filter.waiting = true;
    filter.limit = 0;
    QSet<QString> keys;
    QSet<QString> failed;
    for (const Failure &failure : std::as_const(m_newFailures)) {
        // A written key leaves m_unresolved, but not its match failures (see resolveGone()).
        if (m_unresolved.contains(failure.key) || failure.step == FailureStep::Match)
            keys.insert(failure.key);
        // A record without a key is told by its bytes (keylessIdentity): one set aside stays so too.
        failed.insert(failure.key);
    }
    QHash<QString, Failure> latest; // newest first, as the log shows them
    const auto take = [&](const QSet<QString> &which, FailureFilter each) -> Result<void> {
        each.keys = QStringList(which.cbegin(), which.cend());
        auto found = m_store.failures(each);
        if (!found)
            return std::unexpected(found.error());
        for (const Failure &failure : std::as_const(*found)) {
            const QString known = identity(failure);
            if (!latest.contains(known))
                latest.insert(known, failure);
        }
        return {};
    };
    if (!keys.isEmpty()) {
        if (auto taken = take(keys, filter); !taken)
            return taken;
    }
    // A record a person set aside fails again as it was (read again at the watermark's edge, or
    // by a full run): a new open entry beside the ignored one undid the "ignore" every run. The
    // same record with the same content stays set aside; a changed one opens anew.
    filter.waiting = false;
    filter.status = FailureStatus::Ignored;
    if (!m_anyIgnored) {
        auto counted = m_store.countFailures(filter);
        if (!counted)
            return std::unexpected(counted.error());
        m_anyIgnored = *counted > 0;
    }
    if (*m_anyIgnored && !failed.isEmpty()) {
        if (auto taken = take(failed, filter); !taken)
            return taken;
    }
    if (latest.isEmpty())
        return {};
    QList<Failure> fresh;
    for (Failure &failure : m_newFailures) {
        const auto found = latest.constFind(identity(failure));
        if (found == latest.cend()) {
            fresh.append(std::move(failure));
            continue;
        }
        if (found->status == FailureStatus::Ignored) {
            if (found->payload != failure.payload) {
                fresh.append(std::move(failure));
                continue;
            }
            failure.status = FailureStatus::Ignored;
        }
        failure.id = found->id;
        failure.attempts += found->attempts;
        // The longer backoff of the attempts together, or what the server asked for, if later.
        if (failure.errorClass == ErrorClass::Transient)
            failure.nextAttemptAt = std::max(nextAttemptAt(failure.attempts), failure.nextAttemptAt);
        // Two records of one key failing in one run (a duplicate key) keep an entry each.
        latest.erase(found);
        m_updatedFailures.append(std::move(failure));
    }
    m_newFailures = std::move(fresh);
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

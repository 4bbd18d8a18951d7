// OneWaySync's writes: whether a record changed and its hand-off to the writer (or the plan),
// storing a dry run's plan and applying a plan, and retrying failures.
#include "onewaysync.h"

#include "domain/json.h"
#include "sync/contenthash.h"
#include "sync/recorddiff.h"

#include <algorithm>
#include <limits>

namespace Linkwright {

Result<void> OneWaySync::storePlan(RunJournal &journal, SyncReport &report)
{
    // A dry run stopped halfway planned only what it had read: stored, it was applied later as
    // if it were the whole plan ("succeeded"). The run says it was cancelled; there is no plan.
    if (m_context.cancelled())
        return {};
    QStringList updated;
    for (const PlanItem &item : std::as_const(m_planItems)) {
        if (item.action == PlanAction::Update)
            updated.append(item.key);
    }
    auto states = m_context.store.recordStates(m_config.kind, updated);
    if (!states)
        return std::unexpected(states.error());
    JsonReader reader;
    for (PlanItem &item : m_planItems) {
        // Only creates and updates get their field diff here. Invalid records carry their step
        // and message in it and deletions their last synced values; overwriting those lost them
        // (applying the plan then logged every invalid record as a "map" failure without a
        // message) and counted both kinds as updates too.
        if (item.action != PlanAction::Create && item.action != PlanAction::Update)
            continue;
        Value before;
        if (item.action == PlanAction::Update) {
            if (auto parsed = reader.parse(states->value(item.key).values))
                before = std::move(*parsed);
        }
        auto after = reader.parse(item.payload);
        item.diff = diffToJson(diffFields(before, after ? *after : Value()));
        if (item.action == PlanAction::Create)
            ++journal.counts().created;
        else
            ++journal.counts().updated;
    }
    Plan plan;
    plan.runId = journal.runId();
    plan.dataPoint = m_config.kind;
    plan.direction = m_direction;
    plan.watermark = m_pagingComplete && !readShifted() ? nextWatermark() : QString();
    if (readShifted())
        addProblem(shiftedReadProblem());
    auto planId = m_context.store.savePlan(plan, m_planItems);
    if (!planId)
        return std::unexpected(planId.error());
    report.planId = *planId;
    return {};
}

bool OneWaySync::changed(Candidate &candidate, RunJournal &journal, qint64 failureId)
{
    const std::optional<QByteArray> known = knownHash(candidate.key);
    if (known && !m_resend && sameContent(*known, candidate.hash, candidate.body)) {
        ++journal.counts().unchanged;
        // The record as the source has it now is what the target holds: a failure of a version
        // in between (refused by a mapping since reverted) is settled, as a write would settle
        // it. It stayed open for good under runs that retry no stored copies (full runs).
        if (!m_dryRun)
            journal.resolve(candidate.key);
        if (failureId > 0)
            journal.resolveFailure(failureId);
        return false;
    }
    candidate.action = known ? PlanAction::Update : PlanAction::Create;
    return true;
}

void OneWaySync::write(const Candidate &candidate, const Value &source, qint64 failureId, int previousAttempts)
{
    if (m_dryRun) {
        PlanItem item;
        item.key = candidate.key;
        item.action = candidate.action;
        item.payload = candidate.body;
        item.sourceHash = candidate.hash;
        item.source = Json::serialize(source);
        m_planItems.append(std::move(item));
        return;
    }
    WriteItem item;
    item.key = candidate.key;
    item.body = candidate.body;
    item.hash = candidate.hash;
    item.action = candidate.action;
    item.source = source;
    item.failureId = failureId;
    item.previousAttempts = previousAttempts;
    m_writer->add(std::move(item));
}

Result<void> OneWaySync::retry(const QList<Failure> &failures, RunJournal &journal, SyncReport &report)
{
    auto states = statesOf(m_context.store, m_config.kind, failures);
    if (!states)
        return std::unexpected(states.error());
    reportProgress(journal, SyncPhase::Retrying);
    // A record fixed in the source after it failed ("correct it in the source, then retry") was
    // retried as stored: it failed again, or a newer price was overwritten with the old one.
    QHash<QString, Value> newer;
    if (m_retryWithNewer) {
        auto read = newerInSource(failures);
        if (!read && read.error().code == ErrorCode::Cancelled)
            return {};
        if (read)
            newer = std::move(*read);
        else
            addProblem(tr("the source's newer records could not be read, so the failures were retried with the "
                          "records stored with them: %1")
                           .arg(read.error().toString()));
    }
    JsonReader reader;
    for (const Failure &failure : failures) {
        if (m_context.cancelled())
            break;
        ++report.retried;
        auto source = reader.parse(failure.payload);
        // The record under the failure's key now, if it is the same record: another one with
        // that key (a duplicate the failure is about) settles nothing.
        if (const auto fresh = newer.constFind(failure.key); fresh != newer.cend()) {
            const QString storedId = source ? recordKey(*source, "id") : QString();
            if (storedId.isEmpty() || storedId == recordKey(*fresh, "id"))
                source = *fresh;
        }
        if (const Value *deleted = source ? source->find("delete") : nullptr;
            deleted && source->members().size() == 1) {
            removeOne(deleted->text(), journal, failure.id, failure.attempts);
            continue;
        }
        if (!source) {
            journal.fail({failure.key, m_direction, failure.step, ErrorClass::Permanent,
                tr("the stored record cannot be read again: %1").arg(source.error().message), 0, 1, failure.payload,
                failure.id, failure.attempts});
            continue;
        }
        m_retriedRecords.insert(failure.key, *source);
        auto candidate = prepare(*source, journal, failure.id, failure.attempts, false);
        if (!candidate)
            continue;
        m_retriedRecords.insert(candidate->key, *source);
        // Another record holds the key (a duplicate, or a record made again): a retry cannot
        // tell whether it is still there, a full run can. Asked before the hashes, since the
        // other record's content or its newer version says nothing about this one.
        const auto state = states->constFind(candidate->key);
        if (state != states->cend())
            noteOwner(candidate->key, state->erpId, state->shopId);
        if (takesAnotherRecordsKey(*candidate, *source, journal, failure.id, failure.attempts))
            continue;
        if (!changed(*candidate, journal, failure.id))
            continue;
        // A newer version of the record reached the target after this one failed: sending the
        // old one now would undo it.
        if (state != states->cend() && state->syncedAt.isValid() && state->syncedAt > failure.createdAt) {
            journal.resolve(candidate->key);
            journal.resolveFailure(failure.id);
            continue;
        }
        write(*candidate, *source, failure.id, failure.attempts);
    }
    if (m_writer)
        m_writer->finish();
    if (m_storeError)
        return std::unexpected(*m_storeError);
    return journal.flush();
}

bool OneWaySync::metInRetry(const QString &key, const Value &source) const
{
    const auto retried = m_retriedRecords.constFind(key);
    if (retried == m_retriedRecords.cend())
        return false;
    // The fetch reads records in part; the retry parsed the stored one whole.
    auto whole = JsonReader().parse(Json::serialize(source));
    return whole && *whole == *retried;
}

Result<void> OneWaySync::apply(const Plan &plan, const QList<PlanItem> &items, RunJournal &journal,
    QHash<QString, PlanItemStatus> &statuses, SyncReport & /*report*/)
{
    // Written as planned, a record the source changed since went back to its old values over
    // the newer ones a run had written, and a delete took a product the ERP had made again.
    const auto moved = movedOnSince(plan, items);
    if (!moved && moved.error().code == ErrorCode::Cancelled)
        return {};
    if (!moved)
        return std::unexpected(moved.error());
    if (!moved->isEmpty()) {
        addProblem(tr("%n planned record(s) left out: the source changed them since the plan was made (%1); the next "
                      "run writes what the source has now",
            nullptr, static_cast<int>(moved->size()))
                       .arg(QStringList(moved->cbegin(), moved->cend()).mid(0, 5).join(QStringLiteral(", "))));
    }
    m_statuses = &statuses;
    // The check above read the source; what follows writes (progress said "fetching" to the end).
    reportProgress(journal, SyncPhase::Writing);
    JsonReader reader;
    for (const PlanItem &item : items) {
        if (m_context.cancelled())
            break;
        if (moved->contains(item.key)) {
            statuses.insert(item.key, PlanItemStatus::Skipped);
            continue;
        }
        if (item.action == PlanAction::Delete) {
            removeOne(item.key, journal, 0, 0);
            continue;
        }
        if (item.action != PlanAction::Create && item.action != PlanAction::Update)
            continue;
        // Already there (a run wrote the same since the plan was made): nothing to send.
        // The plan's own fingerprint may be of an older format than the store's: compare anew.
        if (const auto known = knownHash(item.key);
            known && sameContent(*known, contentHash(item.payload), item.payload)) {
            ++journal.counts().unchanged;
            statuses.insert(item.key, PlanItemStatus::Applied);
            continue;
        }
        WriteItem write;
        write.key = item.key;
        write.body = item.payload;
        write.hash = item.sourceHash;
        write.action = item.action;
        if (auto source = reader.parse(item.source)) {
            write.source = std::move(*source);
            write.sourceId = recordKey(write.source, "id");
        }
        m_writer->add(std::move(write));
    }
    m_writer->finish();
    m_statuses = nullptr;
    if (m_storeError)
        return std::unexpected(*m_storeError);
    return journal.flush();
}

QString OneWaySync::shiftedReadProblem() const
{
    const QString what = m_movedRecords > 0
        ? tr("%n record(s) came again on a later page", nullptr,
            static_cast<int>(std::min<qint64>(m_movedRecords, 1'000'000)))
        : tr("its total fell from %1 to %2").arg(*m_shrankFrom).arg(m_lastTotal.value_or(0));
    QString problem = tr("the source changed while its pages were read (%1), so a record may have been skipped: the "
                         "watermark stays where it was, and the next run reads these records again")
                          .arg(what);
    if (m_full && m_config.deletes)
        problem += tr("; nothing was deleted");
    return problem
        + tr("\n  hint: if this happens on every run, have the source sort its pages by id, or page by cursor");
}

void OneWaySync::movedOn(const Value &source)
{
    // Written as it came first (or refused, or unchanged then); this later version is taken by
    // the next run, which must read it again. Pages cut by position may also have pushed another
    // record onto a page already read: the watermark stays. Pages that continue from the last
    // record skip none: the watermark only stops short of this version.
    const QByteArray stamp = WatermarkTracker::stampOf(source);
    if (m_positional || stamp.isEmpty()) {
        ++m_movedRecords;
        return;
    }
    const QString text = QString::fromUtf8(stamp);
    if (!m_movedStamp || text < *m_movedStamp)
        m_movedStamp = text;
}

QString OneWaySync::nextWatermark() const
{
    const QString next = m_watermark.next();
    if (m_movedStamp && !next.isEmpty() && *m_movedStamp < next)
        return *m_movedStamp;
    return next;
}

void OneWaySync::addProblem(const QString &problem)
{
    m_fetchProblem = m_fetchProblem.isEmpty() ? problem : m_fetchProblem + u'\n' + problem;
}

std::optional<QByteArray> OneWaySync::knownHash(const QString &key)
{
    auto found = m_hashes.constFind(key);
    if (found == m_hashes.cend() && m_lazyHashes) {
        lookUpHashes(QStringList{key});
        found = m_hashes.constFind(key);
    }
    if (found == m_hashes.cend() || found->isEmpty())
        return std::nullopt;
    return *found;
}

void OneWaySync::lookUpHashes(const QList<std::pair<qsizetype, Candidate>> &candidates)
{
    if (!m_lazyHashes)
        return;
    QStringList keys;
    keys.reserve(candidates.size());
    for (const auto &[index, candidate] : candidates)
        keys.append(candidate.key);
    lookUpHashes(keys);
}

void OneWaySync::lookUpHashes(const QStringList &keys)
{
    if (!m_lazyHashes || m_storeError)
        return;
    QStringList unknown;
    for (const QString &key : keys) {
        if (!m_hashes.contains(key))
            unknown.append(key);
    }
    if (unknown.isEmpty())
        return;
    m_lookedUp += unknown.size();
    if (m_lookedUp > LookUpAtMost) {
        // A big incremental run: one query for all of them is cheaper from here on. What this
        // run wrote itself (a retry, a plan) is newer than the store may show yet.
        auto all = m_context.store.recordHashes(m_config.kind);
        if (!all) {
            m_storeError = all.error();
            return;
        }
        for (auto it = m_hashes.cbegin(); it != m_hashes.cend(); ++it) {
            if (!it->isEmpty())
                all->insert(it.key(), *it);
        }
        m_hashes = std::move(*all);
        m_lazyHashes = false;
        if (auto owners = loadOwners(); !owners)
            m_storeError = owners.error();
        return;
    }
    auto states = m_context.store.recordStates(m_config.kind, unknown);
    if (!states) {
        m_storeError = states.error();
        return;
    }
    for (const QString &key : std::as_const(unknown)) {
        const RecordState state = states->value(key);
        m_hashes.insert(key, state.sourceHash);
        noteOwner(key, state.erpId, state.shopId);
    }
}

} // namespace Linkwright

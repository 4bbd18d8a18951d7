// OneWaySync's writes that do not come from a fetch: storing a dry run's plan and applying a
// plan, retrying failures, and deleting what a full run no longer found in the source.
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

Result<void> OneWaySync::retry(const QList<Failure> &failures, RunJournal &journal, SyncReport &report)
{
    auto states = statesOf(m_context.store, m_config.kind, failures);
    if (!states)
        return std::unexpected(states.error());
    reportProgress(journal, SyncPhase::Retrying);
    JsonReader reader;
    for (const Failure &failure : failures) {
        if (m_context.cancelled())
            break;
        ++report.retried;
        auto source = reader.parse(failure.payload);
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
        auto candidate = prepare(*source, journal, failure.id, failure.attempts, false);
        if (!candidate)
            continue;
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

void OneWaySync::settleGone(RunJournal &journal)
{
    // A record that failed and then went from the source has nothing left to retry: retried
    // from its stored payload, it came back in the target (and a full run with deletions took
    // it away again). A full read that saw every page closes such failures.
    if (!m_full || !m_pagingComplete || m_fetchFailures > 0 || m_context.cancelled() || readShifted() || m_dryRun)
        return;
    // Failures known by their record's id alone (refused a key another record holds, or left
    // without one) settle where the read did not meet the id; a refused record may be any.
    if (m_unreadable == 0)
        journal.resolveUnseenSourceIds(m_direction);
    if (m_keylessFailures > 0)
        return;
    const QSet<QString> open = journal.unresolvedKeys();
    for (const QString &key : open) {
        if (!key.isEmpty() && !m_seen.contains(key) && !m_failedKeys.contains(key))
            journal.resolveGone(key);
    }
}

void OneWaySync::deleteMissing(RunJournal &journal)
{
    // After a shifted read a record the pages skipped would look gone (see readShifted()).
    if (!m_full || !m_config.deletes || !m_pagingComplete || m_fetchFailures > 0 || m_context.cancelled()
        || readShifted())
        return;
    QStringList missing;
    for (auto it = m_hashes.cbegin(); it != m_hashes.cend(); ++it) {
        // A record that failed here is still in the source: fixed, it is written again.
        if (!m_seen.contains(it.key()) && !m_failedKeys.contains(it.key()))
            missing.append(it.key());
    }
    if (missing.isEmpty())
        return;
    // Any of them may be a record that failed before its key was known.
    if (m_keylessFailures > 0) {
        m_fetchProblem = tr("nothing was deleted: %n record(s) of the source failed before their key was known, "
                            "and each may be one of the %1 the source no longer lists\n  hint: give those records "
                            "their key in the source (or remove them there), then run a full sync again",
            nullptr, static_cast<int>(std::min<qint64>(m_keylessFailures, std::numeric_limits<int>::max())))
                             .arg(missing.size());
        return;
    }
    // A source that answers with a partial or empty list is likelier than most records going at
    // once; deleting on its word would empty the shop.
    // So at any size: ten products of a small shop gone at once are as likely a fault as ten
    // thousand (an empty answer emptied a small shop).
    // Deleted by hand in the target instead, they stayed in the store and every full run after
    // refused again: a person who checked says so for one run.
    if (missing.size() * 2 > m_hashes.size() && !m_confirmDeletes) {
        m_fetchProblem = tr("%1 of %2 records are no longer in the source; they were not deleted, because "
                            "more than half at once is more likely a fault of the source\n  hint: check the "
                            "source; if the records really are gone, run a full sync of this data point with "
                            "--confirm-deletes (linkwright-cli run FILE --data-point %3 --full --confirm-deletes; "
                            "plan instead of run shows them first)")
                             .arg(missing.size())
                             .arg(m_hashes.size())
                             .arg(DataPoints::key(m_config.kind));
        return;
    }
    std::sort(missing.begin(), missing.end());
    if (m_dryRun) {
        auto states = m_context.store.recordStates(m_config.kind, missing);
        JsonReader reader;
        for (const QString &key : std::as_const(missing)) {
            Value before;
            if (states) {
                if (auto parsed = reader.parse(states->value(key).values))
                    before = std::move(*parsed);
            }
            PlanItem item;
            item.key = key;
            item.action = PlanAction::Delete;
            item.diff = diffToJson(diffFields(before, Value()));
            m_planItems.append(std::move(item));
            ++journal.counts().deleted;
        }
        return;
    }
    m_writer->finish();
    for (const QString &key : std::as_const(missing)) {
        if (m_context.cancelled())
            return;
        removeOne(key, journal, 0, 0);
    }
}

void OneWaySync::removeOne(const QString &key, RunJournal &journal, qint64 failureId, int previousAttempts)
{
    auto removed = m_context.connector(targetSide(m_direction)).remove(m_config.kind, key);
    if (removed) {
        ++journal.counts().deleted;
        journal.removed(key);
        m_hashes.remove(key);
        if (m_statuses)
            m_statuses->insert(key, PlanItemStatus::Applied);
        return;
    }
    if (removed.error().error.code == ErrorCode::Cancelled)
        return;
    if (m_statuses)
        m_statuses->insert(key, PlanItemStatus::Failed);
    const ConnectorError &error = removed.error();
    journal.fail({key, m_direction, FailureStep::Write, error.failureClass, error.error.toString(), error.httpStatus,
        std::max(1, error.attempts), Json::serialize(Value::object({{QByteArray("delete"), Value::string(key)}})),
        failureId, previousAttempts, error.retryAfter});
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

// TwoWaySync and its failures: the retry of failures, writes whose answer said they failed,
// though the target may have stored them, and failures of records gone from both sides.
#include "twowaysync.h"

#include "domain/json.h"
#include "sync/recorddiff.h"

namespace Linkwright {

Result<QList<Failure>> TwoWaySync::waitingFailures(FailureStep step) const
{
    FailureFilter filter;
    filter.dataPoint = m_config.kind;
    filter.step = step;
    filter.waiting = true;
    filter.limit = 0;
    return m_context.store.failures(filter);
}

Result<void> TwoWaySync::loadAttemptedWrites()
{
    for (QHash<QString, Value> &attempted : m_attempted)
        attempted.clear();
    if (m_order.isEmpty())
        return {};
    auto writes = waitingFailures(FailureStep::Write);
    if (!writes)
        return std::unexpected(writes.error());
    const QList<QByteArray> system{QByteArray("id"), WatermarkTracker::Field.toByteArray()};
    JsonReader reader;
    for (const Failure &write : std::as_const(*writes)) {
        if (!m_pairs.contains(write.key)
            || (write.direction != Direction::ErpToShop && write.direction != Direction::ShopToErp))
            continue;
        // A failed write keeps the record of the side it came from, as it was then.
        const Side from = write.direction == Direction::ErpToShop ? Side::Erp : Side::Shop;
        const auto raw = reader.parse(write.payload);
        if (!raw || !raw->isObject())
            continue;
        if (const auto shaped = shapedFor(from, *raw); shaped && shaped->isObject())
            m_attempted[index(from == Side::Erp ? Side::Shop : Side::Erp)].insert(
                write.key, withoutFields(*shaped, system));
    }
    return {};
}

Value TwoWaySync::withAttemptedWrites(const QString &key, const Pair &pair, const Value &last) const
{
    // A target may store a write and still answer with an error (a 500 after the write, an
    // answer lost to a timeout). Its value then came back as if that side had changed it, and a
    // newer edit on the other side lost to it (newest-wins) or went to review. Where the target
    // holds exactly what was tried and the source has moved on since, what was tried is what
    // both sides last agreed on. Where the source still holds it too, the sides agree anyway,
    // and the record is settled as a change both made alike.
    QList<Member> agreed = last.members();
    bool moved = false;
    for (const Side target : {Side::Erp, Side::Shop}) {
        const auto tried = m_attempted[index(target)].constFind(key);
        if (tried == m_attempted[index(target)].cend())
            continue;
        const SideRecord &to = target == Side::Shop ? pair.shop : pair.erp;
        const SideRecord &from = target == Side::Shop ? pair.erp : pair.shop;
        if (!to.present || !from.present)
            continue;
        for (const Member &field : tried->members()) {
            const Value *now = to.shaped.find(field.name);
            const Value *source = from.shaped.find(field.name);
            const Value *was = last.find(field.name);
            if (field.name == m_keyField || !now || !source || !(*now == field.value) || *source == field.value
                || (was && *was == field.value))
                continue;
            const auto at = std::find_if(
                agreed.begin(), agreed.end(), [&field](const Member &member) { return member.name == field.name; });
            if (at == agreed.end())
                agreed.append(field);
            else
                at->value = field.value;
            moved = true;
        }
    }
    return moved ? Value::object(std::move(agreed)) : last;
}

void TwoWaySync::settleGone(RunJournal &journal)
{
    // A record that failed and was then deleted on both sides has nothing left to retry: retried
    // from its stored payload, it was created again where it had never been. A full read of both
    // sides that met no record without a key closes such failures, as a one-way run does.
    // A read whose pages moved under it may have skipped a record: its failure stays open.
    if (m_readShifted)
        return;
    // Failures known by their record's id alone settle where neither read met the id (a record
    // the reader refused may be any of them).
    if (m_unreadableRead == 0) {
        journal.resolveUnseenSourceIds(Direction::ErpToShop);
        journal.resolveUnseenSourceIds(Direction::ShopToErp);
    }
    if (m_keylessRead > 0)
        return;
    const QSet<QString> open = journal.unresolvedKeys();
    for (const QString &key : open) {
        if (!key.isEmpty() && !m_keysRead.contains(key))
            journal.resolveGone(key);
    }
}

Result<void> TwoWaySync::retry(const QList<Failure> &failures, RunJournal &journal, SyncReport &report)
{
    auto states = statesOf(m_context.store, m_config.kind, failures);
    if (!states)
        return std::unexpected(states.error());
    SyncProgress progress;
    progress.dataPoint = m_config.kind;
    progress.phase = SyncPhase::Retrying;
    m_context.report(progress);
    JsonReader reader;
    for (const Failure &failure : failures) {
        ++report.retried;
        // Both sides agreed on a newer version since this failed: the old record would undo it.
        const auto state = states->constFind(failure.key);
        if (state != states->cend() && state->syncedAt.isValid() && state->syncedAt > failure.createdAt) {
            journal.resolve(failure.key);
            journal.resolveFailure(failure.id);
            continue;
        }
        auto payload = reader.parse(failure.payload);
        Pair pair;
        pair.failureId = failure.id;
        pair.previousAttempts = failure.attempts;
        QString key = failure.key;
        bool usable = payload.has_value();
        if (usable && failure.step == FailureStep::Conflict) {
            for (Side side : {Side::Erp, Side::Shop}) {
                const Value *raw = payload->find(side == Side::Erp ? "erp" : "shop");
                if (raw && raw->isObject())
                    usable = shape(side, *raw, side == Side::Erp ? pair.erp : pair.shop, key, journal, failure.id,
                                 failure.attempts)
                        && usable;
            }
        } else if (usable) {
            const Side side = failure.direction == Direction::ShopToErp ? Side::Shop : Side::Erp;
            pair.retried = side;
            usable = shape(
                side, *payload, side == Side::Erp ? pair.erp : pair.shop, key, journal, failure.id, failure.attempts);
        }
        if (!payload) {
            journal.fail({failure.key, failure.direction, failure.step, ErrorClass::Permanent,
                tr("the stored record cannot be read again: %1").arg(payload.error().message), 0, 1, failure.payload,
                failure.id, failure.attempts});
            continue;
        }
        if (!usable)
            continue;
        if (!m_pairs.contains(key))
            m_order.append(key);
        m_pairs.insert(key, pair);
    }
    // A failed write holds its source's record only. The target may have changed the record
    // since (a person's edit): decided without it, the retry overwrote that edit with no
    // conflict. And the source may have a newer version: the stored one's values, sent as
    // agreed, undid the newer edit. Both sides are read from their watermarks, as a run reads
    // them, and what they have now replaces what the failure kept.
    // A conflict held for review is decided by a person correcting one side: retried from the
    // values it kept, it was a conflict again, attempt after attempt, until a run came by.
    const bool stale = std::any_of(m_order.cbegin(), m_order.cend(), [this](const QString &key) {
        const Pair &pair = m_pairs[key];
        return pair.erp.present != pair.shop.present || !pair.retried;
    });
    if (stale) {
        const QStringList retried = m_order;
        m_refusedKeys.clear();
        for (const Side side : {Side::Erp, Side::Shop}) {
            if (!m_context.cancelled())
                fetchSide(side, SyncOptions{}, journal);
        }
        // Only the retried records are decided here; the others are the next run's. A side whose
        // record the mappings refused in this read said nothing of its edits (as in execute()).
        m_order = retried;
        m_order.removeIf([this](const QString &key) { return m_refusedKeys.contains(key); });
    }
    // A side corrected since the conflict decides its fields, as in a run (decidedSinceReview).
    if (auto completed = completeFromConflicts(journal); !completed)
        return completed;
    if (auto resolved = resolveAll(journal, report); !resolved)
        return resolved;
    return journal.flush();
}

} // namespace Linkwright

// TwoWaySync and its failures: writes whose answer said they failed, though the target may have
// stored them, and failures of records gone from both sides.
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

} // namespace Linkwright

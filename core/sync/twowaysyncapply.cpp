// TwoWaySync::apply: a two-way plan sends what its dry run decided, unless a system changed a
// record it would write to since the plan was made.
#include "twowaysync.h"

#include "domain/json.h"
#include "secrets/redactor.h"
#include "sync/contenthash.h"
#include "sync/pagereader.h"
#include "sync/recorddiff.h"

#include <QSet>

namespace Linkwright {

namespace {

const char *sideField(Side side)
{
    return side == Side::Erp ? "erp" : "shop";
}

/// Where the plan's reading of a side stopped: a record changed later is news to the plan.
QString planMark(const Plan &plan, Side side)
{
    const auto marks = JsonReader().parse(plan.watermark.toUtf8());
    const Value *mark = marks ? marks->find(sideField(side)) : nullptr;
    return mark ? mark->text() : QString();
}

} // namespace

void TwoWaySync::reportPhase(SyncPhase phase, const RunJournal &journal) const
{
    SyncProgress progress;
    progress.dataPoint = m_config.kind;
    progress.phase = phase;
    progress.fetched = journal.counts().fetched;
    progress.failed = journal.counts().failed;
    m_context.report(progress);
}

Result<QHash<QString, Value>> TwoWaySync::changedSince(Side side, const QString &since, const QSet<QString> &keys) const
{
    Connector &connector = m_context.connector(side);
    const QString systemName = side == Side::Erp ? tr("the ERP") : tr("the shop");
    const auto unchecked = [&](Error error) {
        if (error.code == ErrorCode::Cancelled)
            return std::unexpected(std::move(error));
        error.message = tr("could not check whether %1 changed the plan's records since it was made: %2")
                            .arg(systemName, error.message);
        error.hint = tr("Nothing was written. Apply the plan again when %1 answers.").arg(systemName);
        return std::unexpected(std::move(error));
    };
    PageRequest request;
    // Without a mark (a plan whose read stopped early) the whole side is read: from the store's
    // watermark, a run since the plan would have moved it past the records changed.
    request.modifiedSince = since;
    QHash<QString, Value> changed;
    auto read = PageReader::readAll(
        connector, m_config.kind, request, m_context,
        [&](const Value &raw) {
            QString key;
            if (side == Side::Erp) {
                // A record the mappings now refuse is still known by the ERP's name for the key.
                auto mapped = m_engine.map(raw);
                key = mapped ? recordKey(*mapped, m_keyField) : recordKey(raw, m_erpKeyField);
            } else {
                key = recordKey(raw, m_keyField);
            }
            if (keys.contains(key))
                changed.insert(key, raw);
        },
        [](const UnreadableRecord &) {}, tr("cancelled while checking the plan's records; nothing was written"));
    if (!read)
        return unchecked(read.error());
    return changed;
}

Result<void> TwoWaySync::apply(const Plan &plan, const QList<PlanItem> &items, RunJournal &journal,
    QHash<QString, PlanItemStatus> &statuses, SyncReport &report)
{
    // A person's edit made after the plan was overwritten by the plan's older value, and the
    // next run took the write for the core's own echo: the edit was gone with no trace. The
    // systems a plan writes to are read from the plan's marks first; a record changed there
    // since is left out and held for review with both systems' newest records, so that the
    // next run decides it with the edit instead of over it.
    QSet<QString> writes[2];
    JsonReader reader;
    // Each item's payload is read once, here, for the check and for the writes below.
    QList<Result<Value>> payloads;
    payloads.reserve(items.size());
    for (const PlanItem &item : items) {
        payloads.append(reader.parse(item.payload));
        if (item.action != PlanAction::Create && item.action != PlanAction::Update)
            continue;
        for (const Side side : {Side::Erp, Side::Shop}) {
            if (payloads.constLast() && payloads.constLast()->find(sideField(side)))
                writes[side == Side::Erp ? 0 : 1].insert(item.key);
        }
    }
    QHash<QString, Value> changed[2];
    for (const Side side : {Side::Erp, Side::Shop}) {
        const int slot = side == Side::Erp ? 0 : 1;
        if (writes[slot].isEmpty())
            continue;
        auto found = changedSince(side, planMark(plan, side), writes[slot]);
        // Cancelled while checking: nothing is written, and the run says it was cancelled.
        if (!found && found.error().code == ErrorCode::Cancelled)
            return {};
        if (!found)
            return std::unexpected(found.error());
        changed[slot] = std::move(*found);
    }

    m_statuses = &statuses;
    reportPhase(SyncPhase::Writing, journal);
    QStringList keys;
    for (const PlanItem &item : items)
        keys.append(item.key);
    auto states = m_context.store.recordStates(m_config.kind, keys);
    if (!states)
        return std::unexpected(states.error());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const PlanItem &item = items.at(i);
        if (m_context.cancelled())
            break;
        if (item.action != PlanAction::Create && item.action != PlanAction::Update
            && item.action != PlanAction::Unchanged)
            continue;
        const Result<Value> &payload = payloads.at(i);
        auto source = reader.parse(item.source);
        if (!payload || !payload->isObject()) {
            statuses.insert(item.key, PlanItemStatus::Failed);
            continue;
        }
        if (item.action != PlanAction::Unchanged) {
            const auto found = states->constFind(item.key);
            const auto state = found == states->cend() ? std::nullopt : std::optional<RecordState>(*found);
            if (const auto left = leftOut(
                    item, *payload, source ? &*source : nullptr, changed, plan.createdAt, state, journal, report)) {
                statuses.insert(item.key, *left);
                continue;
            }
        }
        Pair pair;
        if (source) {
            for (Side side : {Side::Erp, Side::Shop}) {
                SideRecord &record = side == Side::Erp ? pair.erp : pair.shop;
                if (const Value *raw = source->find(sideField(side)); raw && raw->isObject()) {
                    record.present = true;
                    record.raw = *raw;
                    record.id = recordKey(*raw, "id");
                }
            }
        }
        Value last = Value::object({});
        if (const auto state = states->constFind(item.key); state != states->cend()) {
            if (auto parsed = reader.parse(state->values); parsed && parsed->isObject())
                last = std::move(*parsed);
        }
        const Value *settled = payload->find("settled");
        const QList<Member> agreed = settled ? settled->members() : QList<Member>();
        if (item.action == PlanAction::Unchanged) {
            const auto now = states->constFind(item.key);
            if ((now == states->cend() ? QByteArray() : now->sourceHash) != item.sourceHash) {
                statuses.insert(item.key, PlanItemStatus::Skipped); // a run since has recorded newer
                continue;
            }
            const QByteArray values = Json::serialize(mergeFields(last, agreed));
            journal.written(item.key, contentHash(values), values, pair.erp.id, pair.shop.id);
            ++journal.counts().unchanged;
            statuses.insert(item.key, PlanItemStatus::Applied);
            continue;
        }
        m_state.insert(item.key, last);
        if (const Value *shop = payload->find("shop"))
            send(Side::Shop, item.key, pair, agreed + shop->members(), item.action);
        if (const Value *erp = payload->find("erp"))
            send(Side::Erp, item.key, pair, agreed + erp->members(), item.action);
    }
    m_toShop->finish();
    m_toErp->finish();
    m_statuses = nullptr;
    if (m_storeError)
        return std::unexpected(*m_storeError);
    return journal.flush();
}

std::optional<Value> TwoWaySync::shapedFor(Side side, const Value &raw) const
{
    if (side == Side::Shop)
        return raw;
    auto mapped = m_engine.map(raw);
    return mapped ? std::optional<Value>(std::move(*mapped)) : std::nullopt;
}

std::optional<PlanItemStatus> TwoWaySync::leftOut(const PlanItem &item, const Value &payload, const Value *source,
    const QHash<QString, Value> (&changed)[2], const QDateTime &createdAt, const std::optional<RecordState> &state,
    RunJournal &journal, SyncReport &report)
{
    // Left out only where a field the plan writes now holds neither what the plan saw there nor
    // what it would write: a run that wrote the same values meanwhile, or an edit of a field the
    // plan does not touch, overwrites nothing.
    const auto same = [](const Value *a, const Value *b) {
        return (!a || a->isNull()) ? (!b || b->isNull()) : b && *a == *b;
    };
    const Value *settled = payload.find("settled");
    // A side the plan's read did not meet (nothing changed there) held the agreed values then,
    // unless a run has agreed on newer ones since. Without them, any field the plan writes
    // there looked edited since, and an edit of another field held the record for review.
    std::optional<Value> agreedThen;
    if (state && (!state->syncedAt.isValid() || !createdAt.isValid() || state->syncedAt <= createdAt)) {
        if (auto agreed = JsonReader().parse(state->values); agreed && agreed->isObject())
            agreedThen = std::move(*agreed);
    }
    QStringList movedOn;
    QList<Member> newest;
    std::optional<Value> nowOf[2]; // each side read since the plan, in the common shape
    for (const Side side : {Side::Erp, Side::Shop}) {
        const Value *planned = source ? source->find(sideField(side)) : nullptr;
        // A plan stores a side its read did not meet as null.
        if (planned && !planned->isObject())
            planned = nullptr;
        const QHash<QString, Value> &read = changed[side == Side::Erp ? 0 : 1];
        const auto fresh = read.constFind(item.key);
        if (fresh == read.cend()) {
            if (planned)
                newest.append({QByteArray(sideField(side)), *planned});
            continue;
        }
        newest.append({QByteArray(sideField(side)), *fresh});
        const std::optional<Value> now = shapedFor(side, *fresh);
        nowOf[side == Side::Erp ? 0 : 1] = now;
        const Value *writes = payload.find(sideField(side));
        if (!writes)
            continue;
        const std::optional<Value> then = planned ? shapedFor(side, *planned) : agreedThen;
        bool overwrites = !now;
        for (const Value *fields : {settled, writes}) {
            for (const Member &field : fields ? fields->members() : QList<Member>()) {
                if (overwrites)
                    break;
                const Value *current = now->find(field.name);
                overwrites = !same(current, &field.value) && !same(current, then ? then->find(field.name) : nullptr);
            }
        }
        if (overwrites)
            movedOn.append(side == Side::Erp ? tr("the ERP") : tr("the shop"));
    }
    if (movedOn.isEmpty())
        return std::nullopt;
    // A run synced the record after the plan was made, and where the plan writes the record
    // holds what that run agreed: the plan is only stale, no one's edit is at stake. Held for
    // review, it stayed open for good (no run meets an unchanged record), and its retry wrote
    // the plan's old values.
    if (state && state->syncedAt.isValid() && createdAt.isValid() && state->syncedAt > createdAt) {
        JsonReader reader;
        const auto agreed = reader.parse(state->values);
        bool holdsIt = agreed && agreed->isObject();
        for (int slot = 0; slot < 2 && holdsIt; ++slot) {
            if (!nowOf[slot])
                continue;
            for (const char *part : {"settled", "shop", "erp"}) {
                const Value *fields = payload.find(part);
                for (const Member &field : fields ? fields->members() : QList<Member>())
                    holdsIt = holdsIt && same(nowOf[slot]->find(field.name), agreed->find(field.name));
            }
        }
        if (holdsIt)
            return PlanItemStatus::Skipped;
    }
    ++report.conflicts;
    journal.fail({item.key, Direction::Both, FailureStep::Conflict, ErrorClass::Permanent,
        tr("%1 changed the record after the plan was made; applying the plan would have overwritten that change, "
           "so it was left out\n  hint: run the data point: it decides with both systems' records as they are now, "
           "by the conflict policy")
            .arg(movedOn.join(tr(" and "))),
        0, 1, Json::serialize(Value::object(std::move(newest)))});
    return PlanItemStatus::Failed;
}

} // namespace Linkwright

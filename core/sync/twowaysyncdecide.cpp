// TwoWaySync's decisions (per field, against the last agreed values: who wins, what is sent).
#include "twowaysync.h"

#include "domain/json.h"
#include "sync/contenthash.h"
#include "sync/recorddiff.h"

#include <QSet>

#include <algorithm>

namespace Linkwright {

TwoWaySync::Outcome TwoWaySync::decide(const Pair &pair, const Value &last) const
{
    Outcome outcome;
    QList<QByteArray> fields;
    for (const SideRecord *side : {&pair.erp, &pair.shop}) {
        for (const Member &member : side->shaped.members()) {
            if (member.name != m_keyField && !fields.contains(member.name))
                fields.append(member.name);
        }
    }
    for (const QByteArray &field : std::as_const(fields)) {
        const Value *erp = pair.erp.present ? pair.erp.shaped.find(field) : nullptr;
        const Value *agreed = last.find(field);
        const Value *shop = pair.shop.present ? pair.shop.shaped.find(field) : nullptr;
        if (shop && pair.shop.refused.contains(field))
            shop = agreed; // as if unchanged: the refused value goes nowhere
        const bool erpChanged = erp && (!agreed || !(*erp == *agreed));
        const bool shopChanged = shop && (!agreed || !(*shop == *agreed));
        if (erp && shop && *erp == *shop) {
            if (erpChanged)
                outcome.settled.append({field, *erp});
            continue;
        }
        const ConflictPolicy rule = flowsToErp(field) ? policy(field) : ConflictPolicy::ErpOwns;
        if (erpChanged && !shopChanged) {
            // A field the shop owns changes in the shop only; the ERP's edit stays in the ERP. A
            // shop not read this run still holds the agreed value: only a field the shop has
            // never had (a new record, a new field) takes the ERP's.
            if (rule != ConflictPolicy::ShopOwns || (!shop && !agreed))
                outcome.toShop.append({field, *erp});
            else
                outcome.ownedApart.append(tr("%1 (edited in the ERP, the shop owns it)").arg(QString::fromUtf8(field)));
        } else if (shopChanged && !erpChanged) {
            // Not put back over the edit: a target that normalises what it is sent (phones,
            // e-mail case) would get the owner's value again on every run.
            if (rule != ConflictPolicy::ErpOwns && flowsToErp(field))
                outcome.toErp.append({field, *shop});
            else if (erp || agreed)
                outcome.ownedApart.append(tr("%1 (edited in the shop, the ERP owns it)").arg(QString::fromUtf8(field)));
        } else if (erpChanged && shopChanged) {
            const bool erpNewer = WatermarkTracker::atLeastAsNew(pair.erp.modified, pair.shop.modified);
            // The ERP's billTo.city and the shop's billTo.zip are both kept: newest-wins took the
            // whole address from one side, and the other side's edit was lost. Only members both
            // sides changed are the policy's.
            if ((rule == ConflictPolicy::NewestWins || rule == ConflictPolicy::Review) && erp->isObject()
                && shop->isObject() && agreed && agreed->isObject()) {
                EditMerge merge = mergeEdits(*erp, *shop, *agreed, erpNewer);
                if (rule == ConflictPolicy::NewestWins || merge.collisions.isEmpty()) {
                    if (!(merge.merged == *shop))
                        outcome.toShop.append({field, merge.merged});
                    if (!(merge.merged == *erp))
                        outcome.toErp.append({field, std::move(merge.merged)});
                    continue;
                }
                // Named by the members in conflict: two whole addresses side by side hid which
                // line differed.
                outcome.conflictFields.append(field);
                const QString prefix = QString::fromUtf8(field) + u'.';
                for (const QString &path : std::as_const(merge.collisions)) {
                    const Value *erpMember = valueAt(*erp, path);
                    const Value *shopMember = valueAt(*shop, path);
                    outcome.conflicts.append(
                        tr("\"%1\" is %2 in the ERP and %3 in the shop")
                            .arg(prefix + path,
                                erpMember ? QString::fromUtf8(Json::serialize(*erpMember)) : tr("missing"),
                                shopMember ? QString::fromUtf8(Json::serialize(*shopMember)) : tr("missing")));
                }
                continue;
            }
            switch (rule) {
            case ConflictPolicy::ErpOwns:
                outcome.toShop.append({field, *erp});
                break;
            case ConflictPolicy::ShopOwns:
                outcome.toErp.append({field, *shop});
                break;
            case ConflictPolicy::NewestWins:
                if (erpNewer)
                    outcome.toShop.append({field, *erp});
                else
                    outcome.toErp.append({field, *shop});
                break;
            case ConflictPolicy::Review:
                outcome.conflictFields.append(field);
                outcome.conflicts.append(tr("\"%1\" is %2 in the ERP and %3 in the shop")
                                             .arg(QString::fromUtf8(field), QString::fromUtf8(Json::serialize(*erp)),
                                                 QString::fromUtf8(Json::serialize(*shop))));
                break;
            }
        }
    }
    return outcome;
}

Result<void> TwoWaySync::completeFromConflicts(RunJournal &journal)
{
    // A record held back for review stays as both sides had it, in its conflict; a side not
    // read since has not changed, so it comes from there. Decided on the side that was read
    // alone, the other side's edits were lost once a person settled the conflicting field, or
    // the conflict was overwritten when the side read had changed something else.
    m_held.clear();
    if (m_order.isEmpty())
        return {};
    QSet<QString> oneSided;
    for (const QString &key : std::as_const(m_order)) {
        const Pair &pair = m_pairs[key];
        if (pair.erp.present != pair.shop.present)
            oneSided.insert(key);
    }
    auto conflicts = waitingFailures(FailureStep::Conflict);
    if (!conflicts)
        return std::unexpected(conflicts.error());
    for (const Failure &conflict : std::as_const(*conflicts)) {
        if (!m_pairs.contains(conflict.key))
            continue;
        const auto payload = JsonReader().parse(conflict.payload);
        if (!payload || !payload->isObject())
            continue;
        m_held.insert(conflict.key, *payload);
        if (!oneSided.contains(conflict.key))
            continue;
        Pair &pair = m_pairs[conflict.key];
        for (const Side side : {Side::Erp, Side::Shop}) {
            SideRecord &record = side == Side::Erp ? pair.erp : pair.shop;
            const Value *raw = payload->find(side == Side::Erp ? "erp" : "shop");
            if (record.present || !raw || !raw->isObject())
                continue;
            SideRecord kept;
            QString key;
            if (shape(side, *raw, kept, key, journal, 0, 0) && key == conflict.key)
                record = std::move(kept);
        }
    }
    return {};
}

Value TwoWaySync::decidedSinceReview(const Pair &pair, const Value &last, const Value &held) const
{
    // Against the agreed values alone, both sides still differed from them after a person had
    // corrected one, so the record went to review again however it was decided. A field the
    // conflict held apart that one side changed since has been decided there: it flows as a
    // change of that side alone would. Neither or both changed: it stays with the person. Only
    // the conflict's own fields: another field held back with the record (one side's change)
    // is decided against the agreed values as before.
    // As both sides were when the record was first held (see settle()).
    const Value *erpRaw = held.find("erpThen") ? held.find("erpThen") : held.find("erp");
    const Value *shopRaw = held.find("shopThen") ? held.find("shopThen") : held.find("shop");
    if (!pair.erp.present || !pair.shop.present || !erpRaw || !shopRaw || !erpRaw->isObject() || !shopRaw->isObject())
        return last;
    const std::optional<Value> erpThen = shapedFor(Side::Erp, *erpRaw);
    const std::optional<Value> shopThen = shapedFor(Side::Shop, *shopRaw);
    if (!erpThen || !shopThen || !erpThen->isObject() || !shopThen->isObject())
        return last;
    const QList<QByteArray> system{QByteArray("id"), WatermarkTracker::Field.toByteArray()};
    Pair then;
    then.erp.present = true;
    then.erp.shaped = withoutFields(*erpThen, system);
    then.erp.modified = WatermarkTracker::stampOf(*erpRaw);
    then.shop.present = true;
    then.shop.shaped = withoutFields(*shopThen, system);
    then.shop.modified = WatermarkTracker::stampOf(*shopRaw);
    const QList<QByteArray> heldApart = decide(then, last).conflictFields;
    QList<Member> agreed = last.members();
    const auto agree = [&agreed](const QByteArray &field, const Value &value) {
        const auto found =
            std::find_if(agreed.begin(), agreed.end(), [&field](const Member &member) { return member.name == field; });
        if (found == agreed.end())
            agreed.append({field, value});
        else
            found->value = value;
    };
    for (const QByteArray &field : heldApart) {
        const Value *erpNow = pair.erp.shaped.find(field);
        const Value *shopNow = pair.shop.shaped.find(field);
        const Value *erpWas = then.erp.shaped.find(field);
        const Value *shopWas = then.shop.shaped.find(field);
        if (!erpNow || !shopNow || !erpWas || !shopWas)
            continue;
        const Value *was = last.find(field);
        if (erpNow->isObject() && shopNow->isObject() && erpWas->isObject() && shopWas->isObject()
            && (!was || was->isObject())) {
            agree(field, decidedMembers(*erpNow, *shopNow, *erpWas, *shopWas, was ? *was : Value::object({})));
            continue;
        }
        const bool erpMoved = !(*erpNow == *erpWas);
        const bool shopMoved = !(*shopNow == *shopWas);
        if (erpMoved && !shopMoved)
            agree(field, *shopNow);
        else if (shopMoved && !erpMoved)
            agree(field, *erpNow);
    }
    return Value::object(std::move(agreed));
}

void TwoWaySync::settle(
    const QString &key, Pair &pair, const std::optional<RecordState> &state, RunJournal &journal, SyncReport &report)
{
    Value last = Value::object({});
    if (state) {
        if (auto parsed = JsonReader().parse(state->values); parsed && parsed->isObject())
            last = std::move(*parsed);
    }
    if (const auto held = m_held.constFind(key); held != m_held.cend())
        last = decidedSinceReview(pair, last, *held);
    last = withAttemptedWrites(key, pair, last);
    Outcome outcome = decide(pair, last);
    if (!outcome.ownedApart.isEmpty()) {
        ++m_ownedApart;
        if (m_ownedApartShown.size() < 3)
            m_ownedApartShown.append(key + u' ' + outcome.ownedApart.join(QStringLiteral(", ")));
    }
    if (!outcome.conflicts.isEmpty()) {
        ++report.conflicts;
        // Before the first sync there is no "last sync" for both sides to have changed since.
        const QString message =
            (state ? tr("both sides changed the record since the last sync and the policy sends it to review: %1\n  "
                        "hint: correct the field on the side that is wrong (the next run carries the side a person "
                        "changed to the other), or set a conflict policy for these fields")
                   : tr("both systems have the record, with different values, and no sync has agreed on them yet; "
                        "the policy sends it to review: %1\n  hint: correct the field on the side that is wrong (the "
                        "next run carries the side a person changed to the other), or set a conflict policy for these "
                        "fields"))
                .arg(outcome.conflicts.join(QStringLiteral("; ")));
        // Held again, it keeps what both sides held when it was first held ("then"): taken from
        // each hold anew, a field a person had settled since (the ERP's city) counted as unmoved
        // at the next run, and the conflict could never be cleared a field at a time.
        QList<Member> sides{{QByteArray("erp"), pair.erp.raw}, {QByteArray("shop"), pair.shop.raw}};
        if (const auto held = m_held.constFind(key); held != m_held.cend()) {
            for (const char *then : {"erpThen", "shopThen"}) {
                const QByteArrayView side = QByteArrayView(then).chopped(4);
                if (const Value *was = held->find(then) ? held->find(then) : held->find(side))
                    sides.append({QByteArray(then), *was});
            }
        }
        const QByteArray payload = Json::serialize(Value::object(std::move(sides)));
        if (m_dryRun) {
            ++journal.counts().failed;
            PlanItem item;
            item.key = key;
            item.action = PlanAction::Conflict;
            item.diff = Json::serialize(Value::object({{QByteArray("message"), Value::string(message)}}));
            item.source = payload;
            m_planItems.append(std::move(item));
            return;
        }
        journal.fail({key, Direction::Both, FailureStep::Conflict, ErrorClass::Permanent, message, 0, 1, payload,
            pair.failureId, pair.previousAttempts});
        return;
    }
    m_state.insert(key, last);
    // Found on both sides without a link yet, the record is updated where it is written, not
    // created: a plan said "create" for a customer the ERP had, and applying it overwrote it.
    const PlanAction action =
        state || (pair.erp.present && pair.shop.present) ? PlanAction::Update : PlanAction::Create;
    if (outcome.toShop.isEmpty() && outcome.toErp.isEmpty()) {
        if (outcome.settled.isEmpty()) {
            // Nothing differs from what both sides agreed on: the core's own write coming back.
            ++report.echoes;
            ++journal.counts().unchanged;
            if (pair.failureId > 0) {
                journal.resolve(key);
                journal.resolveFailure(pair.failureId);
            }
            return;
        }
        ++journal.counts().unchanged;
        if (m_dryRun) {
            // Applying the plan passes the watermark over this record: without an item of its
            // own it was never linked nor its agreed values kept, and later edits of different
            // fields on both sides then met with nothing agreed to tell them apart.
            PlanItem item;
            item.key = key;
            item.action = PlanAction::Unchanged;
            item.diff = Json::serialize(Value::object({{QByteArray("message"),
                Value::string(state ? tr("both sides changed it alike; applying the plan records the agreed values")
                                    : tr("the same on both sides; applying the plan links the two records"))}}));
            item.payload = Json::serialize(Value::object({{QByteArray("settled"), Value::object(outcome.settled)}}));
            item.source = Json::serialize(
                Value::object({{QByteArray("erp"), pair.erp.raw}, {QByteArray("shop"), pair.shop.raw}}));
            // What the plan saw: applying it after a run has moved the state on would roll it back.
            item.sourceHash = state ? state->sourceHash : QByteArray();
            m_planItems.append(std::move(item));
            return;
        }
        const QByteArray values = Json::serialize(mergeFields(last, outcome.settled));
        // Both sides are at hand: a record found equal on both (a first run over data
        // entered twice by hand) is linked here, since no write will link it.
        journal.written(key, contentHash(values), values, pair.erp.id, pair.shop.id);
        return;
    }
    if (m_dryRun) {
        // As send() will write it: a record new to the ERP with its fields from inside objects.
        if (!outcome.toErp.isEmpty() && !pair.erp.present && action == PlanAction::Create)
            outcome.toErp += fieldsInsideObjects(pair, outcome.settled + outcome.toErp);
        QList<Value> changes;
        const auto describe = [&](const QList<Member> &fields, const char *to) {
            // "Before" is what the system written to holds now; the agreed value is the same but
            // where that system holds something else (a record found there, not linked yet).
            const SideRecord &target = qstrcmp(to, "shop") == 0 ? pair.shop : pair.erp;
            for (const Member &member : fields) {
                const Value *before = target.present ? target.shaped.find(member.name) : last.find(member.name);
                changes.append(Value::object({{QByteArray("field"), Value::utf8(member.name)},
                    {QByteArray("before"), before ? *before : Value()}, {QByteArray("after"), member.value},
                    {QByteArray("to"), Value::utf8(to)}}));
            }
        };
        describe(outcome.toShop, "shop");
        describe(outcome.toErp, "erp");
        // Both in the shop's shape: apply() turns the ERP's part into the ERP's names.
        QList<Member> payload;
        if (!outcome.toShop.isEmpty())
            payload.append({QByteArray("shop"), Value::object(outcome.toShop)});
        if (!outcome.toErp.isEmpty())
            payload.append({QByteArray("erp"), Value::object(outcome.toErp)});
        if (!outcome.settled.isEmpty())
            payload.append({QByteArray("settled"), Value::object(outcome.settled)});
        PlanItem item;
        item.key = key;
        item.action = action;
        item.diff = Json::serialize(Value::array(std::move(changes)));
        item.payload = Json::serialize(Value::object(std::move(payload)));
        item.source =
            Json::serialize(Value::object({{QByteArray("erp"), pair.erp.raw}, {QByteArray("shop"), pair.shop.raw}}));
        // Counted per system written, as the run that applies it counts its writes.
        (action == PlanAction::Create ? journal.counts().created : journal.counts().updated) +=
            (outcome.toShop.isEmpty() ? 0 : 1) + (outcome.toErp.isEmpty() ? 0 : 1);
        m_planItems.append(std::move(item));
        return;
    }
    if (!outcome.toShop.isEmpty())
        send(Side::Shop, key, pair, outcome.settled + outcome.toShop, action);
    if (!outcome.toErp.isEmpty())
        send(Side::Erp, key, pair, outcome.settled + outcome.toErp, action);
}

QList<Member> TwoWaySync::fieldsInsideObjects(const Pair &pair, const QList<Member> &fields) const
{
    // A record new to the ERP takes the fields its mappings read from inside objects too (they
    // flow from the ERP only): made without them, it failed those mappings on every run after.
    // Read from the shop's record as it came: its shaped form keeps what flows back only.
    QList<Member> extra;
    for (const auto &[field, path] : m_erpPaths) {
        const Value *value = pair.shop.raw.isObject() ? pair.shop.raw.find(field) : nullptr;
        if (value && std::ranges::find(fields, field, &Member::name) == fields.end())
            extra.append({field, *value});
    }
    return extra;
}

void TwoWaySync::send(Side target, const QString &key, const Pair &pair, QList<Member> fields, PlanAction action)
{
    const SideRecord &from = target == Side::Shop ? pair.erp : pair.shop;
    const bool creating = target == Side::Erp && !pair.erp.present && action == PlanAction::Create;
    if (creating)
        fields += fieldsInsideObjects(pair, fields);
    QList<Member> body{{m_keyField, Value::string(key)}};
    body.append(fields);
    Value record = Value::object(std::move(body));
    if (target == Side::Erp)
        record = toErpShape(record, creating);
    WriteItem item;
    item.key = key;
    item.body = Json::serialize(record);
    item.action = action;
    item.source = from.raw;
    item.sourceId = from.id;
    item.failureId = pair.failureId;
    item.previousAttempts = pair.previousAttempts;
    (target == Side::Shop ? m_pendingShop : m_pendingErp).insert(key, fields);
    (target == Side::Shop ? *m_toShop : *m_toErp).add(std::move(item));
}

} // namespace Linkwright

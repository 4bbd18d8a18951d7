// TwoWaySync: the records it writes to the ERP, and what its writers report back, to the journal
// and to the other side's writer.
#include "twowaysync.h"

#include "domain/json.h"
#include "sync/contenthash.h"
#include "sync/recorddiff.h"

#include <algorithm>
#include <span>

namespace Linkwright {

namespace {

/// Sets members' value at path ("billTo", "city"), making the objects on the way.
void setAtPath(QList<Member> &members, std::span<const QByteArray> path, const Value &value)
{
    const auto found = std::ranges::find(members, path.front(), &Member::name);
    if (path.size() == 1) {
        if (found == members.end())
            members.append({path.front(), value});
        else
            found->value = value;
        return;
    }
    QList<Member> inner = found != members.end() && found->value.isObject() ? found->value.members() : QList<Member>();
    setAtPath(inner, path.subspan(1), value);
    if (found == members.end())
        members.append({path.front(), Value::object(std::move(inner))});
    else
        found->value = Value::object(std::move(inner));
}

} // namespace

Value TwoWaySync::toErpShape(const Value &shaped, bool creating) const
{
    if (m_engine.isPassThrough())
        return shaped;
    QList<Member> members;
    if (const Value *key = shaped.find(m_keyField))
        members.append({m_erpKeyField, *key});
    for (const Member &member : shaped.members()) {
        if (member.name == m_keyField)
            continue;
        if (const auto name = m_erpNames.constFind(member.name); name != m_erpNames.cend())
            members.append({*name, member.value});
    }
    if (creating) {
        for (const auto &[field, path] : m_erpPaths) {
            if (const Value *value = shaped.find(field))
                setAtPath(members, path, *value);
        }
    }
    return Value::object(std::move(members));
}

void TwoWaySync::wireWriter(BatchWriter &writer, Side target, RunJournal &journal)
{
    auto &pending = target == Side::Shop ? m_pendingShop : m_pendingErp;
    writer.onAccepted([this, &journal, &pending, &writer, target](
                          const WriteItem &item, const RecordWriteResult &result, int attempts) {
        // Only the changed fields go to the other side: its other fields may hold what it owns,
        // or an edit still owed. But where the record was gone there (deleted by hand), an
        // upserting target made a stub of those fields alone; the rest of the agreed record
        // follows, so the record comes back whole.
        const bool madeAStub =
            item.action == PlanAction::Update && !item.completesStub && result.outcome == QLatin1StringView("created");
        if (!item.completesStub)
            countWritten(journal.counts(), item.action, result, attempts);
        if (m_statuses && m_statuses->value(item.key, PlanItemStatus::Applied) != PlanItemStatus::Failed)
            m_statuses->insert(item.key, PlanItemStatus::Applied);
        const QList<Member> sent = pending.take(item.key);
        Value &state = m_state[item.key];
        state = mergeFields(state.isObject() ? state : Value::object({}), sent);
        if (madeAStub) {
            // Stored as agreed is what the target holds now, the stub: should the rest not follow
            // (a failure, a cancel), a retry or the next read of the record finds the other
            // fields never agreed and sends them. The completing write stores the whole record.
            const QByteArray stub = Json::serialize(Value::object(sent));
            journal.written(item.key, contentHash(stub), stub, target == Side::Erp ? result.id : item.sourceId,
                target == Side::Shop ? result.id : item.sourceId,
                flowFrom(target == Side::Shop ? Side::Erp : Side::Shop));
            completeStub(writer, pending, target, item, state);
            return;
        }
        const QByteArray values = Json::serialize(state);
        journal.written(item.key, contentHash(values), values, target == Side::Erp ? result.id : item.sourceId,
            target == Side::Shop ? result.id : item.sourceId, flowFrom(target == Side::Shop ? Side::Erp : Side::Shop));
        journal.resolveFailure(item.failureId);
        journal.resolveBySourceId(flowFrom(target == Side::Shop ? Side::Erp : Side::Shop), item.sourceId);
    });
    writer.onRefused([this, &journal, &pending, target](const WriteItem &item, const ConnectorError &error) {
        pending.remove(item.key);
        if (error.error.code == ErrorCode::Cancelled)
            return;
        if (m_statuses)
            m_statuses->insert(item.key, PlanItemStatus::Failed);
        const Side from = target == Side::Shop ? Side::Erp : Side::Shop;
        journal.fail({item.key, flowFrom(from), FailureStep::Write, error.failureClass, error.error.toString(),
            error.httpStatus, std::max(1, error.attempts), Json::serialize(item.source), item.failureId,
            item.previousAttempts, error.retryAfter});
    });
    writer.onBatchDone([this, &journal] {
        if (auto stored = journal.flush(); !stored)
            m_storeError = stored.error();
    });
}

void TwoWaySync::completeStub(BatchWriter &writer, QHash<QString, QList<Member>> &pending, Side target,
    const WriteItem &stub, const Value &agreed)
{
    QList<Member> fields;
    for (const Member &member : agreed.members()) {
        if (member.name != m_keyField)
            fields.append(member);
    }
    QList<Member> body{{m_keyField, Value::string(stub.key)}};
    body.append(fields);
    Value record = Value::object(std::move(body));
    if (target == Side::Erp)
        record = toErpShape(record);
    WriteItem whole = stub;
    whole.body = Json::serialize(record);
    whole.completesStub = true;
    pending.insert(stub.key, std::move(fields));
    writer.add(std::move(whole));
}

} // namespace Linkwright

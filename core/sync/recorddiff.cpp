#include "recorddiff.h"

#include "domain/json.h"

#include <QSet>

namespace Linkwright {

QList<FieldChange> diffFields(const Value &before, const Value &after)
{
    QList<FieldChange> changes;
    for (const Member &member : after.members()) {
        const Value *old = before.find(member.name);
        if (!old || !(*old == member.value))
            changes.append({member.name, old ? *old : Value(), member.value});
    }
    for (const Member &member : before.members()) {
        if (!after.find(member.name))
            changes.append({member.name, member.value, Value()});
    }
    return changes;
}

QByteArray diffToJson(const QList<FieldChange> &changes)
{
    QList<Value> items;
    items.reserve(changes.size());
    for (const FieldChange &change : changes) {
        items.append(Value::object({{QByteArray("field"), Value::utf8(change.field)},
            {QByteArray("before"), change.before}, {QByteArray("after"), change.after}}));
    }
    return Json::serialize(Value::array(std::move(items)));
}

QList<FieldChange> diffFromJson(const Value &json)
{
    QList<FieldChange> changes;
    for (const Value &item : json.items()) {
        const Value *field = item.find("field");
        if (!field || !field->isString())
            continue;
        const Value *before = item.find("before");
        const Value *after = item.find("after");
        changes.append({field->utf8(), before ? *before : Value(), after ? *after : Value()});
    }
    return changes;
}

Value mergeFields(const Value &object, const QList<Member> &changes)
{
    QList<Member> members = object.members();
    for (const Member &change : changes) {
        bool replaced = false;
        for (Member &member : members) {
            if (member.name == change.name) {
                member.value = change.value;
                replaced = true;
                break;
            }
        }
        if (!replaced)
            members.append(change);
    }
    return Value::object(std::move(members));
}

QString recordKey(const Value &record, QByteArrayView field)
{
    const Value *key = record.find(field);
    if (!key || !(key->isString() || key->isNumber()))
        return {};
    return QString::fromUtf8(key->utf8());
}

Value withoutFields(const Value &object, const QList<QByteArray> &names)
{
    QList<Member> members;
    members.reserve(object.members().size());
    for (const Member &member : object.members()) {
        if (!names.contains(member.name))
            members.append(member);
    }
    return Value::object(std::move(members));
}

} // namespace Linkwright

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

namespace {

void mergeInto(EditMerge &out, QList<Member> &members, const Value &erp, const Value &shop, const Value &agreed,
    bool erpNewer, const QString &path)
{
    QList<QByteArray> names;
    for (const Value *side : {&erp, &shop}) {
        for (const Member &member : side->members()) {
            if (!names.contains(member.name))
                names.append(member.name);
        }
    }
    // A member both sides removed is gone; one removed on one side only was listed by the other.
    for (const QByteArray &name : std::as_const(names)) {
        const Value *e = erp.find(name);
        const Value *s = shop.find(name);
        const Value *a = agreed.find(name);
        const auto same = [](const Value *x, const Value *y) { return x == y || (x && y && *x == *y); };
        const QString at = path.isEmpty() ? QString::fromUtf8(name) : path + u'.' + QString::fromUtf8(name);
        const Value *taken = nullptr;
        if (same(e, s) || same(e, a)) { // alike, or changed in the shop only
            taken = s;
        } else if (same(s, a)) { // changed in the ERP only
            taken = e;
        } else if (e && s && a && e->isObject() && s->isObject() && a->isObject()) {
            QList<Member> nested;
            mergeInto(out, nested, *e, *s, *a, erpNewer, at);
            members.append({name, Value::object(std::move(nested))});
            continue;
        } else {
            out.collisions.append(at);
            taken = erpNewer ? e : s;
        }
        if (taken)
            members.append({name, *taken});
    }
}

} // namespace

EditMerge mergeEdits(const Value &erp, const Value &shop, const Value &agreed, bool erpNewer)
{
    EditMerge out;
    QList<Member> members;
    mergeInto(out, members, erp, shop, agreed, erpNewer, QString());
    out.merged = Value::object(std::move(members));
    return out;
}

const Value *valueAt(const Value &object, QStringView path)
{
    const Value *current = &object;
    for (const QStringView name : path.split(u'.')) {
        current = current->isObject() ? current->find(name.toUtf8()) : nullptr;
        if (!current)
            return nullptr;
    }
    return current;
}

Value withValueAt(const Value &object, QStringView path, const Value &value)
{
    const qsizetype dot = path.indexOf(u'.');
    const QByteArray name = (dot < 0 ? path : path.left(dot)).toUtf8();
    const Value *inner = object.isObject() ? object.find(name) : nullptr;
    const Value member = dot < 0 ? value : withValueAt(inner ? *inner : Value::object({}), path.mid(dot + 1), value);
    return mergeFields(object.isObject() ? object : Value::object({}), {{name, member}});
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

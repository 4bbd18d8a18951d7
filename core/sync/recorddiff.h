#pragma once

#include "domain/value.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Linkwright {

/// One field a write changes: what the target had when the core last synced it, and what it gets.
struct FieldChange {
    QByteArray field;
    Value before; ///< null when the field is new
    Value after;
    bool operator==(const FieldChange &) const = default;
};

/// Field-level differences between the last synced form of a record and its new one, top-level
/// members compared as whole values (a changed address is one change), in the new record's order
/// and then fields that disappeared. before may be null (a record the target never had).
[[nodiscard]] QList<FieldChange> diffFields(const Value &before, const Value &after);

/// [{"field":"name","before":"Desk","after":"Standing desk"}, ...] for plans and --json.
[[nodiscard]] QByteArray diffToJson(const QList<FieldChange> &changes);
[[nodiscard]] QList<FieldChange> diffFromJson(const Value &json);

/// object with the members of changes set (added or replaced), in object's order, then new ones.
[[nodiscard]] Value mergeFields(const Value &object, const QList<Member> &changes);

/// An object both systems changed since they last agreed, merged member by member against the
/// agreed one: a member changed on one side only takes that side's value (a removal included),
/// members changed on both sides alike agree, nested objects are merged the same way, and a
/// member changed differently on both sides takes the newer side's value and is named in
/// collisions (its path, "billTo.city"). Lists and scalars are whole values.
struct EditMerge {
    Value merged;
    QStringList collisions;
};
[[nodiscard]] EditMerge mergeEdits(const Value &erp, const Value &shop, const Value &agreed, bool erpNewer);

/// The value at a dotted path inside object ("geo.lat"), or nullptr.
[[nodiscard]] const Value *valueAt(const Value &object, QStringView path);
/// A copy of object with the value at a dotted path set, making the objects on the way.
[[nodiscard]] Value withValueAt(const Value &object, QStringView path, const Value &value);

/// The natural key of a record: a string member, or a number's text; empty when neither.
[[nodiscard]] QString recordKey(const Value &record, QByteArrayView field);

/// A copy of object without the named members.
[[nodiscard]] Value withoutFields(const Value &object, const QList<QByteArray> &names);

} // namespace Linkwright

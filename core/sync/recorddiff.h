#pragma once

#include "domain/value.h"

#include <QByteArray>
#include <QList>
#include <QString>

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

/// The natural key of a record: a string member, or a number's text; empty when neither.
[[nodiscard]] QString recordKey(const Value &record, QByteArrayView field);

/// A copy of object without the named members.
[[nodiscard]] Value withoutFields(const Value &object, const QList<QByteArray> &names);

} // namespace Linkwright

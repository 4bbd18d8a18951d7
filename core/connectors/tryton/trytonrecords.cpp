#include "trytonrecords.h"

#include "domain/decimal.h"

namespace Linkwright {

namespace {

Value member(const Value &object, QByteArrayView name)
{
    const Value *found = object.find(name);
    return found ? *found : Value();
}

/// A member of a related record read as "relation.field" (Tryton answers {"relation.": {...}}).
Value related(const Value &row, QByteArrayView relation, QByteArrayView field)
{
    const QByteArray name = relation.toByteArray() + '.';
    const Value *object = row.find(name);
    return object ? member(*object, field) : Value();
}

Value textOrEmpty(const Value &value)
{
    return value.isString() ? value : Value::string(QString());
}

/// Tryton's float quantities ("12.0") as exact decimals, whole ones without the fraction.
Decimal quantityOf(const Value &value)
{
    auto parsed = Decimal::fromValue(value);
    if (!parsed)
        return {};
    if (parsed->isInteger()) {
        if (auto whole = parsed->toInt64())
            return Decimal::fromInteger(*whole);
    }
    return *parsed;
}

} // namespace

QList<Value> TrytonRecords::productFields()
{
    QList<Value> fields;
    for (const char *name : {"code", "template.name", "list_price", "description", "active", "default_uom.symbol",
             "write_date", "create_date", "template.write_date", "template.create_date"})
        fields.append(Value::utf8(name));
    return fields;
}

QByteArray TrytonRecords::newestStamp(const Value &row)
{
    QByteArray newest;
    // Stamps decoded by TrytonRpc share one ISO format and sort as text.
    for (const Value &stamp : {member(row, "write_date"), member(row, "create_date"),
             related(row, "template", "write_date"), related(row, "template", "create_date")}) {
        if (stamp.isString() && stamp.utf8() > newest)
            newest = stamp.utf8();
    }
    return newest;
}

Value TrytonRecords::product(const Value &row, const QString &currency)
{
    const QByteArray stamp = newestStamp(row);
    return Value::object({
        {QByteArray("id"), member(row, "id")},
        {QByteArray("sku"), member(row, "code")},
        {QByteArray("name"), related(row, "template", "name")},
        {QByteArray("description"), textOrEmpty(member(row, "description"))},
        {QByteArray("category"), Value()},
        {QByteArray("unit"), related(row, "default_uom", "symbol")},
        {QByteArray("listPrice"), member(row, "list_price")},
        {QByteArray("currency"), Value::string(currency)},
        {QByteArray("active"), member(row, "active")},
        {QByteArray("modifiedAt"), stamp.isEmpty() ? Value() : Value::utf8(stamp)},
    });
}

Value TrytonRecords::stock(const Value &row, const QList<Level> &levels, const QByteArray &modifiedAt)
{
    QList<Value> warehouses;
    Decimal available;
    for (const Level &level : levels) {
        const Decimal quantity = quantityOf(level.quantity);
        available = available.add(quantity).value_or(available);
        warehouses.append(Value::object(
            {{QByteArray("warehouse"), Value::string(level.warehouse)}, {QByteArray("quantity"), quantity.toValue()}}));
    }
    return Value::object({
        {QByteArray("id"), member(row, "id")},
        {QByteArray("sku"), member(row, "code")},
        {QByteArray("warehouses"), Value::array(std::move(warehouses))},
        {QByteArray("available"), available.toValue()},
        {QByteArray("modifiedAt"), modifiedAt.isEmpty() ? Value() : Value::utf8(modifiedAt)},
    });
}

} // namespace Linkwright

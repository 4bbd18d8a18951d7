#include "trytoninvoices.h"

#include "connectors/tryton/trytonrecords.h"
#include "domain/decimal.h"

namespace Linkwright {

namespace {

QList<Value> names(std::initializer_list<const char *> list)
{
    QList<Value> out;
    for (const char *name : list)
        out.append(Value::utf8(name));
    return out;
}

} // namespace

QList<Value> TrytonInvoices::invoiceFields(bool withSales)
{
    QList<Value> fields = names({"number", "type", "state", "invoice_date", "party.code", "party.name",
        "invoice_address.name", "invoice_address.street", "invoice_address.postal_code", "invoice_address.city",
        "invoice_address.country.code", "currency.code", "untaxed_amount", "tax_amount", "total_amount", "write_date",
        "create_date"});
    // account.invoice has "sales" only where the sale module is activated; asking for a field
    // a database lacks would fail the whole page.
    if (withSales)
        fields.append(Value::utf8("sales"));
    return fields;
}

QList<Value> TrytonInvoices::lineFields()
{
    return names({"invoice", "product.code", "description", "quantity", "unit.symbol", "unit_price", "amount"});
}

QString TrytonInvoices::status(QByteArrayView state, bool creditNote)
{
    if (state == "paid")
        return creditNote ? QStringLiteral("settled") : QStringLiteral("paid");
    if (state == "cancelled")
        return QStringLiteral("cancelled");
    return QStringLiteral("open");
}

Value TrytonInvoices::amount(const Value &value, bool negate)
{
    auto parsed = Decimal::fromValue(value);
    if (!parsed)
        return value;
    Decimal exact = negate ? parsed->negated() : *parsed;
    // Tryton's unit prices have four places: drop the zeros beyond two, never a digit.
    if (exact.scale() > 2) {
        if (auto shorter = exact.rounded(2); shorter && *shorter == exact)
            exact = *shorter;
    }
    return Value::string(exact.toString());
}

Value TrytonInvoices::invoice(const Value &row, const QList<Value> &lines, const QList<Sale> &sales)
{
    const Value total = TrytonRecords::member(row, "total_amount");
    const auto parsedTotal = Decimal::fromValue(total);
    const bool creditNote = parsedTotal && parsedTotal->isNegative();
    QByteArray stamp = TrytonRecords::newestStamp(row);
    QList<Value> items;
    for (const Value &line : lines) {
        const Decimal quantity = TrytonRecords::quantity(TrytonRecords::member(line, "quantity"));
        items.append(Value::object({
            {QByteArray("lineNumber"), Value::number(items.size() + 1)},
            {QByteArray("sku"), TrytonRecords::related(line, "product", "code")},
            {QByteArray("name"), TrytonRecords::textOrEmpty(TrytonRecords::member(line, "description"))},
            {QByteArray("quantity"), (creditNote ? quantity.negated() : quantity).toValue()},
            {QByteArray("unit"), TrytonRecords::related(line, "unit", "symbol")},
            {QByteArray("unitPrice"), amount(TrytonRecords::member(line, "unit_price"), false)},
            {QByteArray("lineTotal"), amount(TrytonRecords::member(line, "amount"), creditNote)},
        }));
    }
    Value salesOrder;
    Value orderNumber;
    for (const Sale &sale : sales) {
        if (salesOrder.isNull() && sale.number.isString())
            salesOrder = sale.number;
        if (orderNumber.isNull() && sale.reference.isString() && !sale.reference.utf8().isEmpty())
            orderNumber = sale.reference;
    }
    const Value billTo = Value::object({
        {QByteArray("name"), TrytonRecords::textOrEmpty(TrytonRecords::related(row, "invoice_address", "name"))},
        {QByteArray("street"), TrytonRecords::textOrEmpty(TrytonRecords::related(row, "invoice_address", "street"))},
        {QByteArray("postalCode"),
            TrytonRecords::textOrEmpty(TrytonRecords::related(row, "invoice_address", "postal_code"))},
        {QByteArray("city"), TrytonRecords::textOrEmpty(TrytonRecords::related(row, "invoice_address", "city"))},
        {QByteArray("country"),
            [&] {
                const Value *address = row.find("invoice_address.");
                return address ? TrytonRecords::related(*address, "country", "code") : Value();
            }()},
    });
    return Value::object({
        {QByteArray("invoiceNumber"), TrytonRecords::member(row, "number")},
        {QByteArray("type"), Value::string(creditNote ? QStringLiteral("creditNote") : QStringLiteral("invoice"))},
        {QByteArray("customerNumber"), TrytonRecords::related(row, "party", "code")},
        {QByteArray("customerName"), TrytonRecords::related(row, "party", "name")},
        {QByteArray("billTo"), billTo},
        {QByteArray("shipTo"), Value()},
        {QByteArray("invoiceDate"), TrytonRecords::member(row, "invoice_date")},
        {QByteArray("dueDate"), Value()},
        {QByteArray("salesOrder"), salesOrder},
        {QByteArray("orderNumber"), orderNumber},
        {QByteArray("source"), Value()},
        {QByteArray("currency"), TrytonRecords::related(row, "currency", "code")},
        {QByteArray("lines"), Value::array(std::move(items))},
        {QByteArray("subtotal"), amount(TrytonRecords::member(row, "untaxed_amount"), creditNote)},
        {QByteArray("taxRate"), Value()},
        {QByteArray("taxAmount"), amount(TrytonRecords::member(row, "tax_amount"), creditNote)},
        {QByteArray("total"), amount(total, creditNote)},
        {QByteArray("status"), Value::string(status(TrytonRecords::member(row, "state").utf8(), creditNote))},
        {QByteArray("modifiedAt"), stamp.isEmpty() ? Value() : Value::utf8(stamp)},
    });
}

} // namespace Linkwright

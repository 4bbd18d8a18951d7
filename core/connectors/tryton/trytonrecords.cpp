#include "trytonrecords.h"

#include "connectors/tryton/trytonrpc.h"
#include "domain/decimal.h"

namespace Linkwright {

namespace {

} // namespace

Value TrytonRecords::member(const Value &object, QByteArrayView name)
{
    const Value *found = object.find(name);
    return found ? *found : Value();
}

Value TrytonRecords::related(const Value &row, QByteArrayView relation, QByteArrayView field)
{
    const QByteArray name = relation.toByteArray() + '.';
    const Value *object = row.find(name);
    return object ? member(*object, field) : Value();
}

Value TrytonRecords::textOrEmpty(const Value &value)
{
    return value.isString() ? value : Value::string(QString());
}

Decimal TrytonRecords::quantity(const Value &value)
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

QList<Value> TrytonRecords::productFields()
{
    QList<Value> fields;
    for (const char *name :
        {"code", "template.name", "list_price", "description", "active", "default_uom.symbol", "write_date",
            "create_date", "template.write_date", "template.create_date", "template.categories", "template.products"})
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

QString TrytonRecords::categoryPath(const QString &recName)
{
    QStringList parts = recName.split(QStringLiteral(" / "));
    for (QString &part : parts)
        part = part.trimmed();
    return parts.join(u'/');
}

QString TrytonRecords::categoryCode(const QString &path)
{
    const QString plain = path.normalized(QString::NormalizationForm_KD);
    QString code;
    for (const QChar c : plain) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            code += c.toLower();
        else if (c.isLetterOrNumber() || c.isMark())
            continue;
        else if (!code.isEmpty() && !code.endsWith(u'-'))
            code += u'-';
    }
    while (code.endsWith(u'-'))
        code.chop(1);
    return code;
}

Value TrytonRecords::product(
    const Value &row, const QString &currency, const QList<Value> &categories, const QList<Value> &variants)
{
    QByteArray stamp = newestStamp(row);
    QList<Value> paths;
    Value first;
    for (const Value &category : categories) {
        stamp = std::max(stamp, newestStamp(category));
        const QString path = categoryPath(member(category, "rec_name").text());
        if (first.isNull())
            first = Value::string(path);
        paths.append(Value::object(
            {{QByteArray("code"), Value::string(categoryCode(path))}, {QByteArray("path"), Value::string(path)}}));
    }
    QList<Value> family;
    if (variants.size() > 1) {
        for (const Value &variant : variants) {
            stamp = std::max(stamp, newestStamp(variant));
            family.append(Value::object({
                {QByteArray("sku"), member(variant, "code")},
                {QByteArray("description"), textOrEmpty(member(variant, "description"))},
                // Tryton 6.0 without product_attribute knows no attributes; the key keeps the
                // simulator's shape for mappings that read it.
                {QByteArray("attributes"), Value::object({})},
                {QByteArray("active"), Value::boolean(TrytonRpc::isTrue(member(variant, "active")))},
            }));
        }
    }
    return Value::object({
        {QByteArray("id"), member(row, "id")},
        {QByteArray("sku"), member(row, "code")},
        {QByteArray("name"), related(row, "template", "name")},
        {QByteArray("description"), textOrEmpty(member(row, "description"))},
        {QByteArray("category"), first},
        {QByteArray("categories"), Value::array(std::move(paths))},
        {QByteArray("unit"), related(row, "default_uom", "symbol")},
        {QByteArray("listPrice"), member(row, "list_price")},
        {QByteArray("currency"), Value::string(currency)},
        {QByteArray("active"), Value::boolean(TrytonRpc::isTrue(member(row, "active")))},
        {QByteArray("variants"), Value::array(std::move(family))},
        {QByteArray("modifiedAt"), stamp.isEmpty() ? Value() : Value::utf8(stamp)},
    });
}

Value TrytonRecords::customer(const Value &party, const QList<Value> &addresses, const QList<Value> &contacts)
{
    QByteArray stamp = newestStamp(party);
    // Addresses marked for invoices or deliveries say which is which; parties nobody marked
    // (the sale writer's, or older ones) show their first address and all of them.
    const auto marked = [&](QByteArrayView flag) {
        QList<Value> found;
        for (const Value &row : addresses) {
            if (const Value *set = row.find(flag); set && TrytonRpc::isTrue(*set))
                found.append(row);
        }
        return found.isEmpty() ? addresses : found;
    };
    const auto site = [](const Value &row) {
        return Value::object({
            {QByteArray("addressId"), Value::string(QStringLiteral("A") + member(row, "id").text())},
            {QByteArray("name"), textOrEmpty(member(row, "name"))},
            {QByteArray("street"), textOrEmpty(member(row, "street"))},
            {QByteArray("postalCode"), textOrEmpty(member(row, "postal_code"))},
            {QByteArray("city"), textOrEmpty(member(row, "city"))},
            {QByteArray("country"), related(row, "country", "code")},
        });
    };
    for (const Value &row : addresses)
        stamp = std::max(stamp, newestStamp(row));
    const QList<Value> invoicing = marked("invoice");
    QList<Value> sites;
    for (const Value &row : marked("delivery"))
        sites.append(site(row));
    Value email;
    Value phone;
    for (const Value &row : contacts) {
        stamp = std::max(stamp, newestStamp(row));
        const QByteArray type = member(row, "type").utf8();
        if (email.isNull() && type == "email")
            email = member(row, "value");
        else if (phone.isNull() && (type == "phone" || type == "mobile"))
            phone = member(row, "value");
    }
    return Value::object({
        {QByteArray("id"), member(party, "id")},
        {QByteArray("customerNumber"), member(party, "code")},
        {QByteArray("name"), member(party, "name")},
        {QByteArray("email"), email},
        {QByteArray("phone"), phone},
        {QByteArray("billTo"), invoicing.isEmpty() ? Value() : site(invoicing.constFirst())},
        {QByteArray("shipTo"), Value::array(sites)},
        {QByteArray("modifiedAt"), stamp.isEmpty() ? Value() : Value::utf8(stamp)},
    });
}

Value TrytonRecords::orderUpdate(const Value &sale, const QList<SaleLine> &lines, const QList<Value> &shipments)
{
    QByteArray stamp = newestStamp(sale);
    QString shippingDate;
    Value tracking;
    for (const Value &shipment : shipments) {
        stamp = std::max(stamp, newestStamp(shipment));
        const QString date = member(shipment, "effective_date").text();
        if (date > shippingDate) {
            shippingDate = date;
            tracking = member(shipment, "reference");
        }
    }
    QList<Value> items;
    bool anyShipped = false;
    bool allShipped = !lines.isEmpty();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const SaleLine &line = lines.at(i);
        const Decimal ordered = quantity(line.ordered);
        anyShipped = anyShipped || !line.shipped.isZero();
        allShipped = allShipped && line.shipped >= ordered;
        items.append(Value::object({{QByteArray("lineNumber"), Value::number(i + 1)}, {QByteArray("sku"), line.sku},
            {QByteArray("quantityOrdered"), ordered.toValue()},
            {QByteArray("quantityShipped"), line.shipped.toValue()}}));
    }
    const QByteArray state = member(sale, "state").utf8();
    const QByteArray shipment = member(sale, "shipment_state").utf8();
    QString status = QStringLiteral("processing");
    if (state == "cancelled")
        status = QStringLiteral("cancelled");
    else if (state == "draft" || state == "quotation")
        status = QStringLiteral("pending");
    else if (shipment == "exception")
        status = QStringLiteral("exception");
    else if (shipment == "sent" || allShipped)
        status = QStringLiteral("shipped");
    else if (anyShipped)
        status = QStringLiteral("partiallyShipped");
    return Value::object({
        {QByteArray("orderNumber"), member(sale, "reference")},
        {QByteArray("erpOrderNumber"), member(sale, "number")},
        {QByteArray("status"), Value::string(status)},
        {QByteArray("shippingDate"), shippingDate.isEmpty() ? Value() : Value::string(shippingDate)},
        {QByteArray("carrier"), Value()},
        {QByteArray("trackingNumber"), tracking},
        {QByteArray("lines"), Value::array(std::move(items))},
        {QByteArray("modifiedAt"), stamp.isEmpty() ? Value() : Value::utf8(stamp)},
    });
}

Value TrytonRecords::stock(const Value &row, const QList<Level> &levels, const QByteArray &modifiedAt)
{
    QList<Value> warehouses;
    Decimal available;
    for (const Level &level : levels) {
        const Decimal quantity = TrytonRecords::quantity(level.quantity);
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

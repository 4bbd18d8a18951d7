#include "trytonsalewriter.h"

#include "connectors/tryton/trytonconnector.h"
#include "connectors/tryton/trytonrpc.h"
#include "domain/decimal.h"

#include <QDateTime>

namespace Linkwright {

namespace {

QString textOf(const Value &object, QByteArrayView name)
{
    const Value *member = object.find(name);
    return member && (member->isString() || member->isNumber()) ? member->text() : QString();
}

Value member(const Value &object, QByteArrayView name)
{
    const Value *found = object.find(name);
    return found ? *found : Value();
}

Value ids(qint64 id)
{
    return Value::array({Value::number(id)});
}

} // namespace

TrytonSaleWriter::TrytonSaleWriter(TrytonConnector &tryton)
    : m_tryton(tryton)
{
}

ConnectorResult<Value> TrytonSaleWriter::call(QByteArrayView method, QList<Value> params)
{
    return m_tryton.call(method, std::move(params));
}

ConnectorResult<std::optional<qint64>> TrytonSaleWriter::findOne(QByteArrayView model, QList<Value> domain)
{
    auto found = call(QByteArray("model." + model.toByteArray() + ".search"),
        {Value::array(std::move(domain)), Value::number(0), Value::number(1), Value()});
    if (!found)
        return std::unexpected(found.error());
    if (found->items().isEmpty())
        return std::optional<qint64>();
    return std::optional<qint64>(found->items().constFirst().utf8().toLongLong());
}

ConnectorResult<RecordWriteResult> TrytonSaleWriter::write(const Value &order)
{
    const QString reference = textOf(order, "orderNumber");
    if (reference.isEmpty())
        return TrytonConnector::refused(tr("the order has no orderNumber, which becomes the sale's reference"));
    const auto refuseOr = [](const ConnectorError &error) -> ConnectorResult<RecordWriteResult> {
        if (TrytonConnector::isRefusal(error))
            return TrytonConnector::refused(error.error.message);
        return std::unexpected(error);
    };

    auto existing = call("model.sale.sale.search_read",
        {Value::array({TrytonRpc::clause("reference", "=", Value::string(reference))}), Value::number(0),
            Value::number(1), Value(), Value::array({Value::utf8("state")})});
    if (!existing)
        return refuseOr(existing.error());
    if (!existing->items().isEmpty()) {
        const Value &sale = existing->items().constFirst();
        return confirm(member(sale, "id").utf8().toLongLong(), textOf(sale, "state"), QStringLiteral("updated"));
    }

    QList<Value> lines;
    for (const Value &line : member(order, "lines").items()) {
        const QString sku = textOf(line, "sku");
        auto product = this->product(sku);
        if (!product)
            return refuseOr(product.error());
        if (!*product)
            return TrytonConnector::refused(
                tr("Tryton has no product with the code \"%1\" (line %2)").arg(sku, textOf(line, "lineNumber")));
        lines.append(Value::object({{QByteArray("type"), Value::utf8("line")},
            {QByteArray("product"), Value::number((*product)->id)},
            {QByteArray("unit"), Value::number((*product)->unit)}, {QByteArray("quantity"), member(line, "quantity")},
            {QByteArray("unit_price"), TrytonRpc::decimal(textOf(line, "unitPrice"))},
            {QByteArray("description"), Value::string(textOf(line, "name"))}}));
    }
    if (lines.isEmpty())
        return TrytonConnector::refused(tr("the order has no lines"));
    const QString shipping = textOf(order, "shippingCost");
    if (const auto cost = Decimal::parse(shipping.toLatin1()); cost && !cost->isZero()) {
        auto unit = shippingUnit();
        if (!unit)
            return refuseOr(unit.error());
        const QString method = textOf(order, "shippingMethodName");
        lines.append(
            Value::object({{QByteArray("type"), Value::utf8("line")}, {QByteArray("unit"), Value::number(*unit)},
                {QByteArray("quantity"), Value::number(1)}, {QByteArray("unit_price"), TrytonRpc::decimal(shipping)},
                {QByteArray("description"),
                    Value::string(method.isEmpty() ? tr("Shipping") : tr("Shipping: %1").arg(method))}}));
    }

    auto partyId = party(order);
    if (!partyId)
        return refuseOr(partyId.error());
    auto invoiceAddress = address(*partyId, member(order, "billTo"));
    if (!invoiceAddress)
        return refuseOr(invoiceAddress.error());
    auto shipmentAddress = address(*partyId, member(order, "shipTo"));
    if (!shipmentAddress)
        return refuseOr(shipmentAddress.error());

    QList<Member> sale{{QByteArray("party"), Value::number(*partyId)},
        {QByteArray("invoice_address"), Value::number(*invoiceAddress)},
        {QByteArray("shipment_address"), Value::number(*shipmentAddress)},
        {QByteArray("reference"), Value::string(reference)},
        {QByteArray("currency"), Value::number(m_tryton.currencyId())},
        {QByteArray("lines"), TrytonRpc::createAll(lines)}};
    const QDateTime ordered = QDateTime::fromString(textOf(order, "orderedAt"), Qt::ISODateWithMs);
    if (ordered.isValid()) {
        const QDate day = ordered.toUTC().date();
        sale.append({QByteArray("sale_date"),
            Value::object({{QByteArray("__class__"), Value::utf8("date")},
                {QByteArray("year"), Value::number(day.year())}, {QByteArray("month"), Value::number(day.month())},
                {QByteArray("day"), Value::number(day.day())}})});
    }
    if (const QString note = textOf(order, "customerNote"); !note.isEmpty())
        sale.append({QByteArray("comment"), Value::string(note)});
    auto created = call("model.sale.sale.create", {Value::array({Value::object(std::move(sale))})});
    if (!created)
        return refuseOr(created.error());
    if (created->items().size() != 1)
        return TrytonConnector::refused(tr("Tryton did not say which sale it created"));
    return confirm(
        created->items().constFirst().utf8().toLongLong(), QStringLiteral("draft"), QStringLiteral("created"));
}

ConnectorResult<RecordWriteResult> TrytonSaleWriter::confirm(qint64 sale, const QString &state, const QString &outcome)
{
    // An earlier attempt may have stopped between create and confirm: finish what it began.
    const auto step = [&](const char *method) -> std::optional<ConnectorError> {
        auto done = call(method, {ids(sale)});
        return done ? std::nullopt : std::optional<ConnectorError>(done.error());
    };
    std::optional<ConnectorError> problem;
    if (state == u"draft")
        problem = step("model.sale.sale.quote");
    if (!problem && (state == u"draft" || state == u"quotation"))
        problem = step("model.sale.sale.confirm");
    if (problem) {
        if (TrytonConnector::isRefusal(*problem))
            return TrytonConnector::refused(problem->error.message);
        return std::unexpected(*problem);
    }
    RecordWriteResult result;
    result.id = QString::number(sale);
    result.outcome = state == u"draft" || state == u"quotation" ? outcome : QStringLiteral("unchanged");
    return result;
}

ConnectorResult<qint64> TrytonSaleWriter::party(const Value &order)
{
    const QString number = textOf(order, "customerNumber");
    const QString email = textOf(order, "email");
    // Customers with an account carry their number as the party's code; guests are known by
    // their e-mail address.
    auto found = number.isEmpty()
        ? findOne("party.party", {TrytonRpc::clause("contact_mechanisms.value", "=", Value::string(email))})
        : findOne(
            "party.party", {TrytonRpc::clause("code", "=", Value::string(number)), TrytonRpc::activeOrArchived()});
    if (!found)
        return std::unexpected(found.error());
    if (*found)
        return **found;
    const Value billTo = member(order, "billTo");
    QString name = textOf(billTo, "name");
    if (name.isEmpty())
        name = email.isEmpty() ? number : email;
    QList<Member> party{{QByteArray("name"), Value::string(name)}};
    if (!number.isEmpty())
        party.append({QByteArray("code"), Value::string(number)});
    if (!email.isEmpty()) {
        party.append({QByteArray("contact_mechanisms"),
            TrytonRpc::createAll({Value::object(
                {{QByteArray("type"), Value::utf8("email")}, {QByteArray("value"), Value::string(email)}})})});
    }
    auto created = call("model.party.party.create", {Value::array({Value::object(std::move(party))})});
    if (!created)
        return std::unexpected(created.error());
    return created->items().value(0).utf8().toLongLong();
}

ConnectorResult<qint64> TrytonSaleWriter::address(qint64 party, const Value &address)
{
    QList<Value> domain{TrytonRpc::clause("party", "=", Value::number(party))};
    QList<Member> fields{{QByteArray("party"), Value::number(party)}};
    for (const auto &[from, to] : {std::pair{"name", "name"}, std::pair{"street", "street"},
             std::pair{"postalCode", "postal_code"}, std::pair{"city", "city"}}) {
        const QString value = textOf(address, from);
        domain.append(TrytonRpc::clause(to, "=", Value::string(value)));
        fields.append({QByteArray(to), Value::string(value)});
    }
    auto found = findOne("party.address", domain);
    if (!found)
        return std::unexpected(found.error());
    if (*found)
        return **found;
    auto created = call("model.party.address.create", {Value::array({Value::object(std::move(fields))})});
    if (!created)
        return std::unexpected(created.error());
    return created->items().value(0).utf8().toLongLong();
}

ConnectorResult<std::optional<TrytonSaleWriter::Product>> TrytonSaleWriter::product(const QString &code)
{
    if (auto known = m_products.constFind(code); known != m_products.constEnd())
        return std::optional<Product>(*known);
    auto rows = call("model.product.product.search_read",
        {Value::array({TrytonRpc::clause("code", "=", Value::string(code))}), Value::number(0), Value::number(1),
            Value(), Value::array({Value::utf8("default_uom")})});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->items().isEmpty())
        return std::optional<Product>();
    const Value &row = rows->items().constFirst();
    const Product found{member(row, "id").utf8().toLongLong(), member(row, "default_uom").utf8().toLongLong()};
    m_products.insert(code, found);
    return std::optional<Product>(found);
}

ConnectorResult<qint64> TrytonSaleWriter::shippingUnit()
{
    if (m_shippingUnit)
        return *m_shippingUnit;
    auto found = findOne("product.uom", {TrytonRpc::clause("symbol", "=", Value::utf8("u"))});
    if (!found)
        return std::unexpected(found.error());
    if (!*found) {
        return std::unexpected(
            ConnectorError{Error{ErrorCode::InvalidResponse, m_tryton.resourceUrl(DataPointKind::Orders).toString(),
                               tr("Tryton has no unit \"u\" for the shipping line"), {}},
                FailureClass::Permanent, 200, 0, {}});
    }
    m_shippingUnit = **found;
    return **found;
}

} // namespace Linkwright

#include "trytonconnector.h"

#include "connectors/tryton/trytonrecords.h"
#include "connectors/tryton/trytonrpc.h"

#include <QHash>

namespace Linkwright {

namespace {

Value ids(const QList<qint64> &list)
{
    QList<Value> values;
    values.reserve(list.size());
    for (const qint64 id : list)
        values.append(Value::number(id));
    return Value::array(std::move(values));
}

qint64 idOf(const Value &row)
{
    const Value *id = row.find("id");
    return id ? id->utf8().toLongLong() : 0;
}

Value byId()
{
    return Value::array({Value::array({Value::utf8("id"), Value::utf8("ASC")})});
}

Value fieldList(std::initializer_list<const char *> names)
{
    QList<Value> fields;
    for (const char *name : names)
        fields.append(Value::utf8(name));
    return Value::array(std::move(fields));
}

} // namespace

std::optional<QDateTime> TrytonConnector::since(const PageRequest &request)
{
    if (request.modifiedSince.isEmpty())
        return std::nullopt;
    QDateTime at = QDateTime::fromString(request.modifiedSince, Qt::ISODateWithMs);
    if (!at.isValid())
        return std::nullopt;
    return at.toUTC().addSecs(-OverlapSeconds);
}

QList<Value> TrytonConnector::changedSince(const PageRequest &request, bool withTemplate)
{
    const auto from = since(request);
    if (!from)
        return {};
    const Value stamp = TrytonRpc::datetime(*from);
    QList<Value> any{Value::utf8("OR")};
    // write_date stays empty until a record's first change, and a template's change does not
    // touch its variants: each stamp is asked for.
    for (const char *field : {"write_date", "create_date", "template.write_date", "template.create_date"}) {
        if (withTemplate || !QByteArrayView(field).startsWith("template."))
            any.append(TrytonRpc::clause(field, ">=", stamp));
    }
    return any;
}

ConnectorResult<Page> TrytonConnector::fetch(DataPointKind kind, const PageRequest &request)
{
    switch (kind) {
    case DataPointKind::Products:
    case DataPointKind::Prices:
        return fetchProducts(request);
    case DataPointKind::Stock:
        return fetchStock(request);
    case DataPointKind::Customers:
        return fetchCustomers(request);
    case DataPointKind::OrderUpdates:
        return fetchOrderUpdates(request);
    default:
        break;
    }
    return std::unexpected(unsupported(tr("the Tryton connector cannot read %1 yet").arg(DataPoints::key(kind))));
}

ConnectorResult<Page> TrytonConnector::fetchProducts(const PageRequest &request)
{
    const qint64 offset = request.cursor.toLongLong();
    const int limit = std::max(1, request.pageSize);
    const QList<Value> changed = changedSince(request);
    const Value domain = changed.isEmpty() ? Value::array({}) : Value::array({Value::array(changed)});
    auto rows = call("model.product.product.search_read",
        {domain, Value::number(offset), Value::number(limit), byId(), Value::array(TrytonRecords::productFields())});
    if (!rows)
        return std::unexpected(rows.error());
    Page page;
    page.records.reserve(rows->items().size());
    for (const Value &row : rows->items())
        page.records.append(TrytonRecords::product(row, m_currency));
    if (rows->items().size() >= limit)
        page.nextCursor = QString::number(offset + limit);
    return page;
}

ConnectorResult<Page> TrytonConnector::fetchCustomers(const PageRequest &request)
{
    const qint64 offset = request.cursor.toLongLong();
    const int limit = std::max(1, request.pageSize);
    QList<Value> domain{TrytonRpc::clause("id", "!=", Value::number(m_companyParty))};
    if (const auto from = since(request)) {
        // A changed address or e-mail leaves the party's own stamps alone: ask for theirs too.
        const Value stamp = TrytonRpc::datetime(*from);
        QList<Value> any{Value::utf8("OR")};
        for (const char *field : {"write_date", "create_date", "addresses.write_date", "addresses.create_date",
                 "contact_mechanisms.write_date", "contact_mechanisms.create_date"})
            any.append(TrytonRpc::clause(field, ">=", stamp));
        domain.append(Value::array(any));
    }
    auto parties = call("model.party.party.search_read",
        {Value::array(domain), Value::number(offset), Value::number(limit), byId(),
            fieldList({"code", "name", "write_date", "create_date"})});
    if (!parties)
        return std::unexpected(parties.error());
    Page page;
    if (parties->items().size() >= limit)
        page.nextCursor = QString::number(offset + limit);
    QList<qint64> partyIds;
    for (const Value &row : parties->items())
        partyIds.append(idOf(row));
    if (partyIds.isEmpty())
        return page;
    const Value ofThese = Value::array({TrytonRpc::clause("party", "in", ids(partyIds))});
    auto addresses = call("model.party.address.search_read",
        {ofThese, Value::number(0), Value(), byId(),
            fieldList(
                {"party", "name", "street", "postal_code", "city", "country.code", "write_date", "create_date"})});
    if (!addresses)
        return std::unexpected(addresses.error());
    auto contacts = call("model.party.contact_mechanism.search_read",
        {ofThese, Value::number(0), Value(), byId(),
            fieldList({"party", "type", "value", "write_date", "create_date"})});
    if (!contacts)
        return std::unexpected(contacts.error());
    QHash<qint64, QList<Value>> addressesOf;
    for (const Value &row : addresses->items())
        addressesOf[row.find("party") ? row.find("party")->utf8().toLongLong() : 0].append(row);
    QHash<qint64, QList<Value>> contactsOf;
    for (const Value &row : contacts->items())
        contactsOf[row.find("party") ? row.find("party")->utf8().toLongLong() : 0].append(row);
    for (const Value &row : parties->items()) {
        const qint64 id = idOf(row);
        page.records.append(TrytonRecords::customer(row, addressesOf.value(id), contactsOf.value(id)));
    }
    return page;
}

ConnectorResult<Page> TrytonConnector::fetchOrderUpdates(const PageRequest &request)
{
    const qint64 offset = request.cursor.toLongLong();
    const int limit = std::max(1, request.pageSize);
    // Web orders only: the sales a shop order became carry its number as their reference.
    QList<Value> domain{TrytonRpc::clause("reference", "!=", Value())};
    if (const QList<Value> changed = changedSince(request, false); !changed.isEmpty())
        domain.append(Value::array(changed));
    auto sales = call("model.sale.sale.search_read",
        {Value::array(domain), Value::number(offset), Value::number(limit), byId(),
            fieldList({"reference", "number", "state", "shipment_state", "shipments", "write_date", "create_date"})});
    if (!sales)
        return std::unexpected(sales.error());
    Page page;
    if (sales->items().size() >= limit)
        page.nextCursor = QString::number(offset + limit);
    QList<qint64> saleIds;
    QList<qint64> shipmentIds;
    for (const Value &row : sales->items()) {
        saleIds.append(idOf(row));
        for (const Value &shipment : row.find("shipments") ? row.find("shipments")->items() : QList<Value>())
            shipmentIds.append(shipment.utf8().toLongLong());
    }
    if (saleIds.isEmpty())
        return page;
    auto lines = call("model.sale.line.search_read",
        {Value::array({TrytonRpc::clause("sale", "in", ids(saleIds)), TrytonRpc::clause("product", "!=", Value())}),
            Value::number(0), Value(), byId(), fieldList({"sale", "product.code", "quantity"})});
    if (!lines)
        return std::unexpected(lines.error());
    QList<Value> origins;
    for (const Value &line : lines->items())
        origins.append(Value::string(QStringLiteral("sale.line,%1").arg(idOf(line))));
    auto moves = call("model.stock.move.search_read",
        {Value::array({TrytonRpc::clause("origin", "in", Value::array(origins)),
             TrytonRpc::clause("state", "=", Value::utf8("done"))}),
            Value::number(0), Value(), Value(), fieldList({"origin", "quantity"})});
    if (!moves)
        return std::unexpected(moves.error());
    auto shipments = call("model.stock.shipment.out.search_read",
        {Value::array(
             {TrytonRpc::clause("id", "in", ids(shipmentIds)), TrytonRpc::clause("state", "=", Value::utf8("done"))}),
            Value::number(0), Value(), byId(),
            fieldList({"effective_date", "reference", "write_date", "create_date"})});
    if (!shipments)
        return std::unexpected(shipments.error());

    QHash<QString, Decimal> shipped;
    for (const Value &move : moves->items()) {
        const QString origin = move.find("origin") ? move.find("origin")->text() : QString();
        shipped[origin] = shipped.value(origin)
                              .add(TrytonRecords::quantity(move.find("quantity") ? *move.find("quantity") : Value()))
                              .value_or(shipped.value(origin));
    }
    QHash<qint64, QList<TrytonRecords::SaleLine>> linesOf;
    for (const Value &line : lines->items()) {
        const Value *product = line.find("product.");
        linesOf[line.find("sale") ? line.find("sale")->utf8().toLongLong() : 0].append(
            {product && product->find("code") ? *product->find("code") : Value(),
                line.find("quantity") ? *line.find("quantity") : Value(),
                shipped.value(QStringLiteral("sale.line,%1").arg(idOf(line)))});
    }
    QHash<qint64, Value> shipmentById;
    for (const Value &shipment : shipments->items())
        shipmentById.insert(idOf(shipment), shipment);
    for (const Value &row : sales->items()) {
        QList<Value> done;
        for (const Value &shipment : row.find("shipments") ? row.find("shipments")->items() : QList<Value>()) {
            if (auto found = shipmentById.constFind(shipment.utf8().toLongLong()); found != shipmentById.constEnd())
                done.append(*found);
        }
        page.records.append(TrytonRecords::orderUpdate(row, linesOf.value(idOf(row)), done));
    }
    return page;
}

ConnectorResult<QList<TrytonConnector::Warehouse>> TrytonConnector::warehouses()
{
    if (m_warehouses)
        return *m_warehouses;
    QList<Value> domain{TrytonRpc::clause("type", "=", Value::utf8("warehouse"))};
    if (!m_endpoint.tryton.warehouses.isEmpty()) {
        QList<qint64> wanted;
        for (const int id : m_endpoint.tryton.warehouses)
            wanted.append(id);
        domain.append(TrytonRpc::clause("id", "in", ids(wanted)));
    }
    auto rows = call("model.stock.location.search_read",
        {Value::array(domain), Value::number(0), Value(), byId(), fieldList({"code", "name"})});
    if (!rows)
        return std::unexpected(rows.error());
    QList<Warehouse> found;
    for (const Value &row : rows->items()) {
        const Value *code = row.find("code");
        const Value *name = row.find("name");
        found.append({static_cast<int>(idOf(row)), code && code->isString() ? code->text() : QString(),
            name ? name->text() : QString()});
    }
    if (found.isEmpty()) {
        return permanentFailure(Error{ErrorCode::InvalidProject, where(),
            tr("Tryton has none of the warehouses asked for"),
            tr("List stock.location ids of type warehouse in \"tryton\": {\"warehouses\": [...]}, or leave it out.")});
    }
    m_warehouses = found;
    return found;
}

ConnectorResult<Page> TrytonConnector::fetchStock(const PageRequest &request)
{
    auto stores = warehouses();
    if (!stores)
        return std::unexpected(stores.error());
    const qint64 offset = request.cursor.toLongLong();
    const int limit = std::max(1, request.pageSize);

    // Stock moves leave the product untouched: an incremental page also takes the products of
    // the moves done since the watermark.
    QList<Value> domain;
    const QList<Value> movedSince = changedSince(request, false);
    if (!movedSince.isEmpty()) {
        auto moved = call("model.stock.move.search_read",
            {Value::array({TrytonRpc::clause("state", "=", Value::utf8("done")), Value::array(movedSince)}),
                Value::number(0), Value(), Value(), fieldList({"product"})});
        if (!moved)
            return std::unexpected(moved.error());
        QList<qint64> products;
        for (const Value &move : moved->items()) {
            if (const Value *product = move.find("product"); product && product->isNumber())
                products.append(product->utf8().toLongLong());
        }
        QList<Value> any = changedSince(request);
        any.append(TrytonRpc::clause("id", "in", ids(products)));
        domain.append(Value::array(any));
    }
    auto rows = call("model.product.product.search_read",
        {Value::array(domain), Value::number(offset), Value::number(limit), byId(),
            fieldList({"code", "write_date", "create_date", "template.write_date", "template.create_date"})});
    if (!rows)
        return std::unexpected(rows.error());
    QList<qint64> pageIds;
    for (const Value &row : rows->items())
        pageIds.append(idOf(row));

    Page page;
    if (rows->items().size() >= limit)
        page.nextCursor = QString::number(offset + limit);
    if (pageIds.isEmpty())
        return page;

    QHash<qint64, QList<TrytonRecords::Level>> levels;
    for (const Warehouse &store : *stores) {
        auto quantities = call("model.product.product.search_read",
            {Value::array({TrytonRpc::clause("id", "in", ids(pageIds))}), Value::number(0), Value(), byId(),
                fieldList({"quantity"})},
            {{QByteArray("locations"), Value::array({Value::number(store.id)})}});
        if (!quantities)
            return std::unexpected(quantities.error());
        for (const Value &row : quantities->items()) {
            const Value *quantity = row.find("quantity");
            levels[idOf(row)].append(
                {store.code.isEmpty() ? store.name : store.code, quantity ? *quantity : Value::number(0)});
        }
    }

    // The record's stamp is its newest change: the product's, or that of its latest done move.
    QList<Value> moveDomain{
        TrytonRpc::clause("product", "in", ids(pageIds)), TrytonRpc::clause("state", "=", Value::utf8("done"))};
    if (!movedSince.isEmpty())
        moveDomain.append(Value::array(movedSince));
    auto moves = call("model.stock.move.search_read",
        {Value::array(moveDomain), Value::number(0), Value(), Value(),
            fieldList({"product", "write_date", "create_date"})});
    if (!moves)
        return std::unexpected(moves.error());
    QHash<qint64, QByteArray> latest;
    for (const Value &move : moves->items()) {
        const qint64 product = move.find("product") ? move.find("product")->utf8().toLongLong() : 0;
        const QByteArray stamp = TrytonRecords::newestStamp(move);
        if (stamp > latest.value(product))
            latest.insert(product, stamp);
    }
    for (const Value &row : rows->items()) {
        const qint64 id = idOf(row);
        const QByteArray stamp = std::max(TrytonRecords::newestStamp(row), latest.value(id));
        page.records.append(TrytonRecords::stock(row, levels.value(id), stamp));
    }
    return page;
}

} // namespace Linkwright

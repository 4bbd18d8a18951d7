#include "trytonconnector.h"

#include "connectors/tryton/trytonrecords.h"
#include "connectors/tryton/trytonrpc.h"

#include <QHash>
#include <QSet>

#include <array>

namespace Linkwright {

std::optional<QDateTime> TrytonConnector::since(const PageRequest &request)
{
    if (request.modifiedSince.isEmpty())
        return std::nullopt;
    QDateTime at = QDateTime::fromString(request.modifiedSince, Qt::ISODateWithMs);
    if (!at.isValid())
        return std::nullopt;
    return at.toUTC().addSecs(-OverlapSeconds);
}

QList<Value> TrytonConnector::changedSince(const PageRequest &request, std::span<const char *const> stamps)
{
    const auto from = since(request);
    if (!from)
        return {};
    const Value stamp = TrytonRpc::datetime(*from);
    QList<Value> any{Value::utf8("OR")};
    for (const char *field : stamps)
        any.append(TrytonRpc::clause(field, ">=", stamp));
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
    case DataPointKind::Invoices:
        return fetchInvoices(request);
    default:
        break;
    }
    return std::unexpected(unsupported(tr("the Tryton connector cannot read %1 yet").arg(DataPoints::key(kind))));
}

ConnectorResult<Page> TrytonConnector::fetchCustomers(const PageRequest &request)
{
    const qint64 offset = request.cursor.toLongLong();
    const int limit = std::max(1, request.pageSize);
    QList<Value> domain{TrytonRpc::clause("id", "!=", Value::number(m_companyParty))};
    // A changed address or e-mail leaves the party's own stamps alone: ask for theirs too.
    static constexpr std::array<const char *, 6> PartyStamps{"write_date", "create_date", "addresses.write_date",
        "addresses.create_date", "contact_mechanisms.write_date", "contact_mechanisms.create_date"};
    if (const QList<Value> changed = changedSince(request, PartyStamps); !changed.isEmpty())
        domain.append(Value::array(changed));
    auto parties = call("model.party.party.search_read",
        {Value::array(domain), Value::number(offset), Value::number(limit), TrytonRpc::byId(),
            TrytonRpc::fields({"code", "name", "write_date", "create_date"})});
    if (!parties)
        return std::unexpected(parties.error());
    Page page;
    if (parties->items().size() >= limit)
        page.nextCursor = QString::number(offset + limit);
    QList<qint64> partyIds;
    for (const Value &row : parties->items())
        partyIds.append(TrytonRpc::idOf(row));
    if (partyIds.isEmpty())
        return page;
    const Value ofThese = Value::array({TrytonRpc::clause("party", "in", TrytonRpc::ids(partyIds))});
    auto flags = addressFlags();
    if (!flags)
        return std::unexpected(flags.error());
    QList<Value> addressFields = TrytonRpc::fields(
        {"party", "name", "street", "postal_code", "city", "country.code", "write_date", "create_date"})
                                     .items();
    for (const QByteArray &flag : *flags)
        addressFields.append(Value::utf8(flag));
    auto addresses = call("model.party.address.search_read",
        {ofThese, Value::number(0), Value(), TrytonRpc::byId(), Value::array(std::move(addressFields))});
    if (!addresses)
        return std::unexpected(addresses.error());
    auto contacts = call("model.party.contact_mechanism.search_read",
        {ofThese, Value::number(0), Value(), TrytonRpc::byId(),
            TrytonRpc::fields({"party", "type", "value", "write_date", "create_date"})});
    if (!contacts)
        return std::unexpected(contacts.error());
    QHash<qint64, QList<Value>> addressesOf;
    for (const Value &row : addresses->items())
        addressesOf[row.find("party") ? row.find("party")->utf8().toLongLong() : 0].append(row);
    QHash<qint64, QList<Value>> contactsOf;
    for (const Value &row : contacts->items())
        contactsOf[row.find("party") ? row.find("party")->utf8().toLongLong() : 0].append(row);
    for (const Value &row : parties->items()) {
        const qint64 id = TrytonRpc::idOf(row);
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
    if (const QList<Value> changed = changedSince(request, OwnStamps); !changed.isEmpty())
        domain.append(Value::array(changed));
    auto sales = call("model.sale.sale.search_read",
        {Value::array(domain), Value::number(offset), Value::number(limit), TrytonRpc::byId(),
            TrytonRpc::fields(
                {"reference", "number", "state", "shipment_state", "shipments", "write_date", "create_date"})});
    if (!sales)
        return std::unexpected(sales.error());
    Page page;
    if (sales->items().size() >= limit)
        page.nextCursor = QString::number(offset + limit);
    QList<qint64> saleIds;
    QList<qint64> shipmentIds;
    for (const Value &row : sales->items()) {
        saleIds.append(TrytonRpc::idOf(row));
        for (const Value &shipment : row.find("shipments") ? row.find("shipments")->items() : QList<Value>())
            shipmentIds.append(shipment.utf8().toLongLong());
    }
    if (saleIds.isEmpty())
        return page;
    auto lines = call("model.sale.line.search_read",
        {Value::array(
             {TrytonRpc::clause("sale", "in", TrytonRpc::ids(saleIds)), TrytonRpc::clause("product", "!=", Value())}),
            Value::number(0), Value(), TrytonRpc::byId(), TrytonRpc::fields({"sale", "product.code", "quantity"})});
    if (!lines)
        return std::unexpected(lines.error());
    QList<Value> origins;
    for (const Value &line : lines->items())
        origins.append(Value::string(QStringLiteral("sale.line,%1").arg(TrytonRpc::idOf(line))));
    auto moves = call("model.stock.move.search_read",
        {Value::array({TrytonRpc::clause("origin", "in", Value::array(origins)),
             TrytonRpc::clause("state", "=", Value::utf8("done"))}),
            Value::number(0), Value(), Value(), TrytonRpc::fields({"origin", "quantity"})});
    if (!moves)
        return std::unexpected(moves.error());
    auto shipments = call("model.stock.shipment.out.search_read",
        {Value::array({TrytonRpc::clause("id", "in", TrytonRpc::ids(shipmentIds)),
             TrytonRpc::clause("state", "=", Value::utf8("done"))}),
            Value::number(0), Value(), TrytonRpc::byId(),
            TrytonRpc::fields({"effective_date", "reference", "write_date", "create_date"})});
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
                shipped.value(QStringLiteral("sale.line,%1").arg(TrytonRpc::idOf(line)))});
    }
    QHash<qint64, Value> shipmentById;
    for (const Value &shipment : shipments->items())
        shipmentById.insert(TrytonRpc::idOf(shipment), shipment);
    for (const Value &row : sales->items()) {
        QList<Value> done;
        for (const Value &shipment : row.find("shipments") ? row.find("shipments")->items() : QList<Value>()) {
            if (auto found = shipmentById.constFind(shipment.utf8().toLongLong()); found != shipmentById.constEnd())
                done.append(*found);
        }
        page.records.append(TrytonRecords::orderUpdate(row, linesOf.value(TrytonRpc::idOf(row)), done));
    }
    return page;
}

ConnectorResult<QList<QByteArray>> TrytonConnector::addressFlags()
{
    QList<QByteArray> flags;
    // "invoice" comes with account_invoice, "delivery" with stock; asking for a field a
    // database lacks would fail the whole page.
    for (const auto &[module, flag] : {std::pair{"account_invoice", "invoice"}, std::pair{"stock", "delivery"}}) {
        auto has = hasModule(QString::fromLatin1(module));
        if (!has)
            return std::unexpected(has.error());
        if (*has)
            flags.append(QByteArray(flag));
    }
    return flags;
}

ConnectorResult<bool> TrytonConnector::hasModule(const QString &name)
{
    if (!m_modules) {
        auto rows = call("model.ir.module.search_read",
            {Value::array({TrytonRpc::clause("state", "=", Value::utf8("activated"))}), Value::number(0), Value(),
                Value(), TrytonRpc::fields({"name"})});
        if (!rows)
            return std::unexpected(rows.error());
        QSet<QString> activated;
        for (const Value &row : rows->items())
            activated.insert(row.find("name") ? row.find("name")->text() : QString());
        m_modules = std::move(activated);
    }
    return m_modules->contains(name);
}

} // namespace Linkwright

#include "trytonconnector.h"

#include "connectors/tryton/trytonrecords.h"
#include "connectors/tryton/trytonrpc.h"

#include <QHash>

#include <array>

namespace Linkwright {

namespace {

/// The ids a related field of the template holds ("template.": {"categories": [..]}).
QList<qint64> templateIds(const Value &row, QByteArrayView field)
{
    const Value *product = row.find("template.");
    const Value *list = product ? product->find(field) : nullptr;
    QList<qint64> found;
    for (const Value &id : list ? list->items() : QList<Value>())
        found.append(TrytonRpc::idOf(id));
    return found;
}

} // namespace

ConnectorResult<Page> TrytonConnector::fetchProducts(const PageRequest &request)
{
    const qint64 offset = request.cursor.toLongLong();
    const int limit = std::max(1, request.pageSize);
    // A record also shows its template's categories and sibling variants: a renamed category
    // (or its parent) and a new or changed sibling change it without touching its own stamps.
    static constexpr std::array<const char *, 9> Stamps{"write_date", "create_date", "template.write_date",
        "template.create_date", "template.products.write_date", "template.products.create_date",
        "template.categories.write_date", "template.categories.create_date", "template.categories.parent.write_date"};
    const QList<Value> changed = changedSince(request, Stamps);
    const Value domain = changed.isEmpty() ? Value::array({}) : Value::array({Value::array(changed)});
    auto rows = call("model.product.product.search_read",
        {domain, Value::number(offset), Value::number(limit), TrytonRpc::byId(),
            Value::array(TrytonRecords::productFields())});
    if (!rows)
        return std::unexpected(rows.error());
    Page page;
    if (rows->items().size() >= limit)
        page.nextCursor = QString::number(offset + limit);

    // One read for the page's categories and one for the siblings of the templates that have
    // several products, never one call per record.
    QList<qint64> categoryIds;
    QList<qint64> families;
    for (const Value &row : rows->items()) {
        for (const qint64 id : templateIds(row, "categories")) {
            if (!categoryIds.contains(id))
                categoryIds.append(id);
        }
        if (const QList<qint64> siblings = templateIds(row, "products"); siblings.size() > 1) {
            if (const Value *product = row.find("template."); !families.contains(TrytonRpc::idOf(*product)))
                families.append(TrytonRpc::idOf(*product));
        }
    }
    QHash<qint64, Value> categories;
    if (!categoryIds.isEmpty()) {
        auto found = call("model.product.category.read",
            {TrytonRpc::ids(categoryIds), TrytonRpc::fields({"rec_name", "write_date", "create_date"})});
        if (!found)
            return std::unexpected(found.error());
        for (const Value &category : found->items())
            categories.insert(TrytonRpc::idOf(category), category);
    }
    QHash<qint64, QList<Value>> variants;
    if (!families.isEmpty()) {
        auto found = call("model.product.product.search_read",
            {Value::array({TrytonRpc::clause("template", "in", TrytonRpc::ids(families))}), Value::number(0), Value(),
                TrytonRpc::byId(),
                TrytonRpc::fields({"template", "code", "description", "active", "write_date", "create_date"})});
        if (!found)
            return std::unexpected(found.error());
        for (const Value &variant : found->items())
            variants[variant.find("template") ? TrytonRpc::idOf(*variant.find("template")) : 0].append(variant);
    }

    page.records.reserve(rows->items().size());
    for (const Value &row : rows->items()) {
        QList<Value> mine;
        for (const qint64 id : templateIds(row, "categories")) {
            if (auto category = categories.constFind(id); category != categories.constEnd())
                mine.append(*category);
        }
        const Value *product = row.find("template.");
        const qint64 family = product ? TrytonRpc::idOf(*product) : 0;
        page.records.append(TrytonRecords::product(row, m_currency, mine, variants.value(family)));
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
        domain.append(TrytonRpc::clause("id", "in", TrytonRpc::ids(wanted)));
    }
    auto rows = call("model.stock.location.search_read",
        {Value::array(domain), Value::number(0), Value(), TrytonRpc::byId(), TrytonRpc::fields({"code", "name"})});
    if (!rows)
        return std::unexpected(rows.error());
    QList<Warehouse> found;
    for (const Value &row : rows->items()) {
        const Value *code = row.find("code");
        const Value *name = row.find("name");
        found.append({static_cast<int>(TrytonRpc::idOf(row)), code && code->isString() ? code->text() : QString(),
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
    const QList<Value> movedSince = changedSince(request, OwnStamps);
    if (!movedSince.isEmpty()) {
        auto moved = call("model.stock.move.search_read",
            {Value::array({TrytonRpc::clause("state", "=", Value::utf8("done")), Value::array(movedSince)}),
                Value::number(0), Value(), Value(), TrytonRpc::fields({"product"})});
        if (!moved)
            return std::unexpected(moved.error());
        QList<qint64> products;
        for (const Value &move : moved->items()) {
            if (const Value *product = move.find("product"); product && product->isNumber())
                products.append(product->utf8().toLongLong());
        }
        QList<Value> any = changedSince(request, ProductStamps);
        any.append(TrytonRpc::clause("id", "in", TrytonRpc::ids(products)));
        domain.append(Value::array(any));
    }
    auto rows = call("model.product.product.search_read",
        {Value::array(domain), Value::number(offset), Value::number(limit), TrytonRpc::byId(),
            TrytonRpc::fields({"code", "write_date", "create_date", "template.write_date", "template.create_date"})});
    if (!rows)
        return std::unexpected(rows.error());
    QList<qint64> pageIds;
    for (const Value &row : rows->items())
        pageIds.append(TrytonRpc::idOf(row));

    Page page;
    if (rows->items().size() >= limit)
        page.nextCursor = QString::number(offset + limit);
    if (pageIds.isEmpty())
        return page;

    QHash<qint64, QList<TrytonRecords::Level>> levels;
    for (const Warehouse &store : *stores) {
        auto quantities = call("model.product.product.search_read",
            {Value::array({TrytonRpc::clause("id", "in", TrytonRpc::ids(pageIds))}), Value::number(0), Value(),
                TrytonRpc::byId(), TrytonRpc::fields({"quantity"})},
            {{QByteArray("locations"), Value::array({Value::number(store.id)})}});
        if (!quantities)
            return std::unexpected(quantities.error());
        for (const Value &row : quantities->items()) {
            const Value *quantity = row.find("quantity");
            levels[TrytonRpc::idOf(row)].append(
                {store.code.isEmpty() ? store.name : store.code, quantity ? *quantity : Value::number(0)});
        }
    }

    // The record's stamp is its newest change: the product's, or that of its latest done move.
    QList<Value> moveDomain{TrytonRpc::clause("product", "in", TrytonRpc::ids(pageIds)),
        TrytonRpc::clause("state", "=", Value::utf8("done"))};
    if (!movedSince.isEmpty())
        moveDomain.append(Value::array(movedSince));
    auto moves = call("model.stock.move.search_read",
        {Value::array(moveDomain), Value::number(0), Value(), Value(),
            TrytonRpc::fields({"product", "write_date", "create_date"})});
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
        const qint64 id = TrytonRpc::idOf(row);
        const QByteArray stamp = std::max(TrytonRecords::newestStamp(row), latest.value(id));
        page.records.append(TrytonRecords::stock(row, levels.value(id), stamp));
    }
    return page;
}

} // namespace Linkwright

#include "trytonconnector.h"

#include "connectors/tryton/trytoninvoices.h"
#include "connectors/tryton/trytonrpc.h"

#include <QHash>

namespace Linkwright {

ConnectorResult<Page> TrytonConnector::fetchInvoices(const PageRequest &request)
{
    auto has = hasModule(QStringLiteral("account_invoice"));
    if (!has)
        return std::unexpected(has.error());
    if (!*has) {
        return permanentFailure(Error{ErrorCode::InvalidProject, where(),
            tr("the Tryton module account_invoice is not activated in database \"%1\", so Tryton has no invoices")
                .arg(m_endpoint.tryton.database),
            tr("Activate it (trytond-admin -c CONFIG -d %1 -u account_invoice --activate-dependencies), or turn "
               "the invoices data point off.")
                .arg(m_endpoint.tryton.database)});
    }
    auto withSales = hasModule(QStringLiteral("sale"));
    if (!withSales)
        return std::unexpected(withSales.error());

    const qint64 offset = request.cursor.toLongLong();
    const int limit = std::max(1, request.pageSize);
    // Customer documents only, and only those with a number: a draft is no history yet.
    QList<Value> domain{TrytonRpc::clause("type", "=", Value::utf8("out")), TrytonRpc::clause("number", "!=", Value()),
        TrytonRpc::clause(
            "state", "in", Value::array({Value::utf8("posted"), Value::utf8("paid"), Value::utf8("cancelled")}))};
    if (const QList<Value> changed = changedSince(request, OwnStamps); !changed.isEmpty())
        domain.append(Value::array(changed));
    auto invoices = call("model.account.invoice.search_read",
        {Value::array(domain), Value::number(offset), Value::number(limit), TrytonRpc::byId(),
            Value::array(TrytonInvoices::invoiceFields(*withSales))});
    if (!invoices)
        return std::unexpected(invoices.error());
    Page page;
    if (invoices->items().size() >= limit)
        page.nextCursor = QString::number(offset + limit);
    QList<qint64> invoiceIds;
    QList<qint64> saleIds;
    for (const Value &row : invoices->items()) {
        invoiceIds.append(TrytonRpc::idOf(row));
        for (const Value &sale : row.find("sales") ? row.find("sales")->items() : QList<Value>()) {
            if (const qint64 id = TrytonRpc::idOf(sale); !saleIds.contains(id))
                saleIds.append(id);
        }
    }
    if (invoiceIds.isEmpty())
        return page;
    // Subtotal, title and comment lines carry no goods. Ordered as Tryton shows them; account.
    // invoice.line's own order would sort by invoice number.
    auto lines = call("model.account.invoice.line.search_read",
        {Value::array({TrytonRpc::clause("invoice", "in", TrytonRpc::ids(invoiceIds)),
             TrytonRpc::clause("type", "=", Value::utf8("line"))}),
            Value::number(0), Value(),
            Value::array({Value::array({Value::utf8("sequence"), Value::utf8("ASC")}),
                Value::array({Value::utf8("id"), Value::utf8("ASC")})}),
            Value::array(TrytonInvoices::lineFields())});
    if (!lines)
        return std::unexpected(lines.error());
    QHash<qint64, TrytonInvoices::Sale> saleById;
    if (!saleIds.isEmpty()) {
        auto sales = call("model.sale.sale.search_read",
            {Value::array({TrytonRpc::clause("id", "in", TrytonRpc::ids(saleIds))}), Value::number(0), Value(),
                TrytonRpc::byId(), TrytonRpc::fields({"number", "reference"})});
        if (!sales)
            return std::unexpected(sales.error());
        for (const Value &sale : sales->items()) {
            saleById.insert(TrytonRpc::idOf(sale),
                {sale.find("number") ? *sale.find("number") : Value(),
                    sale.find("reference") ? *sale.find("reference") : Value()});
        }
    }
    QHash<qint64, QList<Value>> linesOf;
    for (const Value &line : lines->items())
        linesOf[line.find("invoice") ? TrytonRpc::idOf(*line.find("invoice")) : 0].append(line);
    for (const Value &row : invoices->items()) {
        QList<TrytonInvoices::Sale> sales;
        for (const Value &sale : row.find("sales") ? row.find("sales")->items() : QList<Value>()) {
            if (auto found = saleById.constFind(TrytonRpc::idOf(sale)); found != saleById.constEnd())
                sales.append(*found);
        }
        page.records.append(TrytonInvoices::invoice(row, linesOf.value(TrytonRpc::idOf(row)), sales));
    }
    return page;
}

} // namespace Linkwright

#pragma once

#include "domain/value.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Linkwright {

/// Turns Tryton's customer invoices (account.invoice of type "out", with their lines and the
/// sales they came from) into the simulator ERP's invoice records, so that the invoices
/// mappings work against either.
///
/// Tryton 6.0 keeps a credit note as an invoice with a negative total (its lines have negative
/// quantities). The simulator's credit notes carry positive amounts and say what they are in
/// "type", so a credit note's quantities and amounts change sign; unit prices stay as they are.
class TrytonInvoices final
{
public:
    /// The fields of account.invoice an invoices page reads; "sales" only with the sale module.
    [[nodiscard]] static QList<Value> invoiceFields(bool withSales);
    /// The fields of account.invoice.line read for a page's invoices.
    [[nodiscard]] static QList<Value> lineFields();

    struct Sale {
        Value number; ///< the sale's number in Tryton
        Value reference; ///< the web order's number, when the sale came from the shop
    };

    /// {invoiceNumber, type, customerNumber, customerName, billTo, shipTo, invoiceDate, dueDate,
    /// salesOrder, orderNumber, source, currency, lines: [{lineNumber, sku, name, quantity, unit,
    /// unitPrice, lineTotal}], subtotal, taxRate, taxAmount, total, status, modifiedAt} from an
    /// invoice row, its lines (of type "line") and its sales. type is invoice or creditNote;
    /// status open (posted), paid (a credit note: settled) or cancelled. salesOrder is the first
    /// sale's number and orderNumber the first web order's number, so that the shop can attach
    /// the invoice to its order. Tryton 6.0 has no single due date or tax rate: both are null,
    /// as is shipTo.
    [[nodiscard]] static Value invoice(const Value &row, const QList<Value> &lines, const QList<Sale> &sales);

    /// The simulator's word for an invoice's state.
    [[nodiscard]] static QString status(QByteArrayView state, bool creditNote);
    /// Tryton's decimal text, negated when asked, and without zeros beyond two places that
    /// carry nothing ("19.9000" -> "19.90"); never through a double. Null stays null.
    [[nodiscard]] static Value amount(const Value &value, bool negate);
};

} // namespace Linkwright

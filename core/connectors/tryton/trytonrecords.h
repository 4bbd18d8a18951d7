#pragma once

#include "domain/decimal.h"
#include "domain/value.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Linkwright {

/// Turns decoded Tryton rows (search_read answers, see TrytonRpc::decode) into records shaped
/// like the simulator's ERP records, so that a project's mappings work against either.
class TrytonRecords final
{
public:
    /// A member of a row, or null when the row has none.
    [[nodiscard]] static Value member(const Value &object, QByteArrayView name);
    /// A member of a related record read as "relation.field" (Tryton answers {"relation.": {...}}).
    [[nodiscard]] static Value related(const Value &row, QByteArrayView relation, QByteArrayView field);
    /// Text as it is; anything else (Tryton's false for an empty char field) as "".
    [[nodiscard]] static Value textOrEmpty(const Value &value);

    /// The fields of product.product a products page reads.
    [[nodiscard]] static QList<Value> productFields();

    /// {id, sku, name, description, category, categories, unit, listPrice, currency, active,
    /// variants, modifiedAt} from a product row with its template's name, stamps, categories and
    /// products (ids). listPrice keeps Tryton's digits. categories are the template's
    /// product.category rows (rec_name and stamps): category is the first one's path in the
    /// simulator's form ("Office/Desks"), categories all of them as {code, path}. variants are the
    /// rows (code, description, active, stamps) of every product of the template, this one
    /// included, as {sku, description, attributes, active}, when the template has more than one;
    /// empty otherwise, as the simulator's products without variants. modifiedAt is the newest
    /// stamp of them all, since a renamed category or a new sibling changes the record.
    [[nodiscard]] static Value product(
        const Value &row, const QString &currency, const QList<Value> &categories, const QList<Value> &variants);
    /// "Office / Desks" (a category's rec_name) -> "Office/Desks", the simulator's path form.
    [[nodiscard]] static QString categoryPath(const QString &recName);
    /// "Office/Desks" -> "office-desks", the code a shop's category tree is keyed by.
    [[nodiscard]] static QString categoryCode(const QString &path);

    struct Level {
        QString warehouse; ///< the warehouse's code, or its name when it has none
        Value quantity; ///< as Tryton said it
    };
    /// {id, sku, warehouses: [{warehouse, quantity}], available, modifiedAt}; quantities that
    /// are whole come out without a fraction ("12.0" -> 12), available is their exact sum.
    [[nodiscard]] static Value stock(const Value &row, const QList<Level> &levels, const QByteArray &modifiedAt);

    /// {id, customerNumber, name, email, phone, billTo, shipTo, modifiedAt} from a party row and
    /// its addresses and contact mechanisms (rows of party.address and party.contact_mechanism).
    /// billTo is the first address marked for invoices (or the first address when none is),
    /// shipTo every address marked for deliveries (or every address when none is); each address
    /// has the simulator's keys (addressId "A" + its id, name, street, postalCode, city,
    /// country). modifiedAt is the newest stamp of them all, since changing an address leaves the
    /// party's own stamps alone.
    [[nodiscard]] static Value customer(
        const Value &party, const QList<Value> &addresses, const QList<Value> &contacts);

    struct SaleLine {
        Value sku; ///< the product's code
        Value ordered; ///< as Tryton said it
        Decimal shipped; ///< the sum of its done moves
    };
    /// {orderNumber, erpOrderNumber, status, shippingDate, carrier, trackingNumber, lines:
    /// [{lineNumber, sku, quantityOrdered, quantityShipped}], modifiedAt} from a sale row (with
    /// reference, number, state, shipment_state and stamps) and its done outgoing shipments.
    /// status is shipped, partiallyShipped, processing, cancelled, exception or pending.
    [[nodiscard]] static Value orderUpdate(
        const Value &sale, const QList<SaleLine> &lines, const QList<Value> &shipments);
    /// A Tryton float quantity ("12.0") as an exact decimal, whole ones without the fraction.
    [[nodiscard]] static Decimal quantity(const Value &value);

    /// The newest of a row's stamps: write_date, create_date, and the same of its template.
    [[nodiscard]] static QByteArray newestStamp(const Value &row);
};

} // namespace Linkwright

#pragma once

#include "connectors/connector.h"
#include "domain/value.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace Linkwright {

class TrytonConnector;

/// Turns a web order (the simulator shop's shape: orderNumber, customerNumber or email, billTo,
/// shipTo, lines with sku, quantity and unitPrice, shippingCost, orderedAt, customerNote) into a
/// confirmed Tryton sale: the party and its addresses are found or created, each line's product
/// is found by its code, then sale.sale is created, quoted and confirmed, one sale per call
/// (confirming many in one call costs Tryton a second each).
///
/// The order number is the sale's reference, so that writing an order again finds its sale and
/// never creates a second one; a sale left unconfirmed by an earlier attempt is confirmed.
class TrytonSaleWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::TrytonSaleWriter)

public:
    explicit TrytonSaleWriter(TrytonConnector &tryton);

    /// The outcome for the record, refused when Tryton or the order's data say no (a product
    /// Tryton does not have, a UserError); an error when Tryton could not be asked at all, which
    /// costs the whole batch.
    [[nodiscard]] ConnectorResult<RecordWriteResult> write(const Value &order);

private:
    struct Product {
        qint64 id = 0;
        qint64 unit = 0;
    };

    [[nodiscard]] ConnectorResult<Value> call(QByteArrayView method, QList<Value> params);
    [[nodiscard]] ConnectorResult<std::optional<qint64>> findOne(QByteArrayView model, QList<Value> domain);
    [[nodiscard]] ConnectorResult<qint64> party(const Value &order);
    [[nodiscard]] ConnectorResult<qint64> address(qint64 party, const Value &address);
    [[nodiscard]] ConnectorResult<std::optional<Product>> product(const QString &code);
    [[nodiscard]] ConnectorResult<qint64> shippingUnit();
    /// Quotes and confirms a sale in state; outcome is what to report when that was needed.
    [[nodiscard]] ConnectorResult<RecordWriteResult> confirm(qint64 sale, const QString &state, const QString &outcome);

    TrytonConnector &m_tryton;
    QHash<QString, Product> m_products;
    std::optional<qint64> m_shippingUnit;
};

} // namespace Linkwright

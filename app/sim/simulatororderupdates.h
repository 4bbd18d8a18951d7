#pragma once

#include <QJsonObject>
#include <QRandomGenerator>

namespace Linkwright {

/// The order updates both systems start with, each derived from a generated web order: the shop's
/// cancellation requests and the ERP's shipping news. Kept apart from SimulatorDocuments because
/// they describe what happened to an order afterwards, not the order itself.
class SimulatorOrderUpdates
{
public:
    /// The shop-side cancellation request for the order, or an empty object for most orders.
    [[nodiscard]] static QJsonObject cancellation(QRandomGenerator &rng, const QJsonObject &order);
    /// The ERP-side shipping news for the order (status, shipping date, carrier, tracking number,
    /// quantities the ERP changed), or an empty object for orders not yet processed.
    [[nodiscard]] static QJsonObject fulfilment(QRandomGenerator &rng, const QJsonObject &order);
};

} // namespace Linkwright

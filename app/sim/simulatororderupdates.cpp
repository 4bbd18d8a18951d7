#include "simulatororderupdates.h"

#include "simulatordata.h"
#include "simulatorwords.h"

#include <QJsonArray>

#include <array>

namespace Linkwright {

using namespace SimulatorWords;

namespace {

constexpr qint64 MsecsPerSecond = 1000;
constexpr qint64 MsecsPerHour = 60 * 60 * MsecsPerSecond;

constexpr std::array CancelReasons{
    "Ordered by mistake", "Delivery date too late", "Found it cheaper elsewhere", "Wrong size ordered"};
constexpr std::array FulfilmentNotes{
    "Line %1 reduced: the rest is back-ordered.", "Line %1 reduced after a phone call with the customer."};

/// A tracking number in the carrier's usual shape, digits only except UPS's "1Z".
QString trackingNumber(QRandomGenerator &rng, const QString &carrier)
{
    QString out = carrier == u"UPS" ? QStringLiteral("1Z") : QStringLiteral("00340");
    const int digits = carrier == u"GLS" ? 11 : 14;
    for (int i = 0; i < digits; ++i)
        out += QChar(u'0' + between(rng, 0, 9));
    return out;
}

} // namespace

QJsonObject SimulatorOrderUpdates::cancellation(QRandomGenerator &rng, const QJsonObject &order)
{
    if (!chance(rng, 10))
        return {};
    const qint64 orderedMs = SimulatorSchema::parseTimestamp(order.value(QStringLiteral("orderedAt")).toString())
                                 .value_or(SimulatorData::AnchorMsecs);
    const QString requestedAt = SimulatorSchema::timestamp(orderedMs + between(rng, 1, 48) * MsecsPerHour);
    return QJsonObject{
        {QStringLiteral("orderNumber"), order.value(QStringLiteral("orderNumber"))},
        {QStringLiteral("status"), QStringLiteral("cancellationRequested")},
        {QStringLiteral("reason"), pickText(rng, CancelReasons)},
        {QStringLiteral("requestedAt"), requestedAt},
        {QStringLiteral("modifiedAt"), requestedAt},
    };
}

QJsonObject SimulatorOrderUpdates::fulfilment(QRandomGenerator &rng, const QJsonObject &order)
{
    if (!chance(rng, 40))
        return {};
    const qint64 orderedMs = SimulatorSchema::parseTimestamp(order.value(QStringLiteral("orderedAt")).toString())
                                 .value_or(SimulatorData::AnchorMsecs);
    const QString shippingMethod = order.value(QStringLiteral("shippingMethod")).toString();
    const bool pickup = shippingMethod == u"pickup";
    const bool shipped = chance(rng, 75);
    const qint64 shippedMs = orderedMs + between(rng, 20, 72) * MsecsPerHour;

    // Now and then the ERP ships less than ordered; that edit must reach the shop as well.
    QJsonArray lines;
    QJsonValue note = QJsonValue::Null;
    const QJsonArray ordered = order.value(QStringLiteral("lines")).toArray();
    const int reducedLine = chance(rng, 15) ? between(rng, 1, static_cast<int>(ordered.size())) : 0;
    for (const QJsonValue &value : ordered) {
        const QJsonObject line = value.toObject();
        const int number = line.value(QStringLiteral("lineNumber")).toInt();
        const int quantity = line.value(QStringLiteral("quantity")).toInt();
        const int sent = number == reducedLine ? quantity - 1 : quantity;
        lines.append(QJsonObject{
            {QStringLiteral("lineNumber"), number},
            {QStringLiteral("sku"), line.value(QStringLiteral("sku"))},
            {QStringLiteral("quantityOrdered"), quantity},
            {QStringLiteral("quantityShipped"), shipped ? sent : 0},
        });
        if (number == reducedLine)
            note = QString::fromLatin1(pick(rng, std::span<const char *const>(FulfilmentNotes))).arg(number);
    }

    QString status = QStringLiteral("processing");
    if (shipped)
        status = reducedLine > 0 ? QStringLiteral("partiallyShipped") : QStringLiteral("shipped");
    QJsonValue carrier = QJsonValue::Null;
    QJsonValue tracking = QJsonValue::Null;
    QJsonValue shippingDate = QJsonValue::Null;
    if (shipped) {
        shippingDate = SimulatorSchema::date(shippedMs);
        if (!pickup) {
            const QString name = pickText(rng, carriers());
            carrier = name;
            tracking = trackingNumber(rng, name);
        }
    }
    const qint64 modifiedMs = shipped ? shippedMs + between(rng, 1, 120) * 60 * MsecsPerSecond
                                      : orderedMs + between(rng, 1, 8) * MsecsPerHour;
    return QJsonObject{
        {QStringLiteral("orderNumber"), order.value(QStringLiteral("orderNumber"))},
        {QStringLiteral("erpOrderNumber"), reference(rng, QStringLiteral("SO-"), 8)},
        {QStringLiteral("status"), status},
        {QStringLiteral("shippingDate"), shippingDate},
        {QStringLiteral("carrier"), carrier},
        {QStringLiteral("trackingNumber"), tracking},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("note"), note},
        {QStringLiteral("modifiedAt"), SimulatorSchema::timestamp(modifiedMs)},
    };
}

} // namespace Linkwright

#include "simulatordata.h"

#include "simulatordocuments.h"
#include "simulatorwords.h"

#include <QJsonArray>

#include <algorithm>
#include <array>

namespace Linkwright {

using namespace SimulatorWords;

namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

SimulatorData::SimulatorData(SimulatorDataOptions options)
    : m_options(options)
{
    m_options.products = std::max(0, m_options.products);
    m_options.customers = std::max(0, m_options.customers);
    m_options.orders = std::max(0, m_options.orders);

    // Orders must name products even when the ERP was started empty; those SKUs then do not
    // exist there, which is a realistic failure to demonstrate.
    const int range = m_options.products > 0 ? m_options.products : 10;
    QRandomGenerator factsRng = stream(Stream::ProductFacts);
    m_facts.reserve(range);
    for (int i = 0; i < range; ++i)
        m_facts.append(productFacts(factsRng, i));

    const SimulatorDocuments documents(*this);
    QRandomGenerator customerRng = stream(Stream::Customer);
    m_customers.reserve(m_options.customers);
    for (int i = 0; i < m_options.customers; ++i)
        m_customers.append(documents.customer(customerRng, i));
}

QString SimulatorData::sku(int productIndex)
{
    return QStringLiteral("LW-%1").arg(productIndex + 1, 5, 10, QLatin1Char('0'));
}

QString SimulatorData::customerNumber(int customerIndex)
{
    return QStringLiteral("C%1").arg(customerIndex + 10001);
}

QString SimulatorData::orderNumber(int orderIndex)
{
    return QStringLiteral("WEB-%1").arg(orderIndex + 100001);
}

QString SimulatorData::invoiceNumber(int invoiceIndex)
{
    return QStringLiteral("INV-26-%1").arg(invoiceIndex + 1, 6, 10, QLatin1Char('0'));
}

int SimulatorData::invoiceCount() const
{
    // Roughly one historic invoice per customer; with no customers there is nobody to invoice.
    return m_options.customers;
}

QList<QJsonObject> SimulatorData::records(SimulatorSystem system, DataPointKind kind) const
{
    QList<QJsonObject> out;
    generate(system, kind, [&out](QJsonObject &&record) { out.append(std::move(record)); });
    return out;
}

void SimulatorData::generate(SimulatorSystem system, DataPointKind kind, const Sink &sink) const
{
    const SimulatorDocuments documents(*this);
    auto each = [this, &sink](Stream streamKind, int count, auto make) {
        QRandomGenerator rng = stream(streamKind);
        for (int i = 0; i < count; ++i)
            sink(make(rng, i));
    };
    if (system == SimulatorSystem::Erp) {
        switch (kind) {
        case DataPointKind::Products:
            each(Stream::Product, m_options.products, [this](QRandomGenerator &rng, int i) { return product(rng, i); });
            break;
        case DataPointKind::Prices:
            each(Stream::Price, m_options.products, [this](QRandomGenerator &rng, int i) { return price(rng, i); });
            break;
        case DataPointKind::Stock:
            each(Stream::Stock, m_options.products, [](QRandomGenerator &rng, int i) { return stock(rng, i); });
            break;
        case DataPointKind::Customers:
            for (const QJsonObject &record : m_customers)
                sink(QJsonObject(record));
            break;
        case DataPointKind::Invoices:
            each(Stream::Invoice, invoiceCount(),
                [&documents](QRandomGenerator &rng, int i) { return documents.invoice(rng, i); });
            break;
        case DataPointKind::Orders:
        case DataPointKind::OrderUpdates:
            break;
        }
        return;
    }
    if (kind == DataPointKind::Orders) {
        each(Stream::Order, m_options.orders,
            [&documents](QRandomGenerator &rng, int i) { return documents.order(rng, i); });
    } else if (kind == DataPointKind::OrderUpdates) {
        // A cancellation request follows its order, so the orders are replayed alongside.
        QRandomGenerator orderRng = stream(Stream::Order);
        QRandomGenerator updateRng = stream(Stream::OrderUpdate);
        for (int i = 0; i < m_options.orders; ++i) {
            QJsonObject update = documents.orderUpdate(updateRng, documents.order(orderRng, i));
            if (!update.isEmpty())
                sink(std::move(update));
        }
    }
}

QRandomGenerator SimulatorData::stream(Stream kind) const
{
    const std::array<quint32, 2> material{m_options.seed, static_cast<quint32>(kind)};
    return QRandomGenerator(material.data(), material.data() + material.size());
}

qint64 SimulatorData::msecsBefore(QRandomGenerator &rng, int maxDays)
{
    const qint64 back = static_cast<qint64>(rng.bounded(maxDays * 24 * 60 * 60)) * 1000;
    return AnchorMsecs - back;
}

QString SimulatorData::stampBefore(QRandomGenerator &rng, int maxDays)
{
    return SimulatorSchema::timestamp(msecsBefore(rng, maxDays));
}

SimulatorData::ProductFacts SimulatorData::productFacts(QRandomGenerator &rng, int index)
{
    const ProductFamily &family = pick(rng, productFamilies());
    const QString series = pickText(rng, seriesNames());
    const QString material = pickText(rng, materials());
    const QString noun = pickText(rng, family.nouns);
    static constexpr std::array<int, 3> Endings{10, 5, 0};
    const qint64 euros = between(rng, family.minPriceCents / 100 + 1, family.maxPriceCents / 100);
    ProductFacts facts;
    facts.sku = sku(index);
    facts.name = series + QLatin1Char(' ') + material + QLatin1Char(' ') + noun;
    facts.category = text(family.category);
    facts.unit = text(family.unit);
    facts.listPriceCents = euros * 100 - pick(rng, std::span<const int>(Endings));
    facts.weightGrams = between(rng, family.minWeightGrams, family.maxWeightGrams);
    return facts;
}

QJsonObject SimulatorData::product(QRandomGenerator &rng, int index) const
{
    const ProductFacts &facts = m_facts.at(index);

    // Heavier goods are bigger; the exact shape does not matter, plausibility does.
    const bool bulky = facts.weightGrams > 10000;
    const QJsonObject dimensions{
        {QStringLiteral("length"), decimal(between(rng, bulky ? 600 : 80, bulky ? 1800 : 600), 1)},
        {QStringLiteral("width"), decimal(between(rng, bulky ? 400 : 50, bulky ? 900 : 400), 1)},
        {QStringLiteral("height"), decimal(between(rng, bulky ? 400 : 20, bulky ? 1300 : 350), 1)},
        {QStringLiteral("unit"), QStringLiteral("cm")},
    };
    // One draw per statement: the order operands of + are evaluated in is unspecified, and the
    // data must not change with the compiler.
    const QString feature = pickText(rng, features());
    const QString otherFeature = pickText(rng, features());
    const QString description = facts.name + QStringLiteral(" for workplaces that value good design. ") + feature
        + QLatin1Char(' ') + otherFeature;

    QJsonArray variants;
    if (chance(rng, 25)) {
        const bool byColour = chance(rng, 60);
        const auto values = byColour ? colours() : sizes();
        const int count = between(rng, 2, std::min(4, static_cast<int>(values.size())));
        const int first = between(rng, 0, static_cast<int>(values.size()) - count);
        for (int v = 0; v < count; ++v) {
            const QString value = text(values[static_cast<std::size_t>(first + v)]);
            variants.append(QJsonObject{
                {QStringLiteral("sku"), QString(facts.sku + QLatin1Char('-') + slug(value).toUpper())},
                {QStringLiteral("attributes"),
                    QJsonObject{{byColour ? QStringLiteral("colour") : QStringLiteral("size"), value}}},
                {QStringLiteral("ean"), ean13(rng)},
            });
        }
    }

    return QJsonObject{
        {QStringLiteral("sku"), facts.sku},
        {QStringLiteral("name"), facts.name},
        {QStringLiteral("description"), description},
        {QStringLiteral("category"), facts.category},
        {QStringLiteral("unit"), facts.unit},
        {QStringLiteral("ean"), ean13(rng)},
        {QStringLiteral("weight"),
            QJsonObject{{QStringLiteral("value"), decimal(facts.weightGrams, 3)},
                {QStringLiteral("unit"), QStringLiteral("kg")}}},
        {QStringLiteral("dimensions"), dimensions},
        {QStringLiteral("listPrice"), decimal(facts.listPriceCents)},
        {QStringLiteral("currency"), QStringLiteral("EUR")},
        {QStringLiteral("active"), !chance(rng, 4)},
        {QStringLiteral("variants"), variants},
        {QStringLiteral("modifiedAt"), stampBefore(rng, 300)},
    };
}

QJsonObject SimulatorData::price(QRandomGenerator &rng, int index) const
{
    const ProductFacts &facts = m_facts.at(index);

    QJsonArray breaks;
    if (chance(rng, 60)) {
        breaks.append(QJsonObject{{QStringLiteral("minQuantity"), 10},
            {QStringLiteral("price"), decimal(percentOf(facts.listPriceCents, 95))}});
        breaks.append(QJsonObject{{QStringLiteral("minQuantity"), 50},
            {QStringLiteral("price"), decimal(percentOf(facts.listPriceCents, 90))}});
    }
    QJsonArray contracts;
    if (m_options.customers > 0 && chance(rng, 15)) {
        const int count = between(rng, 1, 2);
        for (int c = 0; c < count; ++c) {
            contracts.append(QJsonObject{
                {QStringLiteral("customerNumber"), customerNumber(between(rng, 0, m_options.customers - 1))},
                {QStringLiteral("price"), decimal(percentOf(facts.listPriceCents, between(rng, 80, 95)))},
                {QStringLiteral("validUntil"), QStringLiteral("2027-06-30")},
            });
        }
    }
    return QJsonObject{
        {QStringLiteral("sku"), facts.sku},
        {QStringLiteral("currency"), QStringLiteral("EUR")},
        {QStringLiteral("listPrice"), decimal(facts.listPriceCents)},
        {QStringLiteral("priceBreaks"), breaks},
        {QStringLiteral("customerPrices"), contracts},
        {QStringLiteral("modifiedAt"), stampBefore(rng, 300)},
    };
}

QJsonObject SimulatorData::stock(QRandomGenerator &rng, int index)
{
    const bool soldOut = chance(rng, 8);
    QJsonArray levels;
    int available = 0;
    bool first = true;
    for (const char *warehouse : warehouses()) {
        if (!first && !chance(rng, 50))
            continue;
        first = false;
        const int quantity = soldOut ? 0 : between(rng, 0, 400);
        available += quantity;
        levels.append(
            QJsonObject{{QStringLiteral("warehouse"), text(warehouse)}, {QStringLiteral("quantity"), quantity}});
    }
    return QJsonObject{
        {QStringLiteral("sku"), sku(index)},
        {QStringLiteral("warehouses"), levels},
        {QStringLiteral("available"), available},
        {QStringLiteral("modifiedAt"), stampBefore(rng, 60)},
    };
}

} // namespace Linkwright

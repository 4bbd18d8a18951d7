#include "simulatordata.h"

#include "simulatordocuments.h"
#include "simulatorhostile.h"
#include "simulatororderupdates.h"
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

/// A price list in another currency: converted at a fixed rate (per 100 EUR) and rounded to
/// whole units the way price lists are, so the figures stay exact decimal strings.
QJsonObject convertedPrice(qint64 eurCents, const char *currency, qint64 ratePer100)
{
    const qint64 cents = (eurCents * ratePer100 + 5000) / 10000 * 100;
    return QJsonObject{{QStringLiteral("currency"), text(currency)}, {QStringLiteral("price"), decimal(cents)}};
}

/// "Office/Desks" -> "office-desks": the code a shop's category tree is keyed by.
QString categoryCode(const QString &path)
{
    return slug(QString(path).replace(QLatin1Char('/'), QLatin1Char(' ')));
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

QString SimulatorData::invoiceNumber(int invoiceIndex, const QString &prefix)
{
    return QStringLiteral("%1-26-%2").arg(prefix).arg(invoiceIndex + 1, 6, 10, QLatin1Char('0'));
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
        case DataPointKind::OrderUpdates: {
            // Shipping news for web orders the ERP received in earlier syncs, so the demo has
            // tracking numbers to send to the shop from the start.
            QRandomGenerator orderRng = stream(Stream::Order);
            QRandomGenerator updateRng = stream(Stream::ErpOrderUpdate);
            for (int i = 0; i < m_options.orders; ++i) {
                QJsonObject update = SimulatorOrderUpdates::fulfilment(updateRng, documents.order(orderRng, i));
                if (!update.isEmpty())
                    sink(std::move(update));
            }
            break;
        }
        case DataPointKind::Orders:
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
            QJsonObject update = SimulatorOrderUpdates::cancellation(updateRng, documents.order(orderRng, i));
            if (!update.isEmpty())
                sink(std::move(update));
        }
    }
}

void SimulatorData::generateHostile(SimulatorSystem system, DataPointKind kind, const JsonSink &sink) const
{
    const auto target = SimulatorHostile::target(system, kind);
    if (!m_options.hostile || !target)
        return;
    // Each hostile record is an ordinary record with one bad field, so that bad field is the only
    // reason for it to fail. The template comes from a stream of its own: the ordinary records
    // stay the same with --hostile or without.
    QRandomGenerator rng = stream(Stream::Hostile);
    QJsonObject recordTemplate;
    if (kind == DataPointKind::Products)
        recordTemplate = product(rng, 0);
    else if (kind == DataPointKind::Customers)
        recordTemplate = SimulatorDocuments::customer(rng, 0);
    else
        recordTemplate = SimulatorDocuments(*this).order(rng, 0);
    const qint64 modified = AnchorMsecs - 24LL * 60 * 60 * 1000;
    recordTemplate.insert(QStringLiteral("modifiedAt"), SimulatorSchema::timestamp(modified));
    const QString keyField = SimulatorSchema::naturalKeyField(kind);
    for (const SimulatorHostile::Kind hostile : SimulatorHostile::kinds()) {
        sink(SimulatorHostile::key(*target, hostile), modified,
            SimulatorHostile::record(*target, hostile, keyField, recordTemplate));
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
    static constexpr std::array<int, 3> MinimumQuantities{1, 5, 10};
    const qint64 euros = between(rng, family.minPriceCents / 100 + 1, family.maxPriceCents / 100);
    ProductFacts facts;
    facts.sku = sku(index);
    facts.name = series + QLatin1Char(' ') + material + QLatin1Char(' ') + noun;
    facts.category = text(family.category);
    facts.unit = text(family.unit);
    facts.listPriceCents = euros * 100 - pick(rng, std::span<const int>(Endings));
    facts.weightGrams = between(rng, family.minWeightGrams, family.maxWeightGrams);
    // Cheap consumables are sold in multiples; furniture one at a time.
    facts.minOrderQuantity = facts.listPriceCents < 1000 ? pick(rng, std::span<const int>(MinimumQuantities)) : 1;
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
                {QStringLiteral("active"), !chance(rng, 10)},
            });
        }
    }

    // The family's category first, then now and then a merchandising category a shop shows.
    const QString family = facts.category.section(QLatin1Char('/'), 0, 0);
    QJsonArray categories{
        QJsonObject{{QStringLiteral("code"), categoryCode(facts.category)}, {QStringLiteral("path"), facts.category}},
    };
    if (chance(rng, 15)) {
        categories.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("highlights-new")},
            {QStringLiteral("path"), QStringLiteral("Highlights/New")}});
    }

    return QJsonObject{
        {QStringLiteral("sku"), facts.sku},
        {QStringLiteral("name"), facts.name},
        {QStringLiteral("description"), description},
        {QStringLiteral("category"), facts.category},
        {QStringLiteral("categories"), categories},
        {QStringLiteral("brand"), QString(QStringLiteral("Linkwright ") + family)},
        {QStringLiteral("unit"), facts.unit},
        {QStringLiteral("minOrderQuantity"), facts.minOrderQuantity},
        {QStringLiteral("ean"), ean13(rng)},
        {QStringLiteral("weight"),
            QJsonObject{{QStringLiteral("value"), decimal(facts.weightGrams, 3)},
                {QStringLiteral("unit"), QStringLiteral("kg")}}},
        {QStringLiteral("dimensions"), dimensions},
        {QStringLiteral("listPrice"), decimal(facts.listPriceCents)},
        {QStringLiteral("currency"), QStringLiteral("EUR")},
        {QStringLiteral("taxClass"), facts.unit == u"pack" ? QStringLiteral("reduced") : QStringLiteral("standard")},
        {QStringLiteral("active"), !chance(rng, 4)},
        {QStringLiteral("variants"), variants},
        {QStringLiteral("modifiedAt"), stampBefore(rng, 300)},
    };
}

QJsonObject SimulatorData::price(QRandomGenerator &rng, int index) const
{
    const ProductFacts &facts = m_facts.at(index);

    QJsonArray listPrices{
        QJsonObject{{QStringLiteral("currency"), QStringLiteral("EUR")},
            {QStringLiteral("price"), decimal(facts.listPriceCents)}},
        convertedPrice(facts.listPriceCents, "DKK", 746),
        convertedPrice(facts.listPriceCents, "SEK", 1120),
    };
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
            const QString customer = customerNumber(between(rng, 0, m_options.customers - 1));
            const int percent = between(rng, 80, 95);
            contracts.append(QJsonObject{
                {QStringLiteral("customerNumber"), customer},
                {QStringLiteral("price"), decimal(percentOf(facts.listPriceCents, percent))},
                {QStringLiteral("currency"), QStringLiteral("EUR")},
                {QStringLiteral("minQuantity"), 1},
                {QStringLiteral("validFrom"), QStringLiteral("2026-01-01")},
                {QStringLiteral("validUntil"), QStringLiteral("2027-06-30")},
            });
        }
    }
    return QJsonObject{
        {QStringLiteral("sku"), facts.sku},
        {QStringLiteral("currency"), QStringLiteral("EUR")},
        {QStringLiteral("listPrice"), decimal(facts.listPriceCents)},
        {QStringLiteral("listPrices"), listPrices},
        {QStringLiteral("priceBreaks"), breaks},
        {QStringLiteral("customerPrices"), contracts},
        {QStringLiteral("modifiedAt"), stampBefore(rng, 300)},
    };
}

QJsonObject SimulatorData::stock(QRandomGenerator &rng, int index)
{
    constexpr qint64 MsecsPerDay = 24LL * 60 * 60 * 1000;
    const bool soldOut = chance(rng, 8);
    QJsonArray levels;
    int available = 0;
    bool first = true;
    for (const char *warehouse : warehouses()) {
        if (!first && !chance(rng, 50))
            continue;
        first = false;
        const int quantity = soldOut ? 0 : between(rng, 0, 400);
        const int reserved = quantity > 0 ? between(rng, 0, quantity / 4) : 0;
        const bool restocking = quantity < 20 && chance(rng, 70);
        QJsonValue expected = QJsonValue::Null;
        if (restocking)
            expected = SimulatorSchema::date(AnchorMsecs + between(rng, 3, 45) * MsecsPerDay);
        available += quantity - reserved;
        levels.append(QJsonObject{
            {QStringLiteral("warehouse"), text(warehouse)},
            {QStringLiteral("quantity"), quantity},
            {QStringLiteral("reserved"), reserved},
            {QStringLiteral("incoming"), restocking ? between(rng, 20, 200) : 0},
            {QStringLiteral("expectedDate"), expected},
        });
    }
    // A sold-out item that can be back-ordered tells the shop when it ships again.
    const bool backorderable = chance(rng, 60);
    QJsonValue backorderDate = QJsonValue::Null;
    if (available == 0 && backorderable)
        backorderDate = SimulatorSchema::date(AnchorMsecs + between(rng, 7, 60) * MsecsPerDay);
    return QJsonObject{
        {QStringLiteral("sku"), sku(index)},
        {QStringLiteral("warehouses"), levels},
        {QStringLiteral("available"), available},
        {QStringLiteral("backorderable"), backorderable},
        {QStringLiteral("backorderDate"), backorderDate},
        {QStringLiteral("modifiedAt"), stampBefore(rng, 60)},
    };
}

} // namespace Linkwright

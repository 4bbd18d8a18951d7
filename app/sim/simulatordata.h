#pragma once

#include "simulatorschema.h"

#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>

#include <functional>

namespace Linkwright {

struct SimulatorDataOptions {
    quint32 seed = 1;
    int products = 200;
    int customers = 50;
    int orders = 100;
    /// Adds the records of SimulatorHostile to ERP products and customers and to shop orders.
    bool hostile = false;
};

/// Generates the demo records both systems start with. The same options always give identical
/// records. Every kind draws from its own generator seeded by (seed, kind), record after record,
/// so asking for more records of a kind appends to the list without changing the first ones.
///
/// The ERP starts as the master: products, prices, stock, customers and invoices. The shop starts
/// with web orders (and a few cancellation requests) but no products, so the first sync has work.
class SimulatorData
{
public:
    using Sink = std::function<void(QJsonObject &&record)>;
    /// Receives a record that only exists as text (see SimulatorHostile), without its "id".
    using JsonSink = std::function<void(const QString &key, qint64 modifiedMsecs, QByteArray json)>;

    explicit SimulatorData(SimulatorDataOptions options = {});

    [[nodiscard]] const SimulatorDataOptions &options() const { return m_options; }

    /// Every record the system starts with, in the order the store assigns ids.
    [[nodiscard]] QList<QJsonObject> records(SimulatorSystem system, DataPointKind kind) const;
    /// The same records handed over one at a time, so a large data set is never held twice.
    void generate(SimulatorSystem system, DataPointKind kind, const Sink &sink) const;
    /// The hostile records of the resource, after the ordinary ones; none unless options().hostile.
    void generateHostile(SimulatorSystem system, DataPointKind kind, const JsonSink &sink) const;

    [[nodiscard]] int invoiceCount() const;

    [[nodiscard]] static QString sku(int productIndex);
    [[nodiscard]] static QString customerNumber(int customerIndex);
    [[nodiscard]] static QString orderNumber(int orderIndex);
    /// "INV-26-000001"; credit notes and offline orders use "CN-26-" and "ORD-26-".
    [[nodiscard]] static QString invoiceNumber(int invoiceIndex, const QString &prefix = QStringLiteral("INV"));

    /// Generated timestamps lie before this fixed moment (2026-10-01T00:00:00Z) rather than
    /// before "now", which would make two runs with the same seed differ.
    static constexpr qint64 AnchorMsecs = 1'790'812'800'000;

private:
    // Customers, orders and invoices live in SimulatorDocuments, which draws from these streams
    // and quotes these product facts so documents agree with the catalogue.
    friend class SimulatorDocuments;

    enum class Stream : quint32 {
        ProductFacts = 1,
        Product,
        Price,
        Stock,
        Customer,
        Order,
        OrderUpdate,
        Invoice,
        ErpOrderUpdate,
        Hostile,
    };

    /// What several kinds need to agree on about one product: orders and invoices quote its price.
    struct ProductFacts {
        QString sku;
        QString name;
        QString category;
        QString unit;
        qint64 listPriceCents = 0;
        int weightGrams = 0;
        int minOrderQuantity = 1;
    };

    [[nodiscard]] QRandomGenerator stream(Stream kind) const;
    [[nodiscard]] static ProductFacts productFacts(QRandomGenerator &rng, int index);
    /// Products orders may name: the catalogue, or a few unknown SKUs when the ERP starts empty.
    [[nodiscard]] int productRange() const { return static_cast<int>(m_facts.size()); }
    [[nodiscard]] const ProductFacts &facts(int index) const { return m_facts.at(index); }
    [[nodiscard]] const QJsonObject &customer(int index) const { return m_customers.at(index); }

    [[nodiscard]] QJsonObject product(QRandomGenerator &rng, int index) const;
    [[nodiscard]] QJsonObject price(QRandomGenerator &rng, int index) const;
    [[nodiscard]] static QJsonObject stock(QRandomGenerator &rng, int index);

    /// A moment up to maxDays before AnchorMsecs, in whole seconds so that a watermark copied
    /// from a response compares equal without rounding.
    [[nodiscard]] static qint64 msecsBefore(QRandomGenerator &rng, int maxDays);
    [[nodiscard]] static QString stampBefore(QRandomGenerator &rng, int maxDays);

    SimulatorDataOptions m_options;
    QList<ProductFacts> m_facts;
    QList<QJsonObject> m_customers; ///< generated up front: orders and invoices copy their addresses
};

} // namespace Linkwright

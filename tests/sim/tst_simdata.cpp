#include "simulatordata.h"
#include "simulatorhostile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Linkwright;

namespace {

SimulatorDataOptions smallOptions(quint32 seed = 7)
{
    SimulatorDataOptions options;
    options.seed = seed;
    options.products = 25;
    options.customers = 6;
    options.orders = 12;
    return options;
}

const QRegularExpression Money(QStringLiteral("^-?[0-9]+\\.[0-9]{2}$"));
const QRegularExpression Day(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));

bool isMoney(const QJsonValue &value)
{
    return value.isString() && Money.match(value.toString()).hasMatch();
}

/// Every field any of the records has, so a shape is checked across the set, not on one record.
QSet<QString> fieldsOf(const QList<QJsonObject> &records)
{
    QSet<QString> fields;
    for (const QJsonObject &record : records) {
        for (auto it = record.begin(); it != record.end(); ++it)
            fields.insert(it.key());
    }
    return fields;
}

bool hasFields(const QList<QJsonObject> &records, std::initializer_list<const char *> wanted)
{
    const QSet<QString> fields = fieldsOf(records);
    for (const char *field : wanted) {
        if (!fields.contains(QString::fromLatin1(field))) {
            qWarning("missing field %s", field);
            return false;
        }
    }
    return true;
}

} // namespace

class TestSimData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedGivesSameData();
    void growingACountKeepsEarlierRecords();
    void productsHaveVariantsCategoriesUnitsAndDimensions();
    void pricesHaveCurrenciesCustomerAndQuantityPrices();
    void stockIsPerWarehouseWithBackorderDates();
    void customersHaveAddressesContactsCurrencyAndCreditHold();
    void ordersHaveLinesAddressesPaymentAndShipping();
    void orderUpdatesComeFromBothSides();
    void documentsIncludeInvoicesCreditNotesAndOfflineOrders();
    void hostileRecordsOnlyWhenAskedFor();

private:
    const SimulatorData m_data{[] {
        SimulatorDataOptions options = smallOptions(21);
        options.products = 120;
        options.customers = 40;
        options.orders = 120;
        return options;
    }()};
};

void TestSimData::sameSeedGivesSameData()
{
    const SimulatorData first(smallOptions(11));
    const SimulatorData second(smallOptions(11));
    const SimulatorData other(smallOptions(12));
    int compared = 0;
    for (const SimulatorSystem system : {SimulatorSystem::Erp, SimulatorSystem::Shop}) {
        for (const DataPointKind kind : DataPoints::all()) {
            const QList<QJsonObject> records = first.records(system, kind);
            QCOMPARE(records, second.records(system, kind));
            compared += static_cast<int>(records.size());
        }
    }
    QVERIFY(compared > 25 + 25 + 25 + 6 + 12);
    QVERIFY(first.records(SimulatorSystem::Erp, DataPointKind::Products)
        != other.records(SimulatorSystem::Erp, DataPointKind::Products));
    QVERIFY(first.records(SimulatorSystem::Shop, DataPointKind::Orders)
        != other.records(SimulatorSystem::Shop, DataPointKind::Orders));

    // Money travels as decimal strings, never as floating point numbers.
    const QJsonObject product = first.records(SimulatorSystem::Erp, DataPointKind::Products).constFirst();
    const QRegularExpression money(QStringLiteral("^[0-9]+\\.[0-9]{2}$"));
    QVERIFY2(money.match(product.value(QStringLiteral("listPrice")).toString()).hasMatch(),
        qPrintable(product.value(QStringLiteral("listPrice")).toString()));
}

void TestSimData::growingACountKeepsEarlierRecords()
{
    SimulatorDataOptions more = smallOptions(11);
    more.products = 40;
    const QList<QJsonObject> small =
        SimulatorData(smallOptions(11)).records(SimulatorSystem::Erp, DataPointKind::Products);
    const QList<QJsonObject> large = SimulatorData(more).records(SimulatorSystem::Erp, DataPointKind::Products);
    QCOMPARE(large.size(), 40);
    QCOMPARE(large.first(small.size()), small);
}

void TestSimData::productsHaveVariantsCategoriesUnitsAndDimensions()
{
    const QList<QJsonObject> products = m_data.records(SimulatorSystem::Erp, DataPointKind::Products);
    QCOMPARE(products.size(), 120);
    QVERIFY(hasFields(products,
        {"sku", "name", "description", "category", "categories", "brand", "unit", "minOrderQuantity", "ean", "weight",
            "dimensions", "listPrice", "currency", "taxClass", "active", "variants", "modifiedAt"}));
    int withVariants = 0;
    for (const QJsonObject &product : products) {
        QVERIFY(isMoney(product.value(QStringLiteral("listPrice"))));
        QVERIFY(!product.value(QStringLiteral("categories")).toArray().isEmpty());
        QVERIFY(product.value(QStringLiteral("minOrderQuantity")).isDouble());
        const QJsonObject dimensions = product.value(QStringLiteral("dimensions")).toObject();
        QCOMPARE(dimensions.value(QStringLiteral("unit")).toString(), QStringLiteral("cm"));
        const QJsonArray variants = product.value(QStringLiteral("variants")).toArray();
        if (!variants.isEmpty()) {
            ++withVariants;
            QVERIFY(variants.at(0)
                        .toObject()
                        .value(QStringLiteral("sku"))
                        .toString()
                        .startsWith(product.value(QStringLiteral("sku")).toString() + u'-'));
        }
    }
    QVERIFY(withVariants > 0 && withVariants < products.size());
}

void TestSimData::pricesHaveCurrenciesCustomerAndQuantityPrices()
{
    const QList<QJsonObject> prices = m_data.records(SimulatorSystem::Erp, DataPointKind::Prices);
    QVERIFY(hasFields(prices, {"sku", "currency", "listPrice", "listPrices", "priceBreaks", "customerPrices"}));
    int breaks = 0;
    int contracts = 0;
    for (const QJsonObject &price : prices) {
        QSet<QString> currencies;
        for (const QJsonValue &list : price.value(QStringLiteral("listPrices")).toArray()) {
            currencies.insert(list.toObject().value(QStringLiteral("currency")).toString());
            QVERIFY(isMoney(list.toObject().value(QStringLiteral("price"))));
        }
        QCOMPARE(currencies, (QSet<QString>{QStringLiteral("EUR"), QStringLiteral("DKK"), QStringLiteral("SEK")}));
        breaks += price.value(QStringLiteral("priceBreaks")).toArray().isEmpty() ? 0 : 1;
        for (const QJsonValue &contract : price.value(QStringLiteral("customerPrices")).toArray()) {
            ++contracts;
            QVERIFY(isMoney(contract.toObject().value(QStringLiteral("price"))));
            QVERIFY(contract.toObject().value(QStringLiteral("customerNumber")).toString().startsWith(u'C'));
        }
    }
    QVERIFY(breaks > 0);
    QVERIFY(contracts > 0);
}

void TestSimData::stockIsPerWarehouseWithBackorderDates()
{
    const QList<QJsonObject> stock = m_data.records(SimulatorSystem::Erp, DataPointKind::Stock);
    QVERIFY(hasFields(stock, {"sku", "warehouses", "available", "backorderable", "backorderDate"}));
    int backordered = 0;
    for (const QJsonObject &level : stock) {
        QVERIFY(!level.value(QStringLiteral("warehouses")).toArray().isEmpty());
        const QJsonValue date = level.value(QStringLiteral("backorderDate"));
        if (!date.isNull()) {
            ++backordered;
            QVERIFY(Day.match(date.toString()).hasMatch());
            QCOMPARE(level.value(QStringLiteral("available")).toInt(), 0);
        }
    }
    QVERIFY(backordered > 0);
}

void TestSimData::customersHaveAddressesContactsCurrencyAndCreditHold()
{
    const QList<QJsonObject> customers = m_data.records(SimulatorSystem::Erp, DataPointKind::Customers);
    QVERIFY(hasFields(customers,
        {"customerNumber", "name", "billTo", "shipTo", "contacts", "users", "currency", "creditHold", "creditLimit",
            "paymentDays"}));
    int severalShipTo = 0;
    QSet<QString> currencies;
    for (const QJsonObject &customer : customers) {
        QVERIFY(!customer.value(QStringLiteral("contacts")).toArray().isEmpty());
        QVERIFY(customer.value(QStringLiteral("creditHold")).isBool());
        QVERIFY(isMoney(customer.value(QStringLiteral("creditLimit"))));
        severalShipTo += customer.value(QStringLiteral("shipTo")).toArray().size() > 1 ? 1 : 0;
        currencies.insert(customer.value(QStringLiteral("currency")).toString());
    }
    QVERIFY(severalShipTo > 0);
    QVERIFY(currencies.size() > 1);
}

void TestSimData::ordersHaveLinesAddressesPaymentAndShipping()
{
    const QList<QJsonObject> orders = m_data.records(SimulatorSystem::Shop, DataPointKind::Orders);
    QCOMPARE(orders.size(), 120);
    QVERIFY(hasFields(orders,
        {"orderNumber", "status", "orderedAt", "customerNumber", "billTo", "shipTo", "lines", "payment",
            "paymentMethod", "shippingMethod", "shippingCost", "subtotal", "total", "totalQuantity"}));
    for (const QJsonObject &order : orders) {
        QVERIFY(!order.value(QStringLiteral("lines")).toArray().isEmpty());
        QVERIFY(isMoney(order.value(QStringLiteral("total"))));
        QVERIFY(isMoney(order.value(QStringLiteral("payment")).toObject().value(QStringLiteral("amount"))));
        QCOMPARE(order.value(QStringLiteral("payment")).toObject().value(QStringLiteral("amount")),
            order.value(QStringLiteral("total")));
    }
    QVERIFY(m_data.records(SimulatorSystem::Erp, DataPointKind::Orders).isEmpty());
}

void TestSimData::orderUpdatesComeFromBothSides()
{
    const QList<QJsonObject> shipped = m_data.records(SimulatorSystem::Erp, DataPointKind::OrderUpdates);
    QVERIFY(hasFields(shipped, {"orderNumber", "status", "shippingDate", "carrier", "trackingNumber", "lines"}));
    int tracked = 0;
    for (const QJsonObject &update : shipped) {
        if (update.value(QStringLiteral("trackingNumber")).isString()) {
            ++tracked;
            QVERIFY(Day.match(update.value(QStringLiteral("shippingDate")).toString()).hasMatch());
            QVERIFY(!update.value(QStringLiteral("carrier")).toString().isEmpty());
        }
    }
    QVERIFY(tracked > 0);
    const QList<QJsonObject> cancellations = m_data.records(SimulatorSystem::Shop, DataPointKind::OrderUpdates);
    QVERIFY(!cancellations.isEmpty());
    QCOMPARE(
        cancellations.constFirst().value(QStringLiteral("status")).toString(), QStringLiteral("cancellationRequested"));
}

void TestSimData::documentsIncludeInvoicesCreditNotesAndOfflineOrders()
{
    const QList<QJsonObject> documents = m_data.records(SimulatorSystem::Erp, DataPointKind::Invoices);
    QSet<QString> types;
    for (const QJsonObject &document : documents) {
        types.insert(document.value(QStringLiteral("type")).toString());
        QVERIFY(isMoney(document.value(QStringLiteral("total"))));
    }
    QCOMPARE(types,
        (QSet<QString>{QStringLiteral("invoice"), QStringLiteral("creditNote"), QStringLiteral("offlineOrder")}));
}

void TestSimData::hostileRecordsOnlyWhenAskedFor()
{
    int plain = 0;
    m_data.generateHostile(SimulatorSystem::Erp, DataPointKind::Products,
        [&plain](const QString &, qint64, const QByteArray &) { ++plain; });
    QCOMPARE(plain, 0);

    SimulatorDataOptions options = smallOptions();
    options.hostile = true;
    const SimulatorData hostile(options);
    QStringList keys;
    hostile.generateHostile(SimulatorSystem::Shop, DataPointKind::Orders,
        [&keys](const QString &key, qint64, const QByteArray &) { keys.append(key); });
    QCOMPARE(keys, SimulatorHostile::keys(SimulatorSystem::Shop, DataPointKind::Orders));
    QCOMPARE(keys.size(), 5);
    // The ordinary records are the same with or without --hostile.
    QCOMPARE(hostile.records(SimulatorSystem::Shop, DataPointKind::Orders),
        SimulatorData(smallOptions()).records(SimulatorSystem::Shop, DataPointKind::Orders));
}

QTEST_GUILESS_MAIN(TestSimData)
#include "tst_simdata.moc"

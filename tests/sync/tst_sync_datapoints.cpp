// Every data point of the catalogue end to end in its recommended direction, against the
// simulator: the records that arrive are compared value for value with their source, nested
// arrays and objects included, not just counted.
#include "domain/json.h"
#include "syncfixture.h"

#include <QTest>

using namespace Linkwright;
using namespace Linkwright::Testing;

class TestSyncDataPoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void productsCarryMappedAndNestedFields();
    void pricesKeepMoneyAsText();
    void stockCarriesWarehouses();
    void invoicesReachTheShopWhole();
    void ordersReachTheErpWhole();
    void customersFlowBothWays();
    void orderUpdatesFlowBothWays();
};

namespace {

SimulatorDataOptions small()
{
    SimulatorDataOptions data;
    data.products = 24;
    data.customers = 30;
    data.orders = 60;
    return data;
}

FieldMapping copy(const char *field)
{
    return {QString::fromLatin1(field), {QString::fromLatin1(field)}, {}, false};
}

Result<SyncReport> runClean(SyncFixture &fixture, DataPointKind kind)
{
    auto report = fixture.runner().run(kind);
    if (report && report->run.status != RunStatus::Succeeded) {
        return fail(ErrorCode::Internal, DataPoints::key(kind),
            QStringLiteral("run ended %1: %2").arg(runStatusKey(report->run.status), report->run.message), {});
    }
    return report;
}

/// Every record of from arrives in to with all its values (system fields aside), and to holds
/// nothing else.
void expectCopied(SyncFixture &fixture, DataPointKind kind, SimulatorSystem from, SimulatorSystem to)
{
    const auto source = fixture.records(from, kind);
    const auto target = fixture.records(to, kind);
    QVERIFY(!source.isEmpty());
    QCOMPARE(target.size(), source.size());
    for (auto it = source.cbegin(); it != source.cend(); ++it) {
        QVERIFY2(target.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(canonical(target.value(it.key())), canonical(it.value()));
    }
}

/// The identity map links each record's id in both systems.
void expectLinked(SyncFixture &fixture, DataPointKind kind)
{
    const auto erp = fixture.records(SimulatorSystem::Erp, kind);
    const auto shop = fixture.records(SimulatorSystem::Shop, kind);
    auto links = fixture.store().identityLinks(kind);
    QVERIFY(links);
    QCOMPARE(links->size(), erp.size());
    for (const IdentityLink &link : std::as_const(*links)) {
        QCOMPARE(link.erpId, erp.value(link.key).find("id")->text());
        QCOMPARE(link.shopId, shop.value(link.key).find("id")->text());
    }
}

} // namespace

void TestSyncDataPoints::productsCarryMappedAndNestedFields()
{
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    auto &mappings = fixture.dataPoint(DataPointKind::Products).mappings;
    mappings << copy("variants") << copy("categories") << copy("weight") << copy("minOrderQuantity");
    QVERIFY(runClean(fixture, DataPointKind::Products));

    const auto erp = fixture.records(SimulatorSystem::Erp, DataPointKind::Products);
    const auto shop = fixture.records(SimulatorSystem::Shop, DataPointKind::Products);
    QCOMPARE(shop.size(), erp.size());
    int withVariants = 0;
    for (auto it = erp.cbegin(); it != erp.cend(); ++it) {
        const Value &target = shop.value(it.key());
        QVERIFY2(target.isObject(), qPrintable(it.key()));
        QCOMPARE(target.find("name")->text(), it->find("name")->text().trimmed());
        for (const char *field : {"variants", "categories", "weight", "minOrderQuantity", "category"})
            QCOMPARE(Json::serialize(*target.find(field)), Json::serialize(*it->find(field)));
        withVariants += it->find("variants")->items().isEmpty() ? 0 : 1;
        // Only what the mappings produce, and what the shop assigns, is there.
        QCOMPARE(target.members().size(), mappings.size() + 2);
    }
    QVERIFY2(withVariants > 0, "the data set should hold products with variants");
    expectLinked(fixture, DataPointKind::Products);
}

void TestSyncDataPoints::pricesKeepMoneyAsText()
{
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    // An amount a double cannot hold exactly, and one whose trailing zero a double would drop.
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Prices,
        {Value::object({{"sku", Value::string(QStringLiteral("LW-00001"))}, {"listPrice", Value::utf8("19.90")}}),
            Value::object({{"sku", Value::string(QStringLiteral("LW-00002"))},
                {"listPrice", Value::utf8("90071992547409.93")}})}));
    QVERIFY(runClean(fixture, DataPointKind::Prices));

    const auto erp = fixture.records(SimulatorSystem::Erp, DataPointKind::Prices);
    const auto shop = fixture.records(SimulatorSystem::Shop, DataPointKind::Prices);
    QCOMPARE(shop.size(), erp.size());
    for (auto it = erp.cbegin(); it != erp.cend(); ++it) {
        const Value &target = shop.value(it.key());
        QVERIFY(target.find("price")->isString());
        QCOMPARE(target.find("price")->utf8(), it->find("listPrice")->utf8());
        QCOMPARE(target.find("currency")->text(), it->find("currency")->text().toUpper());
    }
    QCOMPARE(shop.value(QStringLiteral("LW-00001")).find("price")->utf8(), QByteArray("19.90"));
    QCOMPARE(shop.value(QStringLiteral("LW-00002")).find("price")->utf8(), QByteArray("90071992547409.93"));
    expectLinked(fixture, DataPointKind::Prices);
}

void TestSyncDataPoints::stockCarriesWarehouses()
{
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QVERIFY(runClean(fixture, DataPointKind::Stock));
    expectCopied(fixture, DataPointKind::Stock, SimulatorSystem::Erp, SimulatorSystem::Shop);
    const Value stock = fixture.records(SimulatorSystem::Shop, DataPointKind::Stock).value(QStringLiteral("LW-00001"));
    QVERIFY(!stock.find("warehouses")->items().isEmpty());
    QVERIFY(stock.find("warehouses")->items().constFirst().find("quantity")->isNumber());
    expectLinked(fixture, DataPointKind::Stock);
}

void TestSyncDataPoints::invoicesReachTheShopWhole()
{
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QVERIFY(runClean(fixture, DataPointKind::Invoices));
    expectCopied(fixture, DataPointKind::Invoices, SimulatorSystem::Erp, SimulatorSystem::Shop);
    QSet<QString> types;
    for (const Value &invoice : fixture.records(SimulatorSystem::Shop, DataPointKind::Invoices)) {
        types.insert(invoice.find("type")->text());
        QVERIFY(invoice.find("total")->isString());
        QVERIFY(!invoice.find("lines")->items().isEmpty());
    }
    QVERIFY2(types.size() > 1, "invoices, credit notes and offline orders should all be there");
    expectLinked(fixture, DataPointKind::Invoices);
}

void TestSyncDataPoints::ordersReachTheErpWhole()
{
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    // Ids beyond 2^53 and long decimals lose digits in a double; they must arrive as sent.
    QByteArray order = fixture.rawRecord(SimulatorSystem::Shop, DataPointKind::Orders, QStringLiteral("WEB-100001"));
    auto parsed = Json::parse(order);
    QVERIFY(parsed);
    QList<Member> members = withoutSystemFields(*parsed).members();
    members.append({"externalId", Value::number(QByteArray("9007199254740993"))});
    members.append({"exchangeRate", Value::number(QByteArray("7.4603000000000000001"))});
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Orders, {Value::object(members)}));

    QVERIFY(runClean(fixture, DataPointKind::Orders));
    expectCopied(fixture, DataPointKind::Orders, SimulatorSystem::Shop, SimulatorSystem::Erp);
    const QByteArray stored =
        fixture.rawRecord(SimulatorSystem::Erp, DataPointKind::Orders, QStringLiteral("WEB-100001"));
    QVERIFY2(stored.contains("\"externalId\":9007199254740993"), stored.constData());
    QVERIFY2(stored.contains("\"exchangeRate\":7.4603000000000000001"), stored.constData());
    const Value erpOrder =
        fixture.records(SimulatorSystem::Erp, DataPointKind::Orders).value(QStringLiteral("WEB-100001"));
    QVERIFY(!erpOrder.find("lines")->items().isEmpty());
    QVERIFY(erpOrder.find("billTo")->isObject());
    expectLinked(fixture, DataPointKind::Orders);
}

void TestSyncDataPoints::customersFlowBothWays()
{
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QVERIFY(runClean(fixture, DataPointKind::Customers));
    expectCopied(fixture, DataPointKind::Customers, SimulatorSystem::Erp, SimulatorSystem::Shop);

    // A customer registered in the shop, with ship-to addresses and users, reaches the ERP whole.
    const Value address = Value::object({{"addressId", Value::utf8("MAIN")}, {"default", Value::boolean(true)},
        {"name", Value::utf8("Holm Bikes")}, {"street", Value::utf8("Nørregade 3")},
        {"postalCode", Value::utf8("8000")}, {"city", Value::utf8("Aarhus")}, {"country", Value::utf8("DK")}});
    const Value customer = Value::object({{"customerNumber", Value::utf8("C-SHOP-1")},
        {"name", Value::utf8("Holm Bikes ApS")}, {"creditLimit", Value::utf8("1500.50")},
        {"shipTo", Value::array({address})},
        {"users", Value::array({Value::object({{"name", Value::utf8("Ida Holm")}, {"role", Value::utf8("admin")}})})}});
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers, {customer}));
    QVERIFY(runClean(fixture, DataPointKind::Customers));
    const Value inErp =
        fixture.records(SimulatorSystem::Erp, DataPointKind::Customers).value(QStringLiteral("C-SHOP-1"));
    QCOMPARE(canonical(inErp), canonical(customer));
    expectCopied(fixture, DataPointKind::Customers, SimulatorSystem::Erp, SimulatorSystem::Shop);
    expectLinked(fixture, DataPointKind::Customers);
}

void TestSyncDataPoints::orderUpdatesFlowBothWays()
{
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    const auto erpBefore = fixture.records(SimulatorSystem::Erp, DataPointKind::OrderUpdates);
    const auto shopBefore = fixture.records(SimulatorSystem::Shop, DataPointKind::OrderUpdates);
    QSet<QString> both;
    for (auto it = shopBefore.cbegin(); it != shopBefore.cend(); ++it) {
        if (erpBefore.contains(it.key()))
            both.insert(it.key());
    }
    QVERIFY2(!both.isEmpty(), "some orders should have updates on both sides");
    QVERIFY(shopBefore.size() > both.size());

    QVERIFY(runClean(fixture, DataPointKind::OrderUpdates));
    const auto erp = fixture.records(SimulatorSystem::Erp, DataPointKind::OrderUpdates);
    const auto shop = fixture.records(SimulatorSystem::Shop, DataPointKind::OrderUpdates);
    QCOMPARE(QSet<QString>(erp.keyBegin(), erp.keyEnd()), QSet<QString>(shop.keyBegin(), shop.keyEnd()));
    for (auto it = erpBefore.cbegin(); it != erpBefore.cend(); ++it) {
        // Shipping news reaches the shop: carrier, tracking number and the shipped quantities.
        const Value &inShop = shop.value(it.key());
        for (const char *field : {"carrier", "trackingNumber", "shippingDate", "lines", "erpOrderNumber"})
            QCOMPARE(Json::serialize(*inShop.find(field)), Json::serialize(*it->find(field)));
    }
    for (auto it = shopBefore.cbegin(); it != shopBefore.cend(); ++it) {
        // Cancellation requests reach the ERP with their reason and time.
        const Value &inErp = erp.value(it.key());
        for (const char *field : {"reason", "requestedAt"})
            QCOMPARE(Json::serialize(*inErp.find(field)), Json::serialize(*it->find(field)));
        if (!both.contains(it.key()))
            QCOMPARE(canonical(inErp), canonical(it.value()));
    }
    for (const QString &key : std::as_const(both)) {
        // Both sides now agree; the status both had is decided by "newest wins" (the demo's policy).
        QCOMPARE(canonical(erp.value(key)), canonical(shop.value(key)));
        const bool erpNewer =
            erpBefore.value(key).find("modifiedAt")->utf8() >= shopBefore.value(key).find("modifiedAt")->utf8();
        QCOMPARE(erp.value(key).find("status")->text(),
            (erpNewer ? erpBefore : shopBefore).value(key).find("status")->text());
    }
    // Settled: the next run writes nothing on either side.
    auto again = fixture.runner().run(DataPointKind::OrderUpdates);
    QVERIFY(again);
    QCOMPARE(again->run.counts.created + again->run.counts.updated, 0);
}

QTEST_GUILESS_MAIN(TestSyncDataPoints)
#include "tst_sync_datapoints.moc"

#include "domain/json.h"
#include "syncfixture.h"

#include <QTest>

using namespace Linkwright;
using namespace Linkwright::Testing;

class TestSyncTwoWay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initialLoadThenEchoesSettle();
    void changeOnEitherSideFlows();
    void conflictPolicies_data();
    void conflictPolicies();
};

namespace {

SimulatorDataOptions small()
{
    SimulatorDataOptions data;
    data.products = 5;
    data.customers = 8;
    data.orders = 4;
    return data;
}

QString field(SyncFixture &fixture, SimulatorSystem system, const QString &key, const char *name)
{
    const Value record = fixture.records(system, DataPointKind::Customers).value(key);
    const Value *value = record.find(name);
    return value ? value->toDisplayString() : QStringLiteral("<missing>");
}

/// [{"customerNumber": key, field: value}]: one field of one customer, as a person edits it.
QByteArray patch(const QString &key, const char *field, const char *value)
{
    return Json::serialize(Value::array({Value::object(
        {{QByteArray("customerNumber"), Value::string(key)}, {QByteArray(field), Value::utf8(QByteArray(value))}})}));
}

QString anyCustomer(SyncFixture &fixture)
{
    return fixture.records(SimulatorSystem::Erp, DataPointKind::Customers).keys().constFirst();
}

} // namespace

void TestSyncTwoWay::initialLoadThenEchoesSettle()
{
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    auto first = fixture.runner().run(DataPointKind::Customers);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    QCOMPARE(first->run.status, RunStatus::Succeeded);
    QCOMPARE(first->run.counts.created, 8);
    QCOMPARE(fixture.records(SimulatorSystem::Shop, DataPointKind::Customers).size(), 8);

    // The shop's copies are newer than the watermark: they come back and are recognised.
    fixture.sim().resetStats();
    auto second = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(second);
    QCOMPARE(second->run.counts.created + second->run.counts.updated, 0);
    QCOMPARE(second->echoes, 8);
    auto third = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(third);
    QCOMPARE(third->run.counts.created + third->run.counts.updated, 0);
    const auto stats = fixture.sim().stats();
    for (SimulatorSystem system : {SimulatorSystem::Erp, SimulatorSystem::Shop}) {
        const auto resource = stats.resource(system, DataPointKind::Customers);
        QCOMPARE(resource.creates + resource.updates + resource.unchanged, 0);
    }
}

void TestSyncTwoWay::changeOnEitherSideFlows()
{
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.runner().run(DataPointKind::Customers));
    const QString key = anyCustomer(fixture);
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Customers, patch(key, "phone", "+45 11 22 33 44")));
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers, patch(key, "language", "de")));
    auto report = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(report);
    QCOMPARE(report->run.status, RunStatus::Succeeded);
    QCOMPARE(field(fixture, SimulatorSystem::Shop, key, "phone"), QStringLiteral("+45 11 22 33 44"));
    QCOMPARE(field(fixture, SimulatorSystem::Erp, key, "language"), QStringLiteral("de"));
    auto settled = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(settled);
    QCOMPARE(settled->run.counts.created + settled->run.counts.updated, 0);
}

void TestSyncTwoWay::conflictPolicies_data()
{
    QTest::addColumn<ConflictPolicy>("policy");
    QTest::addColumn<QString>("expected"); // erp, shop or review
    QTest::newRow("erp-owns") << ConflictPolicy::ErpOwns << QStringLiteral("erp");
    QTest::newRow("shop-owns") << ConflictPolicy::ShopOwns << QStringLiteral("shop");
    QTest::newRow("newest-wins") << ConflictPolicy::NewestWins << QStringLiteral("shop");
    QTest::newRow("review") << ConflictPolicy::Review << QStringLiteral("review");
}

void TestSyncTwoWay::conflictPolicies()
{
    QFETCH(ConflictPolicy, policy);
    QFETCH(QString, expected);
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    fixture.dataPoint(DataPointKind::Customers).conflictFields.insert(QStringLiteral("phone"), policy);
    QVERIFY(fixture.runner().run(DataPointKind::Customers));
    const QString key = anyCustomer(fixture);
    // The ERP changes first, the shop later: "newest wins" picks the shop.
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Customers, patch(key, "phone", "erp-phone")));
    QTest::qWait(5);
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers, patch(key, "phone", "shop-phone")));
    auto report = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(report);
    const QString erp = field(fixture, SimulatorSystem::Erp, key, "phone");
    const QString shop = field(fixture, SimulatorSystem::Shop, key, "phone");
    if (expected == QLatin1StringView("review")) {
        QCOMPARE(report->run.status, RunStatus::FinishedWithFailures);
        QCOMPARE(report->conflicts, 1);
        QCOMPARE(erp, QStringLiteral("erp-phone"));
        QCOMPARE(shop, QStringLiteral("shop-phone"));
        FailureFilter filter;
        filter.step = FailureStep::Conflict;
        auto failures = fixture.store().failures(filter);
        QVERIFY(failures);
        QCOMPARE(failures->size(), 1);
        const Failure conflict = failures->constFirst();
        QCOMPARE(conflict.key, key);
        QVERIFY(conflict.message.contains(QStringLiteral("erp-phone")));
        QVERIFY(conflict.message.contains(QStringLiteral("shop-phone")));
        // A person decides in the ERP; the next run carries it over and closes the entry.
        QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Customers, patch(key, "phone", "decided")));
        QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers, patch(key, "phone", "decided")));
        auto after = fixture.runner().run(DataPointKind::Customers);
        QVERIFY(after);
        QCOMPARE(fixture.openFailures(DataPointKind::Customers), 0);
        return;
    }
    QCOMPARE(report->run.status, RunStatus::Succeeded);
    const QString winner =
        expected == QLatin1StringView("erp") ? QStringLiteral("erp-phone") : QStringLiteral("shop-phone");
    QCOMPARE(erp, winner);
    QCOMPARE(shop, winner);
    auto settled = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(settled);
    QCOMPARE(settled->run.counts.created + settled->run.counts.updated, 0);
}

QTEST_GUILESS_MAIN(TestSyncTwoWay)
#include "tst_sync_twoway.moc"

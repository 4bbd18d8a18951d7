// One-way runs decided before they write: dry-run plans applied whole or in part, and a full run's deletions.
#include "domain/json.h"
#include "onewaytesthelpers.h"
#include "syncfixture.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Linkwright;
using namespace Linkwright::Testing;

class TestSyncOneWayPlans : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPlanFromAnOlderVersionSendsNothingAlreadyThere();
    void dryRunThenApplyEqualsDirectRun();
    void applyChosenRecordsOnly();
    void fullRunCarriesDeletions();
    void massDeletionIsRefused();
};

void TestSyncOneWayPlans::aPlanFromAnOlderVersionSendsNothingAlreadyThere()
{
    // A plan stored before XXH3 carries BLAKE2b fingerprints; once a newer run has written the
    // same records, applying it must find them there rather than send them again.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    SyncOptions dry;
    dry.dryRun = true;
    auto made = fixture.runner().run(DataPointKind::Products, dry);
    QVERIFY(made && made->planId > 0);
    auto plan = fixture.store().plan(made->planId);
    auto items = fixture.store().planItems(made->planId);
    QVERIFY(plan && *plan && items);
    QCOMPARE(items->size(), 40);
    for (PlanItem &item : *items) {
        QCOMPARE(item.sourceHash.size(), 16);
        item.sourceHash = QCryptographicHash::hash(item.payload, QCryptographicHash::Blake2b_160);
    }
    auto older = fixture.store().savePlan(**plan, *items);
    QVERIFY(older);

    QVERIFY(fixture.runner().run(DataPointKind::Products));
    fixture.sim().resetStats();
    auto applied = fixture.runner().applyPlan(*older, {});
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
    QCOMPARE(applied->run.counts.unchanged, 40);
    const auto shopProducts = fixture.sim().stats().resource(SimulatorSystem::Shop, DataPointKind::Products);
    QCOMPARE(shopProducts.creates + shopProducts.updates + shopProducts.unchanged, 0);
}

void TestSyncOneWayPlans::dryRunThenApplyEqualsDirectRun()
{
    SyncFixture direct(small());
    SyncFixture planned(small());
    QVERIFY(direct.isValid() && planned.isValid());
    QVERIFY(direct.runner().run(DataPointKind::Products));

    SyncOptions dry;
    dry.dryRun = true;
    auto plan = planned.runner().run(DataPointKind::Products, dry);
    QVERIFY(plan);
    QVERIFY(plan->planId > 0);
    QCOMPARE(plan->run.counts.created, 40);
    QVERIFY(planned.records(SimulatorSystem::Shop, DataPointKind::Products).isEmpty());
    auto items = planned.store().planItems(plan->planId);
    QVERIFY(items);
    QCOMPARE(items->size(), 40);
    const auto diff = Json::parse(items->constFirst().diff);
    QVERIFY(diff && diff->isArray());
    QCOMPARE(diff->items().size(), 5);

    auto applied = planned.runner().applyPlan(plan->planId, {});
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
    QCOMPARE(applied->run.counts.created, 40);

    const auto a = direct.records(SimulatorSystem::Shop, DataPointKind::Products);
    const auto b = planned.records(SimulatorSystem::Shop, DataPointKind::Products);
    QCOMPARE(a.keys().size(), b.keys().size());
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const Value withoutStamp = it.value();
        QCOMPARE(b.value(it.key()).find("name")->text(), it.value().find("name")->text());
        QCOMPARE(
            Json::serialize(*b.value(it.key()).find("description")), Json::serialize(*it.value().find("description")));
    }
    // Applied whole: the watermark moved as the direct run's did, so nothing is left to do.
    QCOMPARE(*planned.store().watermark(DataPointKind::Products, Side::Erp),
        *direct.store().watermark(DataPointKind::Products, Side::Erp));
    auto after = planned.runner().run(DataPointKind::Products);
    QVERIFY(after);
    QCOMPARE(after->run.counts.created + after->run.counts.updated, 0);
    QVERIFY(!planned.runner().applyPlan(plan->planId, {}));
}

void TestSyncOneWayPlans::applyChosenRecordsOnly()
{
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    SyncOptions dry;
    dry.dryRun = true;
    auto plan = fixture.runner().run(DataPointKind::Products, dry);
    QVERIFY(plan);
    auto applied = fixture.runner().applyPlan(plan->planId, {QStringLiteral("LW-00002"), QStringLiteral("LW-00005")});
    QVERIFY(applied);
    QCOMPARE(applied->run.counts.created, 2);
    const auto shop = fixture.records(SimulatorSystem::Shop, DataPointKind::Products);
    QCOMPARE(shop.size(), 2);
    QVERIFY(shop.contains(QStringLiteral("LW-00005")));
    QVERIFY(fixture.store().watermark(DataPointKind::Products, Side::Erp)->isEmpty());
    auto unknown = fixture.runner().applyPlan(plan->planId, {QStringLiteral("NOPE")});
    QVERIFY(!unknown);
    QVERIFY(unknown.error().message.contains(QStringLiteral("NOPE")));
    // A record applied already is refused by name, not skipped with "0 written".
    auto again = fixture.runner().applyPlan(plan->planId, {QStringLiteral("LW-00002")});
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains(QStringLiteral("\"LW-00002\" was applied already")),
        qPrintable(again.error().message));
    // The rest of the plan can follow.
    auto rest = fixture.runner().applyPlan(plan->planId, {});
    QVERIFY(rest);
    QCOMPARE(rest->run.counts.created, 38);
}

void TestSyncOneWayPlans::fullRunCarriesDeletions()
{
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    fixture.dataPoint(DataPointKind::Products).deletes = true;
    QVERIFY(fixture.runner().run(DataPointKind::Products));
    QVERIFY(fixture.remove(SimulatorSystem::Erp, DataPointKind::Products, QStringLiteral("LW-00007")));
    QVERIFY(!fixture.remove(SimulatorSystem::Erp, DataPointKind::Products, QStringLiteral("LW-00007")));

    // An incremental run cannot see a deletion: only a full run compares the whole set.
    auto incremental = fixture.runner().run(DataPointKind::Products);
    QVERIFY(incremental);
    QCOMPARE(incremental->run.counts.deleted, 0);
    QVERIFY(fixture.records(SimulatorSystem::Shop, DataPointKind::Products).contains(QStringLiteral("LW-00007")));

    SyncOptions full;
    full.full = true;
    full.dryRun = true;
    auto plan = fixture.runner().run(DataPointKind::Products, full);
    QVERIFY(plan);
    QCOMPARE(plan->run.counts.deleted, 1);
    auto items = fixture.store().planItems(plan->planId);
    QVERIFY(items);
    QCOMPARE(items->size(), 1);
    QCOMPARE(items->constFirst().action, PlanAction::Delete);
    QCOMPARE(items->constFirst().key, QStringLiteral("LW-00007"));

    full.dryRun = false;
    auto report = fixture.runner().run(DataPointKind::Products, full);
    QVERIFY(report);
    QCOMPARE(report->run.counts.deleted, 1);
    QCOMPARE(report->run.status, RunStatus::Succeeded);
    const auto shop = fixture.records(SimulatorSystem::Shop, DataPointKind::Products);
    QCOMPARE(shop.size(), 39);
    QVERIFY(!shop.contains(QStringLiteral("LW-00007")));
    QVERIFY(!fixture.store().recordHashes(DataPointKind::Products)->contains(QStringLiteral("LW-00007")));
    auto again = fixture.runner().run(DataPointKind::Products, full);
    QVERIFY(again);
    QCOMPARE(again->run.counts.deleted, 0);
}

void TestSyncOneWayPlans::massDeletionIsRefused()
{
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    fixture.dataPoint(DataPointKind::Products).deletes = true;
    QVERIFY(fixture.runner().run(DataPointKind::Products));
    for (int i = 1; i <= 30; ++i) {
        QVERIFY(fixture.remove(
            SimulatorSystem::Erp, DataPointKind::Products, QStringLiteral("LW-%1").arg(i, 5, 10, QLatin1Char('0'))));
    }
    SyncOptions full;
    full.full = true;
    auto report = fixture.runner().run(DataPointKind::Products, full);
    QVERIFY(report);
    QCOMPARE(report->run.counts.deleted, 0);
    QVERIFY2(report->run.message.contains(QStringLiteral("30 of 40")), qPrintable(report->run.message));
    QCOMPARE(fixture.records(SimulatorSystem::Shop, DataPointKind::Products).size(), 40);
}

QTEST_GUILESS_MAIN(TestSyncOneWayPlans)
#include "tst_sync_onewayplans.moc"

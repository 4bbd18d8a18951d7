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
    void anOldPlanDoesNotUndoANewerRun();
    void aPlannedDeleteOfARecordMadeAgainIsLeftOut();
};

namespace {

QString shopName(SyncFixture &fixture, const char *sku)
{
    const Value record = fixture.records(SimulatorSystem::Shop, DataPointKind::Products).value(QString::fromUtf8(sku));
    const Value *name = record.find("name");
    return name ? name->text() : QStringLiteral("<missing>");
}

PlanItemStatus statusOf(SyncFixture &fixture, qint64 planId, const char *key)
{
    for (const PlanItem &item : fixture.store().planItems(planId).value_or(QList<PlanItem>())) {
        if (item.key == QString::fromUtf8(key))
            return item.status;
    }
    return PlanItemStatus::Pending;
}

} // namespace

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

    // Progress while the plan is written says so (it said "fetching" to the end).
    QList<SyncProgress> progress;
    planned.runner().setProgressCallback([&progress](const SyncProgress &each) { progress.append(each); });
    auto applied = planned.runner().applyPlan(plan->planId, {});
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
    QCOMPARE(applied->run.counts.created, 40);
    planned.runner().setProgressCallback({});
    const auto written =
        std::find_if(progress.cbegin(), progress.cend(), [](const SyncProgress &each) { return each.written > 0; });
    QVERIFY(written != progress.cend());
    QCOMPARE(written->phase, SyncPhase::Writing);

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

void TestSyncOneWayPlans::anOldPlanDoesNotUndoANewerRun()
{
    // A plan writes "Desk v1"; then the ERP says "Desk v2" and a run writes it. Applying the
    // old plan put v1 back in the shop, without a word, until the next run.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.runner().run(DataPointKind::Products));
    const auto rename = [&](const char *sku, const char *name) {
        return fixture.post(SimulatorSystem::Erp, DataPointKind::Products,
            {Value::object({{"sku", Value::utf8(sku)}, {"name", Value::utf8(name)}})});
    };
    QVERIFY(rename("LW-00003", "Desk v1"));
    QVERIFY(rename("LW-00004", "Lamp v1"));
    SyncOptions dry;
    dry.dryRun = true;
    auto plan = fixture.runner().run(DataPointKind::Products, dry);
    QVERIFY(plan && plan->planId > 0);
    QTest::qWait(5); // a newer stamp than the plan's
    QVERIFY(rename("LW-00003", "Desk v2"));
    QVERIFY(rename("LW-00005", "Chair v2"));
    QVERIFY(fixture.runner().run(DataPointKind::Products));
    QCOMPARE(shopName(fixture, "LW-00003"), QStringLiteral("Desk v2"));

    auto applied = fixture.runner().applyPlan(plan->planId, {});
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
    QCOMPARE(applied->run.status, RunStatus::Succeeded);
    QVERIFY2(applied->run.message.contains(QStringLiteral("1 planned record(s) left out")),
        qPrintable(applied->run.message));
    QVERIFY2(applied->run.message.contains(QStringLiteral("LW-00003")), qPrintable(applied->run.message));
    QCOMPARE(shopName(fixture, "LW-00003"), QStringLiteral("Desk v2"));
    QCOMPARE(shopName(fixture, "LW-00004"), QStringLiteral("Lamp v1"));
    QCOMPARE(statusOf(fixture, plan->planId, "LW-00003"), PlanItemStatus::Skipped);
    QCOMPARE(statusOf(fixture, plan->planId, "LW-00004"), PlanItemStatus::Applied);
}

void TestSyncOneWayPlans::aPlannedDeleteOfARecordMadeAgainIsLeftOut()
{
    // A plan deletes a product the ERP no longer had; the ERP made it again before the plan
    // was applied. The delete took it from the shop, and the next run created it anew, under a
    // new id, without what the shop had kept beside it.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    fixture.dataPoint(DataPointKind::Products).deletes = true;
    QVERIFY(fixture.runner().run(DataPointKind::Products));
    const QString key = QStringLiteral("LW-00007");
    const Value product = fixture.records(SimulatorSystem::Erp, DataPointKind::Products).value(key);
    QVERIFY(fixture.remove(SimulatorSystem::Erp, DataPointKind::Products, key));
    SyncOptions dry;
    dry.dryRun = true;
    dry.full = true;
    auto plan = fixture.runner().run(DataPointKind::Products, dry);
    QVERIFY(plan && plan->planId > 0);
    QCOMPARE(fixture.store().planItems(plan->planId)->constFirst().action, PlanAction::Delete);
    QTest::qWait(5);
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Products, {product}));

    auto applied = fixture.runner().applyPlan(plan->planId, {});
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
    QCOMPARE(applied->run.counts.deleted, 0);
    QVERIFY(fixture.records(SimulatorSystem::Shop, DataPointKind::Products).contains(key));
    QCOMPARE(statusOf(fixture, plan->planId, "LW-00007"), PlanItemStatus::Skipped);
}

QTEST_GUILESS_MAIN(TestSyncOneWayPlans)
#include "tst_sync_onewayplans.moc"

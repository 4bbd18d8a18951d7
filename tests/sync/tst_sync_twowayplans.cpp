// Two-way plans: a dry run's decisions, applied whole or record by record, as planned, and
// never over an edit a system made after the plan.
#include "syncfixture.h"
#include "twowaytesthelpers.h"

#include <QTest>

#include <algorithm>

using namespace Linkwright;
using namespace Linkwright::Testing;

class TestSyncTwoWayPlans : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRecordOfAPlanGoesBothWays();
    void anEditAfterThePlanIsNotOverwritten_data();
    void anEditAfterThePlanIsNotOverwritten();
    void aPlanARunOvertookIsSkipped();
    void aPlannedConflictCountsAsARunCountsIt();
    void whatOverwritesNothingIsApplied_data();
    void whatOverwritesNothingIsApplied();
    void aRecordOnBothSidesIsPlannedAsAnUpdate();
};

void TestSyncTwoWayPlans::aRecordOfAPlanGoesBothWays()
{
    // A customer edited in both systems, a different field in each, is one plan item carrying
    // both directions: applying it by its key writes both sides, and only once.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QVERIFY(syncedApart(fixture));
    const QStringList keys = fixture.records(SimulatorSystem::Erp, DataPointKind::Customers).keys();
    const QString key = keys.at(0);
    const QString other = keys.at(1);
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Customers, patch(key, "phone", "+45 11 22 33 44")));
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers, patch(key, "language", "fi")));
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers, patch(other, "language", "sv")));
    auto plan = planCustomers(fixture);
    QVERIFY(plan);
    auto items = fixture.store().planItems(plan->planId);
    QVERIFY(items);
    QCOMPARE(std::count_if(items->cbegin(), items->cend(), [&](const PlanItem &item) { return item.key == key; }), 1);
    // The plan counts writes as the run applying it does: one for each system (it said 2 to
    // update, and applying it updated 3).
    QCOMPARE(plan->run.counts.updated, 3);

    auto applied = fixture.runner().applyPlan(plan->planId, {key});
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
    QCOMPARE(applied->run.status, RunStatus::Succeeded);
    QCOMPARE(applied->run.counts.updated, 2);
    QCOMPARE(field(fixture, SimulatorSystem::Shop, key, "phone"), QStringLiteral("+45 11 22 33 44"));
    QCOMPARE(field(fixture, SimulatorSystem::Erp, key, "language"), QStringLiteral("fi"));
    // The record not chosen waits for its turn.
    QVERIFY(field(fixture, SimulatorSystem::Erp, other, "language") != QStringLiteral("sv"));
    auto again = fixture.runner().applyPlan(plan->planId, {key});
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains(QStringLiteral("was applied already")), qPrintable(again.error().message));
    auto rest = fixture.runner().applyPlan(plan->planId, {});
    QVERIFY(rest);
    QCOMPARE(rest->run.counts.updated, 1);
    QCOMPARE(field(fixture, SimulatorSystem::Erp, other, "language"), QStringLiteral("sv"));
}

void TestSyncTwoWayPlans::anEditAfterThePlanIsNotOverwritten_data()
{
    QTest::addColumn<bool>("erpPlanned");
    QTest::newRow("the plan writes the shop, the shop is edited") << true;
    QTest::newRow("the plan writes the ERP, the ERP is edited") << false;
}

void TestSyncTwoWayPlans::anEditAfterThePlanIsNotOverwritten()
{
    // One system's edit is planned for the other; a person then edits the record where the plan
    // would write. Applying the old plan overwrote that edit, and the next run took the write for
    // an echo: the edit was lost without a trace. Now the record is left out and held for
    // review, and the next run decides it with both edits by the policy (newest wins here).
    QFETCH(bool, erpPlanned);
    const SimulatorSystem planned = erpPlanned ? SimulatorSystem::Erp : SimulatorSystem::Shop;
    const SimulatorSystem edited = erpPlanned ? SimulatorSystem::Shop : SimulatorSystem::Erp;
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QVERIFY(syncedApart(fixture));
    const QStringList keys = fixture.records(SimulatorSystem::Erp, DataPointKind::Customers).keys();
    const QString key = keys.at(0);
    const QString other = keys.at(1);
    QVERIFY(fixture.post(planned, DataPointKind::Customers, patch(key, "phone", "+45 10 10 10 10")));
    QVERIFY(fixture.post(planned, DataPointKind::Customers, patch(other, "phone", "+45 20 20 20 20")));
    auto plan = planCustomers(fixture);
    QVERIFY(plan);
    QCOMPARE(plan->run.counts.updated, 2);
    QVERIFY(fixture.post(edited, DataPointKind::Customers, patch(key, "phone", "+45 99 99 99 99")));

    auto applied = fixture.runner().applyPlan(plan->planId, {});
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
    QCOMPARE(applied->run.status, RunStatus::FinishedWithFailures);
    QCOMPARE(applied->run.counts.failed, 1);
    QCOMPARE(applied->run.counts.updated, 1);
    QCOMPARE(applied->conflicts, 1);
    QCOMPARE(field(fixture, edited, key, "phone"), QStringLiteral("+45 99 99 99 99"));
    QCOMPARE(field(fixture, edited, other, "phone"), QStringLiteral("+45 20 20 20 20"));
    const auto failures = fixture.store().failures(FailureFilter{});
    QVERIFY(failures);
    QCOMPARE(failures->size(), 1);
    QCOMPARE(failures->constFirst().key, key);
    QCOMPARE(failures->constFirst().step, FailureStep::Conflict);
    QVERIFY2(failures->constFirst().message.contains(erpPlanned
                     ? QStringLiteral("the shop changed the record after the plan was made")
                     : QStringLiteral("the ERP changed the record after the plan was made")),
        qPrintable(failures->constFirst().message));

    // The person's edit is the newer one: the next run carries it to the other system.
    auto next = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(next);
    QCOMPARE(next->run.status, RunStatus::Succeeded);
    QCOMPARE(field(fixture, SimulatorSystem::Erp, key, "phone"), QStringLiteral("+45 99 99 99 99"));
    QCOMPARE(field(fixture, SimulatorSystem::Shop, key, "phone"), QStringLiteral("+45 99 99 99 99"));
    QCOMPARE(fixture.openFailureKeys(DataPointKind::Customers), QSet<QString>());
}

void TestSyncTwoWayPlans::aPlanARunOvertookIsSkipped()
{
    // An ERP edit is planned; the ERP is edited again and a run syncs the newer value to both
    // systems. Applying the old plan then held the record for review ("the shop changed the
    // record after the plan was made": the run's own write), no run ever settled that (the
    // record no longer changes), and retrying it wrote the plan's old value into the shop.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QVERIFY(syncedApart(fixture));
    const QString key = fixture.records(SimulatorSystem::Erp, DataPointKind::Customers).keys().at(0);
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Customers, patch(key, "phone", "+45 10 10 10 10")));
    auto plan = planCustomers(fixture);
    QVERIFY(plan);
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Customers, patch(key, "phone", "+45 30 30 30 30")));
    QVERIFY(fixture.runner().run(DataPointKind::Customers));
    QCOMPARE(field(fixture, SimulatorSystem::Shop, key, "phone"), QStringLiteral("+45 30 30 30 30"));

    auto applied = fixture.runner().applyPlan(plan->planId, {});
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
    QCOMPARE(applied->run.status, RunStatus::Succeeded);
    QCOMPARE(applied->conflicts, 0);
    QCOMPARE(applied->run.counts.failed, 0);
    QCOMPARE(fixture.openFailureKeys(DataPointKind::Customers), QSet<QString>());
    QCOMPARE(field(fixture, SimulatorSystem::Erp, key, "phone"), QStringLiteral("+45 30 30 30 30"));
    QCOMPARE(field(fixture, SimulatorSystem::Shop, key, "phone"), QStringLiteral("+45 30 30 30 30"));
    const auto items = fixture.store().planItems(plan->planId);
    QVERIFY(items);
    for (const PlanItem &item : *items) {
        if (item.key == key)
            QCOMPARE(item.status, PlanItemStatus::Skipped);
    }
}

void TestSyncTwoWayPlans::aPlannedConflictCountsAsARunCountsIt()
{
    // A record both systems changed, sent to review: the plan and its apply count it as a
    // conflict, as a run does (apply said "conflicts 0", a run "conflicts 1").
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QVERIFY(syncedApart(fixture));
    const QString key = anyCustomer(fixture);
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Customers, patch(key, "name", "Name in the ERP")));
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers, patch(key, "name", "Name in the shop")));
    auto plan = planCustomers(fixture);
    QVERIFY(plan);
    QCOMPARE(plan->conflicts, 1);
    auto applied = fixture.runner().applyPlan(plan->planId, {});
    QVERIFY(applied);
    QCOMPARE(applied->run.status, RunStatus::FinishedWithFailures);
    QCOMPARE(applied->run.counts.failed, 1);
    QCOMPARE(applied->conflicts, 1);
    QCOMPARE(fixture.openFailureKeys(DataPointKind::Customers), QSet<QString>({key}));
}

void TestSyncTwoWayPlans::whatOverwritesNothingIsApplied_data()
{
    QTest::addColumn<QString>("between");
    QTest::newRow("a run wrote the same values") << QStringLiteral("run");
    QTest::newRow("the shop edited another field") << QStringLiteral("other field");
    // The plan's read did not meet the record in the shop: it kept that side as null, and any
    // field the plan writes there looked edited since.
    QTest::newRow("the shop, not read by the plan, edited another field") << QStringLiteral("unread");
}

void TestSyncTwoWayPlans::whatOverwritesNothingIsApplied()
{
    // Between plan and apply the shop's record changed, but not where the plan writes: a run
    // wrote the planned value itself, or a person edited another field. Neither is held for
    // review (the first was, as a false conflict no run closed).
    QFETCH(QString, between);
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QVERIFY(syncedApart(fixture));
    const QString key = anyCustomer(fixture);
    if (between == u"unread") {
        // Another customer edited in the shop and synced: the shop's watermark passes this one.
        QString other;
        for (const QString &each : fixture.records(SimulatorSystem::Shop, DataPointKind::Customers).keys()) {
            if (each != key && other.isEmpty())
                other = each;
        }
        QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers, patch(other, "language", "sv")));
        QVERIFY(fixture.runner().run(DataPointKind::Customers));
        QVERIFY(fixture.runner().run(DataPointKind::Customers));
    }
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Customers, patch(key, "phone", "+45 10 10 10 10")));
    auto plan = planCustomers(fixture);
    QVERIFY(plan);
    QCOMPARE(plan->run.counts.updated, 1);
    if (between == u"unread") {
        auto items = fixture.store().planItems(plan->planId);
        QVERIFY(items);
        const auto item = std::ranges::find(*items, key, &PlanItem::key);
        QVERIFY(item != items->cend());
        const auto source = Json::parse(item->source);
        QVERIFY2(source && source->find("shop") && source->find("shop")->isNull(), item->source.constData());
    }
    if (between == u"run")
        QVERIFY(fixture.runner().run(DataPointKind::Customers));
    else
        QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers, patch(key, "language", "fi")));

    auto applied = fixture.runner().applyPlan(plan->planId, {});
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
    const auto all = fixture.store().failures(FailureFilter{});
    QVERIFY2(applied->run.status == RunStatus::Succeeded,
        qPrintable(applied->run.message + QString::number(applied->run.counts.failed)
            + (all->isEmpty() ? QString() : all->constFirst().message)));
    QCOMPARE(applied->conflicts, 0);
    QCOMPARE(fixture.openFailureKeys(DataPointKind::Customers), QSet<QString>());
    QCOMPARE(field(fixture, SimulatorSystem::Shop, key, "phone"), QStringLiteral("+45 10 10 10 10"));
    if (between != u"run") {
        QCOMPARE(field(fixture, SimulatorSystem::Shop, key, "language"), QStringLiteral("fi"));
        // The next run carries the shop's edit to the ERP.
        QVERIFY(fixture.runner().run(DataPointKind::Customers));
        QCOMPARE(field(fixture, SimulatorSystem::Erp, key, "language"), QStringLiteral("fi"));
    }
}

void TestSyncTwoWayPlans::aRecordOnBothSidesIsPlannedAsAnUpdate()
{
    // A customer number made in each system before the first sync: the plan said "create ...
    // to the ERP" with nothing before, and applying it overwrote the ERP's customer.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.runner().run(DataPointKind::Customers));
    const auto customer = [](const char *name, const char *email) {
        return QList<Value>{Value::object(
            {{"customerNumber", Value::utf8("C20001")}, {"name", Value::utf8(name)}, {"email", Value::utf8(email)}})};
    };
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Customers, customer("Alpha GmbH", "a@alpha.example")));
    QTest::qWait(5);
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers, customer("Bob Berg", "bob@home.example")));
    auto plan = planCustomers(fixture);
    QVERIFY(plan);
    auto items = fixture.store().planItems(plan->planId);
    QVERIFY(items);
    const auto item = std::find_if(
        items->cbegin(), items->cend(), [](const PlanItem &candidate) { return candidate.key == u"C20001"; });
    QVERIFY(item != items->cend());
    QCOMPARE(item->action, PlanAction::Update);
    const QByteArray diff = item->diff;
    QVERIFY2(diff.contains(R"("before":"Alpha GmbH")"), diff.constData());
    QVERIFY2(diff.contains(R"("after":"Bob Berg")"), diff.constData());
}

QTEST_GUILESS_MAIN(TestSyncTwoWayPlans)
#include "tst_sync_twowayplans.moc"

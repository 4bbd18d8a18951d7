#include "domain/json.h"
#include "syncfixture.h"
#include "twowaytesthelpers.h"

#include <QTest>

using namespace Linkwright;
using namespace Linkwright::Testing;

class TestSyncTwoWay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initialLoadThenEchoesSettle();
    void recordsEqualOnBothSidesAreLinked_data();
    void recordsEqualOnBothSidesAreLinked();
    void changeOnEitherSideFlows();
    void aFieldFromInsideAnObjectFlowsFromTheErpOnly();
    void conflictPolicies_data();
    void conflictPolicies();
    void orderUpdatePolicies_data();
    void orderUpdatePolicies();
    void bothSidedOrderUpdatesGoToReview();
    void aReviewDecidedOnOneSideFlows_data();
    void aReviewDecidedOnOneSideFlows();
    void aRetryAfterTheCorrectionDecidesTheReview_data();
    void aRetryAfterTheCorrectionDecidesTheReview();
    void aFieldHeldBackWithAReviewIsNotDecidedByIt();
    void dryRunThenApplyEqualsDirectRun();
    void incrementalWritesOnlyTheChanges();
};

namespace {

SimulatorDataOptions withOrders()
{
    SimulatorDataOptions data = small();
    data.orders = 60;
    return data;
}

QList<Value> orderStatus(const QString &key, const char *status)
{
    return {Value::object({{"orderNumber", Value::string(key)}, {"status", Value::utf8(status)}})};
}

QString status(SyncFixture &fixture, SimulatorSystem system, const QString &key)
{
    const Value record = fixture.records(system, DataPointKind::OrderUpdates).value(key);
    const Value *value = record.find("status");
    return value ? value->text() : QStringLiteral("<missing>");
}

/// The order updates that both systems hold at the start.
QStringList bothSided(SyncFixture &fixture)
{
    const auto erp = fixture.records(SimulatorSystem::Erp, DataPointKind::OrderUpdates);
    QStringList keys;
    for (const QString &key : fixture.records(SimulatorSystem::Shop, DataPointKind::OrderUpdates).keys()) {
        if (erp.contains(key))
            keys.append(key);
    }
    keys.sort();
    return keys;
}

/// Both systems' records of a kind, by key, in a form that compares across fixtures.
QMap<QString, QByteArray> snapshot(SyncFixture &fixture, SimulatorSystem system, DataPointKind kind)
{
    QMap<QString, QByteArray> out;
    const auto records = fixture.records(system, kind);
    for (auto it = records.cbegin(); it != records.cend(); ++it)
        out.insert(it.key(), canonical(*it));
    return out;
}

/// A customer whose phone both systems changed after a sync, held for review: its key, or none.
QString heldForReview(SyncFixture &fixture)
{
    fixture.dataPoint(DataPointKind::Customers).conflictFields.insert(QStringLiteral("phone"), ConflictPolicy::Review);
    if (!fixture.runner().run(DataPointKind::Customers))
        return {};
    const QString key = anyCustomer(fixture);
    if (!fixture.post(SimulatorSystem::Erp, DataPointKind::Customers, patch(key, "phone", "erp-phone"))
        || !fixture.post(SimulatorSystem::Shop, DataPointKind::Customers, patch(key, "phone", "shop-phone")))
        return {};
    const auto held = fixture.runner().run(DataPointKind::Customers);
    return held && held->conflicts == 1 ? key : QString();
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

void TestSyncTwoWay::recordsEqualOnBothSidesAreLinked_data()
{
    QTest::addColumn<bool>("planned");
    QTest::newRow("run") << false;
    QTest::newRow("plan, then apply") << true;
}

void TestSyncTwoWay::recordsEqualOnBothSidesAreLinked()
{
    // Customers entered in both systems alike before the first run (here: a store that forgot
    // an earlier run) need no write, and so no write links them: the run that finds them does,
    // and so does applying a plan made of them.
    QFETCH(bool, planned);
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QVERIFY(syncedThenForgotten(fixture));
    QVERIFY(fixture.store().identityLinks(DataPointKind::Customers)->isEmpty());
    const auto erp = fixture.records(SimulatorSystem::Erp, DataPointKind::Customers);
    const auto shop = fixture.records(SimulatorSystem::Shop, DataPointKind::Customers);

    if (planned) {
        SyncOptions dry;
        dry.dryRun = true;
        auto plan = fixture.runner().run(DataPointKind::Customers, dry);
        QVERIFY(plan);
        QCOMPARE(plan->run.counts.unchanged, shop.size());
        const auto items = fixture.store().planItems(plan->planId);
        QVERIFY(items);
        QCOMPARE(items->size(), shop.size());
        for (const PlanItem &item : std::as_const(*items))
            QCOMPARE(item.action, PlanAction::Unchanged);
        QVERIFY(fixture.store().identityLinks(DataPointKind::Customers)->isEmpty());
        auto applied = fixture.runner().applyPlan(plan->planId, {});
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
        QCOMPARE(applied->run.status, RunStatus::Succeeded);
        QCOMPARE(applied->run.counts.unchanged, shop.size());
        const auto done = fixture.store().planItems(plan->planId);
        QVERIFY(done);
        for (const PlanItem &item : std::as_const(*done))
            QCOMPARE(item.status, PlanItemStatus::Applied);
    } else {
        auto again = fixture.runner().run(DataPointKind::Customers);
        QVERIFY(again);
        QCOMPARE(again->run.status, RunStatus::Succeeded);
        QCOMPARE(again->run.counts.created + again->run.counts.updated, 0);
    }
    const auto links = fixture.store().identityLinks(DataPointKind::Customers);
    QCOMPARE(links->size(), shop.size());
    for (const IdentityLink &link : std::as_const(*links)) {
        QCOMPARE(link.erpId, erp.value(link.key).find("id")->text());
        QCOMPARE(link.shopId, shop.value(link.key).find("id")->text());
    }
    // The agreed values were kept: edits of different fields on the two sides both go through.
    const QString key = anyCustomer(fixture);
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Customers, patch(key, "phone", "+45 70 70 70 70")));
    QTest::qWait(5);
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers, patch(key, "language", "da")));
    auto edited = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(edited);
    QCOMPARE(edited->run.status, RunStatus::Succeeded);
    for (SimulatorSystem system : {SimulatorSystem::Erp, SimulatorSystem::Shop}) {
        QCOMPARE(field(fixture, system, key, "phone"), QStringLiteral("+45 70 70 70 70"));
        QCOMPARE(field(fixture, system, key, "language"), QStringLiteral("da"));
    }
}

void TestSyncTwoWay::aFieldFromInsideAnObjectFlowsFromTheErpOnly()
{
    // "city" mapped from the ERP's billTo.city: a shop edit of it was written back to the ERP as
    // a new top-level field named "billTo.city", beside the real billTo.city, which kept its value.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    mapCityFromBillTo(fixture);
    QVERIFY(fixture.runner().run(DataPointKind::Customers));
    const QString key = anyCustomer(fixture);
    const Value before = fixture.records(SimulatorSystem::Erp, DataPointKind::Customers).value(key);
    const QString erpCity = before.find("billTo")->find("city")->text();
    QVERIFY(!erpCity.isEmpty());
    QCOMPARE(field(fixture, SimulatorSystem::Shop, key, "city"), erpCity);

    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers, patch(key, "city", "Odense")));
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers, patch(key, "name", "Holm Odense")));
    QVERIFY(fixture.runner().run(DataPointKind::Customers));
    const Value after = fixture.records(SimulatorSystem::Erp, DataPointKind::Customers).value(key);
    QVERIFY2(!after.find("billTo.city"), qPrintable(QString::fromUtf8(Json::serialize(after))));
    QCOMPARE(after.find("billTo")->find("city")->text(), erpCity);
    // A plain rename still flows back.
    QCOMPARE(after.find("name")->text(), QStringLiteral("Holm Odense"));
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

void TestSyncTwoWay::orderUpdatePolicies_data()
{
    conflictPolicies_data();
}

void TestSyncTwoWay::orderUpdatePolicies()
{
    QFETCH(ConflictPolicy, policy);
    QFETCH(QString, expected);
    SyncFixture fixture(withOrders());
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.runner().run(DataPointKind::OrderUpdates));
    const QString key = fixture.records(SimulatorSystem::Erp, DataPointKind::OrderUpdates).keys().constFirst();
    fixture.dataPoint(DataPointKind::OrderUpdates).conflictFields.insert(QStringLiteral("status"), policy);
    // The ERP marks the order delivered; a little later the shop marks it cancelled.
    // (Statuses neither side has yet, so that both really change.)
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::OrderUpdates, orderStatus(key, "delivered")));
    QTest::qWait(5);
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::OrderUpdates, orderStatus(key, "cancelled")));
    auto report = fixture.runner().run(DataPointKind::OrderUpdates);
    QVERIFY(report);
    const QString erp = status(fixture, SimulatorSystem::Erp, key);
    const QString shop = status(fixture, SimulatorSystem::Shop, key);
    if (expected == QLatin1StringView("review")) {
        QCOMPARE(report->conflicts, 1);
        QCOMPARE(erp, QStringLiteral("delivered"));
        QCOMPARE(shop, QStringLiteral("cancelled"));
        FailureFilter conflicts;
        conflicts.step = FailureStep::Conflict;
        const QList<Failure> open = fixture.failures(conflicts);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.constFirst().key, key);
        QCOMPARE(open.constFirst().direction, Direction::Both);
        QVERIFY(open.constFirst().message.contains(QStringLiteral("delivered")));
        return;
    }
    QCOMPARE(report->run.status, RunStatus::Succeeded);
    const QString winner =
        expected == QLatin1StringView("erp") ? QStringLiteral("delivered") : QStringLiteral("cancelled");
    QCOMPARE(erp, winner);
    QCOMPARE(shop, winner);
    // The rest of the record is untouched on both sides, and they agree.
    QCOMPARE(canonical(fixture.records(SimulatorSystem::Erp, DataPointKind::OrderUpdates).value(key)),
        canonical(fixture.records(SimulatorSystem::Shop, DataPointKind::OrderUpdates).value(key)));
}

void TestSyncTwoWay::aReviewDecidedOnOneSideFlows_data()
{
    QTest::addColumn<bool>("inTheErp");
    QTest::newRow("decided in the ERP") << true;
    QTest::newRow("decided in the shop") << false;
}

void TestSyncTwoWay::aReviewDecidedOnOneSideFlows()
{
    // The conflict's hint says to correct the side that is wrong. Done on one side, the next
    // run still found both sides changed since the last agreed values and sent the record to
    // review again, run after run: only making both sides equal by hand settled it.
    QFETCH(bool, inTheErp);
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    const QString key = heldForReview(fixture);
    QVERIFY(!key.isEmpty());
    // Nothing decided yet: it stays with the person, one entry.
    auto again = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(again);
    QCOMPARE(fixture.openFailures(DataPointKind::Customers), 1);
    QCOMPARE(field(fixture, SimulatorSystem::Erp, key, "phone"), QStringLiteral("erp-phone"));
    QCOMPARE(field(fixture, SimulatorSystem::Shop, key, "phone"), QStringLiteral("shop-phone"));

    QVERIFY(fixture.post(inTheErp ? SimulatorSystem::Erp : SimulatorSystem::Shop, DataPointKind::Customers,
        patch(key, "phone", "decided")));
    auto decided = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(decided);
    QCOMPARE(decided->conflicts, 0);
    QCOMPARE(decided->run.status, RunStatus::Succeeded);
    QCOMPARE(field(fixture, SimulatorSystem::Erp, key, "phone"), QStringLiteral("decided"));
    QCOMPARE(field(fixture, SimulatorSystem::Shop, key, "phone"), QStringLiteral("decided"));
    QCOMPARE(fixture.openFailures(DataPointKind::Customers), 0);
}

void TestSyncTwoWay::aRetryAfterTheCorrectionDecidesTheReview_data()
{
    aReviewDecidedOnOneSideFlows_data();
}

void TestSyncTwoWay::aRetryAfterTheCorrectionDecidesTheReview()
{
    // Corrected on one side, the record was retried from the values the failure kept: still a
    // conflict, "still open: 1", attempts rising, until a run came by.
    QFETCH(bool, inTheErp);
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    const QString key = heldForReview(fixture);
    QVERIFY(!key.isEmpty());

    QVERIFY(fixture.post(inTheErp ? SimulatorSystem::Erp : SimulatorSystem::Shop, DataPointKind::Customers,
        patch(key, "phone", "decided")));
    auto retried = fixture.runner().retry(FailureFilter{});
    QVERIFY(retried);
    QCOMPARE(fixture.openFailures(DataPointKind::Customers), 0);
    QCOMPARE(field(fixture, SimulatorSystem::Erp, key, "phone"), QStringLiteral("decided"));
    QCOMPARE(field(fixture, SimulatorSystem::Shop, key, "phone"), QStringLiteral("decided"));
}

void TestSyncTwoWay::aFieldHeldBackWithAReviewIsNotDecidedByIt()
{
    // The language goes to review; the ERP's new phone is held back with the record. Then the
    // language is settled in the shop and the shop changes the phone too: both sides changed the
    // phone since they last agreed, so it is a conflict of its own, not the shop's decision.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    DataPointConfig &customers = fixture.dataPoint(DataPointKind::Customers);
    customers.conflictDefault = ConflictPolicy::Review;
    customers.conflictFields.clear();
    QVERIFY(fixture.runner().run(DataPointKind::Customers));
    const QString key = anyCustomer(fixture);
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Customers, patch(key, "language", "fi")));
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Customers, patch(key, "phone", "erp-phone")));
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers, patch(key, "language", "sv")));
    auto held = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(held);
    QCOMPARE(held->conflicts, 1);
    // A person settles the language in the shop; a clerk changes the phone there.
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers, patch(key, "language", "fi")));
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers, patch(key, "phone", "shop-phone")));
    auto next = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(next);
    QCOMPARE(field(fixture, SimulatorSystem::Erp, key, "phone"), QStringLiteral("erp-phone"));
    QCOMPARE(field(fixture, SimulatorSystem::Shop, key, "phone"), QStringLiteral("shop-phone"));
    QCOMPARE(fixture.openFailures(DataPointKind::Customers), 1);
}

void TestSyncTwoWay::bothSidedOrderUpdatesGoToReview()
{
    SyncFixture fixture(withOrders());
    QVERIFY(fixture.isValid());
    const QStringList both = bothSided(fixture);
    QVERIFY(!both.isEmpty());
    fixture.dataPoint(DataPointKind::OrderUpdates).conflictDefault = ConflictPolicy::Review;
    auto report = fixture.runner().run(DataPointKind::OrderUpdates);
    QVERIFY(report);
    QCOMPARE(report->run.status, RunStatus::FinishedWithFailures);
    // Orders with news on both sides wait for a person; the others flow.
    QCOMPARE(report->conflicts, both.size());
    QStringList review = fixture.openFailureKeys(DataPointKind::OrderUpdates).values();
    review.sort();
    QCOMPARE(review, both);
    const auto erp = fixture.records(SimulatorSystem::Erp, DataPointKind::OrderUpdates);
    const auto shop = fixture.records(SimulatorSystem::Shop, DataPointKind::OrderUpdates);
    QCOMPARE(QSet<QString>(erp.keyBegin(), erp.keyEnd()), QSet<QString>(shop.keyBegin(), shop.keyEnd()));
    for (auto it = erp.cbegin(); it != erp.cend(); ++it) {
        if (!both.contains(it.key()))
            QCOMPARE(canonical(shop.value(it.key())), canonical(*it));
    }
    // A person decides each in the ERP; the decision reaches the shop and closes the entries.
    for (const QString &key : both) {
        QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::OrderUpdates, orderStatus(key, "cancelled")));
        QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::OrderUpdates, orderStatus(key, "cancelled")));
    }
    QVERIFY(fixture.runner().run(DataPointKind::OrderUpdates));
    QCOMPARE(fixture.openFailures(DataPointKind::OrderUpdates), 0);
    for (const QString &key : both) {
        QCOMPARE(canonical(fixture.records(SimulatorSystem::Erp, DataPointKind::OrderUpdates).value(key)),
            canonical(fixture.records(SimulatorSystem::Shop, DataPointKind::OrderUpdates).value(key)));
    }
}

void TestSyncTwoWay::dryRunThenApplyEqualsDirectRun()
{
    SyncFixture direct(small());
    SyncFixture planned(small());
    QVERIFY(direct.isValid() && planned.isValid());
    // The same history on both: a first sync, then edits on each side and a new shop customer.
    for (SyncFixture *fixture : {&direct, &planned}) {
        QVERIFY(fixture->runner().run(DataPointKind::Customers));
        QVERIFY(fixture->post(
            SimulatorSystem::Erp, DataPointKind::Customers, patch(QStringLiteral("C10002"), "phone", "+49 30 1234")));
        QVERIFY(fixture->post(
            SimulatorSystem::Shop, DataPointKind::Customers, patch(QStringLiteral("C10004"), "language", "fr")));
        QVERIFY(fixture->post(
            SimulatorSystem::Shop, DataPointKind::Customers, patch(QStringLiteral("C-WEB-1"), "name", "Web Kunde")));
    }
    QVERIFY(direct.runner().run(DataPointKind::Customers));

    const auto erpBefore = snapshot(planned, SimulatorSystem::Erp, DataPointKind::Customers);
    const auto shopBefore = snapshot(planned, SimulatorSystem::Shop, DataPointKind::Customers);
    SyncOptions dry;
    dry.dryRun = true;
    auto plan = planned.runner().run(DataPointKind::Customers, dry);
    QVERIFY(plan);
    QVERIFY(plan->planId > 0);
    QCOMPARE(plan->run.counts.created + plan->run.counts.updated, 3);
    // Planning wrote nothing anywhere.
    QCOMPARE(snapshot(planned, SimulatorSystem::Erp, DataPointKind::Customers), erpBefore);
    QCOMPARE(snapshot(planned, SimulatorSystem::Shop, DataPointKind::Customers), shopBefore);

    QList<SyncPhase> phases;
    planned.runner().setProgressCallback([&phases](const SyncProgress &each) { phases.append(each.phase); });
    auto applied = planned.runner().applyPlan(plan->planId, {});
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
    QCOMPARE(applied->run.status, RunStatus::Succeeded);
    planned.runner().setProgressCallback({});
    QVERIFY(phases.contains(SyncPhase::Writing));
    for (SimulatorSystem system : {SimulatorSystem::Erp, SimulatorSystem::Shop}) {
        QCOMPARE(
            snapshot(planned, system, DataPointKind::Customers), snapshot(direct, system, DataPointKind::Customers));
    }
    QCOMPARE(field(planned, SimulatorSystem::Erp, QStringLiteral("C10004"), "language"), QStringLiteral("fr"));
    QCOMPARE(field(planned, SimulatorSystem::Shop, QStringLiteral("C10002"), "phone"), QStringLiteral("+49 30 1234"));
    // Settled: neither approach leaves anything for the next run.
    for (SyncFixture *fixture : {&direct, &planned}) {
        auto after = fixture->runner().run(DataPointKind::Customers);
        QVERIFY(after);
        QCOMPARE(after->run.counts.created + after->run.counts.updated, 0);
    }
}

void TestSyncTwoWay::incrementalWritesOnlyTheChanges()
{
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.runner().run(DataPointKind::Customers));
    QVERIFY(fixture.runner().run(DataPointKind::Customers));
    const auto shopBefore = fixture.records(SimulatorSystem::Shop, DataPointKind::Customers);
    QVERIFY(fixture.post(
        SimulatorSystem::Erp, DataPointKind::Customers, patch(QStringLiteral("C10001"), "phone", "+45 1")));
    QVERIFY(fixture.post(
        SimulatorSystem::Erp, DataPointKind::Customers, patch(QStringLiteral("C10005"), "phone", "+45 5")));
    QVERIFY(fixture.post(
        SimulatorSystem::Shop, DataPointKind::Customers, patch(QStringLiteral("C10003"), "language", "sv")));
    fixture.sim().resetStats();

    auto report = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(report);
    QCOMPARE(report->run.status, RunStatus::Succeeded);
    QCOMPARE(report->run.counts.updated, 3);
    QCOMPARE(report->run.counts.created, 0);
    // The ERP, whose records are old, is read from its watermark: only its two changes.
    const SimulatorStats stats = fixture.sim().stats();
    QCOMPARE(stats.resource(SimulatorSystem::Shop, DataPointKind::Customers).updates, 2);
    QCOMPARE(stats.resource(SimulatorSystem::Erp, DataPointKind::Customers).updates, 1);
    for (SimulatorSystem system : {SimulatorSystem::Erp, SimulatorSystem::Shop}) {
        const auto resource = stats.resource(system, DataPointKind::Customers);
        QCOMPARE(resource.creates + resource.unchanged, 0);
    }
    const auto shopAfter = fixture.records(SimulatorSystem::Shop, DataPointKind::Customers);
    for (auto it = shopBefore.cbegin(); it != shopBefore.cend(); ++it) {
        if (!QStringList{QStringLiteral("C10001"), QStringLiteral("C10003"), QStringLiteral("C10005")}.contains(
                it.key()))
            QCOMPARE(Json::serialize(shopAfter.value(it.key())), Json::serialize(*it));
    }
    QCOMPARE(field(fixture, SimulatorSystem::Erp, QStringLiteral("C10003"), "language"), QStringLiteral("sv"));
    QCOMPARE(field(fixture, SimulatorSystem::Shop, QStringLiteral("C10005"), "phone"), QStringLiteral("+45 5"));
}

QTEST_GUILESS_MAIN(TestSyncTwoWay)
#include "tst_sync_twoway.moc"

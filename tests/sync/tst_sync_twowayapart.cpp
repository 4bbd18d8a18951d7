// Two-way when the sides are read apart: a run reads only what changed on each side since
// its watermark, so a record may arrive from one side alone. Owned fields, records waiting for
// review, retried writes and failures keep what the side not read holds. Also the pre-flight
// of a two-way data point.
#include "syncfixture.h"
#include "twowaytesthelpers.h"

#include <QTest>

#include <memory>

using namespace Linkwright;
using namespace Linkwright::Testing;

class TestSyncTwoWayApart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWriteToOneSideLeavesTheOtherSidesFailureOpen();
    void preflightCountsWhatEachSideWillGet();
    void aFieldTheShopOwnsStaysWhenOnlyTheErpIsRead();
    void aSettledConflictCarriesTheOtherSidesEdits();
    void aConflictBeforeAnySyncSaysSo();
    void aRetryMeetsTheTargetsNewerEdit();
    void aRecordDeletedOnOneSideComesBackWhole();
    void anUpdateCarriesOnlyWhatChanged();
    void aStalePlanLeavesNewerAgreedValues();
    void aStubWhoseRestFailedIsCompletedByTheRetry();
    void anIncrementalRunHandsNoKeyToAnotherRecord();
};

void TestSyncTwoWayApart::aWriteToOneSideLeavesTheOtherSidesFailureOpen()
{
    // The simulator stamps an hour in the past, a millisecond apart: the runs' 5 s overlap then
    // reads nothing twice, as when a person's edits are minutes apart.
    qint64 clock = QDateTime::currentMSecsSinceEpoch() - 3'600'000;
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    fixture.sim().store().setClock([&clock] { return ++clock; });
    QVERIFY(fixture.runner().run(DataPointKind::Customers));
    const QStringList keys = fixture.records(SimulatorSystem::Erp, DataPointKind::Customers).keys();
    const QString first = keys.at(0);
    const QString second = keys.at(1);

    // Two customers edited in the shop while the ERP refuses every write: both wait in the log.
    FaultConfig erpRefuses = faults(1.0, {FaultKind::ServerError});
    erpRefuses.scope = FaultScope::Erp;
    erpRefuses.onGet = false;
    fixture.sim().setFaults(erpRefuses);
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers, patch(first, "language", "fi")));
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers, patch(second, "language", "sv")));
    QVERIFY(fixture.runner().run(DataPointKind::Customers));
    QCOMPARE(fixture.openFailureKeys(DataPointKind::Customers), QSet<QString>({first, second}));

    // The first is then edited in the ERP too. The next run reads the shop from the second's
    // stamp on, so it writes the first to the shop only: the shop's language is still owed to
    // the ERP, and its failure says so.
    fixture.sim().setFaults(FaultConfig{});
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Customers, patch(first, "phone", "+45 99 99 99 99")));
    auto report = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(report);
    QCOMPARE(field(fixture, SimulatorSystem::Shop, first, "phone"), QStringLiteral("+45 99 99 99 99"));
    // Only the phone went to the shop: the language it still owes the ERP stays there.
    QCOMPARE(field(fixture, SimulatorSystem::Shop, first, "language"), QStringLiteral("fi"));
    QCOMPARE(field(fixture, SimulatorSystem::Erp, second, "language"), QStringLiteral("sv"));
    QVERIFY(field(fixture, SimulatorSystem::Erp, first, "language") != QStringLiteral("fi"));
    QCOMPARE(fixture.openFailureKeys(DataPointKind::Customers), QSet<QString>({first}));
}

void TestSyncTwoWayApart::preflightCountsWhatEachSideWillGet()
{
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    // A customer only the shop has: a two-way load creates it in the ERP, so the pre-flight
    // counts it there instead of calling it left alone.
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers,
        {Value::object({{"customerNumber", Value::utf8("SHOP-ONLY-1")}, {"name", Value::utf8("Shop Only Ltd")},
            {"email", Value::utf8("buyer@shop-only.example")}})}));
    auto report = fixture.runner().preflight(DataPointKind::Customers);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QVERIFY2(report->compared(), qPrintable(report->sourceProblem + report->targetProblem));
    QCOMPARE(report->sourceRecords, 8);
    QCOMPARE(report->targetRecords, 1);
    QCOMPARE(report->toCreate, 8);
    QCOMPARE(report->toCreateInSource, 1);
    QCOMPARE(report->targetOnly, 0);
    QCOMPARE(report->invalid, 0);
    QVERIFY(report->issues.isEmpty());

    // What the pre-flight said is what the load does.
    auto run = fixture.runner().run(DataPointKind::Customers);
    QVERIFY2(run, qPrintable(run ? QString() : run.error().toString()));
    QCOMPARE(run->run.counts.created, 9);
    QVERIFY(fixture.records(SimulatorSystem::Erp, DataPointKind::Customers).contains(QStringLiteral("SHOP-ONLY-1")));
}

void TestSyncTwoWayApart::aFieldTheShopOwnsStaysWhenOnlyTheErpIsRead()
{
    // Stamps an hour back, a millisecond apart; an edit of another customer below moves the
    // shop's watermark past the one this test watches.
    qint64 clock = QDateTime::currentMSecsSinceEpoch() - 3'600'000;
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    fixture.sim().store().setClock([&clock] { return ++clock; });
    fixture.dataPoint(DataPointKind::Customers)
        .conflictFields.insert(QStringLiteral("phone"), ConflictPolicy::ShopOwns);
    QVERIFY(fixture.runner().run(DataPointKind::Customers));
    QVERIFY(fixture.runner().run(DataPointKind::Customers)); // the echoes
    // The customer the shop stamped first: the next run does not read it from the shop.
    const auto shop = fixture.records(SimulatorSystem::Shop, DataPointKind::Customers);
    QString key = shop.cbegin().key();
    for (auto it = shop.cbegin(); it != shop.cend(); ++it) {
        if (it->find("modifiedAt")->text() < shop.value(key).find("modifiedAt")->text())
            key = it.key();
    }
    const QString shopPhone = field(fixture, SimulatorSystem::Shop, key, "phone");
    // Another customer edited in the shop and synced: the shop's watermark passes the rest.
    QString other;
    for (auto it = shop.cbegin(); it != shop.cend() && other.isEmpty(); ++it) {
        if (it.key() != key)
            other = it.key();
    }
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers, patch(other, "language", "fi")));
    QVERIFY(fixture.runner().run(DataPointKind::Customers));

    // The ERP changes a field the shop owns: the shop's value stays, the ERP keeps its own.
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Customers, patch(key, "phone", "erp-phone")));
    auto report = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(report);
    QCOMPARE(field(fixture, SimulatorSystem::Shop, key, "phone"), shopPhone);
    QCOMPARE(field(fixture, SimulatorSystem::Erp, key, "phone"), QStringLiteral("erp-phone"));
    QCOMPARE(report->run.counts.created + report->run.counts.updated, 0);
    // The two now differ: the run says so, though it did not read the shop's copy.
    QVERIFY2(report->run.message.contains(key + QStringLiteral(" phone (edited in the ERP, the shop owns it)")),
        qPrintable(report->run.message));
}

void TestSyncTwoWayApart::aConflictBeforeAnySyncSaysSo()
{
    // Entered twice by hand with another name on each side, before any sync: the review's
    // message said both sides had changed the record "since the last sync", which never was.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QVERIFY(syncedThenForgotten(fixture));
    fixture.dataPoint(DataPointKind::Customers).conflictFields.insert(QStringLiteral("name"), ConflictPolicy::Review);
    const QString key = anyCustomer(fixture);
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers, patch(key, "name", "Typed in the shop")));
    auto first = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(first);
    QCOMPARE(first->conflicts, 1);
    FailureFilter review;
    review.step = FailureStep::Conflict;
    const QList<Failure> held = fixture.failures(review);
    QCOMPARE(held.size(), 1);
    QVERIFY2(held.constFirst().message.contains(QStringLiteral("no sync has agreed on them yet")),
        qPrintable(held.constFirst().message));
    QVERIFY(!held.constFirst().message.contains(QStringLiteral("since the last sync")));
}

void TestSyncTwoWayApart::aSettledConflictCarriesTheOtherSidesEdits()
{
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QVERIFY(syncedApart(fixture));
    const QStringList keys = fixture.records(SimulatorSystem::Erp, DataPointKind::Customers).keys();
    const QString key = keys.at(0);
    const QString other = keys.at(1);

    // Both rename the customer; the ERP also changes its phone: the record waits for review.
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Customers, patch(key, "name", "ERP-N")));
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Customers, patch(key, "phone", "ERP-PHONE")));
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers, patch(key, "name", "SHOP-N")));
    auto held = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(held);
    QCOMPARE(held->conflicts, 1);
    // Another customer changes in the ERP: its watermark passes the held one.
    const auto passTheErpWatermark = [&](const char *language) {
        return fixture.post(SimulatorSystem::Erp, DataPointKind::Customers, patch(other, "language", language))
            && fixture.runner().run(DataPointKind::Customers).has_value();
    };
    QVERIFY(passTheErpWatermark("fi"));
    // The ERP changes the phone again before anyone decides: the shop's name is not overwritten,
    // the conflict stays open.
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Customers, patch(key, "phone", "ERP-PHONE-2")));
    auto still = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(still);
    QCOMPARE(field(fixture, SimulatorSystem::Shop, key, "name"), QStringLiteral("SHOP-N"));
    QCOMPARE(fixture.openFailures(DataPointKind::Customers), 1);
    QVERIFY(passTheErpWatermark("sv"));

    // A person settles the name in the shop. The run reads only the shop's record, takes the
    // ERP's from the conflict (as it was last read) and carries the ERP's phone over too.
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers, patch(key, "name", "ERP-N")));
    auto settled = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(settled);
    QCOMPARE(field(fixture, SimulatorSystem::Shop, key, "phone"), QStringLiteral("ERP-PHONE-2"));
    QCOMPARE(field(fixture, SimulatorSystem::Erp, key, "name"), QStringLiteral("ERP-N"));
    QCOMPARE(fixture.openFailures(DataPointKind::Customers), 0);
}

void TestSyncTwoWayApart::aRetryMeetsTheTargetsNewerEdit()
{
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QVERIFY(syncedApart(fixture));
    const QString key = anyCustomer(fixture);

    // The ERP renames the customer while the shop refuses every write: the write waits in the log.
    FaultConfig shopRefuses = faults(1.0, {FaultKind::ServerError});
    shopRefuses.scope = FaultScope::Shop;
    shopRefuses.onGet = false;
    fixture.sim().setFaults(shopRefuses);
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Customers, patch(key, "name", "ERP-N")));
    QVERIFY(fixture.runner().run(DataPointKind::Customers));
    QCOMPARE(fixture.openFailureKeys(DataPointKind::Customers), QSet<QString>({key}));

    // Meanwhile a person renames it in the shop. The retry reads the shop too: both changed
    // the name, which goes to review, instead of the ERP's old rename overwriting the shop's.
    fixture.sim().setFaults(FaultConfig{});
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers, patch(key, "name", "SHOP-N")));
    auto retried = fixture.runner().retry(FailureFilter{});
    QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().toString()));
    QCOMPARE(field(fixture, SimulatorSystem::Shop, key, "name"), QStringLiteral("SHOP-N"));
    QCOMPARE(field(fixture, SimulatorSystem::Erp, key, "name"), QStringLiteral("ERP-N"));
    FailureFilter conflicts;
    conflicts.step = FailureStep::Conflict;
    QCOMPARE(fixture.failures(conflicts).size(), 1);
}

void TestSyncTwoWayApart::aRecordDeletedOnOneSideComesBackWhole()
{
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QVERIFY(syncedApart(fixture));
    const QString key = anyCustomer(fixture);
    const Value before =
        withoutSystemFields(fixture.records(SimulatorSystem::Shop, DataPointKind::Customers).value(key));
    QVERIFY(before.find("name") && before.find("email"));

    // Someone deletes the customer in the shop; later the ERP changes its phone. The shop,
    // which upserts by customer number, gets the whole customer back, not a stub of one field.
    QVERIFY(fixture.remove(SimulatorSystem::Shop, DataPointKind::Customers, key));
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Customers, patch(key, "phone", "+45 12 12 12 12")));
    auto report = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(report);
    QCOMPARE(report->run.status, RunStatus::Succeeded);
    const Value after =
        withoutSystemFields(fixture.records(SimulatorSystem::Shop, DataPointKind::Customers).value(key));
    QCOMPARE(after.find("phone") ? after.find("phone")->text() : QString(), QStringLiteral("+45 12 12 12 12"));
    for (const Member &member : before.members()) {
        if (member.name != "phone")
            QCOMPARE(canonical(after.find(member.name) ? *after.find(member.name) : Value()), canonical(member.value));
    }
}

void TestSyncTwoWayApart::anUpdateCarriesOnlyWhatChanged()
{
    // The demo's email is the shop's: the ERP's own email stays in the ERP. A later edit in
    // the shop, written to an ERP not read in that run, must not bring the agreed email back.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QCOMPARE(fixture.dataPoint(DataPointKind::Customers).conflictFields.value(QStringLiteral("email")),
        ConflictPolicy::ShopOwns);
    QVERIFY(syncedApart(fixture));
    const QStringList keys = fixture.records(SimulatorSystem::Erp, DataPointKind::Customers).keys();
    const QString key = keys.at(0);
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Customers, patch(key, "email", "erp@example.invalid")));
    QVERIFY(fixture.runner().run(DataPointKind::Customers));
    // Another ERP customer changes: the ERP's watermark passes this one.
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Customers, patch(keys.at(1), "phone", "+45 1")));
    QVERIFY(fixture.runner().run(DataPointKind::Customers));
    QVERIFY(fixture.runner().run(DataPointKind::Customers));

    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers, patch(key, "language", "fi")));
    auto report = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(report);
    QCOMPARE(field(fixture, SimulatorSystem::Erp, key, "language"), QStringLiteral("fi"));
    QCOMPARE(field(fixture, SimulatorSystem::Erp, key, "email"), QStringLiteral("erp@example.invalid"));
}

void TestSyncTwoWayApart::aStalePlanLeavesNewerAgreedValues()
{
    // A plan made over records equal on both sides but not linked yet; before it is applied, a
    // run links them and carries a newer edit. Applying the old plan must not roll that back.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QVERIFY(syncedThenForgotten(fixture));
    auto plan = planCustomers(fixture);
    QVERIFY(plan);
    QVERIFY(plan->run.counts.unchanged > 0);

    const QString key = anyCustomer(fixture);
    QVERIFY(fixture.runner().run(DataPointKind::Customers));
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers, patch(key, "language", "fi")));
    QVERIFY(fixture.runner().run(DataPointKind::Customers));
    QCOMPARE(field(fixture, SimulatorSystem::Erp, key, "language"), QStringLiteral("fi"));

    // The record first, on its own: skipped, and said so when asked for again.
    QVERIFY(fixture.runner().applyPlan(plan->planId, {key}));
    auto again = fixture.runner().applyPlan(plan->planId, {key});
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains(QStringLiteral("was skipped")), qPrintable(again.error().message));
    auto applied = fixture.runner().applyPlan(plan->planId, {});
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
    const auto items = fixture.store().planItems(plan->planId);
    QVERIFY(items);
    for (const PlanItem &item : std::as_const(*items))
        QCOMPARE(item.status, PlanItemStatus::Skipped);
    const auto states = fixture.store().recordStates(DataPointKind::Customers, {key});
    QVERIFY(states && states->contains(key));
    QVERIFY2(states->value(key).values.contains("\"language\":\"fi\""), states->value(key).values.constData());
}

void TestSyncTwoWayApart::aStubWhoseRestFailedIsCompletedByTheRetry()
{
    // The shop deleted a customer; the ERP's edit makes a stub there, and the write of the rest
    // meets a 429 asking for an hour. Half the shop's writes are refused: the fault seeds are
    // tried in turn until one refuses the rest and not the stub.
    for (quint32 seed = 1; seed <= 40; ++seed) {
        SyncFixture fixture(small());
        QVERIFY(fixture.isValid());
        QVERIFY(syncedApart(fixture));
        const QString key = anyCustomer(fixture);
        QVERIFY(fixture.remove(SimulatorSystem::Shop, DataPointKind::Customers, key));
        QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Customers, patch(key, "phone", "+45 12 12 12 12")));
        FaultConfig busy = faults(0.5, {FaultKind::TooManyRequests}, seed);
        busy.retryAfterSeconds = 3600;
        busy.scope = FaultScope::Shop;
        busy.onGet = false;
        fixture.sim().setFaults(busy);
        QVERIFY(fixture.runner().run(DataPointKind::Customers));
        fixture.sim().setFaults(FaultConfig{});
        const Value stub = fixture.records(SimulatorSystem::Shop, DataPointKind::Customers).value(key);
        if (!stub.isObject() || stub.find("name"))
            continue;
        QCOMPARE(fixture.openFailureKeys(DataPointKind::Customers), QSet<QString>({key}));

        // A person's retry (which does not wait out the hour's pause, as a run does) finds the
        // fields the stub lacks never agreed with the shop, and sends them.
        fixture.rebuild();
        QVERIFY(fixture.makeFailuresDue());
        auto retried = fixture.runner().retry(FailureFilter{});
        QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().toString()));
        QCOMPARE(field(fixture, SimulatorSystem::Shop, key, "name"), field(fixture, SimulatorSystem::Erp, key, "name"));
        QCOMPARE(field(fixture, SimulatorSystem::Shop, key, "phone"), QStringLiteral("+45 12 12 12 12"));
        QCOMPARE(fixture.openFailures(DataPointKind::Customers), 0);
        return;
    }
    QFAIL("no fault seed refused the rest without the stub: the scenario was never reached");
}

void TestSyncTwoWayApart::anIncrementalRunHandsNoKeyToAnotherRecord()
{
    // A second ERP customer whose number the mappings make an existing one's: read alone by an
    // incremental run, it was written over the first customer in the shop.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    fixture.dataPoint(DataPointKind::Customers).mappings = {
        {QStringLiteral("customerNumber"), {QStringLiteral("customerNumber")}, {{QStringLiteral("upper"), {}}}, true},
        {QStringLiteral("name"), {QStringLiteral("name")}, {}, false}};
    QVERIFY(syncedApart(fixture));
    // The first written, long before the watermark: the run's overlap does not read it again
    // (it would meet both, and log the twin as a duplicate, which the one-way suite covers).
    QStringList keys = fixture.records(SimulatorSystem::Erp, DataPointKind::Customers).keys();
    keys.sort();
    const QString key = keys.constFirst();
    const Value first = fixture.records(SimulatorSystem::Erp, DataPointKind::Customers).value(key);
    const QString shopName = field(fixture, SimulatorSystem::Shop, key, "name");
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Customers,
        {recordLike(first, {{"customerNumber", Value::string(key.toLower())}, {"name", Value::utf8("Twin")}})}));

    auto report = fixture.runner().run(DataPointKind::Customers);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->run.status, RunStatus::FinishedWithFailures);
    QCOMPARE(field(fixture, SimulatorSystem::Shop, key, "name"), shopName);
    FailureFilter match;
    match.step = FailureStep::Match;
    const QList<Failure> taken = fixture.failures(match);
    QCOMPARE(taken.size(), 1);
    QCOMPARE(taken.constFirst().key, key);
    QVERIFY2(taken.constFirst().message.contains(QStringLiteral("(id %1)").arg(first.find("id")->text())),
        qPrintable(taken.constFirst().message));

    // Retried, it fails again (the first may still be there); once the first customer is gone
    // from the ERP, a full run gives the twin the key and settles the failure.
    FailureFilter byId;
    byId.ids = {taken.constFirst().id};
    auto retried = fixture.runner().retry(byId);
    QVERIFY(retried);
    QCOMPARE(fixture.failures(byId).constFirst().status, FailureStatus::Open);
    QCOMPARE(field(fixture, SimulatorSystem::Shop, key, "name"), shopName);
    QVERIFY(fixture.remove(SimulatorSystem::Erp, DataPointKind::Customers, key));
    SyncOptions full;
    full.full = true;
    QVERIFY(fixture.runner().run(DataPointKind::Customers, full));
    QCOMPARE(fixture.failures(byId).constFirst().status, FailureStatus::Resolved);
    QCOMPARE(field(fixture, SimulatorSystem::Shop, key, "name"), QStringLiteral("Twin"));
    auto again = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(again);
    QCOMPARE(again->run.counts.failed, 0);
}

QTEST_GUILESS_MAIN(TestSyncTwoWayApart)
#include "tst_sync_twowayapart.moc"

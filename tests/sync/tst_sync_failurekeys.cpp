// Records that fail still belong to the source: a full run with deletions keeps them in the
// target, their failures carry the key their state is stored under (so that writing them later
// resolves the failure), and a record that failed without a key is neither resolved by a run
// that merely read every page nor a reason to delete what could be it.
#include "domain/json.h"
#include "syncfixture.h"

#include <QTest>

using namespace Linkwright;
using namespace Linkwright::Testing;

class TestSyncFailureKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRecordThatFailsIsNotDeleted();
    void aFailureIsKeyedAsItsRecordsState();
    void aFailureWithoutAKeyKeepsEveryRecord();
    void aFailureWithoutAKeyWaitsForAPerson();
    void aFailureWithoutAKeyEndsWhenItsRecordIsWritten();
    void aTwoWayKeyTwiceOnOneSideIsLogged();
    void aSmallSourceGoneEmptyDeletesNothing_data();
    void aSmallSourceGoneEmptyDeletesNothing();
    void deletionsTheTargetFoundNothingForAreNamed();
    void aRecordTheTargetLostIsResent();
    void aFailureOfARecordGoneFromTheSourceCloses();
    void aTwoWayFailureOfARecordGoneFromBothSidesCloses();
    void aTwoWayReadThatShiftedClosesNothing();
    void aPreflightNamesAnInvalidRecordOnce();
};

namespace {

SimulatorDataOptions small()
{
    SimulatorDataOptions data;
    data.products = 20;
    data.customers = 4;
    data.orders = 4;
    return data;
}

SyncOptions fullRun()
{
    SyncOptions options;
    options.full = true;
    return options;
}

/// One of the ERP's products with another key and name, every other field as the ERP has it.
Value productLike(SyncFixture &fixture, const char *sku, const char *name)
{
    return recordLike(fixture.records(SimulatorSystem::Erp, DataPointKind::Products).value(QStringLiteral("LW-00001")),
        {{"sku", Value::utf8(sku)}, {"name", Value::utf8(name)}});
}

/// Keyed by the first variant's SKU: a product without variants has no key at all.
void keyByFirstVariant(SyncFixture &fixture)
{
    fixture.dataPoint(DataPointKind::Products).mappings[0].sources = {QStringLiteral("variants[0].sku")};
}

} // namespace

void TestSyncFailureKeys::aRecordThatFailsIsNotDeleted()
{
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    fixture.dataPoint(DataPointKind::Products).deletes = true;
    QVERIFY(fixture.runner().run(DataPointKind::Products, fullRun()));

    // LW-00007 is still in the ERP, but now fails validation; LW-00009 is really gone.
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Products, {productLike(fixture, "LW-00007", "  ")}));
    QVERIFY(fixture.remove(SimulatorSystem::Erp, DataPointKind::Products, QStringLiteral("LW-00009")));
    auto report = fixture.runner().run(DataPointKind::Products, fullRun());
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->run.status, RunStatus::FinishedWithFailures);
    QCOMPARE(report->run.counts.failed, 1);
    QCOMPARE(report->run.counts.deleted, 1);

    const auto shop = fixture.records(SimulatorSystem::Shop, DataPointKind::Products);
    QVERIFY2(shop.contains(QStringLiteral("LW-00007")), "a record that failed was deleted in the target");
    QVERIFY(!shop.contains(QStringLiteral("LW-00009")));
    QVERIFY(fixture.store().recordHashes(DataPointKind::Products)->contains(QStringLiteral("LW-00007")));
    const QList<Failure> open = fixture.waitingFailures(DataPointKind::Products);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.constFirst().key, QStringLiteral("LW-00007"));
    QCOMPARE(open.constFirst().step, FailureStep::Validate);
}

void TestSyncFailureKeys::aFailureIsKeyedAsItsRecordsState()
{
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.runner().run(DataPointKind::Products));

    // The key mapping trims and upper-cases: the record's state, the target and a later write
    // know it as "LW-90001", so its failure is named so too.
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Products, {productLike(fixture, " lw-90001 ", "  ")}));
    auto failed = fixture.runner().run(DataPointKind::Products);
    QVERIFY(failed);
    QCOMPARE(failed->run.counts.failed, 1);
    QList<Failure> open = fixture.waitingFailures(DataPointKind::Products);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.constFirst().key, QStringLiteral("LW-90001"));

    // Fixed in the ERP, the record is written by the next run, which resolves its failure.
    QVERIFY(
        fixture.post(SimulatorSystem::Erp, DataPointKind::Products, {productLike(fixture, " lw-90001 ", "Desk lamp")}));
    auto fixed = fixture.runner().run(DataPointKind::Products);
    QVERIFY(fixed);
    QCOMPARE(fixed->run.status, RunStatus::Succeeded);
    QCOMPARE(fixed->run.counts.created, 1);
    QVERIFY(fixture.records(SimulatorSystem::Shop, DataPointKind::Products).contains(QStringLiteral("LW-90001")));
    QVERIFY2(fixture.waitingFailures(DataPointKind::Products).isEmpty(),
        "the record was written, but its failure stayed open");
}

void TestSyncFailureKeys::aFailureWithoutAKeyKeepsEveryRecord()
{
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    keyByFirstVariant(fixture);
    fixture.dataPoint(DataPointKind::Products).deletes = true;
    auto first = fixture.runner().run(DataPointKind::Products, fullRun());
    QVERIFY(first);
    QVERIFY2(first->run.counts.failed > 0, "the data has no product without variants");
    QVERIFY(first->run.counts.created > 1);

    // The products without variants failed without a key: nothing tells which synced record
    // each of them is, so none is deleted, not even one that is really gone, and the run says why.
    const QStringList synced = fixture.store().recordHashes(DataPointKind::Products)->keys();
    const Value gone = [&] {
        for (const Value &record : fixture.records(SimulatorSystem::Erp, DataPointKind::Products)) {
            const Value *variants = record.find("variants");
            if (variants && !variants->items().isEmpty()
                && synced.contains(variants->items().constFirst().find("sku")->text()))
                return record;
        }
        return Value();
    }();
    QVERIFY(gone.isObject());
    const QString goneKey = gone.find("variants")->items().constFirst().find("sku")->text();
    QVERIFY(fixture.remove(SimulatorSystem::Erp, DataPointKind::Products, gone.find("sku")->text()));
    auto report = fixture.runner().run(DataPointKind::Products, fullRun());
    QVERIFY(report);
    QCOMPARE(report->run.status, RunStatus::FinishedWithFailures);
    QCOMPARE(report->run.counts.deleted, 0);
    QVERIFY(fixture.store().recordHashes(DataPointKind::Products)->contains(goneKey));
    QVERIFY2(report->run.message.contains(QStringLiteral("nothing was deleted")), qPrintable(report->run.message));
}

void TestSyncFailureKeys::aFailureWithoutAKeyWaitsForAPerson()
{
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    keyByFirstVariant(fixture);
    auto first = fixture.runner().run(DataPointKind::Products);
    QVERIFY(first);
    QList<Failure> open = fixture.waitingFailures(DataPointKind::Products);
    QVERIFY2(open.size() > 1, "the data has too few products without variants");
    for (const Failure &failure : std::as_const(open)) {
        QCOMPARE(failure.key, QString());
        QCOMPARE(failure.step, FailureStep::Map);
    }

    // A later run reads every page again, meeting at most the newest of those records (the
    // watermark passed the others): that settles a page that failed to come, not records that
    // had no key.
    auto again = fixture.runner().run(DataPointKind::Products);
    QVERIFY(again);
    QVERIFY(again->run.counts.fetched < open.size());
    QCOMPARE(fixture.waitingFailures(DataPointKind::Products).size(), open.size());

    // Retried, one is tried from its payload and fails as before: one entry, one attempt more.
    FailureFilter filter;
    filter.ids = {open.constFirst().id};
    auto retried = fixture.runner().retry(filter);
    QVERIFY(retried);
    const QList<Failure> after = fixture.waitingFailures(DataPointKind::Products);
    QCOMPARE(after.size(), open.size());
    const auto retriedOne = std::ranges::find_if(after, [&](const Failure &f) { return f.id == open.constFirst().id; });
    QVERIFY(retriedOne != after.cend());
    QCOMPARE(retriedOne->attempts, 2);
}

void TestSyncFailureKeys::aFailureWithoutAKeyEndsWhenItsRecordIsWritten()
{
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    keyByFirstVariant(fixture);
    QVERIFY(fixture.runner().run(DataPointKind::Products));
    const QList<Failure> open = fixture.waitingFailures(DataPointKind::Products);
    QVERIFY2(open.size() > 1, "the data has too few products without variants");

    // One of them gets a variant in the ERP: the next run writes it under that key, and its
    // failure (logged without a key) is settled by the record's id in the ERP.
    const auto first = Json::parse(open.at(0).payload);
    QVERIFY(first && first->find("sku"));
    const QString sku = first->find("sku")->text();
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Products,
        {Value::object({{"sku", Value::string(sku)},
            {"variants", Value::array({Value::object({{"sku", Value::string(sku + QStringLiteral("-V1"))}})})}})}));
    auto run = fixture.runner().run(DataPointKind::Products);
    QVERIFY(run);
    QCOMPARE(run->run.counts.created, 1);
    QVERIFY(fixture.records(SimulatorSystem::Shop, DataPointKind::Products).contains(sku + QStringLiteral("-V1")));
    FailureFilter byId;
    byId.ids = {open.at(0).id};
    QCOMPARE(fixture.failures(byId).constFirst().status, FailureStatus::Resolved);

    // Another is retried once the key comes from the SKU again: written under that key, it
    // settles its failure by the failure's id.
    fixture.dataPoint(DataPointKind::Products).mappings[0].sources = {QStringLiteral("sku")};
    fixture.rebuild();
    byId.ids = {open.at(1).id};
    auto retried = fixture.runner().retry(byId);
    QVERIFY(retried);
    QCOMPARE(retried->constFirst().resolved, 1);
    QCOMPARE(fixture.failures(byId).constFirst().status, FailureStatus::Resolved);
    QCOMPARE(fixture.waitingFailures(DataPointKind::Products).size(), open.size() - 2);
}

void TestSyncFailureKeys::aTwoWayKeyTwiceOnOneSideIsLogged()
{
    // Two ERP customers whose numbers the mappings make one key ("c10001" upper-cased): a
    // two-way run kept the last and dropped the first without a word. Now the second is logged,
    // as a one-way run logs it.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    DataPointConfig &customers = fixture.dataPoint(DataPointKind::Customers);
    customers.mappings = {
        {QStringLiteral("customerNumber"), {QStringLiteral("customerNumber")}, {{QStringLiteral("upper"), {}}}, true},
        {QStringLiteral("name"), {QStringLiteral("name")}, {}, false},
        {QStringLiteral("phone"), {QStringLiteral("phone")}, {}, false}};
    const QString key = fixture.records(SimulatorSystem::Erp, DataPointKind::Customers).keys().constFirst();
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Customers,
        {Value::object({{"customerNumber", Value::string(key.toLower())}, {"name", Value::utf8("Twin")},
            {"phone", Value::utf8("+45 00 00 00 00")}})}));
    auto report = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(report);
    QCOMPARE(report->run.status, RunStatus::FinishedWithFailures);
    FailureFilter match;
    match.step = FailureStep::Match;
    const QList<Failure> twice = fixture.failures(match);
    QCOMPARE(twice.size(), 1);
    QCOMPARE(twice.constFirst().key, key);
    QVERIFY2(twice.constFirst().message.contains(QStringLiteral("came twice in one run")),
        qPrintable(twice.constFirst().message));
}

void TestSyncFailureKeys::aSmallSourceGoneEmptyDeletesNothing_data()
{
    QTest::addColumn<int>("gone");
    QTest::addColumn<int>("deleted");
    QTest::newRow("one of three") << 1 << 1;
    QTest::newRow("two of three") << 2 << 0;
    QTest::newRow("all three") << 3 << 0;
}

void TestSyncFailureKeys::aSmallSourceGoneEmptyDeletesNothing()
{
    // An ERP that answers with an empty list (or most records gone) emptied a small shop: the
    // guard against a faulty source held only above ten records.
    QFETCH(int, gone);
    QFETCH(int, deleted);
    SimulatorDataOptions data;
    data.products = 3;
    SyncFixture fixture(data);
    QVERIFY(fixture.isValid());
    fixture.dataPoint(DataPointKind::Products).deletes = true;
    QVERIFY(fixture.runner().run(DataPointKind::Products, fullRun()));
    const QStringList keys = fixture.records(SimulatorSystem::Erp, DataPointKind::Products).keys();
    QCOMPARE(keys.size(), 3);
    for (int i = 0; i < gone; ++i)
        QVERIFY(fixture.remove(SimulatorSystem::Erp, DataPointKind::Products, keys.at(i)));
    auto report = fixture.runner().run(DataPointKind::Products, fullRun());
    QVERIFY(report);
    QCOMPARE(report->run.counts.deleted, deleted);
    QCOMPARE(fixture.records(SimulatorSystem::Shop, DataPointKind::Products).size(), 3 - deleted);
    if (deleted == 0) {
        QVERIFY2(report->run.message.contains(QStringLiteral("more than half")), qPrintable(report->run.message));
        // Refused for good: deleted by hand, they stayed in the store and every full run after
        // refused again. A person who checked confirms the deletions for one run.
        SyncOptions confirmed = fullRun();
        confirmed.confirmDeletes = true;
        auto again = fixture.runner().run(DataPointKind::Products, confirmed);
        QVERIFY(again);
        QCOMPARE(again->run.counts.deleted, gone);
        QVERIFY2(again->run.message.isEmpty(), qPrintable(again->run.message));
        QCOMPARE(fixture.records(SimulatorSystem::Shop, DataPointKind::Products).size(), 3 - gone);
        QCOMPARE(fixture.store().recordHashes(DataPointKind::Products)->size(), 3 - gone);
    }
}

void TestSyncFailureKeys::deletionsTheTargetFoundNothingForAreNamed()
{
    // A delete answered 404 counts as done (a retried delete passes). But a target that does not
    // delete by key at <resource>/<key> answers 404 to every one, and the run counted them
    // deleted, said nothing, and the records stayed there.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    fixture.dataPoint(DataPointKind::Products).deletes = true;
    QVERIFY(fixture.runner().run(DataPointKind::Products, fullRun()));
    QStringList keys = fixture.records(SimulatorSystem::Erp, DataPointKind::Products).keys();
    keys.sort();
    QVERIFY(fixture.remove(SimulatorSystem::Erp, DataPointKind::Products, keys.at(0)));
    QVERIFY(fixture.remove(SimulatorSystem::Shop, DataPointKind::Products, keys.at(0)));
    auto report = fixture.runner().run(DataPointKind::Products, fullRun());
    QVERIFY(report);
    QCOMPARE(report->run.counts.deleted, 1);
    QVERIFY2(report->run.message.contains(QStringLiteral("404 Not Found to every one of the 1 deletion")),
        qPrintable(report->run.message));
    QVERIFY2(report->run.message.contains(QStringLiteral("/shop/products/<key>")), qPrintable(report->run.message));

    // One that the target had is no such case, even beside one it had not.
    QVERIFY(fixture.remove(SimulatorSystem::Erp, DataPointKind::Products, keys.at(1)));
    QVERIFY(fixture.remove(SimulatorSystem::Erp, DataPointKind::Products, keys.at(2)));
    QVERIFY(fixture.remove(SimulatorSystem::Shop, DataPointKind::Products, keys.at(2)));
    auto mixed = fixture.runner().run(DataPointKind::Products, fullRun());
    QVERIFY(mixed);
    QCOMPARE(mixed->run.counts.deleted, 2);
    QVERIFY2(mixed->run.message.isEmpty(), qPrintable(mixed->run.message));
    QVERIFY(!fixture.records(SimulatorSystem::Shop, DataPointKind::Products).contains(keys.at(1)));
}

void TestSyncFailureKeys::aRecordTheTargetLostIsResent()
{
    // A product deleted in the shop by hand: runs compare with what they wrote before, so no run
    // wrote it again ("unchanged"), and nothing could bring it back short of editing it in the ERP.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.runner().run(DataPointKind::Products, fullRun()));
    const QString lost = fixture.records(SimulatorSystem::Shop, DataPointKind::Products).keys().constFirst();
    QVERIFY(fixture.remove(SimulatorSystem::Shop, DataPointKind::Products, lost));
    auto unchanged = fixture.runner().run(DataPointKind::Products, fullRun());
    QVERIFY(unchanged);
    QCOMPARE(unchanged->run.counts.created + unchanged->run.counts.updated, 0);
    QVERIFY(!fixture.records(SimulatorSystem::Shop, DataPointKind::Products).contains(lost));

    SyncOptions resend = fullRun();
    resend.resend = true;
    auto resent = fixture.runner().run(DataPointKind::Products, resend);
    QVERIFY(resent);
    QCOMPARE(resent->run.status, RunStatus::Succeeded);
    const qsizetype all = fixture.records(SimulatorSystem::Erp, DataPointKind::Products).size();
    // Every record sent; the shop says which it lacked.
    QCOMPARE(resent->run.counts.created + resent->run.counts.updated + resent->run.counts.unchanged, all);
    QCOMPARE(resent->run.counts.created, 1);
    QCOMPARE(fixture.records(SimulatorSystem::Shop, DataPointKind::Products).size(), all);
    // A run after it has nothing to write again.
    auto after = fixture.runner().run(DataPointKind::Products, fullRun());
    QVERIFY(after);
    QCOMPARE(after->run.counts.created + after->run.counts.updated, 0);

    // Two-way data points decide which system's version goes where: they refuse.
    SyncOptions twoWay = resend;
    auto refused = fixture.runner().run(DataPointKind::Customers, twoWay);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("two-way")), qPrintable(refused.error().toString()));
}

void TestSyncFailureKeys::aFailureOfARecordGoneFromTheSourceCloses()
{
    // A record fails, then is deleted in the ERP. Its failure stayed open, and a retry after
    // the mapping was mended created it in the shop from the stored payload.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.runner().run(DataPointKind::Products, fullRun()));
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Products, {productLike(fixture, "LW-00007", "  ")}));
    QVERIFY(fixture.runner().run(DataPointKind::Products));
    QCOMPARE(fixture.waitingFailures(DataPointKind::Products).size(), 1);
    QVERIFY(fixture.remove(SimulatorSystem::Erp, DataPointKind::Products, QStringLiteral("LW-00007")));
    QVERIFY(fixture.remove(SimulatorSystem::Shop, DataPointKind::Products, QStringLiteral("LW-00007")));

    // An incremental run cannot tell a record gone from one not changed: the failure waits.
    QVERIFY(fixture.runner().run(DataPointKind::Products));
    QCOMPARE(fixture.waitingFailures(DataPointKind::Products).size(), 1);
    auto full = fixture.runner().run(DataPointKind::Products, fullRun());
    QVERIFY(full);
    QCOMPARE(fixture.waitingFailures(DataPointKind::Products).size(), 0);
    auto retried = fixture.runner().retry(FailureFilter{});
    QVERIFY(retried);
    QVERIFY(!fixture.records(SimulatorSystem::Shop, DataPointKind::Products).contains(QStringLiteral("LW-00007")));
}

void TestSyncFailureKeys::aPreflightNamesAnInvalidRecordOnce()
{
    // A record both systems have, invalid in the ERP: the pre-flight listed it as invalid and
    // as "in the target only; the sync leaves it alone", which is not so.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.runner().run(DataPointKind::Products, fullRun()));
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Products, {productLike(fixture, "LW-00007", "  ")}));
    auto report = fixture.runner().preflight(DataPointKind::Products);
    QVERIFY(report);
    QCOMPARE(report->targetOnly, 0);
    QCOMPARE(report->issues.size(), 1);
    QCOMPARE(report->issues.constFirst().key, QStringLiteral("LW-00007"));
    QCOMPARE(report->issues.constFirst().kind, PreflightIssue::Kind::Invalid);
}

void TestSyncFailureKeys::aTwoWayFailureOfARecordGoneFromBothSidesCloses()
{
    // Two ERP customers the mappings refuse (no name); one is then deleted. Its failure stayed
    // open, and a retry after the mapping was mended created it in the shop from the stored
    // payload, although neither side had it any more.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    DataPointConfig &customers = fixture.dataPoint(DataPointKind::Customers);
    QCOMPARE(customers.direction, Direction::Both);
    customers.mappings = {{QStringLiteral("customerNumber"), {QStringLiteral("customerNumber")}, {}, true},
        {QStringLiteral("name"), {QStringLiteral("name")}, {}, true},
        {QStringLiteral("phone"), {QStringLiteral("phone")}, {}, false}};
    QVERIFY(fixture.runner().run(DataPointKind::Customers, fullRun()));
    for (const char *number : {"C-GONE", "C-STAYS"}) {
        QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Customers,
            {Value::object({{"customerNumber", Value::utf8(number)}, {"name", Value::utf8("")},
                {"phone", Value::utf8("+45 00 00 00 00")}})}));
    }
    QVERIFY(fixture.runner().run(DataPointKind::Customers));
    FailureFilter open;
    open.dataPoint = DataPointKind::Customers;
    open.waiting = true;
    QCOMPARE(fixture.failures(open).size(), 2);
    QVERIFY(fixture.remove(SimulatorSystem::Erp, DataPointKind::Customers, QStringLiteral("C-GONE")));

    // An incremental run cannot tell a record gone from one not changed: both wait.
    QVERIFY(fixture.runner().run(DataPointKind::Customers));
    QCOMPARE(fixture.failures(open).size(), 2);
    QVERIFY(fixture.runner().run(DataPointKind::Customers, fullRun()));
    const QList<Failure> left = fixture.failures(open);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.constFirst().key, QStringLiteral("C-STAYS"));

    customers.mappings[1].required = false;
    QVERIFY(fixture.runner().retry(FailureFilter{}));
    const auto shop = fixture.records(SimulatorSystem::Shop, DataPointKind::Customers);
    QVERIFY(!shop.contains(QStringLiteral("C-GONE")));
    QVERIFY(shop.contains(QStringLiteral("C-STAYS")));
}

void TestSyncFailureKeys::aTwoWayReadThatShiftedClosesNothing()
{
    // A record going while the ERP's pages are read moves the rest up a place: a record may
    // be skipped, so not meeting a failed key proves nothing. Its failure stays open.
    SimulatorDataOptions data = small();
    data.customers = 20; // more pages than a run asks for at once
    SyncFixture fixture(data);
    QVERIFY(fixture.isValid());
    DataPointConfig &customers = fixture.dataPoint(DataPointKind::Customers);
    customers.mappings = {{QStringLiteral("customerNumber"), {QStringLiteral("customerNumber")}, {}, true},
        {QStringLiteral("name"), {QStringLiteral("name")}, {}, true}};
    QVERIFY(fixture.runner().run(DataPointKind::Customers, fullRun()));
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Customers,
        {Value::object({{"customerNumber", Value::utf8("C-GONE")}, {"name", Value::utf8("")}})}));
    QVERIFY(fixture.runner().run(DataPointKind::Customers));
    FailureFilter open;
    open.dataPoint = DataPointKind::Customers;
    open.waiting = true;
    QCOMPARE(fixture.failures(open).size(), 1);
    QVERIFY(fixture.remove(SimulatorSystem::Erp, DataPointKind::Customers, QStringLiteral("C-GONE")));

    const QString first = fixture.records(SimulatorSystem::Erp, DataPointKind::Customers).keys().constFirst();
    bool removed = false;
    fixture.runner().setProgressCallback([&](const SyncProgress &progress) {
        if (!removed && progress.phase == SyncPhase::Fetching && progress.fetched > 0)
            removed = fixture.remove(SimulatorSystem::Erp, DataPointKind::Customers, first);
    });
    SyncOptions shifting = fullRun();
    shifting.pageSize = 2;
    QVERIFY(fixture.runner().run(DataPointKind::Customers, shifting));
    fixture.runner().setProgressCallback({});
    QVERIFY(removed);
    QCOMPARE(fixture.failures(open).size(), 1);
    // Read again without a shift, it closes.
    QVERIFY(fixture.runner().run(DataPointKind::Customers, shifting));
    QCOMPARE(fixture.failures(open).size(), 0);
}

QTEST_GUILESS_MAIN(TestSyncFailureKeys)
#include "tst_sync_failurekeys.moc"

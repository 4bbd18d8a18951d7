// What a retry from the failure log takes and writes: chosen failures, due ones, fixed records, kept payloads.
#include "domain/json.h"
#include "retrytesthelpers.h"
#include "syncfixture.h"

#include <QTest>

using namespace Linkwright;
using namespace Linkwright::Testing;

class TestSyncRetry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryByIdSeveralAndFilter();
    void retryingTwiceCreatesNothingTwice();
    void transientFailuresComeDue();
    void fixedMappingThenRetry();
    void appliedPlanKeepsInvalidPayload();
    void fixedMappingIsTakenUpByTheNextRun();
    void aPlanMadeWithOtherMappingsIsNotApplied();
    void aRecordFixedInTheSourceIsRetriedAsItIsNow();
    void aMisspeltSourceWithADefaultBlanksNothing();
    void anIgnoredFailureStaysSetAsideWhileItsRecordIsAsItWas();
};

namespace {

/// Every product in the shop is the mapped ERP product.
void expectShopMatchesErp(SyncFixture &fixture)
{
    const auto erp = fixture.records(SimulatorSystem::Erp, DataPointKind::Products);
    const auto shop = fixture.records(SimulatorSystem::Shop, DataPointKind::Products);
    for (auto it = shop.cbegin(); it != shop.cend(); ++it) {
        QCOMPARE(it->find("name")->text(), erp.value(it.key()).find("name")->text().trimmed());
        QCOMPARE(it->find("category")->text(), erp.value(it.key()).find("category")->text());
    }
}

} // namespace

void TestSyncRetry::retryByIdSeveralAndFilter()
{
    SyncFixture fixture(few());
    QVERIFY(fixture.isValid());
    const auto failures = failWrites(fixture, FaultKind::ServerError);
    QCOMPARE(failures.size(), Products);
    for (const Failure &failure : failures) {
        QCOMPARE(failure.step, FailureStep::Write);
        QCOMPARE(failure.errorClass, ErrorClass::Transient);
        QCOMPARE(failure.httpStatus, 500);
        QVERIFY(!failure.payload.isEmpty());
    }
    QVERIFY(shopKeys(fixture).isEmpty());

    // One, by id.
    FailureFilter one;
    one.ids = {failures.value(QStringLiteral("LW-00002")).id};
    auto first = fixture.runner().retry(one);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    QCOMPARE(first->size(), 1);
    QCOMPARE(first->constFirst().retried, 1);
    QCOMPARE(first->constFirst().resolved, 1);
    QCOMPARE(shopKeys(fixture), QStringList{QStringLiteral("LW-00002")});
    QCOMPARE(fixture.openFailures(), Products - 1);

    // Several, by id.
    FailureFilter two;
    two.ids = {failures.value(QStringLiteral("LW-00001")).id, failures.value(QStringLiteral("LW-00005")).id};
    auto second = fixture.runner().retry(two);
    QVERIFY(second);
    QCOMPARE(second->constFirst().resolved, 2);
    QCOMPARE(shopKeys(fixture),
        QStringList({QStringLiteral("LW-00001"), QStringLiteral("LW-00002"), QStringLiteral("LW-00005")}));

    // By text: the key, as a support person would type it.
    FailureFilter text;
    text.text = QStringLiteral("LW-00004");
    auto third = fixture.runner().retry(text);
    QVERIFY(third);
    QCOMPARE(third->constFirst().retried, 1);
    QVERIFY(shopKeys(fixture).contains(QStringLiteral("LW-00004")));

    // A filter that matches nothing (no permanent failures) retries nothing.
    FailureFilter permanent;
    permanent.errorClass = ErrorClass::Permanent;
    auto none = fixture.runner().retry(permanent);
    QVERIFY(none);
    QVERIFY(none->isEmpty());
    QCOMPARE(fixture.openFailures(), 2);

    // The rest, by step and class.
    FailureFilter writes;
    writes.step = FailureStep::Write;
    writes.errorClass = ErrorClass::Transient;
    auto rest = fixture.runner().retry(writes);
    QVERIFY(rest);
    QCOMPARE(rest->constFirst().resolved, 2);
    QCOMPARE(fixture.openFailures(), 0);
    QCOMPARE(shopKeys(fixture).size(), Products);
    expectShopMatchesErp(fixture);

    // Retrying a resolved failure again does nothing.
    auto again = fixture.runner().retry(one);
    QVERIFY(again);
    QVERIFY(again->isEmpty());
    const SimulatorStats stats = fixture.sim().stats();
    QCOMPARE(stats.resource(SimulatorSystem::Shop, DataPointKind::Products).creates, Products);
    QVERIFY(stats.duplicates().isEmpty());
}

void TestSyncRetry::retryingTwiceCreatesNothingTwice()
{
    SyncFixture fixture(few());
    QVERIFY(fixture.isValid());
    // The shop stores each batch, then answers 500: the client cannot know it arrived.
    const auto failures = failWrites(fixture, FaultKind::ServerErrorAfterWrite);
    QCOMPARE(failures.size(), Products);
    QCOMPARE(shopKeys(fixture).size(), Products);

    // Still failing the same way: retried twice, each an upsert of the same keys.
    fixture.sim().setFaults(shopWritesFail(FaultKind::ServerErrorAfterWrite));
    for (int round = 0; round < 2; ++round) {
        auto retried = fixture.runner().retry(FailureFilter{}, smallBatches());
        QVERIFY(retried);
        QCOMPARE(retried->constFirst().retried, Products);
        QCOMPARE(retried->constFirst().resolved, 0);
    }
    // One entry per record, with every attempt counted.
    FailureFilter open;
    open.status = FailureStatus::Open;
    const QList<Failure> stillOpen = fixture.failures(open);
    QCOMPARE(stillOpen.size(), Products);
    for (const Failure &failure : stillOpen)
        QVERIFY2(failure.attempts > failures.value(failure.key).attempts, qPrintable(failure.key));

    fixture.sim().setFaults(FaultConfig{});
    auto retried = fixture.runner().retry(FailureFilter{}, smallBatches());
    QVERIFY(retried);
    QCOMPARE(retried->constFirst().resolved, Products);
    auto after = fixture.runner().run(DataPointKind::Products);
    QVERIFY(after);
    QCOMPARE(after->run.counts.created + after->run.counts.updated, 0);
    QCOMPARE(fixture.openFailures(), 0);
    const SimulatorStats stats = fixture.sim().stats();
    QCOMPARE(stats.resource(SimulatorSystem::Shop, DataPointKind::Products).creates, Products);
    QCOMPARE(stats.resource(SimulatorSystem::Shop, DataPointKind::Products).records, Products);
    QVERIFY(stats.duplicates().isEmpty());
    expectShopMatchesErp(fixture);
}

void TestSyncRetry::transientFailuresComeDue()
{
    SyncFixture fixture(few());
    QVERIFY(fixture.isValid());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto failures = failWrites(fixture, FaultKind::TooManyRequests);
    QCOMPARE(failures.size(), Products);
    for (const Failure &failure : failures) {
        QCOMPARE(failure.httpStatus, 429);
        QCOMPARE(failure.errorClass, ErrorClass::Transient);
        // Backed off by at least half a minute, never due at once.
        QVERIFY2(failure.nextAttemptAt >= before.addSecs(30), qPrintable(failure.nextAttemptAt.toString()));
    }

    // Not due yet: the next run leaves them alone.
    auto early = fixture.runner().run(DataPointKind::Products);
    QVERIFY(early);
    QCOMPARE(early->retried, 0);

    // Their time has come, but this run is told not to retry.
    QVERIFY(fixture.makeFailuresDue());
    const qint64 open = fixture.openFailures();
    QVERIFY(open > 0);
    SyncOptions noRetry;
    noRetry.retryDue = false;
    auto skipped = fixture.runner().run(DataPointKind::Products, noRetry);
    QVERIFY(skipped);
    QCOMPARE(skipped->retried, 0);
    QCOMPARE(fixture.openFailures(), open);

    auto due = fixture.runner().run(DataPointKind::Products);
    QVERIFY(due);
    QCOMPARE(due->retried, open);
    QCOMPARE(due->run.status, RunStatus::Succeeded);
    QCOMPARE(fixture.openFailures(), 0);
    QCOMPARE(shopKeys(fixture).size(), Products);
    expectShopMatchesErp(fixture);
    QCOMPARE(fixture.sim().stats().resource(SimulatorSystem::Shop, DataPointKind::Products).creates, Products);
}

void TestSyncRetry::fixedMappingThenRetry()
{
    SyncFixture fixture(few());
    QVERIFY(fixture.isValid());
    // A product without a name: the mapping requires one.
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Products,
        {Value::object({{"sku", Value::utf8("LW-00003")}, {"name", Value::utf8("  ")}})}));
    auto report = fixture.runner().run(DataPointKind::Products);
    QVERIFY(report);
    QCOMPARE(report->run.status, RunStatus::FinishedWithFailures);
    FailureFilter validate;
    validate.step = FailureStep::Validate;
    validate.status = FailureStatus::Open;
    const QList<Failure> refused = fixture.failures(validate);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.constFirst().key, QStringLiteral("LW-00003"));
    QCOMPARE(refused.constFirst().errorClass, ErrorClass::Permanent);
    QVERIFY2(refused.constFirst().message.contains(QStringLiteral("name")), qPrintable(refused.constFirst().message));
    QVERIFY(!shopKeys(fixture).contains(QStringLiteral("LW-00003")));

    // Retried as it is, it fails the same way: one entry, one attempt more.
    QVERIFY(fixture.runner().retry(validate));
    QCOMPARE(fixture.failures(validate).size(), 1);
    QCOMPARE(fixture.failures(validate).constFirst().attempts, 2);

    // The integrator decides an empty name is acceptable; the retry now writes the record.
    fixture.dataPoint(DataPointKind::Products).mappings[1].required = false;
    fixture.rebuild();
    auto retried = fixture.runner().retry(validate);
    QVERIFY(retried);
    QCOMPARE(retried->constFirst().resolved, 1);
    QCOMPARE(fixture.openFailures(), 0);
    QCOMPARE(fixture.records(SimulatorSystem::Shop, DataPointKind::Products)
                 .value(QStringLiteral("LW-00003"))
                 .find("name")
                 ->utf8(),
        QByteArray());
}

void TestSyncRetry::appliedPlanKeepsInvalidPayload()
{
    SyncFixture fixture(few());
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Products,
        {Value::object({{"sku", Value::utf8("LW-00004")}, {"name", Value::utf8("")},
            {"note", Value::utf8("no mapping reads this")}})}));
    SyncOptions dry;
    dry.dryRun = true;
    auto plan = fixture.runner().run(DataPointKind::Products, dry);
    QVERIFY(plan);
    QCOMPARE(plan->run.counts.failed, 1);
    QCOMPARE(plan->run.counts.created, Products - 1);
    QCOMPARE(plan->run.counts.updated, 0);
    QCOMPARE(fixture.openFailures(), 0); // a dry run logs nothing
    auto items = fixture.store().planItems(plan->planId);
    QVERIFY(items);
    const auto invalid = std::ranges::find(*items, PlanAction::Invalid, &PlanItem::action);
    QVERIFY(invalid != items->cend());
    QCOMPARE(invalid->key, QStringLiteral("LW-00004"));
    auto why = Json::parse(invalid->diff);
    QVERIFY2(why && why->find("step") && why->find("message"), invalid->diff.constData());
    QCOMPARE(why->find("step")->text(), QStringLiteral("validate"));
    auto applied = fixture.runner().applyPlan(plan->planId, {});
    QVERIFY(applied);
    QCOMPARE(applied->run.counts.created, Products - 1);

    // Applying the plan logged the invalid record, with the record itself to retry from.
    FailureFilter open;
    open.status = FailureStatus::Open;
    const QList<Failure> logged = fixture.failures(open);
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.constFirst().key, QStringLiteral("LW-00004"));
    QCOMPARE(logged.constFirst().step, FailureStep::Validate);
    auto payload = Json::parse(logged.constFirst().payload);
    QVERIFY2(payload && payload->find("sku"), logged.constFirst().payload.constData());
    // The whole record, not only the fields the run read.
    QVERIFY2(payload->find("note"), logged.constFirst().payload.constData());

    fixture.dataPoint(DataPointKind::Products).mappings[1].required = false;
    fixture.rebuild();
    auto retried = fixture.runner().retry(open);
    QVERIFY(retried);
    QCOMPARE(fixture.openFailures(), 0);
    QCOMPARE(shopKeys(fixture).size(), Products);
}

void TestSyncRetry::fixedMappingIsTakenUpByTheNextRun()
{
    SyncFixture fixture(few());
    QVERIFY(fixture.isValid());
    const FailureFilter validate = refusedBlankName(fixture);
    QCOMPARE(fixture.failures(validate).size(), 1);

    // Runs with the same mappings leave it to a person: it is not tried again and again.
    auto same = fixture.runner().run(DataPointKind::Products);
    QVERIFY(same);
    QCOMPARE(same->retried, 0);

    // The integrator fixes the mapping and lets the scheduled run go on (no retry, no --full):
    // the run that next maps with other mappings tries what the old ones refused. The watermark
    // had passed the record, so nothing else would have brought it.
    fixture.dataPoint(DataPointKind::Products).mappings[1].required = false;
    fixture.rebuild();
    auto fixed = fixture.runner().run(DataPointKind::Products);
    QVERIFY(fixed);
    QCOMPARE(fixed->retried, 1);
    QCOMPARE(fixed->run.status, RunStatus::Succeeded);
    QCOMPARE(fixture.openFailures(), 0);
    QVERIFY(shopKeys(fixture).contains(QStringLiteral("LW-00003")));
}

void TestSyncRetry::aPlanMadeWithOtherMappingsIsNotApplied()
{
    SyncFixture fixture(few());
    QVERIFY(fixture.isValid());
    SyncOptions dry;
    dry.dryRun = true;
    auto plan = fixture.runner().run(DataPointKind::Products, dry);
    QVERIFY(plan);
    QVERIFY(plan->planId > 0);
    // The plan's payloads were made by the mappings then; written after a fix, they put the
    // mistake back.
    fixture.dataPoint(DataPointKind::Products).mappings[1].required = false;
    fixture.rebuild();
    auto refused = fixture.runner().applyPlan(plan->planId, {});
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("changed since the plan was made")),
        qPrintable(refused.error().toString()));
    QVERIFY(shopKeys(fixture).isEmpty());
    // A new plan, made with the mappings as they are, applies.
    auto again = fixture.runner().run(DataPointKind::Products, dry);
    QVERIFY(again);
    auto applied = fixture.runner().applyPlan(again->planId, {});
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
    QCOMPARE(shopKeys(fixture).size(), Products);
}

void TestSyncRetry::aRecordFixedInTheSourceIsRetriedAsItIsNow()
{
    // The failure's hint says to correct the record in the source and retry it: the retry sent
    // the record stored with the failure, which failed again (or, for a write failure, put an
    // older price over the newer one until the next run).
    SyncFixture fixture(few());
    QVERIFY(fixture.isValid());
    const FailureFilter validate = refusedBlankName(fixture);
    QCOMPARE(fixture.failures(validate).size(), 1);

    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Products,
        {Value::object({{"sku", Value::utf8("LW-00003")}, {"name", Value::utf8("Fixed in the ERP")}})}));
    auto retried = fixture.runner().retry(validate);
    QVERIFY(retried);
    QCOMPARE(retried->constFirst().resolved, 1);
    QCOMPARE(fixture.openFailures(), 0);
    QCOMPARE(fixture.records(SimulatorSystem::Shop, DataPointKind::Products)
                 .value(QStringLiteral("LW-00003"))
                 .find("name")
                 ->text(),
        QStringLiteral("Fixed in the ERP"));
}

void TestSyncRetry::aMisspeltSourceWithADefaultBlanksNothing()
{
    // A run reads only the fields its mappings name: the record held no "description" beside
    // the misspelt "descripton", the default filled in, and a full run emptied every
    // description in the shop while preview flagged the typo.
    SyncFixture fixture(few());
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.runner().run(DataPointKind::Products));
    const auto before = fixture.records(SimulatorSystem::Shop, DataPointKind::Products);
    auto &mappings = fixture.dataPoint(DataPointKind::Products).mappings;
    const auto description = std::ranges::find(mappings, QStringLiteral("description"), &FieldMapping::target);
    QVERIFY(description != mappings.end());
    QCOMPARE(description->transforms.constFirst().op, QStringLiteral("default"));
    description->sources = {QStringLiteral("descripton")};
    fixture.rebuild();
    SyncOptions full;
    full.full = true;
    auto report = fixture.runner().run(DataPointKind::Products, full);
    QVERIFY(report);
    QCOMPARE(report->run.counts.updated, 0);
    QCOMPARE(report->run.counts.failed, qint64(before.size()));
    QCOMPARE(fixture.records(SimulatorSystem::Shop, DataPointKind::Products), before);
}

void TestSyncRetry::anIgnoredFailureStaysSetAsideWhileItsRecordIsAsItWas()
{
    // Set aside by a person, the record failed again on the next full run (or at the watermark's
    // edge) and a new open entry stood beside the ignored one, every run.
    SyncFixture fixture(few());
    QVERIFY(fixture.isValid());
    const FailureFilter validate = refusedBlankName(fixture);
    const QList<Failure> refused = fixture.failures(validate);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(fixture.store()
                 .moveFailures({refused.constFirst().id}, FailureStatus::Open, FailureStatus::Ignored)
                 .value_or(0),
        1);
    SyncOptions full;
    full.full = true;
    QVERIFY(fixture.runner().run(DataPointKind::Products, full));
    QCOMPARE(fixture.openFailures(), 0);
    FailureFilter all;
    all.keys = {QStringLiteral("LW-00003")};
    QCOMPARE(fixture.failures(all).size(), 1);
    QCOMPARE(fixture.failures(all).constFirst().status, FailureStatus::Ignored);

    // Changed and still refused, it is news: a new entry opens.
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Products,
        {Value::object(
            {{"sku", Value::utf8("LW-00003")}, {"name", Value::utf8("   ")}, {"unit", Value::utf8("box")}})}));
    QVERIFY(fixture.runner().run(DataPointKind::Products));
    QCOMPARE(fixture.openFailures(), 1);
}

QTEST_GUILESS_MAIN(TestSyncRetry)
#include "tst_sync_retry.moc"

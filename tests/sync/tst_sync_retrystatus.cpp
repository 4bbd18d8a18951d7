// The status a retry leaves in the failure log while it runs, when it is cancelled, and after a killed process.
#include "retrytesthelpers.h"
#include "syncfixture.h"

#include <QTest>

#include <algorithm>

using namespace Linkwright;
using namespace Linkwright::Testing;

class TestSyncRetryStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theLogSaysRetriedWhileARetryRuns();
    void aCancelledRetryLeavesTheRestOpen();
    void aRetryThatNeverFinishedIsTakenAgain();
    void aRecordFailingAgainAfterAKilledRetryKeepsOneEntry();
    void aRecordRetriedAndReadAgainCountsOnce_data();
    void aRecordRetriedAndReadAgainCountsOnce();
    void aPlanNamesTheFailuresARunWouldRetry();
    void aFullRunDoesNotBringBackARecordGoneFromTheSource_data();
    void aFullRunDoesNotBringBackARecordGoneFromTheSource();
    void aRecordFixedInTheSourceIsRetriedAsItIsNow();
    void aFailureOfAVersionSinceUndoneIsSettledByAFullRun();
};

namespace {

QList<qint64> idsOf(const QHash<QString, Failure> &failures)
{
    QList<qint64> ids;
    for (const Failure &failure : failures)
        ids.append(failure.id);
    return ids;
}

/// How many failures of the log are in each status.
QHash<FailureStatus, int> statusCounts(SyncFixture &fixture)
{
    QHash<FailureStatus, int> counts;
    for (const Failure &failure : fixture.failures())
        ++counts[failure.status];
    return counts;
}

} // namespace

void TestSyncRetryStatus::theLogSaysRetriedWhileARetryRuns()
{
    SyncFixture fixture(few());
    QVERIFY(fixture.isValid());
    const auto failures = failWrites(fixture, FaultKind::ServerError);
    QCOMPARE(failures.size(), Products);

    // An attempt that fails again leaves its failure open, its attempts counted on.
    fixture.sim().setFaults(shopWritesFail(FaultKind::ServerError));
    QVERIFY(fixture.runner().retry(FailureFilter{}, smallBatches()));
    fixture.sim().setFaults(FaultConfig{});
    FailureFilter open;
    open.status = FailureStatus::Open;
    const QList<Failure> stillOpen = fixture.failures(open);
    QCOMPARE(stillOpen.size(), Products);
    for (const Failure &failure : stillOpen)
        QVERIFY2(failure.attempts > failures.value(failure.key).attempts, qPrintable(failure.key));

    // What the log says each time the retry reports (the store answers on the run's thread,
    // where the callback runs).
    QList<QHash<FailureStatus, int>> seen;
    qint64 writtenSeen = 0;
    fixture.runner().setProgressCallback([&](const SyncProgress &progress) {
        if (progress.phase != SyncPhase::Retrying)
            return;
        seen.append(statusCounts(fixture));
        writtenSeen = std::max(writtenSeen, progress.written);
    });
    auto retried = fixture.runner().retry(FailureFilter{}, smallBatches());
    fixture.runner().setProgressCallback({});
    QVERIFY(retried);
    QCOMPARE(retried->constFirst().resolved, Products);
    // Reports from its start and from batches it had written.
    QVERIFY(seen.size() > 1);
    QVERIFY(writtenSeen > 0);
    // While it ran, every failure it had taken and not yet settled said "retried"; none was
    // open, as it was before and as a failed attempt leaves it.
    for (const auto &counts : std::as_const(seen)) {
        QVERIFY(counts.value(FailureStatus::Retried) > 0);
        QCOMPARE(counts.value(FailureStatus::Open), 0);
        QCOMPARE(counts.value(FailureStatus::Retried) + counts.value(FailureStatus::Resolved), Products);
    }
    const auto after = statusCounts(fixture);
    QCOMPARE(after.value(FailureStatus::Resolved), Products);
    QCOMPARE(after.value(FailureStatus::Retried), 0);
}

void TestSyncRetryStatus::aCancelledRetryLeavesTheRestOpen()
{
    SyncFixture fixture(few());
    QVERIFY(fixture.isValid());
    QCOMPARE(failWrites(fixture, FaultKind::ServerError).size(), Products);
    // Stopped after its first batch: what it did not reach must not stay "retried", or nothing
    // would ever take it again.
    fixture.runner().setProgressCallback([&](const SyncProgress &progress) {
        if (progress.written > 0)
            fixture.cancelFlag() = true;
    });
    // One record a batch, so that batches are still waiting when the first is done.
    SyncOptions oneByOne;
    oneByOne.batchSize = 1;
    auto cancelled = fixture.runner().retry(FailureFilter{}, oneByOne);
    fixture.runner().setProgressCallback({});
    fixture.cancelFlag() = false;
    QVERIFY(cancelled);
    const auto counts = statusCounts(fixture);
    QCOMPARE(counts.value(FailureStatus::Retried), 0);
    QVERIFY2(counts.value(FailureStatus::Open) > 0, "the retry ran to the end: nothing was cancelled");
    QCOMPARE(counts.value(FailureStatus::Open) + counts.value(FailureStatus::Resolved), Products);

    auto rest = fixture.runner().retry(FailureFilter{}, smallBatches());
    QVERIFY(rest);
    QCOMPARE(fixture.openFailures(), 0);
    QCOMPARE(statusCounts(fixture).value(FailureStatus::Resolved), Products);
    QCOMPARE(shopKeys(fixture).size(), Products);
    QVERIFY(fixture.sim().stats().duplicates().isEmpty());
}

void TestSyncRetryStatus::aRetryThatNeverFinishedIsTakenAgain()
{
    // A process killed during a retry leaves its failures "retried". A retry without a status,
    // and a run retrying what is due, take them as they take open ones.
    SyncFixture fixture(few());
    QVERIFY(fixture.isValid());
    const auto failures = failWrites(fixture, FaultKind::TooManyRequests);
    QCOMPARE(failures.size(), Products);
    QVERIFY(fixture.makeFailuresDue());
    const QList<qint64> ids = idsOf(failures);
    QCOMPARE(fixture.store().moveFailures(ids, FailureStatus::Open, FailureStatus::Retried).value_or(0), Products);

    // Due ones, by the next run: half of them.
    const QList<qint64> half = ids.mid(0, Products / 2);
    QCOMPARE(
        fixture.store().moveFailures(ids.mid(Products / 2), FailureStatus::Retried, FailureStatus::Ignored).value_or(0),
        Products - Products / 2);
    auto run = fixture.runner().run(DataPointKind::Products);
    QVERIFY(run);
    QCOMPARE(run->retried, Products / 2);
    FailureFilter taken;
    taken.ids = half;
    for (const Failure &failure : fixture.failures(taken))
        QCOMPARE(failure.status, FailureStatus::Resolved);

    // The rest, by a retry that names no status.
    QCOMPARE(fixture.store().moveFailures(ids, FailureStatus::Ignored, FailureStatus::Retried).value_or(0),
        Products - Products / 2);
    auto retried = fixture.runner().retry(FailureFilter{});
    QVERIFY(retried);
    QCOMPARE(retried->size(), 1);
    QCOMPARE(retried->constFirst().retried, Products - Products / 2);
    QCOMPARE(statusCounts(fixture).value(FailureStatus::Resolved), Products);
    QVERIFY(fixture.sim().stats().duplicates().isEmpty());
}

void TestSyncRetryStatus::aRecordFailingAgainAfterAKilledRetryKeepsOneEntry()
{
    SyncFixture fixture(few());
    QVERIFY(fixture.isValid());
    const auto failures = failWrites(fixture, FaultKind::ServerError);
    QCOMPARE(failures.size(), Products);
    const QList<qint64> ids = idsOf(failures);
    QCOMPARE(fixture.store().moveFailures(ids, FailureStatus::Open, FailureStatus::Retried).value_or(0), Products);

    // A full run meets the records again, and they fail again: each keeps its one entry, open
    // again with its attempts counted on, instead of a second entry beside the "retried" one.
    fixture.sim().setFaults(shopWritesFail(FaultKind::ServerError));
    SyncOptions again = smallBatches();
    again.full = true;
    again.retryDue = false;
    auto run = fixture.runner().run(DataPointKind::Products, again);
    fixture.sim().setFaults(FaultConfig{});
    QVERIFY(run);
    QCOMPARE(run->run.counts.failed, Products);
    const QList<Failure> logged = fixture.failures();
    QCOMPARE(logged.size(), Products);
    for (const Failure &failure : logged) {
        QCOMPARE(failure.status, FailureStatus::Open);
        QCOMPARE(failure.id, failures.value(failure.key).id);
        QVERIFY2(failure.attempts > failures.value(failure.key).attempts, qPrintable(failure.key));
    }
}

void TestSyncRetryStatus::aRecordRetriedAndReadAgainCountsOnce_data()
{
    QTest::addColumn<bool>("accepted");
    QTest::newRow("refused again") << false;
    QTest::newRow("accepted now") << true;
}

void TestSyncRetryStatus::aRecordRetriedAndReadAgainCountsOnce()
{
    QFETCH(bool, accepted);
    // A run after a mapping change retries what the old mappings refused and then reads the same
    // record again (inside the watermark's overlap): it was counted twice (unchanged and updated)
    // and, refused again, its tries went up by two.
    SyncFixture fixture(few());
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.runner().run(DataPointKind::Products)); // synced before, so "updated"
    QCOMPARE(fixture.failures(refusedBlankName(fixture)).size(), 1);
    FailureFilter open;
    open.status = FailureStatus::Open;
    QCOMPARE(fixture.failures(open).size(), 1);
    const int attempts = fixture.failures(open).constFirst().attempts;

    FieldMapping &name = fixture.dataPoint(DataPointKind::Products).mappings[1];
    QCOMPARE(name.target, QStringLiteral("name"));
    if (accepted)
        name.required = false;
    else
        name.transforms.append(Transform{QStringLiteral("trim"), {}});
    fixture.rebuild();
    auto report = fixture.runner().run(DataPointKind::Products);
    QVERIFY(report);
    QCOMPARE(report->retried, 1);
    // "retried 1, resolved 0" of a run whose retry took read as if it had not.
    QCOMPARE(report->resolved, accepted ? 1 : 0);
    const RunCounts &counts = report->run.counts;
    QCOMPARE(counts.fetched, 0); // read again, but counted as the retry's
    QCOMPARE(counts.unchanged, 0);
    QCOMPARE(counts.failed, accepted ? 0 : 1);
    QCOMPARE(counts.updated, accepted ? 1 : 0);
    if (!accepted) {
        QCOMPARE(fixture.failures(open).size(), 1);
        QCOMPARE(fixture.failures(open).constFirst().attempts, attempts + 1);
    }
}

void TestSyncRetryStatus::aFullRunDoesNotBringBackARecordGoneFromTheSource_data()
{
    QTest::addColumn<bool>("deletes");
    QTest::newRow("deletes off") << false;
    QTest::newRow("deletes on") << true;
}

void TestSyncRetryStatus::aFullRunDoesNotBringBackARecordGoneFromTheSource()
{
    // Refused by a mapping, then deleted in the ERP; the mapping is fixed and a full run goes.
    // Its retry came first, from the stored copy: the product was made in the shop (and, with
    // deletes on, deleted again by the same run).
    QFETCH(bool, deletes);
    SyncFixture fixture(few());
    QVERIFY(fixture.isValid());
    fixture.dataPoint(DataPointKind::Products).deletes = deletes;
    fixture.rebuild();
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Products,
        {Value::object({{"sku", Value::utf8("LW-GHOST")}, {"name", Value::utf8("  ")}})}));
    QVERIFY(fixture.runner().run(DataPointKind::Products));
    QCOMPARE(fixture.openFailureKeys(DataPointKind::Products), QSet<QString>{QStringLiteral("LW-GHOST")});
    QVERIFY(fixture.remove(SimulatorSystem::Erp, DataPointKind::Products, QStringLiteral("LW-GHOST")));
    fixture.dataPoint(DataPointKind::Products).mappings[1].required = false;
    fixture.rebuild();
    SyncOptions full;
    full.full = true;
    auto report = fixture.runner().run(DataPointKind::Products, full);
    QVERIFY(report);
    QCOMPARE(report->run.counts.created, 0);
    QCOMPARE(report->run.counts.deleted, 0);
    QVERIFY(!shopKeys(fixture).contains(QStringLiteral("LW-GHOST")));
    QCOMPARE(fixture.openFailureKeys(DataPointKind::Products), QSet<QString>());
}

void TestSyncRetryStatus::aRecordFixedInTheSourceIsRetriedAsItIsNow()
{
    // Refused (a blank name), then fixed in the ERP; a mapping change brings its failure due.
    // The run retried the stored copy, which failed again beside the fixed one the fetch then
    // wrote: "finished with failures", and none in the log.
    SyncFixture fixture(few());
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.runner().run(DataPointKind::Products)); // synced before, so "updated"
    QCOMPARE(fixture.failures(refusedBlankName(fixture)).size(), 1);
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Products,
        {Value::object({{"sku", Value::utf8("LW-00003")}, {"name", Value::utf8("Fixed")}})}));
    fixture.dataPoint(DataPointKind::Products).mappings[0].transforms.append(Transform{QStringLiteral("trim"), {}});
    fixture.rebuild();
    auto report = fixture.runner().run(DataPointKind::Products);
    QVERIFY(report);
    QCOMPARE(report->retried, 1);
    QCOMPARE(report->resolved, 1);
    QCOMPARE(report->run.status, RunStatus::Succeeded);
    QCOMPARE(report->run.counts.failed, 0);
    QCOMPARE(report->run.counts.updated, 1);
    QCOMPARE(fixture.openFailures(), 0);
}

void TestSyncRetryStatus::aPlanNamesTheFailuresARunWouldRetry()
{
    // A dry run leaves the failure log alone, so the failures that came due are not in its
    // plan; it said "nothing to change" and the run after it wrote every one of them.
    SyncFixture fixture(few());
    QVERIFY(fixture.isValid());
    QCOMPARE(failWrites(fixture, FaultKind::ServerError).size(), Products);
    QVERIFY(fixture.makeFailuresDue());
    // What a retry would change of a failure: its status, tries and next attempt.
    const auto logState = [&fixture] {
        QStringList state;
        for (const Failure &failure : fixture.failures()) {
            state.append(QStringLiteral("%1 %2 %3 %4")
                             .arg(failure.id)
                             .arg(static_cast<int>(failure.status))
                             .arg(failure.attempts)
                             .arg(failure.nextAttemptAt.toString(Qt::ISODateWithMs)));
        }
        return state;
    };
    const QStringList before = logState();
    QCOMPARE(before.size(), Products);
    SyncOptions dry;
    dry.dryRun = true;
    auto plan = fixture.runner().run(DataPointKind::Products, dry);
    QVERIFY(plan);
    // Counted are those the plan lacks: a record it read again (at the watermark's edge) is in it.
    auto items = fixture.store().planItems(plan->planId);
    QVERIFY(items);
    const qsizetype left = Products - items->size();
    QVERIFY(left > 0);
    QVERIFY2(plan->run.message.contains(QStringLiteral("%1 failure(s) of earlier runs are due").arg(left)),
        qPrintable(plan->run.message));
    QCOMPARE(plan->retried, 0);
    QCOMPARE(logState(), before);
    QVERIFY(shopKeys(fixture).isEmpty());

    // Tried again and failed again, they wait for their backoff: nothing to say yet.
    fixture.sim().setFaults(shopWritesFail(FaultKind::ServerError));
    QVERIFY(fixture.runner().retry(FailureFilter{}));
    fixture.sim().setFaults(FaultConfig{});
    FailureFilter open;
    open.status = FailureStatus::Open;
    QCOMPARE(fixture.failures(open).size(), Products);
    auto quiet = fixture.runner().run(DataPointKind::Products, dry);
    QVERIFY(quiet);
    QVERIFY2(!quiet->run.message.contains(QStringLiteral("are due")), qPrintable(quiet->run.message));
}

void TestSyncRetryStatus::aFailureOfAVersionSinceUndoneIsSettledByAFullRun()
{
    // A product synced, then refused in a version with a blank name, then put back as it was.
    // A full run (which retries no stored copies) found it unchanged and left its failure open
    // for good, though the target holds the record as the source has it.
    SyncFixture fixture(few());
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.runner().run(DataPointKind::Products));
    const Value before =
        fixture.records(SimulatorSystem::Erp, DataPointKind::Products).value(QStringLiteral("LW-00003"));
    QCOMPARE(fixture.failures(refusedBlankName(fixture)).size(), 1);
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Products,
        {Value::object({{"sku", Value::utf8("LW-00003")}, {"name", *before.find("name")}})}));
    SyncOptions full;
    full.full = true;
    auto report = fixture.runner().run(DataPointKind::Products, full);
    QVERIFY(report);
    QCOMPARE(report->run.counts.updated + report->run.counts.created, 0);
    QCOMPARE(fixture.openFailures(), 0);
    // A dry run settles nothing: it leaves the log as it is.
    QCOMPARE(fixture.failures(refusedBlankName(fixture)).size(), 1);
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Products,
        {Value::object({{"sku", Value::utf8("LW-00003")}, {"name", *before.find("name")}})}));
    full.dryRun = true;
    QVERIFY(fixture.runner().run(DataPointKind::Products, full));
    QCOMPARE(fixture.openFailures(), 1);
}

QTEST_GUILESS_MAIN(TestSyncRetryStatus)
#include "tst_sync_retrystatus.moc"

// Runs against a simulator that faults on a share of its calls (500, 500 after the write, 429,
// malformed and truncated bodies, resets, stalls): no record is silently dropped, a page that
// could not be read keeps the watermark where it was, and once the faults stop, retrying the
// failure log plus a normal run completes the target without a single duplicate.
#include "domain/json.h"
#include "syncfixture.h"

#include <QRegularExpression>
#include <QTest>

using namespace Linkwright;
using namespace Linkwright::Testing;

class TestSyncFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void nothingIsDroppedUnderFaults_data();
    void nothingIsDroppedUnderFaults();
    void pageFailureKeepsTheWatermark_data();
    void pageFailureKeepsTheWatermark();
    void retryingAPageTakesNothingElse();
    void retryingAnIgnoredPageSettlesIt();
    void unreadableSideOverwritesNothing();
    void writesWhoseAnswerWasLostCountAsWritten();
    void aLongRetryAfterIsKeptWithTheFailure();
    void preflightComparesNothingWithoutASide();
};

namespace {

SimulatorDataOptions small()
{
    SimulatorDataOptions data;
    data.products = 30;
    data.customers = 24;
    data.orders = 30;
    return data;
}

SyncOptions smallSteps()
{
    // Many small pages and batches: many calls for the faults to hit.
    SyncOptions options;
    options.pageSize = 6;
    options.batchSize = 4;
    return options;
}

const QList<FaultKind> &everyKind()
{
    static const QList<FaultKind> kinds{FaultKind::ServerError, FaultKind::ServerErrorAfterWrite,
        FaultKind::TooManyRequests, FaultKind::Malformed, FaultKind::Truncated, FaultKind::Reset, FaultKind::Stall};
    return kinds;
}

SimulatorSystem sourceOf(DataPointKind kind)
{
    return DataPoints::recommendedDirection(kind) == Direction::ShopToErp ? SimulatorSystem::Shop
                                                                          : SimulatorSystem::Erp;
}

SimulatorSystem targetOf(DataPointKind kind)
{
    return sourceOf(kind) == SimulatorSystem::Erp ? SimulatorSystem::Shop : SimulatorSystem::Erp;
}

/// Keys of source records that are neither identical in the target nor in the failure log.
QStringList dropped(SyncFixture &fixture, DataPointKind kind)
{
    const auto source = fixture.records(sourceOf(kind), kind);
    const auto target = fixture.records(targetOf(kind), kind);
    const QSet<QString> failed = fixture.openFailureKeys(kind);
    QStringList lost;
    for (auto it = source.cbegin(); it != source.cend(); ++it) {
        const auto there = target.constFind(it.key());
        if ((there == target.cend() || canonical(*there) != canonical(*it)) && !failed.contains(it.key()))
            lost.append(it.key());
    }
    return lost;
}

} // namespace

void TestSyncFaults::init()
{
    // Qt swallows an exception thrown from an event handler (the transport's) with only this
    // warning; in the CLI it would end the process. A truncated body once threw from the reader.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("caught an exception")));
    // Reading a reply that failed (reset) is a mistake Qt only warns about.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("device not open")));
}

void TestSyncFaults::nothingIsDroppedUnderFaults_data()
{
    QTest::addColumn<DataPointKind>("kind");
    QTest::addColumn<double>("rate");
    for (DataPointKind kind : {DataPointKind::Stock, DataPointKind::Orders, DataPointKind::Customers}) {
        // A fifth is what the issue asks for; the transport's retries absorb most of it, so a
        // harsher rate sends records through the failure log too (how many depends on how the
        // requests interleave; the retry tests pin that path down exactly).
        QTest::addRow("%s-fifth", qPrintable(DataPoints::key(kind))) << kind << 0.2;
        QTest::addRow("%s-harsh", qPrintable(DataPoints::key(kind))) << kind << 0.65;
    }
}

void TestSyncFaults::nothingIsDroppedUnderFaults()
{
    QFETCH(DataPointKind, kind);
    QFETCH(double, rate);
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    fixture.setTimeoutSeconds(1);
    const qsizetype total = fixture.records(sourceOf(kind), kind).size();
    // This fault sequence cuts a page off inside a null, among other things.
    fixture.sim().setFaults(faults(rate, everyKind(), 22));

    const auto watermarks = [&] {
        return QStringList{*fixture.store().watermark(kind, Side::Erp), *fixture.store().watermark(kind, Side::Shop)};
    };
    for (int round = 0; round < 2; ++round) {
        const QStringList before = watermarks();
        auto report = fixture.runner().run(kind, smallSteps());
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        if (fixture.openFailureKeys(kind).contains(QString())) {
            // A page could not be read: what came after it is not in the failure log, so the
            // watermark must still be where it was before the run.
            QCOMPARE(watermarks(), before);
        } else {
            const QStringList lost = dropped(fixture, kind);
            QVERIFY2(lost.isEmpty(), qPrintable(lost.join(u' ')));
        }
    }
    QVERIFY(fixture.sim().stats().totalFaults() > 0);

    // Faults off: retry everything, then a normal run; the target is complete, nothing twice.
    fixture.sim().setFaults(FaultConfig{});
    auto retried = fixture.runner().retry(FailureFilter{}, smallSteps());
    QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().toString()));
    auto last = fixture.runner().run(kind, smallSteps());
    QVERIFY(last);
    QCOMPARE(last->run.status, RunStatus::Succeeded);
    QCOMPARE(fixture.openFailures(kind), 0);
    const QStringList lost = dropped(fixture, kind);
    QVERIFY2(lost.isEmpty(), qPrintable(lost.join(u' ')));
    QCOMPARE(fixture.records(targetOf(kind), kind).size(), total);
    const SimulatorStats stats = fixture.sim().stats();
    QVERIFY(stats.duplicates().isEmpty());
    QCOMPARE(stats.resource(targetOf(kind), kind).creates, qint64(total));
    QCOMPARE(stats.resource(sourceOf(kind), kind).creates, 0);
}

void TestSyncFaults::pageFailureKeepsTheWatermark_data()
{
    QTest::addColumn<bool>("byRetry");
    QTest::newRow("the next run reads the page") << false;
    QTest::newRow("a retry reads the page") << true;
}

void TestSyncFaults::pageFailureKeepsTheWatermark()
{
    QFETCH(bool, byRetry);
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    // The first page arrives; every request for the ERP after it fails.
    bool armed = false;
    fixture.runner().setProgressCallback([&](const SyncProgress &progress) {
        if (!armed && progress.phase == SyncPhase::Fetching && progress.fetched > 0) {
            armed = true;
            FaultConfig broken = faults(1.0, {FaultKind::ServerError});
            broken.scope = FaultScope::Erp;
            fixture.sim().setFaults(broken);
        }
    });
    SyncOptions options = smallSteps();
    options.batchSize = 100;
    auto report = fixture.runner().run(DataPointKind::Stock, options);
    QVERIFY(report);
    QCOMPARE(report->run.status, RunStatus::FinishedWithFailures);
    QCOMPARE(report->run.counts.fetched, options.pageSize);
    QVERIFY(!report->run.message.isEmpty());
    FailureFilter fetch;
    fetch.step = FailureStep::Fetch;
    fetch.status = FailureStatus::Open;
    const QList<Failure> pages = fixture.failures(fetch);
    QCOMPARE(pages.size(), 1);
    QVERIFY(pages.constFirst().key.isEmpty());
    QCOMPARE(pages.constFirst().httpStatus, 500);
    QCOMPARE(pages.constFirst().errorClass, ErrorClass::Transient);
    QVERIFY(fixture.store().watermark(DataPointKind::Stock, Side::Erp)->isEmpty());
    // The records of the first page are in the shop already, whole.
    const auto shop = fixture.records(SimulatorSystem::Shop, DataPointKind::Stock);
    QCOMPARE(shop.size(), options.pageSize);

    fixture.runner().setProgressCallback({});
    fixture.sim().setFaults(FaultConfig{});
    Result<SyncReport> next;
    if (byRetry) {
        // The retry's figures count the page it settled, as the failure log does.
        auto reports = fixture.runner().retry(FailureFilter{}, options);
        QVERIFY(reports);
        QCOMPARE(reports->size(), 1);
        next = reports->constFirst();
        QCOMPARE(next->retried, 1);
        QCOMPARE(next->resolved, 1);
    } else {
        next = fixture.runner().run(DataPointKind::Stock, options);
    }
    QVERIFY(next);
    QCOMPARE(next->run.status, RunStatus::Succeeded);
    QCOMPARE(next->run.counts.created, 30 - options.pageSize);
    QCOMPARE(next->run.counts.unchanged, options.pageSize);
    QCOMPARE(fixture.openFailures(DataPointKind::Stock), 0);
    QVERIFY(dropped(fixture, DataPointKind::Stock).isEmpty());
    QVERIFY(!fixture.store().watermark(DataPointKind::Stock, Side::Erp)->isEmpty());
    QCOMPARE(fixture.sim().stats().resource(SimulatorSystem::Shop, DataPointKind::Stock).creates, 30);
}

void TestSyncFaults::retryingAPageTakesNothingElse()
{
    // A retry of a failed page runs the data point again. That run also took up every other
    // due failure of it, beyond what was asked for, and counted them as retried, never resolved.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    FaultConfig shopRefuses = faults(1.0, {FaultKind::ServerError});
    shopRefuses.scope = FaultScope::Shop;
    shopRefuses.onGet = false;
    fixture.sim().setFaults(shopRefuses);
    QVERIFY(fixture.runner().run(DataPointKind::Stock));
    const qint64 writes = fixture.openFailures(DataPointKind::Stock);
    QVERIFY(writes > 0);
    FaultConfig erpRefuses = faults(1.0, {FaultKind::ServerError});
    erpRefuses.scope = FaultScope::Erp;
    fixture.sim().setFaults(erpRefuses);
    QVERIFY(fixture.runner().run(DataPointKind::Stock));
    QCOMPARE(fixture.openFailures(DataPointKind::Stock), writes + 1);
    fixture.sim().setFaults(FaultConfig{});
    QVERIFY(fixture.makeFailuresDue());

    FailureFilter pages;
    pages.step = FailureStep::Fetch;
    auto reports = fixture.runner().retry(pages);
    QVERIFY(reports);
    QCOMPARE(reports->size(), 1);
    QCOMPARE(reports->constFirst().retried, 1);
    QCOMPARE(reports->constFirst().resolved, 1);
    // Only records the run read again (its overlap with the last run) were written and settled.
    QVERIFY(fixture.openFailures(DataPointKind::Stock) > 0);
}

void TestSyncFaults::retryingAnIgnoredPageSettlesIt()
{
    // A person ignored a failed page, then retried it (retry --status ignored): the data point ran
    // and read every page, but the failure stayed ignored, as if the retry had done nothing.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    FaultConfig erpRefuses = faults(1.0, {FaultKind::ServerError});
    erpRefuses.scope = FaultScope::Erp;
    fixture.sim().setFaults(erpRefuses);
    QVERIFY(fixture.runner().run(DataPointKind::Stock));
    FailureFilter pages;
    pages.step = FailureStep::Fetch;
    const QList<Failure> failed = fixture.failures(pages);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(
        fixture.store().moveFailures({failed.constFirst().id}, FailureStatus::Open, FailureStatus::Ignored).value_or(0),
        1);

    // Retried while the ERP still fails: it waits again, one attempt more.
    FailureFilter ignored;
    ignored.status = FailureStatus::Ignored;
    QVERIFY(fixture.runner().retry(ignored));
    QList<Failure> after = fixture.failures(pages);
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.constFirst().status, FailureStatus::Open);
    QVERIFY(after.constFirst().attempts > failed.constFirst().attempts);

    QCOMPARE(
        fixture.store().moveFailures({failed.constFirst().id}, FailureStatus::Open, FailureStatus::Ignored).value_or(0),
        1);
    fixture.sim().setFaults(FaultConfig{});
    auto reports = fixture.runner().retry(ignored);
    QVERIFY(reports);
    QCOMPARE(reports->size(), 1);
    QCOMPARE(reports->constFirst().retried, 1);
    QCOMPARE(reports->constFirst().resolved, 1);
    after = fixture.failures(pages);
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.constFirst().status, FailureStatus::Resolved);
    QCOMPARE(fixture.records(SimulatorSystem::Shop, DataPointKind::Stock).size(), 30);
}

void TestSyncFaults::unreadableSideOverwritesNothing()
{
    // Customers, newest wins: the ERP changes a phone number, the shop changes it later. If a run
    // cannot read the shop, it must not push the ERP's older value over the shop's newer one.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.runner().run(DataPointKind::Customers));
    QVERIFY(fixture.runner().run(DataPointKind::Customers));
    const QString key = QStringLiteral("C10003");
    const auto phone = [&](const char *value) {
        return QList<Value>{Value::object({{"customerNumber", Value::string(key)}, {"phone", Value::utf8(value)}})};
    };
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Customers, phone("+45 1111")));
    QTest::qWait(5);
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers, phone("+45 2222")));

    FaultConfig shopDown = faults(1.0, {FaultKind::ServerError});
    shopDown.scope = FaultScope::Shop;
    shopDown.onPost = false;
    fixture.sim().setFaults(shopDown);
    auto blind = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(blind);
    QVERIFY(blind->run.status != RunStatus::Succeeded);
    QCOMPARE(fixture.records(SimulatorSystem::Shop, DataPointKind::Customers).value(key).find("phone")->text(),
        QStringLiteral("+45 2222"));

    fixture.sim().setFaults(FaultConfig{});
    auto seeing = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(seeing);
    QCOMPARE(seeing->run.status, RunStatus::Succeeded);
    for (SimulatorSystem system : {SimulatorSystem::Erp, SimulatorSystem::Shop}) {
        QCOMPARE(fixture.records(system, DataPointKind::Customers).value(key).find("phone")->text(),
            QStringLiteral("+45 2222"));
    }
    QCOMPARE(fixture.openFailures(DataPointKind::Customers), 0);
}

void TestSyncFaults::writesWhoseAnswerWasLostCountAsWritten()
{
    // The shop stores a batch and then loses its answer; the batch goes again, and the shop
    // answers "unchanged" for records the first send stored. The run wrote them: on an empty
    // shop, nothing it wrote may count as unchanged.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    FaultConfig lost = faults(0.4, {FaultKind::ServerErrorAfterWrite, FaultKind::Malformed, FaultKind::Truncated}, 5);
    lost.scope = FaultScope::Shop;
    lost.onGet = false;
    fixture.sim().setFaults(lost);
    auto report = fixture.runner().run(DataPointKind::Products, smallSteps());
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    const SimulatorStats stats = fixture.sim().stats();
    QVERIFY2(stats.resource(SimulatorSystem::Shop, DataPointKind::Products).unchanged > 0,
        "no batch was sent again after the shop had stored it");
    const RunCounts &counts = report->run.counts;
    QCOMPARE(counts.unchanged, 0);
    QCOMPARE(counts.created + counts.failed, counts.fetched);
    QVERIFY(stats.duplicates().isEmpty());
}

void TestSyncFaults::aLongRetryAfterIsKeptWithTheFailure()
{
    // The shop asks to wait an hour: longer than a run waits, so the writes fail, transient.
    // Their automatic retry must not come before the hour is out (our backoff alone says 1-2 min).
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    FaultConfig busy = faults(1.0, {FaultKind::TooManyRequests});
    busy.scope = FaultScope::Shop;
    busy.onGet = false;
    busy.retryAfterSeconds = 3600;
    fixture.sim().setFaults(busy);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    // Six batches, one at a time: only the first meets the 429. Sending the other five anyway
    // would only meet it again (some servers lengthen the pause for each request that ignores it).
    SyncOptions options;
    options.batchSize = 5;
    options.writesInFlight = 1;
    auto report = fixture.runner().run(DataPointKind::Products, options);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(fixture.sim().stats().totalFaults(FaultKind::TooManyRequests), 1);
    const QList<Failure> failed = fixture.failures();
    QCOMPARE(failed.size(), 30);
    int answered = 0;
    for (const Failure &failure : failed) {
        QCOMPARE(failure.errorClass, ErrorClass::Transient);
        if (failure.httpStatus == 429) {
            ++answered;
        } else {
            QCOMPARE(failure.httpStatus, 0);
            QVERIFY2(failure.message.contains(QStringLiteral("not sent: the server asked to wait until")),
                qPrintable(failure.message));
        }
        QVERIFY2(
            failure.nextAttemptAt >= before.addSecs(3590), qPrintable(failure.nextAttemptAt.toString(Qt::ISODate)));
    }
    QCOMPARE(answered, 5);

    // The next command (cron, a quarter of an hour later) sent the shop its writes again inside
    // the hour it had asked for: the hold is kept in the state database between commands.
    fixture.sim().setFaults(FaultConfig{});
    fixture.rebuild();
    const auto shopRequests = [&fixture] {
        return fixture.sim().stats().resource(SimulatorSystem::Shop, DataPointKind::Products).requests;
    };
    const qint64 asked = shopRequests();
    SyncOptions full = options;
    full.full = true;
    auto held = fixture.runner().run(DataPointKind::Products, full);
    QVERIFY(held);
    QCOMPARE(held->run.status, RunStatus::FinishedWithFailures);
    QCOMPARE(shopRequests(), asked);
    QVERIFY(fixture.records(SimulatorSystem::Shop, DataPointKind::Products).isEmpty());
    // A person's retry goes ahead (the failure's hint offers it) and leaves the hold to the runs.
    fixture.rebuild();
    QVERIFY(fixture.makeFailuresDue());
    FailureFilter one;
    one.ids = {fixture.failures().constFirst().id};
    QVERIFY(fixture.runner().retry(one));
    QVERIFY(shopRequests() > asked);
    QVERIFY(fixture.store().endpointHold(Side::Shop).value_or(QDateTime()).isValid());
    // Once the hour is out, the next command writes, and the hold is gone.
    QVERIFY(fixture.store().setEndpointHold(Side::Shop, QDateTime::currentDateTimeUtc().addSecs(-1)));
    fixture.rebuild();
    auto after = fixture.runner().run(DataPointKind::Products, full);
    QVERIFY(after);
    QCOMPARE(after->run.status, RunStatus::Succeeded);
    QCOMPARE(fixture.records(SimulatorSystem::Shop, DataPointKind::Products).size(), 30);
    QVERIFY(!fixture.store().endpointHold(Side::Shop).value_or(QDateTime::currentDateTimeUtc()).isValid());
}

void TestSyncFaults::preflightComparesNothingWithoutASide()
{
    // A record missing from a side that could not be read may be on a page that was not read: a
    // pre-flight must call nothing target-only when the source failed, nor new when the target did.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.runner().run(DataPointKind::Products));
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Products,
        {Value::object({{"sku", Value::utf8("SHOP-ONLY-1")}, {"name", Value::utf8("Shop only")}}),
            Value::object({{"sku", Value::utf8("shop-only-1")}, {"name", Value::utf8("Shop only, again")}})}));
    auto whole = fixture.runner().preflight(DataPointKind::Products);
    QVERIFY2(whole, qPrintable(whole ? QString() : whole.error().toString()));
    QVERIFY2(whole->compared(), qPrintable(whole->sourceProblem + whole->targetProblem));
    QCOMPARE(whole->matched, 30);
    // Both spellings are records the sync leaves alone; the second is also a duplicate.
    QCOMPARE(whole->targetOnly, 2);
    QCOMPARE(whole->invalid, 1);

    for (const FaultScope down : {FaultScope::Erp, FaultScope::Shop}) {
        FaultConfig broken = faults(1.0, {FaultKind::ServerError});
        broken.scope = down;
        broken.onPost = false;
        fixture.sim().setFaults(broken);
        auto report = fixture.runner().preflight(DataPointKind::Products);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QVERIFY(!report->compared());
        QCOMPARE(report->sourceProblem.contains(QStringLiteral("HTTP 500")), down == FaultScope::Erp);
        QCOMPARE(report->targetProblem.contains(QStringLiteral("HTTP 500")), down == FaultScope::Shop);
        // What was read is counted; nothing is compared with what was not.
        QCOMPARE(report->sourceRecords, down == FaultScope::Erp ? 0 : 30);
        QCOMPARE(report->targetRecords, down == FaultScope::Shop ? 0 : 32);
        QCOMPARE(report->matched, 0);
        QCOMPARE(report->toCreate, 0);
        QCOMPARE(report->targetOnly, 0);
        // The shop's own problem is found without the ERP.
        QCOMPARE(report->invalid, down == FaultScope::Erp ? 1 : 0);
        QCOMPARE(report->issues.size(), report->invalid);
        for (const PreflightIssue &issue : std::as_const(report->issues))
            QCOMPARE(issue.kind, PreflightIssue::Kind::DuplicateTargetKey);
    }
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"

// Cancelling a run from its progress callback (as the window's cancel button and the CLI's
// Ctrl+C do, through one atomic flag the runner and the transport poll): the run ends cancelled,
// logs no failures for what it did not get to, leaves the watermarks where they were, and the
// next run completes the target without duplicates.
#include "domain/json.h"
#include "syncfixture.h"

#include <QTest>

using namespace Linkwright;
using namespace Linkwright::Testing;

class TestSyncCancel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneWayCancelKeepsTheWatermark();
    void twoWayCancelWritesNothingHalfSeen();
};

namespace {

SimulatorDataOptions some()
{
    SimulatorDataOptions data;
    data.products = 24;
    data.customers = 12;
    data.orders = 4;
    return data;
}

SyncOptions pagesOf(int size)
{
    SyncOptions options;
    options.pageSize = size;
    options.batchSize = 3;
    return options;
}

/// Cancels the run once it has fetched at least after records.
void cancelAfter(SyncFixture &fixture, qint64 after)
{
    fixture.runner().setProgressCallback([&fixture, after](const SyncProgress &progress) {
        if (progress.phase == SyncPhase::Fetching && progress.fetched >= after)
            fixture.cancelFlag().store(true);
    });
}

void resume(SyncFixture &fixture)
{
    fixture.runner().setProgressCallback({});
    fixture.cancelFlag().store(false);
}

void expectComplete(SyncFixture &fixture, DataPointKind kind)
{
    const auto erp = fixture.records(SimulatorSystem::Erp, kind);
    const auto shop = fixture.records(SimulatorSystem::Shop, kind);
    QCOMPARE(shop.size(), erp.size());
    for (auto it = erp.cbegin(); it != erp.cend(); ++it) {
        QVERIFY2(shop.contains(it.key()), qPrintable(it.key()));
        if (kind == DataPointKind::Customers)
            QCOMPARE(canonical(shop.value(it.key())), canonical(*it));
        else
            QCOMPARE(shop.value(it.key()).find("name")->text(), it->find("name")->text().trimmed());
    }
    const SimulatorStats stats = fixture.sim().stats();
    QVERIFY(stats.duplicates().isEmpty());
    QCOMPARE(stats.resource(SimulatorSystem::Shop, kind).creates, qint64(erp.size()));
}

} // namespace

void TestSyncCancel::oneWayCancelKeepsTheWatermark()
{
    SyncFixture fixture(some());
    QVERIFY(fixture.isValid());
    cancelAfter(fixture, 8);
    auto cancelled = fixture.runner().run(DataPointKind::Products, pagesOf(4));
    QVERIFY2(cancelled, qPrintable(cancelled ? QString() : cancelled.error().toString()));
    QCOMPARE(cancelled->run.status, RunStatus::Cancelled);
    QVERIFY(cancelled->run.counts.fetched < 24);
    QVERIFY(cancelled->run.message.contains(QStringLiteral("cancel")));
    // The pages already asked for are given up, not left in the transport.
    QCOMPARE(fixture.transport().outstanding(), 0);
    QVERIFY(fixture.store().watermark(DataPointKind::Products, Side::Erp)->isEmpty());
    // What the cancel stopped is not a failure: the next run simply does it.
    QCOMPARE(fixture.openFailures(), 0);
    QVERIFY(fixture.records(SimulatorSystem::Shop, DataPointKind::Products).size() < 24);

    resume(fixture);
    auto next = fixture.runner().run(DataPointKind::Products, pagesOf(4));
    QVERIFY(next);
    QCOMPARE(next->run.status, RunStatus::Succeeded);
    QCOMPARE(next->run.counts.fetched, 24);
    QVERIFY(!fixture.store().watermark(DataPointKind::Products, Side::Erp)->isEmpty());
    QCOMPARE(fixture.openFailures(), 0);
    expectComplete(fixture, DataPointKind::Products);
}

void TestSyncCancel::twoWayCancelWritesNothingHalfSeen()
{
    SyncFixture fixture(some());
    QVERIFY(fixture.isValid());
    // Stopped while the ERP is read: the shop was never read, so nothing is decided.
    cancelAfter(fixture, 4);
    auto cancelled = fixture.runner().run(DataPointKind::Customers, pagesOf(4));
    QVERIFY(cancelled);
    QCOMPARE(cancelled->run.status, RunStatus::Cancelled);
    QCOMPARE(cancelled->run.counts.created + cancelled->run.counts.updated, 0);
    QCOMPARE(fixture.transport().outstanding(), 0);
    QVERIFY(fixture.records(SimulatorSystem::Shop, DataPointKind::Customers).isEmpty());
    for (Side side : {Side::Erp, Side::Shop})
        QVERIFY(fixture.store().watermark(DataPointKind::Customers, side)->isEmpty());
    QCOMPARE(fixture.openFailures(), 0);

    resume(fixture);
    auto next = fixture.runner().run(DataPointKind::Customers, pagesOf(4));
    QVERIFY(next);
    QCOMPARE(next->run.status, RunStatus::Succeeded);
    QCOMPARE(next->run.counts.created, 12);
    expectComplete(fixture, DataPointKind::Customers);
    // The shop had no customers to take a stamp from; its watermark moves once it has some.
    QVERIFY(!fixture.store().watermark(DataPointKind::Customers, Side::Erp)->isEmpty());
    auto settled = fixture.runner().run(DataPointKind::Customers, pagesOf(4));
    QVERIFY(settled);
    QCOMPARE(settled->run.counts.created + settled->run.counts.updated, 0);
}

QTEST_GUILESS_MAIN(TestSyncCancel)
#include "tst_sync_cancel.moc"

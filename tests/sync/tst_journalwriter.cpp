// The journal's background writer: batches stored in order through a connection of its own, a
// failing batch stopping it without storing what came after, and RunJournal's flush waiting for
// it (or storing directly where the store cannot be opened twice).
#include "secrets/redactor.h"
#include "store/sqlitestore.h"
#include "sync/journalwriter.h"
#include "sync/runjournal.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Linkwright;

class TestJournalWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void storesEveryBatchInOrder();
    void aFailingBatchStopsTheWriter();
    void runJournalFlushWaitsForTheBackground();
    void inMemoryStoresFlushDirectly();

private:
    [[nodiscard]] std::unique_ptr<SqliteStore> openStore();

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

JournalBatch statesBatch(const QString &prefix, int count, const QByteArray &values)
{
    JournalBatch batch;
    for (int i = 0; i < count; ++i) {
        RecordState state;
        state.key = prefix + QString::number(i);
        state.sourceHash = values;
        state.values = values;
        state.syncedAt = QDateTime::currentDateTimeUtc();
        batch.states.append(state);
    }
    return batch;
}

} // namespace

void TestJournalWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<SqliteStore> TestJournalWriter::openStore()
{
    auto store = SqliteStore::open(m_dir->filePath(QStringLiteral("state.sqlite")));
    if (!store)
        qWarning() << store.error().toString();
    return store ? std::move(*store) : nullptr;
}

void TestJournalWriter::storesEveryBatchInOrder()
{
    auto store = openStore();
    QVERIFY(store);
    {
        JournalWriter writer(store->opener());
        QVERIFY(writer.submit(statesBatch(QStringLiteral("a-"), 300, "\"first\"")));
        // The same keys again: the later batch must win, as it would if stored here.
        QVERIFY(writer.submit(statesBatch(QStringLiteral("a-"), 100, "\"second\"")));
        QVERIFY(writer.submit(statesBatch(QStringLiteral("b-"), 50, "\"third\"")));
        QVERIFY(writer.wait());
        const auto states = store->recordStates(DataPointKind::Products);
        QVERIFY(states);
        QCOMPARE(states->size(), 350);
        QCOMPARE(states->value(QStringLiteral("a-0")).values, QByteArray("\"second\""));
        QCOMPARE(states->value(QStringLiteral("a-150")).values, QByteArray("\"first\""));
        QCOMPARE(states->value(QStringLiteral("b-49")).values, QByteArray("\"third\""));
        // Handed over and not waited for: the destructor stores it before the thread ends.
        QVERIFY(writer.submit(statesBatch(QStringLiteral("c-"), 10, "\"last\"")));
    }
    const auto states = store->recordStates(DataPointKind::Products);
    QVERIFY(states);
    QCOMPARE(states->size(), 360);
}

void TestJournalWriter::aFailingBatchStopsTheWriter()
{
    auto store = openStore();
    QVERIFY(store);
    JournalWriter writer(store->opener());
    // Run 4711 was never begun: the store refuses the batch (all of it).
    JournalBatch bad = statesBatch(QStringLiteral("bad-"), 5, "{}");
    bad.states.last().runId = 4711;
    QVERIFY(writer.submit(std::move(bad)));
    // Queued behind the failing batch or refused at once, depending on timing: never stored.
    const auto after = writer.submit(statesBatch(QStringLiteral("good-"), 5, "{}"));
    const auto waited = writer.wait();
    QVERIFY(!waited);
    QCOMPARE(waited.error().code, ErrorCode::InvalidArgument);
    // Nothing after the failing batch is stored, even when handed over before the failure.
    QVERIFY(!writer.submit(statesBatch(QStringLiteral("late-"), 5, "{}")));
    const auto states = store->recordStates(DataPointKind::Products);
    QVERIFY(states);
    QVERIFY2(states->isEmpty(), qPrintable(states->keys().join(u',')));
    Q_UNUSED(after);
}

void TestJournalWriter::runJournalFlushWaitsForTheBackground()
{
    auto store = openStore();
    QVERIFY(store);
    const Redactor redactor;
    RunJournal journal(*store, redactor, 0, DataPointKind::Stock);
    QVERIFY(journal.begin());
    for (int i = 0; i < 2000; ++i)
        journal.written(QStringLiteral("s-%1").arg(i), "h", "{}");
    journal.written(QStringLiteral("s-1"), "h", "{}", QStringLiteral("E1"));
    // The other side's id learnt by a later write in the run: one link knowing both.
    journal.written(QStringLiteral("s-1"), "h", "{}", QString(), QStringLiteral("S1"));
    QVERIFY(journal.flushInBackground());
    QCOMPARE(journal.pendingCount(), 0);
    journal.fail({QStringLiteral("s-broken"), Direction::ErpToShop, FailureStep::Map, ErrorClass::Permanent,
        QStringLiteral("cannot map"), 0, 1, "{}", 0, 0});
    // flush stores what is left and returns only once the background batch is stored too.
    QVERIFY(journal.flush());
    QCOMPARE(store->recordStates(DataPointKind::Stock)->size(), 2000);
    QCOMPARE(store->identityLinks(DataPointKind::Stock)->value(QStringLiteral("s-1")).erpId, QStringLiteral("E1"));
    QCOMPARE(store->identityLinks(DataPointKind::Stock)->value(QStringLiteral("s-1")).shopId, QStringLiteral("S1"));
    FailureFilter filter;
    filter.dataPoint = DataPointKind::Stock;
    QCOMPARE(*store->countFailures(filter), 1);
}

void TestJournalWriter::inMemoryStoresFlushDirectly()
{
    auto store = SqliteStore::open(QStringLiteral(":memory:"));
    QVERIFY(store);
    QVERIFY(!(*store)->opener());
    const Redactor redactor;
    RunJournal journal(**store, redactor, 0, DataPointKind::Prices);
    QVERIFY(journal.begin());
    journal.written(QStringLiteral("p-1"), "h", "{}");
    QVERIFY(journal.flushInBackground());
    // No second connection to an in-memory database: stored at once, on this one.
    QCOMPARE((*store)->recordStates(DataPointKind::Prices)->size(), 1);
}

QTEST_GUILESS_MAIN(TestJournalWriter)
#include "tst_journalwriter.moc"

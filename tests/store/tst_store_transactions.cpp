// SqliteStore's transactions: all or nothing, savepoints for nested calls, and the batch calls
// that join an open transaction without one.
#include "storetesthelpers.h"

#include "store/sqlitestore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <future>
#include <thread>

using namespace Linkwright;
using namespace StoreTest;

class TestStoreTransactions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void transactionRollsBackOnFailure();
    void nestedTransactions();
    void aBatchFailingHalfWayStoresNothing();
    void aLockOfSomeSecondsIsWaitedFor();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStoreTransactions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStoreTransactions::transactionRollsBackOnFailure()
{
    auto store = openStore(m_dir->filePath(QStringLiteral("state.sqlite")));
    QVERIFY(store);
    auto result = store->transaction([&]() -> Result<void> {
        if (auto saved = store->saveRecordStates({stateOf(DataPointKind::Products, QStringLiteral("SKU-1"))}); !saved)
            return saved;
        if (auto set = store->setWatermark(DataPointKind::Products, Side::Erp, QStringLiteral("moved")); !set)
            return set;
        if (auto added = store->addFailure(Failure{}); !added)
            return std::unexpected(added.error());
        return fail(ErrorCode::Network, QStringLiteral("https://shop.invalid"), QStringLiteral("connection reset"));
    });
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Network); // the caller's error, unchanged
    QVERIFY(store->recordStates(DataPointKind::Products)->isEmpty());
    QVERIFY(store->watermark(DataPointKind::Products, Side::Erp)->isEmpty());
    QCOMPARE(store->countFailures({}).value_or(-1), 0);

    // A failing write inside is rolled back with everything before it.
    result = store->transaction([&]() -> Result<void> {
        if (auto set = store->setWatermark(DataPointKind::Products, Side::Erp, QStringLiteral("moved")); !set)
            return set;
        Failure orphan;
        orphan.runId = 31337;
        if (auto added = store->addFailure(orphan); !added)
            return std::unexpected(added.error());
        return {};
    });
    QVERIFY(!result);
    QVERIFY(store->watermark(DataPointKind::Products, Side::Erp)->isEmpty());

    // The store stays usable, outside and inside a transaction.
    QVERIFY(store->setWatermark(DataPointKind::Products, Side::Erp, QStringLiteral("after")));
    QVERIFY(store->transaction(
        [&]() { return store->setWatermark(DataPointKind::Products, Side::Shop, QStringLiteral("inside")); }));
    QCOMPARE(*store->watermark(DataPointKind::Products, Side::Shop), QStringLiteral("inside"));
}

void TestStoreTransactions::nestedTransactions()
{
    auto store = openStore(m_dir->filePath(QStringLiteral("state.sqlite")));
    QVERIFY(store);
    // The inner transaction fails and the outer carries on: only the inner work is undone.
    auto result = store->transaction([&]() -> Result<void> {
        if (auto set = store->setWatermark(DataPointKind::Stock, Side::Erp, QStringLiteral("outer")); !set)
            return set;
        auto inner = store->transaction([&]() -> Result<void> {
            if (auto set = store->setWatermark(DataPointKind::Stock, Side::Shop, QStringLiteral("inner")); !set)
                return set;
            return fail(ErrorCode::Internal, {}, QStringLiteral("inner failed"));
        });
        if (inner)
            return fail(ErrorCode::Internal, {}, QStringLiteral("inner should have failed"));
        auto deeper = store->transaction([&]() -> Result<void> {
            return store->transaction(
                [&]() { return store->saveRecordStates({stateOf(DataPointKind::Stock, QStringLiteral("deep"))}); });
        });
        return deeper;
    });
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(*store->watermark(DataPointKind::Stock, Side::Erp), QStringLiteral("outer"));
    QVERIFY(store->watermark(DataPointKind::Stock, Side::Shop)->isEmpty());
    QVERIFY(store->recordStates(DataPointKind::Stock)->contains(QStringLiteral("deep")));

    // The outer transaction fails after a committed inner one: nothing of either is kept.
    result = store->transaction([&]() -> Result<void> {
        auto inner = store->transaction(
            [&]() { return store->setWatermark(DataPointKind::Prices, Side::Erp, QStringLiteral("inner")); });
        if (!inner)
            return inner;
        return fail(ErrorCode::Internal, {}, QStringLiteral("outer failed"));
    });
    QVERIFY(!result);
    QVERIFY(store->watermark(DataPointKind::Prices, Side::Erp)->isEmpty());
    QCOMPARE(storeScalar(*store, QStringLiteral("SELECT count(*) FROM watermarks")).toInt(), 1);
}

void TestStoreTransactions::aBatchFailingHalfWayStoresNothing()
{
    auto store = openStore(m_dir->filePath(QStringLiteral("state.sqlite")));
    QVERIFY(store);
    // Inside a transaction the store's batch calls take no savepoint of their own; a batch that
    // fails after its first row must still leave nothing of the transaction behind.
    QSqlQuery trigger(QSqlDatabase::database(store->connectionName()));
    QVERIFY2(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_bad BEFORE INSERT ON record_state "
                                         "WHEN NEW.key = 'bad' BEGIN SELECT RAISE(ABORT, 'refused'); END")),
        qPrintable(trigger.lastError().text()));
    const QList<RecordState> states{stateOf(DataPointKind::Customers, QStringLiteral("good")),
        stateOf(DataPointKind::Customers, QStringLiteral("bad"))};

    // The caller passes the error up: nothing is stored.
    auto result = store->transaction([&]() -> Result<void> {
        if (auto set = store->setWatermark(DataPointKind::Customers, Side::Erp, QStringLiteral("w")); !set)
            return set;
        return store->saveRecordStates(states);
    });
    QVERIFY(!result);
    QVERIFY(store->recordStates(DataPointKind::Customers)->isEmpty());
    QVERIFY(store->watermark(DataPointKind::Customers, Side::Erp)->isEmpty());

    // A caller that swallows the error cannot commit the half-written batch.
    result = store->transaction([&]() -> Result<void> {
        [[maybe_unused]] auto ignored = store->saveRecordStates(states);
        return {};
    });
    QVERIFY(!result);
    QVERIFY(store->recordStates(DataPointKind::Customers)->isEmpty());

    // In a savepoint of its own the failure is undone with it, and the outer work is kept.
    result = store->transaction([&]() -> Result<void> {
        auto inner = store->transaction([&]() { return store->saveRecordStates(states); });
        if (inner)
            return fail(ErrorCode::Internal, {}, QStringLiteral("inner should have failed"));
        return store->saveRecordStates({states.constFirst()});
    });
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(store->recordStates(DataPointKind::Customers)->size(), 1);

    // A savepoint whose work swallows the batch's error is taken back as a whole, and says so;
    // the outer transaction keeps the rest.
    result = store->transaction([&]() -> Result<void> {
        auto inner = store->transaction([&]() -> Result<void> {
            [[maybe_unused]] auto ignored = store->saveRecordStates(states);
            return {};
        });
        if (inner)
            return fail(ErrorCode::Internal, {}, QStringLiteral("the half-written savepoint was kept"));
        return store->saveRecordStates({stateOf(DataPointKind::Customers, QStringLiteral("kept"))});
    });
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(store->recordStates(DataPointKind::Customers)->size(), 2);

    // The store stays usable afterwards.
    QVERIFY(store->saveRecordStates({stateOf(DataPointKind::Customers, QStringLiteral("later"))}));
    QCOMPARE(store->recordStates(DataPointKind::Customers)->size(), 3);
}

void TestStoreTransactions::aLockOfSomeSecondsIsWaitedFor()
{
    // A person's database tool (or any other process) holding the file for seven seconds failed
    // a run at its end, after its writes: the record states or the run's outcome were lost.
    const QString path = m_dir->filePath(QStringLiteral("state.sqlite"));
    auto store = openStore(path);
    QVERIFY(store);
    std::promise<bool> locked;
    std::thread holder([&path, &locked] {
        bool held = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            db.setDatabaseName(path);
            QSqlQuery query(db);
            held = db.open() && query.exec(QStringLiteral("BEGIN EXCLUSIVE"));
            locked.set_value(held);
            if (held) {
                std::this_thread::sleep_for(std::chrono::seconds(7));
                query.exec(QStringLiteral("COMMIT"));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    });
    const bool held = locked.get_future().get();
    const auto stored = store->transaction(
        [&] { return store->setWatermark(DataPointKind::Products, Side::Erp, QStringLiteral("w")); });
    holder.join();
    QVERIFY(held);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().toString()));
    QCOMPARE(*store->watermark(DataPointKind::Products, Side::Erp), QStringLiteral("w"));
}

QTEST_GUILESS_MAIN(TestStoreTransactions)
#include "tst_store_transactions.moc"

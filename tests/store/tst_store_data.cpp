// The store per run: runs and their counts, watermarks, plans, and hostile values through every
// table; per-record states and links are in tst_store_records.
#include "storetesthelpers.h"

#include "store/sqlitestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Linkwright;
using namespace StoreTest;

class TestStoreData final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void runsRoundTrip();
    void unknownIdsAreErrors();
    void writtenPerDay();
    void watermarks();
    void plansRoundTrip();

    void hostileValuesAreStoredVerbatim();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStoreData::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStoreData::runsRoundTrip()
{
    auto store = openStore(m_dir->filePath(QStringLiteral("state.sqlite")));
    QVERIFY(store);
    RunRecord first;
    first.dataPoint = DataPointKind::Customers;
    first.direction = Direction::Both;
    first.dryRun = true;
    first.full = true;
    first.startedAt = utc(2024, 3, 1, 8, 30, 15, 123);
    auto firstId = store->beginRun(first);
    QVERIFY(firstId);
    RunRecord second;
    second.dataPoint = DataPointKind::Orders;
    second.direction = Direction::ShopToErp;
    auto secondId = store->beginRun(second);
    QVERIFY(secondId);
    QVERIFY(*secondId > *firstId);

    auto loaded = store->run(*firstId);
    QVERIFY(loaded && loaded->has_value());
    const RunRecord &run = **loaded;
    QCOMPARE(run.id, *firstId);
    QCOMPARE(run.dataPoint, DataPointKind::Customers);
    QCOMPARE(run.direction, Direction::Both);
    QVERIFY(run.dryRun);
    QVERIFY(run.full);
    QCOMPARE(run.startedAt, first.startedAt);
    QCOMPARE(run.startedAt.time().msec(), 123);
    QVERIFY(!run.finishedAt.isValid());
    QCOMPARE(run.status, RunStatus::Running);
    QCOMPARE(storeScalar(*store, QStringLiteral("SELECT status FROM runs WHERE id = %1").arg(*firstId)).toString(),
        QStringLiteral("running"));

    const RunCounts counts{100, 10, 20, 65, 1, 4};
    QVERIFY(store->finishRun(*firstId, RunStatus::FinishedWithFailures, counts, QStringLiteral("4 failed")));
    loaded = store->run(*firstId);
    QVERIFY(loaded && loaded->has_value());
    QCOMPARE((*loaded)->status, RunStatus::FinishedWithFailures);
    QCOMPARE((*loaded)->counts, counts);
    QCOMPARE((*loaded)->message, QStringLiteral("4 failed"));
    QVERIFY((*loaded)->finishedAt.isValid());
    QCOMPARE(storeScalar(*store, QStringLiteral("SELECT status FROM runs WHERE id = %1").arg(*firstId)).toString(),
        QStringLiteral("finished-with-failures"));
    QVERIFY(storeScalar(*store, QStringLiteral("SELECT started_at FROM runs WHERE id = %1").arg(*firstId))
                .toString()
                .endsWith(QStringLiteral(".123Z")));

    auto all = store->runs(std::nullopt, 0);
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).id, *secondId); // newest first
    QCOMPARE(all->at(1).id, *firstId);
    auto orders = store->runs(DataPointKind::Orders, 10);
    QVERIFY(orders);
    QCOMPARE(orders->size(), 1);
    QCOMPARE(orders->constFirst().direction, Direction::ShopToErp);
    QCOMPARE(store->runs(std::nullopt, 1)->size(), 1);
    QCOMPARE(store->run(9999)->has_value(), false);
}

void TestStoreData::unknownIdsAreErrors()
{
    auto store = openStore(m_dir->filePath(QStringLiteral("state.sqlite")));
    QVERIFY(store);
    auto finished = store->finishRun(4242, RunStatus::Succeeded, {}, {});
    QVERIFY(!finished);
    QCOMPARE(finished.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!store->setPlanItemStatus(4242, PlanItemStatus::Applied));
    QVERIFY(!store->markPlanApplied(4242));
    Failure failure;
    failure.id = 4242;
    QVERIFY(!store->updateFailure(failure));
    // A run id that names no run is caught by the foreign key, not stored.
    failure.runId = 4242;
    auto added = store->addFailure(failure);
    QVERIFY(!added);
    QCOMPARE(added.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(store->countFailures({}).value_or(-1), 0);
}

void TestStoreData::writtenPerDay()
{
    auto store = openStore(m_dir->filePath(QStringLiteral("state.sqlite")));
    QVERIFY(store);
    struct Day {
        QDate date;
        bool dryRun;
        RunCounts counts;
    };
    const QList<Day> days{
        {QDate(2024, 3, 4), false, {50, 5, 10, 35, 0, 0}}, {QDate(2024, 3, 5), false, {10, 1, 2, 7, 3, 0}},
        {QDate(2024, 3, 5), false, {10, 4, 0, 6, 0, 0}},
        {QDate(2024, 3, 5), true, {10, 100, 100, 0, 0, 0}}, // dry: nothing written
        {QDate(2024, 3, 7), false, {0, 9, 0, 0, 0, 0}}, // outside the range
    };
    for (const Day &day : days) {
        RunRecord run;
        run.dataPoint = DataPointKind::Products;
        run.dryRun = day.dryRun;
        run.startedAt = QDateTime(day.date, QTime(12, 0)); // local noon
        auto id = store->beginRun(run);
        QVERIFY(id);
        QVERIFY(store->finishRun(*id, RunStatus::Succeeded, day.counts, {}));
    }
    RunRecord other;
    other.dataPoint = DataPointKind::Orders;
    other.startedAt = QDateTime(QDate(2024, 3, 5), QTime(12, 0));
    auto otherId = store->beginRun(other);
    QVERIFY(otherId);
    QVERIFY(store->finishRun(*otherId, RunStatus::Succeeded, {0, 77, 0, 0, 0, 0}, {}));

    auto perDay = store->writtenPerDay(DataPointKind::Products, QDate(2024, 3, 4), QDate(2024, 3, 6));
    QVERIFY(perDay);
    QHash<QString, qint64> expected{{QStringLiteral("2024-03-04"), 15}, {QStringLiteral("2024-03-05"), 10}};
    QCOMPARE(*perDay, expected);
}

void TestStoreData::watermarks()
{
    auto store = openStore(m_dir->filePath(QStringLiteral("state.sqlite")));
    QVERIFY(store);
    auto none = store->watermark(DataPointKind::Orders, Side::Shop);
    QVERIFY(none);
    QVERIFY(none->isEmpty());
    QVERIFY(store->setWatermark(DataPointKind::Orders, Side::Shop, QStringLiteral("2024-06-01T00:00:00Z")));
    QVERIFY(store->setWatermark(DataPointKind::Orders, Side::Erp, QStringLiteral("cursor:abc")));
    QVERIFY(store->setWatermark(DataPointKind::Orders, Side::Shop, QStringLiteral("2024-06-02T00:00:00Z")));
    QCOMPARE(*store->watermark(DataPointKind::Orders, Side::Shop), QStringLiteral("2024-06-02T00:00:00Z"));
    QCOMPARE(*store->watermark(DataPointKind::Orders, Side::Erp), QStringLiteral("cursor:abc"));
    QVERIFY(store->watermark(DataPointKind::Products, Side::Shop)->isEmpty());
    QCOMPARE(storeScalar(*store, QStringLiteral("SELECT side FROM watermarks WHERE value = 'cursor:abc'")).toString(),
        QStringLiteral("erp"));
}

void TestStoreData::plansRoundTrip()
{
    auto store = openStore(m_dir->filePath(QStringLiteral("state.sqlite")));
    QVERIFY(store);
    auto runId = store->beginRun(RunRecord{});
    QVERIFY(runId);
    Plan plan;
    plan.runId = *runId;
    plan.dataPoint = DataPointKind::Prices;
    plan.direction = Direction::ErpToShop;
    plan.createdAt = utc(2024, 2, 29, 23, 59, 59, 999);
    plan.watermark = QStringLiteral("2024-02-29T23:00:00Z");
    QList<PlanItem> items;
    const QList<PlanAction> actions{
        PlanAction::Create, PlanAction::Update, PlanAction::Delete, PlanAction::Unchanged, PlanAction::Conflict};
    for (qsizetype i = 0; i < actions.size(); ++i) {
        PlanItem item;
        item.id = 777; // ignored: assigned by the store
        item.planId = 88; // ignored
        item.key = QStringLiteral("SKU-%1").arg(i);
        item.action = actions.at(i);
        item.diff = QByteArray(R"([{"field":"price","before":"1.00","after":"1.10"}])");
        item.payload = QByteArray(R"({"price":"1.10"})");
        item.sourceHash = QByteArray::number(i);
        items.append(item);
    }
    auto planId = store->savePlan(plan, items);
    QVERIFY(planId);

    auto loaded = store->plan(*planId);
    QVERIFY(loaded && loaded->has_value());
    QCOMPARE((*loaded)->id, *planId);
    QCOMPARE((*loaded)->runId, *runId);
    QCOMPARE((*loaded)->dataPoint, DataPointKind::Prices);
    QCOMPARE((*loaded)->direction, Direction::ErpToShop);
    QCOMPARE((*loaded)->createdAt, plan.createdAt);
    QCOMPARE((*loaded)->watermark, plan.watermark);
    QVERIFY(!(*loaded)->applied);

    auto stored = store->planItems(*planId);
    QVERIFY(stored);
    QCOMPARE(stored->size(), items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        PlanItem expected = items.at(i);
        expected.id = stored->at(i).id;
        expected.planId = *planId;
        QCOMPARE(stored->at(i), expected);
    }
    QVERIFY(store->setPlanItemStatus(stored->at(1).id, PlanItemStatus::Applied));
    QVERIFY(store->setPlanItemStatus(stored->at(2).id, PlanItemStatus::Failed));
    QVERIFY(store->setPlanItemStatus(stored->at(3).id, PlanItemStatus::Skipped));
    QVERIFY(store->markPlanApplied(*planId));
    QVERIFY((*store->plan(*planId))->applied);
    stored = store->planItems(*planId);
    QCOMPARE(stored->at(0).status, PlanItemStatus::Pending);
    QCOMPARE(stored->at(1).status, PlanItemStatus::Applied);
    QCOMPARE(stored->at(2).status, PlanItemStatus::Failed);
    QCOMPARE(stored->at(3).status, PlanItemStatus::Skipped);
    QCOMPARE(store->plan(*planId + 1)->has_value(), false);
    QVERIFY(store->planItems(*planId + 1)->isEmpty());

    Plan noRun;
    auto emptyPlan = store->savePlan(noRun, {});
    QVERIFY(emptyPlan);
    QCOMPARE((*store->plan(*emptyPlan))->runId, 0);
    QVERIFY((*store->plan(*emptyPlan))->createdAt.isValid());
}

void TestStoreData::hostileValuesAreStoredVerbatim()
{
    auto store = openStore(m_dir->filePath(QStringLiteral("state.sqlite")));
    QVERIFY(store);
    const QSqlDatabase db = QSqlDatabase::database(store->connectionName());
    const QString schemaBefore = schemaText(db);
    const int objectsBefore = storeScalar(*store, QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt();

    const QStringList keys{
        QStringLiteral("'; DROP TABLE record_state; --"),
        QStringLiteral("Robert'); DROP TABLE failures;--"),
        QStringLiteral("\" OR 1=1 --"),
        QStringLiteral("SELECT * FROM runs; DELETE FROM watermarks"),
        QStringLiteral("a;b;c"),
        QStringLiteral("%_\\ LIKE"),
        QStringLiteral("Ærø-Ü-ß-\u4e2d-\U0001F600"),
        QStringLiteral("?1 :name @p $x"),
    };
    QByteArray payload("{\"note\":\"quote ' and \\\" and ; and -- and /* */\"}");
    payload.append('\0');
    payload.append(QByteArray("after NUL") + QByteArray(2, '\0') + QByteArray(" DROP TABLE failures; \xff\xfe raw"));
    QCOMPARE(payload.count('\0'), 3);

    QList<RecordState> states;
    QList<IdentityLink> links;
    QList<Failure> failures;
    QList<PlanItem> items;
    for (const QString &key : keys) {
        states.append(RecordState{
            DataPointKind::Products, key, payload, payload + key.toUtf8(), utc(2024, 1, 1, 0, 0), 0, {}, {}});
        links.append(IdentityLink{DataPointKind::Products, key, key + QStringLiteral("-erp"), key});
        // Saved with the state too, as runs save them (32 rows a statement, 8 columns a row).
        states.last().erpId = links.last().erpId;
        states.last().shopId = links.last().shopId;
        Failure failure;
        failure.key = key;
        failure.message = QStringLiteral("rejected: ") + key;
        failure.payload = payload;
        failures.append(failure);
        PlanItem item;
        item.key = key;
        item.payload = payload;
        item.diff = payload;
        items.append(item);
    }
    QVERIFY(store->saveRecordStates(states));
    // The ids as the states' rows hold them, before links saved on their own could mend them.
    compareProductLinks(*store, links);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(store->saveIdentityLinks(links));
    auto ids = store->addFailures(failures);
    QVERIFY(ids);
    auto planId = store->savePlan(Plan{}, items);
    QVERIFY(planId);
    QVERIFY(store->setWatermark(DataPointKind::Products, Side::Erp, keys.first()));

    auto loadedStates = store->recordStates(DataPointKind::Products);
    auto loadedLinks = store->identityLinks(DataPointKind::Products);
    QCOMPARE(loadedStates->size(), keys.size());
    QCOMPARE(loadedLinks->size(), keys.size());
    for (const RecordState &state : std::as_const(states))
        QCOMPARE(loadedStates->value(state.key), state);
    for (const IdentityLink &link : std::as_const(links))
        QCOMPARE(loadedLinks->value(link.key), link);
    FailureFilter all;
    all.limit = 0;
    auto loadedFailures = store->failures(all);
    QCOMPARE(loadedFailures->size(), keys.size());
    for (const Failure &failure : *loadedFailures) {
        QVERIFY(keys.contains(failure.key));
        QCOMPARE(failure.payload, payload);
        QCOMPARE(failure.payload.size(), payload.size());
        QCOMPARE(failure.message, QStringLiteral("rejected: ") + failure.key);
    }
    auto loadedItems = store->planItems(*planId);
    QCOMPARE(loadedItems->size(), keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i) {
        QCOMPARE(loadedItems->at(i).key, keys.at(i));
        QCOMPARE(loadedItems->at(i).payload, payload);
    }
    QCOMPARE(*store->watermark(DataPointKind::Products, Side::Erp), keys.first());

    // Filtering by a hostile key finds exactly it, and removing by one removes only it.
    for (const QString &key : keys) {
        QVERIFY(store->resolveFailures(DataPointKind::Products, {key}, 0, Store::KeyResolution::Written));
        FailureFilter open;
        open.status = FailureStatus::Open;
        QCOMPARE(store->countFailures(open).value_or(-1), keys.size() - 1 - keys.indexOf(key));
    }
    QVERIFY(store->removeRecordStates(DataPointKind::Products, {keys.at(0)}));
    QCOMPARE(store->recordStates(DataPointKind::Products)->size(), keys.size() - 1);

    QCOMPARE(storeScalar(*store, QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt(), objectsBefore);
    QCOMPARE(schemaText(db), schemaBefore);
    QCOMPARE(storeScalar(*store, QStringLiteral("SELECT count(*) FROM failures")).toInt(), keys.size());
    QCOMPARE(storeScalar(*store, QStringLiteral("SELECT count(*) FROM watermarks")).toInt(), 1);
    QCOMPARE(storeScalar(*store, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}
QTEST_GUILESS_MAIN(TestStoreData)
#include "tst_store_data.moc"

#include "storetesthelpers.h"

#include "store/sqliteschema.h"
#include "store/sqlitestore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

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
    void recordStatesRoundTrip();
    void manyRecordStates();
    void recordHashesAndChosenStates();
    void identityLinksRoundTrip();
    void identityLinksRideInRecordStates();
    void keysOfEveryLengthAndScriptRoundTrip();
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

namespace {

/// The store's product links are exactly links; the caller checks QTest::currentTestFailed().
void compareProductLinks(SqliteStore &store, const QList<IdentityLink> &links)
{
    const auto stored = store.identityLinks(DataPointKind::Products);
    QVERIFY(stored);
    QCOMPARE(stored->size(), links.size());
    for (const IdentityLink &link : links)
        QCOMPARE(stored->value(link.key), link);
}

} // namespace

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

void TestStoreData::recordStatesRoundTrip()
{
    auto store = openStore(m_dir->filePath(QStringLiteral("state.sqlite")));
    QVERIFY(store);
    auto runId = store->beginRun(RunRecord{});
    QVERIFY(runId);
    const RecordState a{DataPointKind::Products, QStringLiteral("SKU-1"), QByteArray::fromHex("00ff10"),
        QByteArray(R"({"name":"Bolt","price":"1.20"})"), utc(2024, 1, 2, 3, 4, 5, 6), *runId, QStringLiteral("E-1"),
        QStringLiteral("S-1")};
    const RecordState b{DataPointKind::Products, QStringLiteral("SKU-2"), QByteArray("h2"), QByteArray(),
        utc(2024, 1, 2, 3, 4, 5, 7), 0, {}, {}};
    const RecordState c{DataPointKind::Prices, QStringLiteral("SKU-1"), QByteArray("h3"), QByteArray("{}"),
        utc(2024, 1, 2, 3, 4, 5, 8), *runId, {}, {}};
    QVERIFY(store->saveRecordStates({a, b, c}));

    auto products = store->recordStates(DataPointKind::Products);
    QVERIFY(products);
    QCOMPARE(products->size(), 2);
    QCOMPARE(products->value(a.key), a);
    QCOMPARE(products->value(b.key), b);
    auto prices = store->recordStates(DataPointKind::Prices);
    QVERIFY(prices);
    QCOMPARE(prices->size(), 1);
    QCOMPARE(prices->value(c.key), c);

    RecordState changed = a;
    changed.sourceHash = QByteArray("new hash");
    changed.values = QByteArray(R"({"name":"Bolt","price":"1.30"})");
    QVERIFY(store->saveRecordStates({changed}));
    QCOMPARE(store->recordStates(DataPointKind::Products)->value(a.key), changed);
    QCOMPARE(store->recordStates(DataPointKind::Products)->size(), 2);

    QVERIFY(store->removeRecordStates(DataPointKind::Products, {a.key, QStringLiteral("never-stored")}));
    products = store->recordStates(DataPointKind::Products);
    QCOMPARE(products->size(), 1);
    QVERIFY(products->contains(b.key));
    QCOMPARE(store->recordStates(DataPointKind::Prices)->size(), 1); // same key, other data point

    RecordState undated{DataPointKind::Stock, QStringLiteral("W1/SKU-1"), QByteArray("h"), {}, {}, 0, {}, {}};
    QVERIFY(store->saveRecordStates({undated}));
    QVERIFY(store->recordStates(DataPointKind::Stock)->value(undated.key).syncedAt.isValid());
    QVERIFY(store->saveRecordStates({}));
}

void TestStoreData::recordHashesAndChosenStates()
{
    auto store = openStore(m_dir->filePath(QStringLiteral("state.sqlite")));
    QVERIFY(store);
    QList<RecordState> states;
    for (int i = 0; i < 5; ++i) {
        RecordState state;
        state.dataPoint = DataPointKind::Stock;
        state.key = QStringLiteral("SKU-%1").arg(i);
        state.sourceHash = QByteArray("hash-") + QByteArray::number(i);
        state.values = QByteArray(R"({"available":)") + QByteArray::number(i * 10) + '}';
        states.append(state);
    }
    RecordState other = states.first();
    other.dataPoint = DataPointKind::Products;
    other.sourceHash = "other";
    states.append(other);
    QVERIFY(store->saveRecordStates(states));

    const auto hashes = store->recordHashes(DataPointKind::Stock);
    QVERIFY(hashes);
    QCOMPARE(hashes->size(), 5);
    QCOMPARE(hashes->value(QStringLiteral("SKU-3")), QByteArray("hash-3"));
    QCOMPARE(store->recordHashes(DataPointKind::Products)->value(QStringLiteral("SKU-0")), QByteArray("other"));

    const auto chosen = store->recordStates(
        DataPointKind::Stock, {QStringLiteral("SKU-1"), QStringLiteral("SKU-4"), QStringLiteral("nope")});
    QVERIFY(chosen);
    QCOMPARE(chosen->size(), 2);
    QCOMPARE(chosen->value(QStringLiteral("SKU-4")).values, QByteArray(R"({"available":40})"));
    QCOMPARE(chosen->value(QStringLiteral("SKU-1")).sourceHash, QByteArray("hash-1"));
    QVERIFY(chosen->value(QStringLiteral("SKU-1")).syncedAt.isValid());
    QVERIFY(store->recordStates(DataPointKind::Stock, QStringList())->isEmpty());
}

void TestStoreData::manyRecordStates()
{
    auto store = openStore(m_dir->filePath(QStringLiteral("state.sqlite")));
    QVERIFY(store);
    QList<RecordState> states;
    const QDateTime at = utc(2024, 6, 1, 0, 0);
    for (int i = 0; i < 20000; ++i) {
        states.append(RecordState{DataPointKind::Products, QStringLiteral("SKU-%1").arg(i),
            QByteArray::number(i * 7919), QByteArray("{\"n\":") + QByteArray::number(i) + '}', at, 0, {}, {}});
    }
    QVERIFY(store->saveRecordStates(states));
    states[123].sourceHash = QByteArray("changed");
    QVERIFY(store->saveRecordStates(states));
    auto loaded = store->recordStates(DataPointKind::Products);
    QVERIFY(loaded);
    QCOMPARE(loaded->size(), states.size());
    QCOMPARE(loaded->value(QStringLiteral("SKU-123")).sourceHash, QByteArray("changed"));
    QCOMPARE(loaded->value(QStringLiteral("SKU-19999")), states.last());
}

void TestStoreData::identityLinksRoundTrip()
{
    auto store = openStore(m_dir->filePath(QStringLiteral("state.sqlite")));
    QVERIFY(store);
    const IdentityLink known{
        DataPointKind::Customers, QStringLiteral("C-100"), QStringLiteral("party.42"), QStringLiteral("9001")};
    const IdentityLink shopOnly{DataPointKind::Customers, QStringLiteral("C-101"), QString(), QStringLiteral("9002")};
    const IdentityLink product{DataPointKind::Products, QStringLiteral("C-100"), QStringLiteral("p1"), QString()};
    QVERIFY(store->saveIdentityLinks({known, shopOnly, product}));
    auto links = store->identityLinks(DataPointKind::Customers);
    QVERIFY(links);
    QCOMPARE(links->size(), 2);
    QCOMPARE(links->value(known.key), known);
    QCOMPARE(links->value(shopOnly.key), shopOnly);
    QVERIFY(links->value(shopOnly.key).erpId.isEmpty());
    // Unknown ids are NULL, which the upserts' COALESCE reads as "keep the stored one".
    QCOMPARE(storeScalar(*store, QStringLiteral("SELECT count(*) FROM identity_map WHERE erp_id IS NULL")).toInt(), 1);

    IdentityLink completed = shopOnly;
    completed.erpId = QStringLiteral("party.43");
    QVERIFY(store->saveIdentityLinks({completed}));
    QCOMPARE(store->identityLinks(DataPointKind::Customers)->value(shopOnly.key), completed);
    QCOMPARE(store->identityLinks(DataPointKind::Products)->value(product.key), product);

    // A run that learns only the shop's id must not forget the ERP's.
    IdentityLink shopSideOnly = completed;
    shopSideOnly.erpId.clear();
    shopSideOnly.shopId = QStringLiteral("9003");
    QVERIFY(store->saveIdentityLinks({shopSideOnly}));
    const IdentityLink merged = store->identityLinks(DataPointKind::Customers)->value(shopOnly.key);
    QCOMPARE(merged.erpId, QStringLiteral("party.43"));
    QCOMPARE(merged.shopId, QStringLiteral("9003"));
}

void TestStoreData::identityLinksRideInRecordStates()
{
    auto store = openStore(m_dir->filePath(QStringLiteral("state.sqlite")));
    QVERIFY(store);
    const auto link = [&](const QString &key) { return store->identityLinks(DataPointKind::Products)->value(key); };
    const auto state = [](const QString &key, const QString &erpId, const QString &shopId) {
        RecordState made{
            DataPointKind::Products, key, QByteArray("h"), QByteArray("{}"), utc(2024, 1, 1, 0, 0), 0, {}, {}};
        made.erpId = erpId;
        made.shopId = shopId;
        return made;
    };
    RecordState priced = state(QStringLiteral("SKU-1"), QStringLiteral("P1"), QStringLiteral("P2"));
    priced.dataPoint = DataPointKind::Prices;
    QVERIFY(store->saveRecordStates({state(QStringLiteral("SKU-1"), QStringLiteral("E1"), QStringLiteral("S1")),
        state(QStringLiteral("SKU-2"), QString(), QString()), priced}));
    // The link is part of the state's row, not a second row in the identity map.
    QCOMPARE(storeScalar(*store, QStringLiteral("SELECT count(*) FROM identity_map")).toInt(), 0);
    QCOMPARE(store->identityLinks(DataPointKind::Products)->size(), 1);
    QCOMPARE(link(QStringLiteral("SKU-1")),
        (IdentityLink{DataPointKind::Products, QStringLiteral("SKU-1"), QStringLiteral("E1"), QStringLiteral("S1")}));
    QCOMPARE(store->recordStates(DataPointKind::Products)->value(QStringLiteral("SKU-1")).shopId, QStringLiteral("S1"));
    QCOMPARE(store->identityLinks(DataPointKind::Prices)->value(QStringLiteral("SKU-1")).erpId, QStringLiteral("P1"));

    // An update learns no ids and keeps them; one side learnt anew keeps the other.
    QVERIFY(store->saveRecordStates({state(QStringLiteral("SKU-1"), QString(), QString())}));
    QCOMPARE(link(QStringLiteral("SKU-1")).erpId, QStringLiteral("E1"));
    QVERIFY(store->saveRecordStates({state(QStringLiteral("SKU-1"), QString(), QStringLiteral("S2"))}));
    QCOMPARE(link(QStringLiteral("SKU-1")).erpId, QStringLiteral("E1"));
    QCOMPARE(link(QStringLiteral("SKU-1")).shopId, QStringLiteral("S2"));

    // A link saved on its own later is not hidden by the state's older id.
    QVERIFY(store->saveIdentityLinks(
        {{DataPointKind::Products, QStringLiteral("SKU-1"), QString(), QStringLiteral("S3")}}));
    QCOMPARE(link(QStringLiteral("SKU-1")).erpId, QStringLiteral("E1"));
    QCOMPARE(link(QStringLiteral("SKU-1")).shopId, QStringLiteral("S3"));
    QCOMPARE(store->recordStates(DataPointKind::Products)->value(QStringLiteral("SKU-1")).shopId, QStringLiteral("S3"));

    // A link stored on its own (as before the ids moved into the state) merges with a state's.
    QVERIFY(store->saveIdentityLinks(
        {{DataPointKind::Products, QStringLiteral("SKU-3"), QStringLiteral("E9"), QString()}}));
    QVERIFY(store->saveRecordStates({state(QStringLiteral("SKU-3"), QString(), QStringLiteral("S9"))}));
    QCOMPARE(link(QStringLiteral("SKU-3")),
        (IdentityLink{DataPointKind::Products, QStringLiteral("SKU-3"), QStringLiteral("E9"), QStringLiteral("S9")}));

    // A removed state takes its record's link with it into the identity map.
    QVERIFY(store->removeRecordStates(DataPointKind::Products, {QStringLiteral("SKU-1"), QStringLiteral("SKU-3")}));
    QVERIFY(!store->recordStates(DataPointKind::Products)->contains(QStringLiteral("SKU-1")));
    QCOMPARE(link(QStringLiteral("SKU-1")),
        (IdentityLink{DataPointKind::Products, QStringLiteral("SKU-1"), QStringLiteral("E1"), QStringLiteral("S3")}));
    QCOMPARE(link(QStringLiteral("SKU-3")),
        (IdentityLink{DataPointKind::Products, QStringLiteral("SKU-3"), QStringLiteral("E9"), QStringLiteral("S9")}));
    QCOMPARE(store->identityLinks(DataPointKind::Products)->size(), 2);
}

void TestStoreData::keysOfEveryLengthAndScriptRoundTrip()
{
    // Text parameters reuse one buffer per parameter from row to row: a short key after a long
    // one, and non-ASCII ones between, must come back exactly, in the 32-row statements too.
    auto store = openStore(m_dir->filePath(QStringLiteral("state.sqlite")));
    QVERIFY(store);
    QList<RecordState> states;
    QList<IdentityLink> links;
    for (int i = 0; i < 70; ++i) {
        QString key = QString(70 - i, QChar(u'a' + i % 26));
        if (i % 7 == 3)
            key += QStringLiteral("-Ærø-\u4e2d-\U0001F600");
        if (i == 40)
            key = QStringLiteral("x");
        states.append(RecordState{DataPointKind::Products, key, key.toUtf8(), {}, utc(2024, 1, 1, 0, 0), 0, {}, {}});
        links.append(IdentityLink{DataPointKind::Products, key, i % 2 ? QString() : key + u'é', QString::number(i)});
        // Saved with the state too, as runs save them (32 rows a statement, 8 columns a row).
        states.last().erpId = links.last().erpId;
        states.last().shopId = links.last().shopId;
    }
    QVERIFY(store->saveRecordStates(states));
    // The ids as the states' rows hold them, before links saved on their own could mend them.
    compareProductLinks(*store, links);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(store->saveIdentityLinks(links));
    auto loadedStates = store->recordStates(DataPointKind::Products);
    auto loadedLinks = store->identityLinks(DataPointKind::Products);
    QVERIFY(loadedStates && loadedLinks);
    QCOMPARE(loadedStates->size(), states.size());
    QCOMPARE(loadedLinks->size(), links.size());
    for (const RecordState &state : std::as_const(states))
        QCOMPARE(loadedStates->value(state.key), state);
    for (const IdentityLink &link : std::as_const(links))
        QCOMPARE(loadedLinks->value(link.key), link);
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
        QVERIFY(store->resolveFailures(DataPointKind::Products, {key}, 0));
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

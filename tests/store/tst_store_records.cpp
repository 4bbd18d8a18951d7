// The store per record: states (hashes, synced values, ids) and identity links, in every key
// order, length and script.
#include "storetesthelpers.h"

#include "store/sqlitestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Linkwright;
using namespace StoreTest;

class TestStoreRecords final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void recordStatesRoundTrip();
    void manyRecordStates();
    void recordHashesAndChosenStates();
    void identityLinksRoundTrip();
    void identityLinksRideInRecordStates();
    void keysOfEveryLengthAndScriptRoundTrip();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStoreRecords::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStoreRecords::recordStatesRoundTrip()
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

void TestStoreRecords::recordHashesAndChosenStates()
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

void TestStoreRecords::manyRecordStates()
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

void TestStoreRecords::identityLinksRoundTrip()
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

void TestStoreRecords::identityLinksRideInRecordStates()
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

void TestStoreRecords::keysOfEveryLengthAndScriptRoundTrip()
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

QTEST_GUILESS_MAIN(TestStoreRecords)
#include "tst_store_records.moc"

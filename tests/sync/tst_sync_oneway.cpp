// What a one-way run writes to the shop, and that the runs after it write only what changed.
#include "domain/json.h"
#include "onewaytesthelpers.h"
#include "syncfixture.h"
#include "testservers.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Linkwright;
using namespace Linkwright::Testing;

class TestSyncOneWay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void productsReachTheShopMapped();
    void secondRunWritesNothing();
    void fingerprintsOfAnOlderVersionStillMatch();
    void incrementalCarriesOnlyTheChange();
    void aRecordMadeAgainInTheShopIsLinkedAgain();
    void bigIncrementalKnowsEveryRecord();
    void offDataPointIsRefused();
    void pagesAskedAheadStopAtTheTotal();
    void aServerThatCapsItsPagesLosesNoRecord_data();
    void aServerThatCapsItsPagesLosesNoRecord();
};

void TestSyncOneWay::productsReachTheShopMapped()
{
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    auto report = fixture.runner().run(DataPointKind::Products);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->run.status, RunStatus::Succeeded);
    QCOMPARE(report->run.counts.fetched, 40);
    QCOMPARE(report->run.counts.created, 40);
    QCOMPARE(report->run.counts.failed, 0);

    const auto erp = fixture.records(SimulatorSystem::Erp, DataPointKind::Products);
    const auto shop = fixture.records(SimulatorSystem::Shop, DataPointKind::Products);
    QCOMPARE(shop.size(), 40);
    for (auto it = erp.cbegin(); it != erp.cend(); ++it) {
        const Value &source = it.value();
        QVERIFY2(shop.contains(it.key().trimmed().toUpper()), qPrintable(it.key()));
        const Value &target = shop.value(it.key().trimmed().toUpper());
        QCOMPARE(target.find("name")->text(), source.find("name")->text().trimmed());
        QCOMPARE(target.find("unit")->text(), source.find("unit")->text().toLower());
        QCOMPARE(target.find("category")->text(), source.find("category")->text());
        // Only what the mappings produce reaches the shop.
        QVERIFY(!target.find("listPrice"));
    }
    QVERIFY(fixture.sim().stats().duplicates().isEmpty());

    // The identity map links both ids of every product.
    auto links = fixture.store().identityLinks(DataPointKind::Products);
    QVERIFY(links);
    QCOMPARE(links->size(), 40);
    for (const IdentityLink &link : std::as_const(*links)) {
        QVERIFY(!link.erpId.isEmpty());
        QCOMPARE(link.shopId, shop.value(link.key).find("id")->text());
    }
}

void TestSyncOneWay::secondRunWritesNothing()
{
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.runner().run(DataPointKind::Products));
    fixture.sim().resetStats();
    for (bool full : {false, true}) {
        SyncOptions options;
        options.full = full;
        auto again = fixture.runner().run(DataPointKind::Products, options);
        QVERIFY(again);
        QCOMPARE(again->run.status, RunStatus::Succeeded);
        QCOMPARE(again->run.counts.created + again->run.counts.updated, 0);
        if (full)
            QCOMPARE(again->run.counts.unchanged, 40);
    }
    const auto stats = fixture.sim().stats();
    const auto shopProducts = stats.resource(SimulatorSystem::Shop, DataPointKind::Products);
    QCOMPARE(shopProducts.creates + shopProducts.updates + shopProducts.unchanged, 0);
}

void TestSyncOneWay::fingerprintsOfAnOlderVersionStillMatch()
{
    // Stores written before XXH3 hold BLAKE2b-160 fingerprints of the same bytes: an upgrade
    // must not write every record again, and must still see a record that did change.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.runner().run(DataPointKind::Products));
    auto states = fixture.store().recordStates(DataPointKind::Products);
    QVERIFY(states);
    QCOMPARE(states->size(), 40);
    QList<RecordState> older;
    for (RecordState state : std::as_const(*states)) {
        QCOMPARE(state.sourceHash.size(), 16);
        QByteArray bytes = state.values;
        if (state.key == u"LW-00007")
            bytes += ' '; // as if the shop had been given other values
        state.sourceHash = QCryptographicHash::hash(bytes, QCryptographicHash::Blake2b_160);
        older.append(state);
    }
    QVERIFY(fixture.store().saveRecordStates(older));
    fixture.sim().resetStats();

    SyncOptions options;
    options.full = true;
    auto again = fixture.runner().run(DataPointKind::Products, options);
    QVERIFY(again);
    QCOMPARE(again->run.status, RunStatus::Succeeded);
    // Only the record whose fingerprint differs is sent; the shop finds it unchanged.
    const auto shopProducts = fixture.sim().stats().resource(SimulatorSystem::Shop, DataPointKind::Products);
    QCOMPARE(shopProducts.creates + shopProducts.updates + shopProducts.unchanged, 1);
    QCOMPARE(again->run.counts.created + again->run.counts.updated, 0);
    QCOMPARE(again->run.counts.unchanged, 40);
    // The record sent carries the new fingerprint; the others keep theirs.
    auto after = fixture.store().recordStates(DataPointKind::Products);
    QVERIFY(after);
    QCOMPARE(after->value(QStringLiteral("LW-00007")).sourceHash.size(), 16);
    QCOMPARE(after->value(QStringLiteral("LW-00008")).sourceHash.size(), 20);
}

void TestSyncOneWay::incrementalCarriesOnlyTheChange()
{
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.runner().run(DataPointKind::Products));
    const auto before = fixture.records(SimulatorSystem::Shop, DataPointKind::Products);
    const QStringList changed{QStringLiteral("LW-00003"), QStringLiteral("LW-00017"), QStringLiteral("LW-00031")};
    QList<Value> edits;
    for (const QString &key : changed) {
        edits.append(Value::object(
            {{"sku", Value::string(key)}, {"name", Value::string(QStringLiteral("  Renamed ") + key + u' ')}}));
    }
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Products, edits));
    fixture.sim().resetStats();

    auto report = fixture.runner().run(DataPointKind::Products);
    QVERIFY(report);
    QCOMPARE(report->run.counts.updated, 3);
    QCOMPARE(report->run.counts.created, 0);
    // The changed records, and at most the one at the watermark's edge (it is inclusive).
    QVERIFY2(report->run.counts.fetched <= changed.size() + 1, qPrintable(QString::number(report->run.counts.fetched)));
    // Only the changed records were sent: three updates, nothing else touched in the shop.
    const auto stats = fixture.sim().stats().resource(SimulatorSystem::Shop, DataPointKind::Products);
    QCOMPARE(stats.updates, 3);
    QCOMPARE(stats.creates + stats.unchanged, 0);
    const auto after = fixture.records(SimulatorSystem::Shop, DataPointKind::Products);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (changed.contains(it.key())) {
            QCOMPARE(after.value(it.key()).find("name")->text(), QStringLiteral("Renamed ") + it.key());
        } else {
            QCOMPARE(Json::serialize(after.value(it.key())), Json::serialize(*it));
        }
    }
}

void TestSyncOneWay::aRecordMadeAgainInTheShopIsLinkedAgain()
{
    // Deleted in the shop by hand, then changed in the ERP: the update makes the product anew
    // (the shop upserts by SKU) under a new id, which the identity map must learn.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.runner().run(DataPointKind::Products));
    const QString key = QStringLiteral("LW-00005");
    const QString firstId = fixture.store().identityLinks(DataPointKind::Products)->value(key).shopId;
    QVERIFY(!firstId.isEmpty());
    QVERIFY(fixture.remove(SimulatorSystem::Shop, DataPointKind::Products, key));
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Products,
        QList<Value>{Value::object({{"sku", Value::string(key)}, {"name", Value::string(QStringLiteral("Again"))}})}));

    auto report = fixture.runner().run(DataPointKind::Products);
    QVERIFY(report);
    QCOMPARE(report->run.status, RunStatus::Succeeded);
    const QString madeAgain =
        fixture.records(SimulatorSystem::Shop, DataPointKind::Products).value(key).find("id")->text();
    QVERIFY(!madeAgain.isEmpty());
    QVERIFY(madeAgain != firstId);
    const IdentityLink link = fixture.store().identityLinks(DataPointKind::Products)->value(key);
    QCOMPARE(link.shopId, madeAgain);
    QVERIFY(!link.erpId.isEmpty());
}

void TestSyncOneWay::bigIncrementalKnowsEveryRecord()
{
    // An incremental run asks the store about each page's keys until so many were asked that it
    // loads them all: across that switch every changed record must still count as an update.
    SimulatorDataOptions data;
    data.products = 6200;
    SyncFixture fixture(data);
    QVERIFY(fixture.isValid());
    auto first = fixture.runner().run(DataPointKind::Products);
    QVERIFY(first);
    QCOMPARE(first->run.counts.created, 6200);
    // One product deleted in the ERP, and so in the shop by a full run: its identity link stays,
    // its state goes, and a new product made later under its SKU takes over nothing.
    const Value gone = fixture.records(SimulatorSystem::Erp, DataPointKind::Products).value(QStringLiteral("LW-06190"));
    QVERIFY(fixture.remove(SimulatorSystem::Erp, DataPointKind::Products, QStringLiteral("LW-06190")));
    fixture.dataPoint(DataPointKind::Products).deletes = true;
    SyncOptions full;
    full.full = true;
    auto deleting = fixture.runner().run(DataPointKind::Products, full);
    QVERIFY(deleting);
    QCOMPARE(deleting->run.counts.deleted, 1);
    fixture.dataPoint(DataPointKind::Products).deletes = false;
    // Every other record renamed; the rest changed only where no mapping reads: fetched again,
    // mapped the same, and so not sent, which the run can only tell from their stored hashes.
    QList<Value> edits;
    for (int i = 1; i <= 6000; ++i) {
        const QString key = QStringLiteral("LW-%1").arg(i, 5, 10, QLatin1Char('0'));
        edits.append(i % 2 ? Value::object({{"sku", Value::string(key)}, {"name", Value::string(u"Renamed " + key)}})
                           : Value::object({{"sku", Value::string(key)}, {"brand", Value::string(u"Other " + key)}}));
    }
    // One more record whose SKU the mappings make one of the others' (trimmed, upper-cased): met
    // after the run stopped looking up page by page, it must still not take that key over.
    edits.append(
        recordLike(fixture.records(SimulatorSystem::Erp, DataPointKind::Products).value(QStringLiteral("LW-06150")),
            {{"sku", Value::utf8("lw-06150")}, {"name", Value::utf8("Twin")}}));
    edits.append(recordLike(gone, {{"name", Value::utf8("Made again")}}));
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Products, edits));
    fixture.sim().resetStats();

    auto report = fixture.runner().run(DataPointKind::Products);
    QVERIFY(report);
    QCOMPARE(report->run.counts.failed, 1);
    QCOMPARE(fixture.failures().constFirst().key, QStringLiteral("LW-06150"));
    QVERIFY(fixture.records(SimulatorSystem::Shop, DataPointKind::Products)
                .value(QStringLiteral("LW-06150"))
                .find("name")
                ->text()
        != QStringLiteral("Twin"));
    QCOMPARE(report->run.counts.updated, 3000);
    QCOMPARE(report->run.counts.created, 1);
    QVERIFY2(report->run.counts.unchanged >= 3000, qPrintable(QString::number(report->run.counts.unchanged)));
    const auto stats = fixture.sim().stats().resource(SimulatorSystem::Shop, DataPointKind::Products);
    QCOMPARE(stats.updates, 3000);
    QCOMPARE(stats.creates, 1);
    QCOMPARE(stats.unchanged, 0);
    QCOMPARE(fixture.records(SimulatorSystem::Shop, DataPointKind::Products).size(), 6200);

    // And the next incremental run finds nothing new to write.
    auto again = fixture.runner().run(DataPointKind::Products);
    QVERIFY(again);
    QCOMPARE(again->run.counts.created + again->run.counts.updated, 0);
}

void TestSyncOneWay::offDataPointIsRefused()
{
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    fixture.dataPoint(DataPointKind::Stock).direction = Direction::Off;
    auto report = fixture.runner().run(DataPointKind::Stock);
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::InvalidArgument);
    QVERIFY(report.error().message.contains(QStringLiteral("stock")));
}

void TestSyncOneWay::pagesAskedAheadStopAtTheTotal()
{
    // The run asks for the next pages while it works on one; the page's total says where they
    // end, so the source is asked for exactly the pages it has.
    SimulatorDataOptions data;
    data.products = 250;
    SyncFixture fixture(data);
    QVERIFY(fixture.isValid());
    SyncOptions options;
    options.pageSize = 50;
    QVERIFY(fixture.project().erp.pagination.pagesAtOnce > 1);
    auto report = fixture.runner().run(DataPointKind::Products, options);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->run.status, RunStatus::Succeeded);
    QCOMPARE(report->run.counts.created, 250);
    const auto stats = fixture.sim().stats();
    QCOMPARE(stats.resource(SimulatorSystem::Erp, DataPointKind::Products).requests, 5);
    QCOMPARE(stats.resource(SimulatorSystem::Shop, DataPointKind::Products).creates, 250);
}

void TestSyncOneWay::aServerThatCapsItsPagesLosesNoRecord_data()
{
    QTest::addColumn<int>("pagesAtOnce");
    QTest::addColumn<bool>("total");
    QTest::newRow("three at once (the default)") << 3 << true;
    QTest::newRow("one at a time") << 1 << true;
    // Without a total only the pages tell the end; the first, short of the size asked for, is not.
    QTest::newRow("no total, three at once") << 3 << false;
    QTest::newRow("no total, one at a time") << 1 << false;
}

void TestSyncOneWay::aServerThatCapsItsPagesLosesNoRecord()
{
    QFETCH(int, pagesAtOnce);
    QFETCH(bool, total);
    // An ERP that sends at most 4 records a page whatever is asked: the pages asked for ahead on
    // the guess of full pages start at the wrong offsets, and must be dropped, not synced.
    static constexpr int Total = 23;
    FakeHttpServer erp([total](const SeenRequest &request) {
        const int start = request.query.queryItemValue(QStringLiteral("offset")).toInt();
        const int size = std::min(request.query.queryItemValue(QStringLiteral("limit")).toInt(), 4);
        QByteArray items;
        for (int i = start; i < std::min(Total, start + size); ++i) {
            const QByteArray n = QByteArray::number(i);
            items += QByteArray(items.isEmpty() ? "" : ",") + "{\"id\":" + n + ",\"sku\":\"cap-" + n
                + "\",\"name\":\"Capped " + n + "\",\"description\":\"\",\"category\":\"Tools\",\"unit\":\"PCS\","
                + "\"modifiedAt\":\"2026-11-01T10:00:00Z\"}";
        }
        const QByteArray count = total ? ",\"total\":" + QByteArray::number(Total) : QByteArray();
        return answer(200, "{\"items\":[" + items + "]" + count + "}");
    });
    QVERIFY(erp.listen());
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    fixture.project().erp.baseUrl = erp.url(QStringLiteral("/erp/"));
    fixture.project().erp.pagination.style = Pagination::Style::Offset;
    fixture.project().erp.pagination.pagesAtOnce = pagesAtOnce;
    fixture.rebuild();
    SyncOptions options;
    options.pageSize = 10;
    auto report = fixture.runner().run(DataPointKind::Products, options);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->run.status, RunStatus::Succeeded);
    QCOMPARE(report->run.counts.fetched, Total);
    QCOMPARE(report->run.counts.created, Total);
    QCOMPARE(report->run.counts.failed, 0);
    const auto shop = fixture.records(SimulatorSystem::Shop, DataPointKind::Products);
    QCOMPARE(shop.size(), Total);
    for (int i = 0; i < Total; ++i)
        QVERIFY2(shop.contains(QStringLiteral("CAP-%1").arg(i)), qPrintable(QString::number(i)));
    QCOMPARE(fixture.sim().stats().resource(SimulatorSystem::Shop, DataPointKind::Products).creates, Total);
    // Every offset the pages really start at was asked for.
    QSet<int> offsets;
    for (const SeenRequest &request : erp.requests())
        offsets.insert(request.query.queryItemValue(QStringLiteral("offset")).toInt());
    for (int offset = 0; offset < Total; offset += 4)
        QVERIFY2(offsets.contains(offset), qPrintable(QString::number(offset)));
    // One wrong guess, and the run stops guessing: the 6 pages it has, and at most one round of
    // pages asked for on a guess (not every page asked for twice); one at a time, no guess at all.
    if (pagesAtOnce == 1)
        QCOMPARE(erp.requests().size(), 6);
    else
        QVERIFY2(erp.requests().size() <= 6 + pagesAtOnce - 1, qPrintable(QString::number(erp.requests().size())));
}

QTEST_GUILESS_MAIN(TestSyncOneWay)
#include "tst_sync_oneway.moc"

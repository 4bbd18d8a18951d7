// A source that changes while its pages are read by offset: a record that moves to a later
// page comes twice and pushes another one onto a page already read; a record that goes pulls
// one back. Either way a record may be skipped, so the run keeps its watermark, deletes
// nothing, and says why; the next run reads the records again. And paging that goes round,
// which would fetch until the run is killed: it ends with a failure that says so.
#include "shiftingsource.h"
#include "syncfixture.h"
#include "testservers.h"

#include <QTest>

#include <optional>

using namespace Linkwright;
using namespace Linkwright::Testing;

class TestSyncShiftedReads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRecordMovingToALaterPageKeepsTheWatermark();
    void aRecordGoingWhileThePagesAreReadDeletesNothing();
    void pagesByCursorOnlyStopShortOfAMovedRecord();
    void aRowRepeatedOnItsPageIsNoShift();
    void aCursorLeadingBackEndsTheRun();
    void aPageLeadingToItselfEndsTheRun_data();
    void aPageLeadingToItselfEndsTheRun();
    void aServerIgnoringThePageEndsTheRun();
    void emptyPagesOnTheWayAreNoLoop();
    void aPlanCheckThatGoesRoundWritesNothing();
    void linksNewOnEveryAnswerGoingRoundEndTheRun();
    void emptyPagesWithoutEndEndTheRun();
    void stampsAsNumbersSayTheWatermarkCannotMove();
};

namespace {

SimulatorDataOptions small()
{
    SimulatorDataOptions data;
    data.products = 30;
    data.customers = 4;
    data.orders = 4;
    return data;
}

} // namespace

void TestSyncShiftedReads::aRecordMovingToALaterPageKeepsTheWatermark()
{
    // An ERP that sorts by modification time: once the first page is out, b is edited and goes
    // to the end, so d moves onto the first page, which was read already.
    const Shelf shelf;
    const auto &[a, b, c, d, e, f, edited] = shelf;
    ShiftingErp erp;
    erp.before = {a, b, c, d, e, f};
    erp.after = {a, c, d, e, f, edited};
    QVERIFY(erp.server.listen());
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    readFrom(fixture, erp.server, Pagination::Style::Offset, 1);
    SyncOptions options;
    options.pageSize = 3;

    auto report = fixture.runner().run(DataPointKind::Products, options);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    // b came again: not a duplicate key (the same id), so not a failure, and one record.
    QCOMPARE(report->run.counts.fetched, 5);
    QCOMPARE(report->run.counts.failed, 0);
    QCOMPARE(report->run.counts.created, 5);
    QVERIFY2(
        report->run.message.contains(QStringLiteral("came again on a later page")), qPrintable(report->run.message));
    QVERIFY2(fixture.store().watermark(DataPointKind::Products, Side::Erp)->isEmpty(), "the watermark moved past d");
    QVERIFY(!fixture.records(SimulatorSystem::Shop, DataPointKind::Products).contains(QStringLiteral("SHIFT-D")));

    // The next run reads from the old watermark: d arrives, and b as edited.
    auto next = fixture.runner().run(DataPointKind::Products, options);
    QVERIFY(next);
    QCOMPARE(next->run.status, RunStatus::Succeeded);
    QVERIFY2(next->run.message.isEmpty(), qPrintable(next->run.message));
    const auto shop = fixture.records(SimulatorSystem::Shop, DataPointKind::Products);
    QVERIFY(shop.contains(QStringLiteral("SHIFT-D")));
    QCOMPARE(shop.value(QStringLiteral("SHIFT-B")).find("name")->text(), QStringLiteral("B edited"));
    QVERIFY(!fixture.store().watermark(DataPointKind::Products, Side::Erp)->isEmpty());
}

void TestSyncShiftedReads::aRecordGoingWhileThePagesAreReadDeletesNothing()
{
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    fixture.dataPoint(DataPointKind::Products).deletes = true;
    SyncOptions full;
    full.full = true;
    full.pageSize = 6;
    QVERIFY(fixture.runner().run(DataPointKind::Products, full));
    const QString watermark = *fixture.store().watermark(DataPointKind::Products, Side::Erp);
    QVERIFY(!watermark.isEmpty());

    // LW-00002 goes once the first page is read: the records behind it move up one place, and
    // the one that moves onto a page already read is not seen by this run.
    bool gone = false;
    fixture.runner().setProgressCallback([&](const SyncProgress &progress) {
        if (gone || progress.phase != SyncPhase::Fetching || progress.fetched == 0)
            return;
        gone = true;
        QVERIFY(fixture.sim()
                    .store()
                    .collection(SimulatorSystem::Erp, DataPointKind::Products)
                    .remove(QStringLiteral("LW-00002")));
    });
    auto report = fixture.runner().run(DataPointKind::Products, full);
    fixture.runner().setProgressCallback({});
    QVERIFY(report);
    QVERIFY(gone);
    QCOMPARE(report->run.counts.deleted, 0);
    QVERIFY2(report->run.message.contains(QStringLiteral("total fell from 30 to 29"))
            && report->run.message.contains(QStringLiteral("nothing was deleted")),
        qPrintable(report->run.message));
    QCOMPARE(fixture.records(SimulatorSystem::Shop, DataPointKind::Products).size(), 30);
    QCOMPARE(*fixture.store().watermark(DataPointKind::Products, Side::Erp), watermark);

    // Read again undisturbed, the record that went is deleted, and only that one.
    auto again = fixture.runner().run(DataPointKind::Products, full);
    QVERIFY(again);
    QCOMPARE(again->run.counts.deleted, 1);
    const auto shop = fixture.records(SimulatorSystem::Shop, DataPointKind::Products);
    QCOMPARE(shop.size(), 29);
    QVERIFY(!shop.contains(QStringLiteral("LW-00002")));
}

void TestSyncShiftedReads::pagesByCursorOnlyStopShortOfAMovedRecord()
{
    // Pages that continue after the last record's stamp skip nothing when b is edited mid-run:
    // b comes again at the end. This run keeps b as it came first; the watermark stops at the
    // edited b's stamp, so the next run takes it (and nothing else is read again).
    const Shelf shelf;
    const auto &[a, b, c, d, e, f, edited] = shelf;
    const QList<std::pair<QByteArray, QByteArray>> before{
        {"00", a}, {"01", b}, {"02", c}, {"03", d}, {"04", e}, {"05", f}};
    const QList<std::pair<QByteArray, QByteArray>> after{
        {"00", a}, {"02", c}, {"03", d}, {"04", e}, {"05", f}, {"06", edited}};
    int served = 0;
    FakeHttpServer erp([&](const SeenRequest &request) {
        const auto &list = served++ == 0 ? before : after;
        const QByteArray since =
            request.query.queryItemValue(QStringLiteral("modifiedSince")).right(3).left(2).toLatin1();
        const QByteArray cursor = request.query.queryItemValue(QStringLiteral("cursor")).toLatin1();
        QByteArray items;
        QByteArray last;
        int taken = 0;
        for (const auto &[stamp, record] : list) {
            if ((!cursor.isEmpty() && stamp <= cursor) || (!since.isEmpty() && stamp < since) || taken == 3)
                continue;
            items += QByteArray(items.isEmpty() ? "" : ",") + record;
            last = stamp;
            ++taken;
        }
        const QByteArray next = taken == 3 ? ",\"nextCursor\":\"" + last + "\"" : QByteArray();
        return answer(200, "{\"items\":[" + items + "]" + next + "}");
    });
    QVERIFY(erp.listen());
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    readFrom(fixture, erp, Pagination::Style::Cursor);
    SyncOptions options;
    options.pageSize = 3;

    auto report = fixture.runner().run(DataPointKind::Products, options);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->run.status, RunStatus::Succeeded);
    QCOMPARE(report->run.counts.fetched, 6);
    QCOMPARE(report->run.counts.created, 6);
    QCOMPARE(report->run.counts.failed, 0);
    QCOMPARE(*fixture.store().watermark(DataPointKind::Products, Side::Erp), QStringLiteral("2026-11-01T10:00:06Z"));

    auto next = fixture.runner().run(DataPointKind::Products, options);
    QVERIFY(next);
    QCOMPARE(next->run.counts.fetched, 1);
    QCOMPARE(next->run.counts.updated, 1);
    QCOMPARE(fixture.records(SimulatorSystem::Shop, DataPointKind::Products)
                 .value(QStringLiteral("SHIFT-B"))
                 .find("name")
                 ->text(),
        QStringLiteral("B edited"));
}

void TestSyncShiftedReads::aRowRepeatedOnItsPageIsNoShift()
{
    // A source whose query repeats a row on the same page (a join, say) moved nothing: the
    // repeat is logged as the key coming twice, and the watermark moves as usual.
    const QByteArray a = shiftProduct('a', 1, "A", "2026-11-01T10:00:00Z");
    const QByteArray b = shiftProduct('b', 2, "B", "2026-11-01T10:00:01Z");
    FakeHttpServer erp(
        [&](const SeenRequest &) { return answer(200, "{\"items\":[" + a + "," + a + "," + b + "],\"total\":3}"); });
    QVERIFY(erp.listen());
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    readFrom(fixture, erp, Pagination::Style::Offset);
    SyncOptions options;
    options.pageSize = 10;
    auto report = fixture.runner().run(DataPointKind::Products, options);
    QVERIFY(report);
    QCOMPARE(report->run.counts.created, 2);
    QCOMPARE(report->run.counts.failed, 1);
    QVERIFY2(!report->run.message.contains(QStringLiteral("changed while")), qPrintable(report->run.message));
    QCOMPARE(*fixture.store().watermark(DataPointKind::Products, Side::Erp), QStringLiteral("2026-11-01T10:00:01Z"));
}

namespace {

/// handler, but a 404 after 100 requests: without the guard under test a run would page for
/// ever, and the test should fail, not hang.
FakeHttpServer::Handler atMost100(FakeHttpServer::Handler handler)
{
    return [handler = std::move(handler), served = 0](
               const SeenRequest &request) mutable { return ++served > 100 ? answer(404, "{}") : handler(request); };
}

/// Runs products against erp and checks that the run ended, synced created records, logged
/// why the paging stopped and kept its watermark.
void expectPagingWentRound(SyncFixture &fixture, int created, const QString &why)
{
    SyncOptions options;
    options.pageSize = 3;
    options.full = true;
    auto report = fixture.runner().run(DataPointKind::Products, options);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QVERIFY(report->run.status != RunStatus::Succeeded);
    QCOMPARE(report->run.counts.created, created);
    FailureFilter fetches;
    fetches.step = FailureStep::Fetch;
    const QList<Failure> failed = fixture.failures(fetches);
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.constFirst().message.contains(why), qPrintable(failed.constFirst().message));
    QVERIFY(fixture.store().watermark(DataPointKind::Products, Side::Erp)->isEmpty());
}

} // namespace

void TestSyncShiftedReads::aCursorLeadingBackEndsTheRun()
{
    // First page, then x, then y, whose cursor leads back to x.
    const Shelf shelf;
    FakeHttpServer erp(atMost100([&](const SeenRequest &request) {
        const QString cursor = request.query.queryItemValue(QStringLiteral("cursor"));
        if (cursor.isEmpty())
            return answer(200, "{\"items\":[" + shelf.a + "," + shelf.b + "],\"nextCursor\":\"x\"}");
        if (cursor == QStringLiteral("x"))
            return answer(200, "{\"items\":[" + shelf.c + "],\"nextCursor\":\"y\"}");
        return answer(200, "{\"items\":[" + shelf.d + "],\"nextCursor\":\"x\"}");
    }));
    QVERIFY(erp.listen());
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    readFrom(fixture, erp, Pagination::Style::Cursor);
    expectPagingWentRound(fixture, 4, QStringLiteral("read before"));
}

void TestSyncShiftedReads::aPageLeadingToItselfEndsTheRun_data()
{
    QTest::addColumn<Pagination::Style>("style");
    QTest::newRow("cursor") << Pagination::Style::Cursor;
    QTest::newRow("Link header") << Pagination::Style::Link;
    QTest::newRow("OData nextLink") << Pagination::Style::OData;
}

void TestSyncShiftedReads::aPageLeadingToItselfEndsTheRun()
{
    // The second page names itself as the next one. That was taken as the last page: the run
    // succeeded without the records behind it, and a full run with deletions deleted them.
    QFETCH(Pagination::Style, style);
    const Shelf shelf;
    FakeHttpServer erp(atMost100([&](const SeenRequest &request) {
        const bool second = !request.query.queryItemValue(QStringLiteral("cursor")).isEmpty();
        const QByteArray items = second ? shelf.c : shelf.a + "," + shelf.b;
        const QByteArray next = "/erp/products?cursor=x";
        switch (style) {
        case Pagination::Style::Cursor:
            return answer(200, "{\"items\":[" + items + "],\"nextCursor\":\"x\"}");
        case Pagination::Style::Link:
            return answer(200, "[" + items + "]", {{"Link", "<" + next + ">; rel=\"next\""}});
        default:
            return answer(200, "{\"value\":[" + items + "],\"@odata.nextLink\":\"" + next + "\"}");
        }
    }));
    QVERIFY(erp.listen());
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    readFrom(fixture, erp, style);
    expectPagingWentRound(fixture, 3, QStringLiteral("read before"));
}

void TestSyncShiftedReads::aServerIgnoringThePageEndsTheRun()
{
    // Full pages without a total, the same ones whichever page is asked for.
    const Shelf shelf;
    FakeHttpServer erp(atMost100([&](const SeenRequest &) {
        return answer(200, "{\"items\":[" + shelf.a + "," + shelf.b + "," + shelf.c + "]}");
    }));
    QVERIFY(erp.listen());
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    readFrom(fixture, erp, Pagination::Style::Page);
    expectPagingWentRound(fixture, 3, QStringLiteral("ignore the page"));
}

void TestSyncShiftedReads::emptyPagesOnTheWayAreNoLoop()
{
    // A source that filters after paging: two empty pages in a row, each linking to the next,
    // are the same body but no loop.
    const Shelf shelf;
    FakeHttpServer erp([&](const SeenRequest &request) {
        const int at = request.query.queryItemValue(QStringLiteral("at")).toInt();
        const QByteArray items = at == 0 ? shelf.a : at == 3 ? shelf.b : QByteArray();
        QList<QPair<QByteArray, QByteArray>> headers;
        if (at < 3)
            headers.append({"Link", "<products?at=" + QByteArray::number(at + 1) + ">; rel=\"next\""});
        return answer(200, "[" + items + "]", headers);
    });
    QVERIFY(erp.listen());
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    readFrom(fixture, erp, Pagination::Style::Link);
    SyncOptions options;
    options.full = true;
    auto report = fixture.runner().run(DataPointKind::Products, options);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QVERIFY2(report->run.status == RunStatus::Succeeded, qPrintable(report->run.message));
    QCOMPARE(report->run.counts.created, 2);
}

void TestSyncShiftedReads::aPlanCheckThatGoesRoundWritesNothing()
{
    // Applying a two-way plan first reads what changed on the side it writes to since the plan
    // was made. That read paged in a loop of its own, without the guard a run has: an ERP whose
    // cursor led back was read until something else gave up.
    bool looping = false;
    int served = 0;
    int posts = 0;
    const auto customer = [](const char *number, int id) -> QByteArray {
        return "{\"id\":" + QByteArray::number(id) + ",\"customerNumber\":\"" + number
            + "\",\"name\":\"Holm\",\"phone\":\"+45 10\",\"modifiedAt\":\"2026-11-01T10:00:00Z\"}";
    };
    FakeHttpServer erp(atMost100([&](const SeenRequest &request) {
        if (request.method == "POST") {
            ++posts;
            return answer(200, "{}");
        }
        ++served;
        const QString cursor = request.query.queryItemValue(QStringLiteral("cursor"));
        if (cursor.isEmpty())
            return answer(200, "{\"items\":[" + customer("C-1", 1) + "],\"nextCursor\":\"x\"}");
        if (cursor == QStringLiteral("x"))
            return answer(
                200, "{\"items\":[" + customer("C-2", 2) + "]" + (looping ? ",\"nextCursor\":\"y\"" : "") + "}");
        return answer(200, "{\"items\":[" + customer("C-3", 3) + "],\"nextCursor\":\"x\"}"); // y leads back
    }));
    QVERIFY(erp.listen());
    SimulatorDataOptions data = small();
    data.customers = 0;
    SyncFixture fixture(data);
    QVERIFY(fixture.isValid());
    readFrom(fixture, erp, Pagination::Style::Cursor);
    DataPointConfig &customers = fixture.dataPoint(DataPointKind::Customers);
    QCOMPARE(customers.direction, Direction::Both);
    customers.mappings = {{QStringLiteral("customerNumber"), {QStringLiteral("customerNumber")}, {}, true},
        {QStringLiteral("name"), {QStringLiteral("name")}, {}, false},
        {QStringLiteral("phone"), {QStringLiteral("phone")}, {}, false}};
    QVERIFY(fixture.runner().run(DataPointKind::Customers));
    QVERIFY(fixture.records(SimulatorSystem::Shop, DataPointKind::Customers).contains(QStringLiteral("C-1")));
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers,
        {Value::object({{"customerNumber", Value::utf8("C-1")}, {"phone", Value::utf8("+45 99")}})}));
    SyncOptions dry;
    dry.dryRun = true;
    auto plan = fixture.runner().run(DataPointKind::Customers, dry);
    QVERIFY(plan);
    QVERIFY(plan->planId > 0);

    looping = true;
    served = 0;
    posts = 0;
    auto applied = fixture.runner().applyPlan(plan->planId, {});
    const QString message = applied ? applied->run.message : applied.error().toString();
    QVERIFY2(message.contains(QStringLiteral("read before")),
        qPrintable(message + QStringLiteral(" served %1 posts %2").arg(served).arg(posts)));
    QVERIFY2(served < 10, qPrintable(QString::number(served)));
    QCOMPARE(posts, 0);
}

void TestSyncShiftedReads::linksNewOnEveryAnswerGoingRoundEndTheRun()
{
    // Pages 1, 2, 3, then 1 again, each next link with a counter of the server's: no cursor
    // repeats, so the run paged for ever (a tester's run: 2,700 requests in two minutes, none
    // of them a write).
    const Shelf shelf;
    int counter = 0;
    FakeHttpServer erp(atMost100([&](const SeenRequest &request) {
        const int page = std::max(1, request.query.queryItemValue(QStringLiteral("page")).toInt());
        const QByteArray items = page == 1 ? shelf.a + "," + shelf.b
            : page == 2                    ? shelf.c + "," + shelf.d
                                           : shelf.e + "," + shelf.f;
        const QByteArray next = "</erp/products?page=" + QByteArray::number(page % 3 + 1)
            + "&_ts=" + QByteArray::number(++counter) + ">; rel=\"next\"";
        return answer(200, "[" + items + "]", {{"Link", next}});
    }));
    QVERIFY(erp.listen());
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    readFrom(fixture, erp, Pagination::Style::Link);
    expectPagingWentRound(fixture, 6, QStringLiteral("records of a page read before"));
}

void TestSyncShiftedReads::emptyPagesWithoutEndEndTheRun()
{
    // Empty pages that each say there is more, under a new cursor every time.
    const Shelf shelf;
    int served = 0;
    FakeHttpServer erp([&](const SeenRequest &request) {
        if (++served > 5000)
            return answer(404, "{}");
        if (request.query.queryItemValue(QStringLiteral("cursor")).isEmpty())
            return answer(200, "{\"items\":[" + shelf.a + "],\"nextCursor\":\"c0\"}");
        return answer(200, "{\"items\":[],\"has_more\":true,\"nextCursor\":\"c" + QByteArray::number(served) + "\"}");
    });
    QVERIFY(erp.listen());
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    readFrom(fixture, erp, Pagination::Style::Cursor);
    expectPagingWentRound(fixture, 1, QStringLiteral("empty pages in a row"));
    QVERIFY(served < 1100);
}

void TestSyncShiftedReads::stampsAsNumbersSayTheWatermarkCannotMove()
{
    // Epoch numbers in modifiedAt never moved the watermark, and nothing said why every run
    // read the whole source.
    FakeHttpServer erp([](const SeenRequest &) {
        return answer(200,
            R"({"items":[{"id":1,"sku":"num-a","name":"A","description":"","category":"Tools",)"
            R"("unit":"PCS","modifiedAt":1764583200}]})");
    });
    QVERIFY(erp.listen());
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    readFrom(fixture, erp, Pagination::Style::Cursor);
    auto report = fixture.runner().run(DataPointKind::Products);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->run.status, RunStatus::Succeeded);
    QCOMPARE(report->run.counts.created, 1);
    QVERIFY2(
        report->run.message.contains(QStringLiteral("\"modifiedAt\" as a number")), qPrintable(report->run.message));
    QVERIFY(fixture.store().watermark(DataPointKind::Products, Side::Erp)->isEmpty());
}

QTEST_GUILESS_MAIN(TestSyncShiftedReads)
#include "tst_sync_shiftedreads.moc"

// Paging against servers that bend the rules: page sizes capped below what was asked, a page
// sent again whatever is asked, pages past the end refused, next links that are no clean URL.
#include "connectors/clock.h"
#include "connectors/httptransport.h"
#include "connectors/rest/restconnector.h"
#include "resttesthelpers.h"
#include "secrets/secretresolver.h"
#include "testservers.h"

#include <QTest>

using namespace Linkwright;
using namespace Linkwright::Testing;

namespace {

/// count numbered records by page or offset, at most cap a page whatever is asked, and no total:
/// a server that caps the page size.
FakeReply serveCapped(Pagination::Style style, int count, int cap, const SeenRequest &request, int pastTheEnd = 200)
{
    const bool paged = style == Pagination::Style::Page;
    const int size = std::min(
        cap, request.query.queryItemValue(paged ? QStringLiteral("pageSize") : QStringLiteral("limit")).toInt());
    const int start = paged ? (request.query.queryItemValue(QStringLiteral("page")).toInt() - 1) * size
                            : request.query.queryItemValue(QStringLiteral("offset")).toInt();
    QByteArray items;
    for (int i = start; i < std::min(count, start + size); ++i)
        items += (items.isEmpty() ? "" : ",") + QByteArray("{\"id\":") + QByteArray::number(i) + '}';
    // Some servers refuse a page past the end ("Invalid page.") rather than send it empty.
    if (items.isEmpty() && pastTheEnd != 200)
        return answer(pastTheEnd, "{\"detail\":\"Invalid page.\"}");
    return answer(200, "{\"items\":[" + items + "]}");
}

} // namespace

class TestRestPagingEdges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void serverCappingThePageSizeIsReadToTheEnd_data();
    void serverCappingThePageSizeIsReadToTheEnd();
    void aRepeatedDamagedPageEndsPagingOnce();
    void nextLinkWithUnencodedCharactersIsFollowed();
    void unusableNextLinkFailsThePage_data();
    void unusableNextLinkFailsThePage();
    void aShortFirstPageShortOfTheTotalIsNoEnd_data();
    void aShortFirstPageShortOfTheTotalIsNoEnd();
    void pagesEndingShortOfTheTotalFail();
    void aTotalBelowTheRecordsSentIsNoEnd_data();
    void aTotalBelowTheRecordsSentIsNoEnd();
    void aNullListIsAnEmptyPage_data();
    void aNullListIsAnEmptyPage();
    void aPageSaysHowFarTheServersClockIsOff();
    void anEmptyCursorPageSayingMoreIsFollowed();
    void aSuccessThatSaysItFailedFailsThePage_data();
    void aSuccessThatSaysItFailedFailsThePage();
    void aByteOrderMarkBeforeThePageIsRead();
    void aDeclaredCharsetIsRead();

private:
    [[nodiscard]] std::unique_ptr<RestConnector> connector(const Endpoint &endpoint);

    std::shared_ptr<VirtualClock> m_clock;
    std::unique_ptr<HttpTransport> m_transport;
    EnvironmentSecretResolver m_secrets{{{QStringLiteral("LW_TEST_TOKEN"), Token}}};
};

void TestRestPagingEdges::init()
{
    m_clock = std::make_shared<VirtualClock>();
    m_transport = std::make_unique<HttpTransport>(HttpTransport::Options{}, nullptr, m_clock);
}

void TestRestPagingEdges::cleanup()
{
    m_transport.reset();
}

std::unique_ptr<RestConnector> TestRestPagingEdges::connector(const Endpoint &endpoint)
{
    return std::make_unique<RestConnector>(endpoint, m_secrets, *m_transport);
}

void TestRestPagingEdges::serverCappingThePageSizeIsReadToTheEnd_data()
{
    QTest::addColumn<Pagination::Style>("style");
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("pastTheEnd");
    // Asked for 500, sent 100: the first page teaches the real size, the first shorter one ends.
    QTest::newRow("page, capped") << Pagination::Style::Page << 100 << 250 << 3 << 200;
    QTest::newRow("offset, capped") << Pagination::Style::Offset << 100 << 250 << 3 << 200;
    QTest::newRow("page, capped, a multiple") << Pagination::Style::Page << 100 << 300 << 4 << 200;
    // The usual case costs nothing more: the size asked for is honoured and the last page is short.
    QTest::newRow("page, honoured") << Pagination::Style::Page << 1000 << 1200 << 3 << 200;
    QTest::newRow("offset, honoured") << Pagination::Style::Offset << 1000 << 1200 << 3 << 200;
    // Everything on one short first page: one more request tells a cap from the end, and a
    // server that refuses the page past its end has said the same.
    QTest::newRow("page, one short page") << Pagination::Style::Page << 1000 << 30 << 2 << 200;
    QTest::newRow("page, one short page, 404 past the end") << Pagination::Style::Page << 1000 << 30 << 2 << 404;
    QTest::newRow("offset, one short page, 400 past the end") << Pagination::Style::Offset << 1000 << 30 << 2 << 400;
}

void TestRestPagingEdges::serverCappingThePageSizeIsReadToTheEnd()
{
    QFETCH(Pagination::Style, style);
    QFETCH(int, cap);
    QFETCH(int, count);
    QFETCH(int, requests);
    QFETCH(int, pastTheEnd);
    FakeHttpServer server([style, cap, count, pastTheEnd](const SeenRequest &request) {
        return serveCapped(style, count, cap, request, pastTheEnd);
    });
    QVERIFY(server.listen());
    Endpoint endpoint = endpointAt(server.url(QStringLiteral("/api")), style);
    endpoint.resources.insert(QStringLiteral("products"), QStringLiteral("items"));
    const auto all = fetchAll(*connector(endpoint), DataPointKind::Products, {{}, {}, 500});
    QVERIFY2(all.has_value(), all ? "" : qPrintable(all.error().error.toString()));
    const QStringList ids = skus(*all);
    QCOMPARE(ids.size(), count);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), count);
    QCOMPARE(server.requests().size(), requests);
    if (count < cap) {
        // Nor is a page guessed behind the one that tells: it is most likely empty.
        auto rest = connector(endpoint);
        auto first = rest->fetchPage(DataPointKind::Products, {{}, {}, 500});
        QVERIFY(first && !first->nextCursor.isEmpty());
        QVERIFY(!rest->expectedNextCursor(DataPointKind::Products, {first->nextCursor, {}, 500}, std::nullopt));
    }
}

void TestRestPagingEdges::aRepeatedDamagedPageEndsPagingOnce()
{
    // A server that ignores the page asked for and sends the same short list, one record of it
    // not UTF-8: the second page is the first again and ends paging, its damage not read twice.
    QByteArray items = "{\"id\":\"broken \xff\"}";
    for (int i = 0; i < 29; ++i)
        items += ",{\"id\":" + QByteArray::number(i) + '}';
    FakeHttpServer server([&items](const SeenRequest &) { return answer(200, "{\"items\":[" + items + "]}"); });
    QVERIFY(server.listen());
    Endpoint endpoint = endpointAt(server.url(QStringLiteral("/api")), Pagination::Style::Page);
    endpoint.resources.insert(QStringLiteral("products"), QStringLiteral("items"));
    auto rest = connector(endpoint);
    auto first = rest->fetchPage(DataPointKind::Products, {{}, {}, 100});
    QVERIFY2(first, first ? "" : qPrintable(first.error().error.toString()));
    QCOMPARE(first->records.size(), 29);
    QCOMPARE(first->unreadable.size(), 1);
    QVERIFY(!first->nextCursor.isEmpty());
    auto second = rest->fetchPage(DataPointKind::Products, {first->nextCursor, {}, 100});
    QVERIFY2(second, second ? "" : qPrintable(second.error().error.toString()));
    QVERIFY(second->records.isEmpty());
    QVERIFY(second->unreadable.isEmpty());
    QVERIFY(second->nextCursor.isEmpty());
}

void TestRestPagingEdges::nextLinkWithUnencodedCharactersIsFollowed()
{
    FakeHttpServer server([](const SeenRequest &request) {
        if (request.query.hasQueryItem(QStringLiteral("q")))
            return answer(200, "{\"items\":[{\"id\":2}]}");
        return answer(200, "{\"items\":[{\"id\":1}]}", {{"Link", "</api/items?page=2&q=a b|c{d}\"e\">; rel=\"next\""}});
    });
    QVERIFY(server.listen());
    Endpoint endpoint = endpointAt(server.url(QStringLiteral("/api/")), Pagination::Style::Link);
    endpoint.resources.insert(QStringLiteral("products"), QStringLiteral("items"));
    int pages = 0;
    const auto all = fetchAll(*connector(endpoint), DataPointKind::Products, {}, &pages);
    QVERIFY2(all.has_value(), all ? "" : qPrintable(all.error().error.toString()));
    QCOMPARE(skus(*all), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(pages, 2);
    QCOMPARE(server.requests().at(1).query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded),
        QStringLiteral("a b|c{d}\"e\""));
}

void TestRestPagingEdges::unusableNextLinkFailsThePage_data()
{
    QTest::addColumn<Pagination::Style>("style");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("link");
    QTest::addColumn<QString>("named");
    QTest::addColumn<QString>("shown");
    const QByteArray records = "\"items\":[{\"id\":1}]";
    const QByteArray broken = "http://127.0.0.1:99999999/api/items?page=2";
    QTest::newRow("link") << Pagination::Style::Link << "{" + records + "}"
                          << "<" + broken + ">; rel=\"next\"" << QStringLiteral("Link") << QString::fromLatin1(broken);
    QTest::newRow("odata") << Pagination::Style::OData << "{" + records + ",\"@odata.nextLink\":\"" + broken + "\"}"
                           << QByteArray() << QStringLiteral("@odata.nextLink") << QString::fromLatin1(broken);
    QTest::newRow("odata, not a string") << Pagination::Style::OData
                                         << "{" + records + ",\"@odata.nextLink\":{\"page\":2}}" << QByteArray()
                                         << QStringLiteral("@odata.nextLink") << QStringLiteral("{\"page\":2}");
}

void TestRestPagingEdges::unusableNextLinkFailsThePage()
{
    QFETCH(Pagination::Style, style);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, link);
    QFETCH(QString, named);
    QFETCH(QString, shown);
    FakeHttpServer server([body, link](const SeenRequest &) {
        return link.isEmpty() ? answer(200, body) : answer(200, body, {{"Link", link}});
    });
    QVERIFY(server.listen());
    Endpoint endpoint = endpointAt(server.url(QStringLiteral("/api/")), style);
    endpoint.resources.insert(QStringLiteral("products"), QStringLiteral("items"));
    // Taken for the end, the run would stop after this page and report success.
    const auto page = connector(endpoint)->fetchPage(DataPointKind::Products, {});
    QVERIFY(!page.has_value());
    const Error &error = page.error().error;
    QCOMPARE(error.code, ErrorCode::InvalidResponse);
    QCOMPARE(page.error().failureClass, FailureClass::Permanent);
    QCOMPARE(page.error().attempts, 1);
    QVERIFY2(error.message.contains(named), qPrintable(error.message));
    QVERIFY2(error.message.contains(shown), qPrintable(error.message));
    QVERIFY(!error.hint.isEmpty());
}

void TestRestPagingEdges::aShortFirstPageShortOfTheTotalIsNoEnd_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("404") << 404;
    QTest::newRow("400") << 400;
    QTest::newRow("416") << 416;
}

void TestRestPagingEdges::aShortFirstPageShortOfTheTotalIsNoEnd()
{
    // A server that caps its pages at 10 and says it has 25, whose second page fails: the 404
    // was taken for "past the end", as after a short first page without a total it may be, and
    // the run synced 10 records and reported success.
    QFETCH(int, status);
    FakeHttpServer server([status](const SeenRequest &request) {
        if (request.query.queryItemValue(QStringLiteral("page")) != QStringLiteral("1"))
            return answer(status, "{\"error\":\"database connection pool exhausted\"}");
        QByteArray items;
        for (int i = 0; i < 10; ++i)
            items += (items.isEmpty() ? "" : ",") + QByteArray("{\"id\":") + QByteArray::number(i) + '}';
        return answer(200, "{\"items\":[" + items + "],\"total\":25}");
    });
    QVERIFY(server.listen());
    Endpoint endpoint = endpointAt(server.url(QStringLiteral("/api")), Pagination::Style::Page);
    endpoint.resources.insert(QStringLiteral("products"), QStringLiteral("items"));
    const auto all = fetchAll(*connector(endpoint), DataPointKind::Products, {{}, {}, 500});
    QVERIFY(!all.has_value());
    QCOMPARE(all.error().httpStatus, status);
}

void TestRestPagingEdges::pagesEndingShortOfTheTotalFail()
{
    // A server that counts its pages from 0 while the endpoint says 1: the first ten of its 25
    // records were never asked for, and the run reported success with 15.
    FakeHttpServer server([](const SeenRequest &request) {
        const int page = request.query.queryItemValue(QStringLiteral("page")).toInt();
        QByteArray items;
        for (int i = page * 10; i < std::min(25, page * 10 + 10); ++i)
            items += (items.isEmpty() ? "" : ",") + QByteArray("{\"id\":") + QByteArray::number(i) + '}';
        return answer(200, "{\"items\":[" + items + "],\"total\":25}");
    });
    QVERIFY(server.listen());
    Endpoint endpoint = endpointAt(server.url(QStringLiteral("/api")), Pagination::Style::Page);
    endpoint.resources.insert(QStringLiteral("products"), QStringLiteral("items"));
    const auto all = fetchAll(*connector(endpoint), DataPointKind::Products, {{}, {}, 10});
    QVERIFY(!all.has_value());
    QVERIFY2(all.error().error.message.contains(
                 QStringLiteral("ended after 15 records, one page short of the 25 the server says it has")),
        qPrintable(all.error().error.message));
    QVERIFY2(all.error().error.hint.contains(QStringLiteral("firstPage")), qPrintable(all.error().error.hint));

    // A total that counts records the list hides (drafts) is no error: only the page that
    // was never asked for is.
    FakeHttpServer drafts([](const SeenRequest &request) {
        const int page = request.query.queryItemValue(QStringLiteral("page")).toInt();
        QByteArray items;
        for (int i = (page - 1) * 10; i < std::min(25, page * 10); ++i)
            items += (items.isEmpty() ? "" : ",") + QByteArray("{\"id\":") + QByteArray::number(i) + '}';
        return answer(200, "{\"items\":[" + items + "],\"total\":28}");
    });
    QVERIFY(drafts.listen());
    Endpoint hiding = endpointAt(drafts.url(QStringLiteral("/api")), Pagination::Style::Page);
    hiding.resources.insert(QStringLiteral("products"), QStringLiteral("items"));
    const auto listed = fetchAll(*connector(hiding), DataPointKind::Products, {{}, {}, 10});
    QVERIFY2(listed.has_value(), listed ? "" : qPrintable(listed.error().error.toString()));
    QCOMPARE(listed->size(), 25);

    // Read from a watermark, a total may count every record, not the changed ones.
    const auto changed =
        fetchAll(*connector(endpoint), DataPointKind::Products, {{}, QStringLiteral("2026-01-01"), 10});
    QVERIFY2(changed.has_value(), changed ? "" : qPrintable(changed.error().error.toString()));
    QCOMPARE(changed->size(), 15);
}

void TestRestPagingEdges::aTotalBelowTheRecordsSentIsNoEnd_data()
{
    QTest::addColumn<Pagination::Style>("style");
    QTest::addColumn<int>("total");
    QTest::newRow("page, total below the second page") << Pagination::Style::Page << 17;
    QTest::newRow("page, total below the first page") << Pagination::Style::Page << 3;
    QTest::newRow("offset, total below the second page") << Pagination::Style::Offset << 17;
}

void TestRestPagingEdges::aTotalBelowTheRecordsSentIsNoEnd()
{
    // A server whose total says fewer records than it has already sent (a stale count): the
    // paging stopped at the total, the run succeeded without the records behind it, and a
    // full run with deletions deleted them in the target.
    QFETCH(Pagination::Style, style);
    QFETCH(int, total);
    FakeHttpServer server([&](const SeenRequest &request) {
        const bool paged = style == Pagination::Style::Page;
        const int start = paged ? (request.query.queryItemValue(QStringLiteral("page")).toInt() - 1) * 10
                                : request.query.queryItemValue(QStringLiteral("offset")).toInt();
        QByteArray items;
        for (int i = start; i < std::min(25, start + 10); ++i)
            items += (items.isEmpty() ? "" : ",") + QByteArray("{\"id\":") + QByteArray::number(i) + '}';
        return answer(200, "{\"items\":[" + items + "],\"total\":" + QByteArray::number(total) + "}");
    });
    QVERIFY(server.listen());
    Endpoint endpoint = endpointAt(server.url(QStringLiteral("/api")), style);
    endpoint.resources.insert(QStringLiteral("products"), QStringLiteral("items"));
    const auto all = fetchAll(*connector(endpoint), DataPointKind::Products, {{}, {}, 10});
    QVERIFY2(all.has_value(), all ? "" : qPrintable(all.error().error.toString()));
    QCOMPARE(all->size(), 25);
}

void TestRestPagingEdges::aNullListIsAnEmptyPage_data()
{
    QTest::addColumn<QString>("itemsPath");
    QTest::addColumn<QByteArray>("listName");
    QTest::newRow("items") << QString() << QByteArray("items");
    QTest::newRow("data") << QString() << QByteArray("data");
    QTest::newRow("itemsPath") << QStringLiteral("result.products") << QByteArray("products");
}

void TestRestPagingEdges::aNullListIsAnEmptyPage()
{
    // Go writes an empty list as null: the page past the last ("items": null) failed every
    // run, and a source with nothing to send could not be read at all.
    QFETCH(QString, itemsPath);
    QFETCH(QByteArray, listName);
    FakeHttpServer server([&](const SeenRequest &request) {
        const int page = request.query.queryItemValue(QStringLiteral("page")).toInt();
        QByteArray items;
        for (int i = (page - 1) * 10; i < std::min(20, page * 10); ++i)
            items += (items.isEmpty() ? "" : ",") + QByteArray("{\"id\":") + QByteArray::number(i) + '}';
        const QByteArray list =
            "{\"" + listName + "\":" + (items.isEmpty() ? QByteArray("null") : "[" + items + "]") + "}";
        return answer(200, itemsPath.isEmpty() ? list : "{\"result\":" + list + "}");
    });
    QVERIFY(server.listen());
    Endpoint endpoint = endpointAt(server.url(QStringLiteral("/api")), Pagination::Style::Page);
    endpoint.pagination.itemsPath = itemsPath;
    const auto all = fetchAll(*connector(endpoint), DataPointKind::Products, {{}, {}, 10});
    QVERIFY2(all.has_value(), all ? "" : qPrintable(all.error().error.toString()));
    QCOMPARE(all->size(), 20);
}

void TestRestPagingEdges::aPageSaysHowFarTheServersClockIsOff()
{
    // The records' stamps are the server's time; its Date header says how far its clock is from
    // this machine's, so that the watermark can stay behind the server's start of the run.
    QByteArray date =
        QLocale::c().toString(QDateTime::currentDateTimeUtc().addSecs(-60), u"ddd, dd MMM yyyy hh:mm:ss").toLatin1()
        + " GMT";
    FakeHttpServer server([&](const SeenRequest &) { return answer(200, "{\"items\":[]}", {{"Date", date}}); });
    QVERIFY(server.listen());
    Endpoint endpoint = endpointAt(server.url(QStringLiteral("/api")), Pagination::Style::Page);
    auto page = connector(endpoint)->fetchPage(DataPointKind::Products, {});
    QVERIFY2(page.has_value(), page ? "" : qPrintable(page.error().error.toString()));
    QVERIFY(page->serverClockAheadMs.has_value());
    QVERIFY2(*page->serverClockAheadMs <= -59'000 && *page->serverClockAheadMs > -65'000,
        qPrintable(QString::number(*page->serverClockAheadMs)));
    date = "not a date";
    page = connector(endpoint)->fetchPage(DataPointKind::Products, {});
    QVERIFY(page.has_value());
    QVERIFY(!page->serverClockAheadMs.has_value());
}

void TestRestPagingEdges::anEmptyCursorPageSayingMoreIsFollowed()
{
    // A source that filters a page after cutting it sends it empty, with more behind it: the
    // empty page ended the paging, and 5 records never came.
    FakeHttpServer server([](const SeenRequest &request) {
        const QString cursor = request.query.queryItemValue(QStringLiteral("cursor"));
        if (cursor.isEmpty())
            return answer(200, "{\"data\":[{\"id\":1},{\"id\":2}],\"has_more\":true,\"next_cursor\":\"c1\"}");
        if (cursor == QStringLiteral("c1"))
            return answer(200, "{\"data\":[],\"has_more\":true,\"next_cursor\":\"c2\"}");
        if (cursor == QStringLiteral("c2"))
            return answer(200, "{\"data\":[{\"id\":3}],\"has_more\":false,\"next_cursor\":\"c3\"}");
        return answer(200, "{\"data\":[]}");
    });
    QVERIFY(server.listen());
    Endpoint endpoint = endpointAt(server.url(QStringLiteral("/api")), Pagination::Style::Cursor);
    endpoint.resources.insert(QStringLiteral("products"), QStringLiteral("items"));
    const auto all = fetchAll(*connector(endpoint), DataPointKind::Products, {});
    QVERIFY2(all.has_value(), all ? "" : qPrintable(all.error().error.toString()));
    QCOMPARE(skus(*all), (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    // An empty page without "has_more" still ends it, as before.
    QCOMPARE(server.requests().size(), 4);
}

void TestRestPagingEdges::aSuccessThatSaysItFailedFailsThePage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("said");
    QTest::newRow("success false") << QByteArray(R"({"success":false,"error":"API key expired","data":[]})")
                                   << QStringLiteral("API key expired");
    QTest::newRow("ok false, message") << QByteArray(R"({"ok":false,"message":"quota used up","items":[]})")
                                       << QStringLiteral("quota used up");
    QTest::newRow("ok false, records") << QByteArray(R"({"ok":false,"items":[{"id":1}]})")
                                       << QStringLiteral("\"ok\": false");
    QTest::newRow("errors, no records") << QByteArray(R"({"items":[],"errors":[{"message":"Unauthorized"}]})")
                                        << QStringLiteral("Unauthorized");
    QTest::newRow("error object, no list")
        << QByteArray(R"({"error":{"code":401,"message":"token revoked"}})") << QStringLiteral("token revoked");
    // Records beside an empty or null error are a page like any other.
    QTest::newRow("errors empty") << QByteArray(R"({"items":[{"id":1}],"errors":[]})") << QString();
    QTest::newRow("error null") << QByteArray(R"({"items":[{"id":1}],"error":null,"success":true})") << QString();
    QTest::newRow("error beside records") << QByteArray(R"({"items":[{"id":1}],"error":"partial"})") << QString();
    QTest::newRow("error 0, no records") << QByteArray(R"({"items":[],"error":0,"errors":[]})") << QString();
}

void TestRestPagingEdges::aSuccessThatSaysItFailedFailsThePage()
{
    // Read as an empty page, it ended the paging and the run reported success, every run.
    QFETCH(QByteArray, body);
    QFETCH(QString, said);
    FakeHttpServer server([body](const SeenRequest &) { return answer(200, body); });
    QVERIFY(server.listen());
    Endpoint endpoint = endpointAt(server.url(QStringLiteral("/api")), Pagination::Style::Cursor);
    endpoint.resources.insert(QStringLiteral("products"), QStringLiteral("items"));
    const auto page = connector(endpoint)->fetchPage(DataPointKind::Products, {});
    if (said.isEmpty()) {
        QVERIFY2(page.has_value(), page ? "" : qPrintable(page.error().error.toString()));
        QCOMPARE(page->records.size(), body.count("\"id\""));
        return;
    }
    QVERIFY(!page.has_value());
    QVERIFY2(page.error().error.message.contains(QStringLiteral("says the request failed: ") + said),
        qPrintable(page.error().error.message));
    QVERIFY(!page.error().error.hint.isEmpty());
}

void TestRestPagingEdges::aByteOrderMarkBeforeThePageIsRead()
{
    // Servers on Windows (IIS, .NET) start their JSON with a byte order mark: every page of
    // such a server failed as "not valid JSON", five attempts each.
    FakeHttpServer server([](const SeenRequest &) { return answer(200, "\xEF\xBB\xBF{\"items\":[{\"id\":7}]}"); });
    QVERIFY(server.listen());
    Endpoint endpoint = endpointAt(server.url(QStringLiteral("/api")), Pagination::Style::Cursor);
    endpoint.resources.insert(QStringLiteral("products"), QStringLiteral("items"));
    const auto page = connector(endpoint)->fetchPage(DataPointKind::Products, {});
    QVERIFY2(page.has_value(), page ? "" : qPrintable(page.error().error.toString()));
    QCOMPARE(skus(page->records), QStringList{QStringLiteral("7")});
    QCOMPARE(server.requests().size(), 1);
}

void TestRestPagingEdges::aDeclaredCharsetIsRead()
{
    // An older ERP answering in ISO-8859-1, as its Content-Type says: every record with an
    // umlaut failed as "not valid UTF-8, correct it in the source".
    QByteArray charset = "ISO-8859-1";
    FakeHttpServer server([&charset](const SeenRequest &) {
        return answer(200,
            "{\"items\":[{\"id\":1,\"name\":\"M\xfcller Stra\xdf"
            "e\"}]}",
            {{"Content-Type", "application/json; charset=\"" + charset + "\""}});
    });
    QVERIFY(server.listen());
    Endpoint endpoint = endpointAt(server.url(QStringLiteral("/api")), Pagination::Style::Cursor);
    endpoint.resources.insert(QStringLiteral("products"), QStringLiteral("items"));
    const auto page = connector(endpoint)->fetchPage(DataPointKind::Products, {});
    QVERIFY2(page.has_value(), page ? "" : qPrintable(page.error().error.toString()));
    QCOMPARE(page->records.size(), 1);
    QCOMPARE(page->records.constFirst().find("name")->text(), QStringLiteral("Müller Straße"));

    // One it cannot read says so, once: asking again would not make it readable.
    charset = "x-no-such-charset";
    const auto unknown = connector(endpoint)->fetchPage(DataPointKind::Products, {});
    QVERIFY(!unknown.has_value());
    QVERIFY2(unknown.error().error.message.contains(QStringLiteral("\"x-no-such-charset\"")),
        qPrintable(unknown.error().error.message));
    QCOMPARE(unknown.error().failureClass, FailureClass::Permanent);
}

QTEST_GUILESS_MAIN(TestRestPagingEdges)
#include "tst_restpagingedges.moc"

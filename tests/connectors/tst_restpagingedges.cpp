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

QTEST_GUILESS_MAIN(TestRestPagingEdges)
#include "tst_restpagingedges.moc"

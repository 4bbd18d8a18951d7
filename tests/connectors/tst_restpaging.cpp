// Pagination styles against the simulator and small fake servers.
#include "connectors/clock.h"
#include "connectors/httptransport.h"
#include "connectors/rest/restconnector.h"
#include "resttesthelpers.h"
#include "secrets/redactor.h"
#include "secrets/secretresolver.h"
#include "simulatorserver.h"
#include "testservers.h"

#include <QTest>

using namespace Linkwright;
using namespace Linkwright::Testing;

namespace {

/// 23 numbered records served by offset, cursor or OData paging, capped at 5 per page.
FakeReply servePaged(Pagination::Style style, const SeenRequest &request)
{
    constexpr int Total = 23;
    int start = 0;
    int size = 5;
    if (style == Pagination::Style::Offset) {
        start = request.query.queryItemValue(QStringLiteral("offset")).toInt();
        size = std::min(request.query.queryItemValue(QStringLiteral("limit")).toInt(), 5);
    } else if (style == Pagination::Style::Cursor) {
        // The cursor must arrive exactly as the server sent it, its '+' percent-encoded.
        const QString cursor = request.query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
        if (!cursor.isEmpty() && (!cursor.endsWith(u"+/") || !request.rawQuery.contains("%2B%2F")))
            return answer(400, "{\"error\":\"cursor mangled\"}");
        start = cursor.isEmpty() ? 0 : QByteArray::fromBase64(cursor.chopped(2).toLatin1()).mid(3).toInt();
    } else {
        start = request.query.queryItemValue(QStringLiteral("$skip")).toInt();
    }
    QByteArray items;
    for (int i = start; i < std::min(Total, start + size); ++i)
        items += (items.isEmpty() ? "" : ",") + QByteArray("{\"id\":") + QByteArray::number(i) + '}';
    const bool more = start + size < Total;
    switch (style) {
    case Pagination::Style::Offset:
        return answer(200, "{\"data\":{\"rows\":[" + items + "]},\"meta\":{\"total\":23}}");
    case Pagination::Style::Cursor: {
        // An opaque cursor with '+', '/' and '=' in it, as base64 cursors have.
        const QByteArray position = "at:" + QByteArray::number(start + size);
        const QByteArray cursor = more ? QByteArray('"' + position.toBase64() + "+/\"") : QByteArray("null");
        return answer(200, "{\"data\":[" + items + "],\"next_cursor\":" + cursor + "}");
    }
    default: {
        const QByteArray next = more
            ? QByteArray(",\"@odata.nextLink\":\"items?$skip=" + QByteArray::number(start + size) + "\"")
            : QByteArray();
        return answer(200, "{\"@odata.count\":23,\"value\":[" + items + "]" + next + "}");
    }
    }
}

} // namespace

class TestRestPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void pageAndLinkStylesAgainstTheSimulator_data();
    void pageAndLinkStylesAgainstTheSimulator();
    void modifiedSinceFetchesOnlyNewerRecords();
    void offsetCursorAndODataStyles_data();
    void offsetCursorAndODataStyles();
    void recordsAtTheConfiguredPathOrARootArray();
    void nextLinkToAnotherOriginIsRefused();
    void truncatedPageIsRetried();
    void malformedPageKeepsTheRawBody();
    void severalPagesInFlight();
    void expectedNextCursorIsTheOneThePageNames_data();
    void expectedNextCursorIsTheOneThePageNames();
    void expectedNextCursorMissesWhenTheServerCapsThePage();
    void onlyTheAnswerKnowsTheNextCursorOrLink_data();
    void onlyTheAnswerKnowsTheNextCursorOrLink();

private:
    [[nodiscard]] std::unique_ptr<RestConnector> connector(const Endpoint &endpoint);

    std::unique_ptr<SimulatorServer> m_sim;
    std::shared_ptr<VirtualClock> m_clock;
    std::unique_ptr<HttpTransport> m_transport;
    EnvironmentSecretResolver m_secrets{{{QStringLiteral("LW_TEST_TOKEN"), Token}}};
};

void TestRestPaging::init()
{
    m_sim = Testing::startSimulator(25, 3, 3);
    QVERIFY(m_sim);
    m_clock = std::make_shared<VirtualClock>();
    m_transport = std::make_unique<HttpTransport>(HttpTransport::Options{}, nullptr, m_clock);
}

void TestRestPaging::cleanup()
{
    m_transport.reset();
    m_sim.reset();
}

std::unique_ptr<RestConnector> TestRestPaging::connector(const Endpoint &endpoint)
{
    return std::make_unique<RestConnector>(endpoint, m_secrets, *m_transport);
}

void TestRestPaging::pageAndLinkStylesAgainstTheSimulator_data()
{
    QTest::addColumn<Pagination::Style>("style");
    QTest::newRow("page") << Pagination::Style::Page;
    QTest::newRow("link") << Pagination::Style::Link;
}

void TestRestPaging::pageAndLinkStylesAgainstTheSimulator()
{
    QFETCH(Pagination::Style, style);
    auto rest = connector(endpointAt(m_sim->erpUrl(), style));
    int pages = 0;
    const auto all = fetchAll(*rest, DataPointKind::Products, {{}, {}, 7}, &pages);
    QVERIFY2(all.has_value(), all ? "" : qPrintable(all.error().error.toString()));
    QCOMPARE(all->size(), 25);
    QCOMPARE(pages, 4);
    const QStringList keys = skus(*all);
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), 25);
    const auto first = rest->fetchPage(DataPointKind::Products, {{}, {}, 7});
    QCOMPARE(first->total, std::optional<qint64>(25));
}

void TestRestPaging::modifiedSinceFetchesOnlyNewerRecords()
{
    qint64 now = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    m_sim->store().setClock([&now] { return now; });
    auto rest = connector(endpointAt(m_sim->shopUrl()));
    QVERIFY(rest->write(DataPointKind::Products, records(2, "OLD-")).has_value());
    now += 2 * 3600 * 1000;
    QVERIFY(rest->write(DataPointKind::Products, records(3, "NEW-")).has_value());

    // 01:30 UTC written with an offset: the '+' must reach the server as a '+'.
    const auto newer = fetchAll(*rest, DataPointKind::Products, {{}, QStringLiteral("2030-01-01T02:30:00+01:00"), 100});
    QVERIFY2(newer.has_value(), newer ? "" : qPrintable(newer.error().error.toString()));
    QCOMPARE(skus(*newer), (QStringList{QStringLiteral("NEW-0"), QStringLiteral("NEW-1"), QStringLiteral("NEW-2")}));
    QCOMPARE(fetchAll(*rest, DataPointKind::Products, {})->size(), 5);
}

void TestRestPaging::offsetCursorAndODataStyles_data()
{
    QTest::addColumn<Pagination::Style>("style");
    QTest::newRow("offset") << Pagination::Style::Offset;
    QTest::newRow("cursor") << Pagination::Style::Cursor;
    QTest::newRow("odata") << Pagination::Style::OData;
}

void TestRestPaging::offsetCursorAndODataStyles()
{
    QFETCH(Pagination::Style, style);
    FakeHttpServer server([style](const SeenRequest &request) { return servePaged(style, request); });
    QVERIFY(server.listen());
    Endpoint endpoint = endpointAt(server.url(QStringLiteral("/api")), style);
    endpoint.resources.insert(QStringLiteral("products"), QStringLiteral("items"));
    if (style == Pagination::Style::Offset) {
        endpoint.pagination.itemsPath = QStringLiteral("data.rows");
        endpoint.pagination.totalPath = QStringLiteral("meta.total");
    }
    auto rest = connector(endpoint);
    // The server sends 5 a page whatever is asked: the end is found by the total or the cursor.
    const auto all = fetchAll(*rest, DataPointKind::Products, {{}, QStringLiteral("2026-01-01T00:00:00+02:00"), 10});
    QVERIFY2(all.has_value(), all ? "" : qPrintable(all.error().error.toString()));
    QCOMPARE(all->size(), 23);
    QCOMPARE(all->last().find("id")->text(), QStringLiteral("22"));
    QCOMPARE(server.requests().size(), 5);
    for (const SeenRequest &request : server.requests())
        QCOMPARE(request.path, QStringLiteral("/api/items"));
    const SeenRequest &first = server.requests().constFirst();
    if (style == Pagination::Style::OData) {
        QCOMPARE(first.header("Prefer"), QByteArray("odata.maxpagesize=10"));
        QCOMPARE(first.query.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded),
            QStringLiteral("modifiedAt ge 2026-01-01T00:00:00+02:00"));
    } else {
        QCOMPARE(first.query.queryItemValue(QStringLiteral("modifiedSince"), QUrl::FullyDecoded),
            QStringLiteral("2026-01-01T00:00:00+02:00"));
    }
    QVERIFY2(first.rawQuery.contains("%2B02:00"), first.rawQuery.constData());
}

void TestRestPaging::recordsAtTheConfiguredPathOrARootArray()
{
    FakeHttpServer server([](const SeenRequest &request) {
        if (request.path.endsWith(u"root"))
            return answer(200, "[{\"id\":1},{\"id\":2}]");
        return answer(200, "{\"results\":[{\"id\":1}]}");
    });
    QVERIFY(server.listen());
    Endpoint endpoint = endpointAt(server.url(QStringLiteral("/")));
    endpoint.resources.insert(QStringLiteral("products"), QStringLiteral("root"));
    auto rest = connector(endpoint);
    // The server ignores the paging parameters: the second page repeats the first and ends paging.
    int pages = 0;
    const auto root = fetchAll(*rest, DataPointKind::Products, {}, &pages);
    QVERIFY(root.has_value());
    QCOMPARE(root->size(), 2);
    QCOMPARE(pages, 2);

    const auto missing = rest->fetchPage(DataPointKind::Prices, {});
    QVERIFY(!missing.has_value());
    QCOMPARE(missing.error().error.code, ErrorCode::InvalidResponse);
    QCOMPARE(missing.error().failureClass, FailureClass::Permanent);
    QVERIFY(missing.error().error.hint.contains(u"itemsPath"));

    endpoint.pagination.itemsPath = QStringLiteral("results");
    QCOMPARE(connector(endpoint)->fetchPage(DataPointKind::Prices, {})->records.size(), 1);
}

void TestRestPaging::nextLinkToAnotherOriginIsRefused()
{
    FakeHttpServer server([](const SeenRequest &) {
        return answer(
            200, "{\"items\":[{\"id\":1}]}", {{"Link", "<http://203.0.113.9/api/products?page=2>; rel=\"next\""}});
    });
    QVERIFY(server.listen());
    Endpoint endpoint = endpointAt(server.url(QStringLiteral("/api/")), Pagination::Style::Link);
    endpoint.auth = {AuthType::Bearer, {}, {}, {SecretRef::Source::Environment, QStringLiteral("LW_TEST_TOKEN")}};
    const auto page = connector(endpoint)->fetchPage(DataPointKind::Products, {});
    QVERIFY(!page.has_value());
    QCOMPARE(page.error().error.code, ErrorCode::Redirect);
    QCOMPARE(page.error().failureClass, FailureClass::Permanent);
    QVERIFY2(page.error().error.message.contains(u"203.0.113.9"), qPrintable(page.error().error.message));
    QCOMPARE(page.error().attempts, 1);
}

void TestRestPaging::truncatedPageIsRetried()
{
    FaultConfig faults;
    faults.rate = 1;
    faults.kinds = {FaultKind::Truncated};
    m_sim->setFaults(faults);
    m_clock->setOnSchedule([this](qint64) { m_sim->setFaults({}); });
    const auto page = connector(endpointAt(m_sim->erpUrl()))->fetchPage(DataPointKind::Products, {});
    QVERIFY2(page.has_value(), page ? "" : qPrintable(page.error().error.toString()));
    QCOMPARE(page->attempts, 2);
    QCOMPARE(page->records.size(), 25);
}

void TestRestPaging::malformedPageKeepsTheRawBody()
{
    FaultConfig faults;
    faults.rate = 1;
    faults.kinds = {FaultKind::Malformed};
    m_sim->setFaults(faults);
    const auto page = connector(endpointAt(m_sim->erpUrl()))->fetchPage(DataPointKind::Customers, {});
    QVERIFY(!page.has_value());
    QCOMPARE(page.error().error.code, ErrorCode::InvalidResponse);
    QCOMPARE(page.error().failureClass, FailureClass::Transient);
    QCOMPARE(page.error().attempts, 5);
    QVERIFY2(page.error().error.message.contains(u"not valid JSON"), qPrintable(page.error().error.message));
    QVERIFY(page.error().rawBody.contains("<html>"));
}

void TestRestPaging::severalPagesInFlight()
{
    auto rest = connector(endpointAt(m_sim->erpUrl()));
    QList<RestConnector::PendingFetch> pending;
    for (int page = 1; page <= 5; ++page) {
        auto started =
            rest->startFetch(DataPointKind::Products, {QStringLiteral("%1:%2").arg(page).arg((page - 1) * 5), {}, 5});
        QVERIFY(started.has_value());
        pending.append(*started);
    }
    QStringList all;
    for (const auto &each : std::as_const(pending)) {
        const auto page = rest->finishFetch(each);
        QVERIFY(page.has_value());
        all += skus(page->records);
    }
    QCOMPARE(all.size(), 25);
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), 25);
}

void TestRestPaging::expectedNextCursorIsTheOneThePageNames_data()
{
    QTest::addColumn<Pagination::Style>("style");
    QTest::newRow("page") << Pagination::Style::Page;
    QTest::newRow("offset") << Pagination::Style::Offset;
}

void TestRestPaging::expectedNextCursorIsTheOneThePageNames()
{
    QFETCH(Pagination::Style, style);
    // The simulator for page style (25 products), the fake for offset style (23 records, at most
    // 5 a page: asking for 5 fills every page but the last).
    std::unique_ptr<FakeHttpServer> server;
    Endpoint endpoint = endpointAt(m_sim->erpUrl(), style);
    if (style == Pagination::Style::Offset) {
        server = std::make_unique<FakeHttpServer>(
            [style](const SeenRequest &request) { return servePaged(style, request); });
        QVERIFY(server->listen());
        endpoint = endpointAt(server->url(QStringLiteral("/api")), style);
        endpoint.resources.insert(QStringLiteral("products"), QStringLiteral("items"));
        endpoint.pagination.itemsPath = QStringLiteral("data.rows");
        endpoint.pagination.totalPath = QStringLiteral("meta.total");
    }
    auto rest = connector(endpoint);
    PageRequest request{{}, {}, 5};
    std::optional<qint64> total;
    int pages = 0;
    while (true) {
        // Guessed before the answer, with what the pages before it told.
        const auto guessed = rest->expectedNextCursor(DataPointKind::Products, request, total);
        auto page = rest->fetchPage(DataPointKind::Products, request);
        QVERIFY2(page.has_value(), page ? "" : qPrintable(page.error().error.toString()));
        ++pages;
        QVERIFY(page->total.has_value());
        total = page->total;
        if (page->nextCursor.isEmpty()) {
            // The last page: with the total known, nothing after it is guessed.
            QCOMPARE(rest->expectedNextCursor(DataPointKind::Products, request, total), std::nullopt);
            break;
        }
        QCOMPARE(guessed, std::optional<QString>(page->nextCursor));
        request.cursor = page->nextCursor;
        QVERIFY(pages < 10);
    }
    QCOMPARE(pages, 5);
}

void TestRestPaging::expectedNextCursorMissesWhenTheServerCapsThePage()
{
    FakeHttpServer server([](const SeenRequest &request) { return servePaged(Pagination::Style::Offset, request); });
    QVERIFY(server.listen());
    Endpoint endpoint = endpointAt(server.url(QStringLiteral("/api")), Pagination::Style::Offset);
    endpoint.resources.insert(QStringLiteral("products"), QStringLiteral("items"));
    endpoint.pagination.itemsPath = QStringLiteral("data.rows");
    endpoint.pagination.totalPath = QStringLiteral("meta.total");
    auto rest = connector(endpoint);
    // Asked for 10, the server sends 5: the guess assumes a full page and is wrong, which is what
    // a run compares before it takes a page asked for on a guess.
    const PageRequest request{{}, {}, 10};
    const auto guessed = rest->expectedNextCursor(DataPointKind::Products, request, std::nullopt);
    QCOMPARE(guessed, std::optional<QString>(QStringLiteral("10")));
    auto page = rest->fetchPage(DataPointKind::Products, request);
    QVERIFY(page.has_value());
    QCOMPARE(page->records.size(), 5);
    QCOMPARE(page->nextCursor.section(u':', 0, 0), QStringLiteral("5"));
}

void TestRestPaging::onlyTheAnswerKnowsTheNextCursorOrLink_data()
{
    QTest::addColumn<Pagination::Style>("style");
    QTest::newRow("cursor") << Pagination::Style::Cursor;
    QTest::newRow("link") << Pagination::Style::Link;
    QTest::newRow("odata") << Pagination::Style::OData;
}

void TestRestPaging::onlyTheAnswerKnowsTheNextCursorOrLink()
{
    QFETCH(Pagination::Style, style);
    auto rest = connector(endpointAt(m_sim->erpUrl(), style));
    QCOMPARE(rest->expectedNextCursor(DataPointKind::Products, {{}, {}, 5}, std::nullopt), std::nullopt);
    QCOMPARE(rest->expectedNextCursor(DataPointKind::Products, {QStringLiteral("abc"), {}, 5}, 1000), std::nullopt);
}

QTEST_GUILESS_MAIN(TestRestPaging)
#include "tst_restpaging.moc"

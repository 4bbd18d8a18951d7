#include "connectors/clock.h"
#include "connectors/httpresponseparser.h"
#include "connectors/linkheader.h"
#include "connectors/ratelimiter.h"
#include "connectors/retrypolicy.h"

#include <QTest>

using namespace Linkwright;

class TestHttpParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linkHeaderWithSeveralLinksAndQuotedParameters();
    void linkHeaderResolvesRelativeTargets();
    void linkHeaderSurvivesGarbage_data();
    void linkHeaderSurvivesGarbage();
    void linkHeaderReadsUnencodedTargetsTolerantly();
    void retryAfterSecondsAndDates();
    void backoffIsFullJitterUnderTheCap();
    void rateLimiterSpacesRequestsAndHolds();
    void transientStatuses();
    void parserReadsContentLengthFedByteByByte();
    void parserReadsChunkedBodiesWithTrailers();
    void parserSkipsInterimAnswers();
    void parserReadsUntilClose();
    void parserRefusesMalformedAnswers_data();
    void parserRefusesMalformedAnswers();
    void parserDetectsTruncation();
    void parserDecidesKeepAlive();
};

void TestHttpParsing::linkHeaderWithSeveralLinksAndQuotedParameters()
{
    const QUrl base(QStringLiteral("https://shop.example.com/api/products?page=1"));
    const QByteArray header = "<https://shop.example.com/api/products?page=1>; rel=\"prev first\", "
                              "<https://shop.example.com/api/products?page=3&a=b,c>; title=\"a, b; c\"; rel=\"next\","
                              "<https://shop.example.com/api/products?page=9>; rel=last";
    const auto links = Http::parseLinkHeader(header, base);
    QCOMPARE(links.size(), 3);
    QCOMPARE(links.at(0).relations, (QStringList{QStringLiteral("prev"), QStringLiteral("first")}));
    QCOMPARE(links.at(1).target.toString(), QStringLiteral("https://shop.example.com/api/products?page=3&a=b,c"));
    QCOMPARE(links.at(1).parameters.at(0), qMakePair(QStringLiteral("title"), QStringLiteral("a, b; c")));
    QCOMPARE(links.at(2).relations, QStringList{QStringLiteral("last")});
    QCOMPARE(Http::findLink({header}, u"NEXT", base)->query(), QStringLiteral("page=3&a=b,c"));
    QVERIFY(!Http::findLink({header}, u"previous", base));
    // Several Link headers: the second holds "next".
    QCOMPARE(Http::findLink({"<a>; rel=prev", "<b?x=1>; rel=next"}, u"next", base)->toString(),
        QStringLiteral("https://shop.example.com/api/b?x=1"));
}

void TestHttpParsing::linkHeaderResolvesRelativeTargets()
{
    const QUrl base(QStringLiteral("http://127.0.0.1:8080/erp/products?page=1&pageSize=2"));
    QCOMPARE(Http::findLink({"</erp/products?page=2&pageSize=2>; rel=\"next\""}, u"next", base)->toString(),
        QStringLiteral("http://127.0.0.1:8080/erp/products?page=2&pageSize=2"));
    QCOMPARE(Http::findLink({"<?page=2>; rel=next"}, u"next", base)->toString(),
        QStringLiteral("http://127.0.0.1:8080/erp/products?page=2"));
}

void TestHttpParsing::linkHeaderSurvivesGarbage_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no brackets") << QByteArray("https://a/; rel=next");
    QTest::newRow("unclosed bracket") << QByteArray("<https://a/; rel=next");
    QTest::newRow("unclosed quote") << QByteArray("<https://a/>; rel=\"next");
    QTest::newRow("separators only") << QByteArray(";;;,,,<>;=;\"\\");
    QTest::newRow("long") << QByteArray(100000, '<');
}

void TestHttpParsing::linkHeaderSurvivesGarbage()
{
    QFETCH(QByteArray, header);
    const auto links = Http::parseLinkHeader(header, QUrl(QStringLiteral("https://a/")));
    // A next link is usable, or says what it was.
    for (const WebLink &link : links)
        QVERIFY(!link.relations.contains(QStringLiteral("next")) || link.target.isValid() || !link.reference.isEmpty());
}

void TestHttpParsing::linkHeaderReadsUnencodedTargetsTolerantly()
{
    const QUrl base(QStringLiteral("http://127.0.0.1:8080/api/items?page=1"));
    const auto next = Http::findLink({"</api/items?page=2&q=a b|c{d}\"e\">; rel=\"next\""}, u"next", base);
    QVERIFY(next.has_value());
    QVERIFY(next->isValid());
    QCOMPARE(next->toString(QUrl::FullyEncoded),
        QStringLiteral("http://127.0.0.1:8080/api/items?page=2&q=a%20b%7Cc%7Bd%7D%22e%22"));

    // Still no URL: kept as a broken next link rather than taken for none.
    const auto broken = Http::findWebLink({"<http://127.0.0.1:99999999/api/items?page=2>; rel=next"}, u"next", base);
    QVERIFY(broken.has_value());
    QVERIFY(!broken->target.isValid());
    QCOMPARE(broken->reference, QStringLiteral("http://127.0.0.1:99999999/api/items?page=2"));
}

void TestHttpParsing::retryAfterSecondsAndDates()
{
    const QDateTime now(QDate(2026, 3, 1), QTime(12, 0, 0), Qt::UTC);
    QCOMPARE(Http::parseRetryAfter("7", now), std::optional<qint64>(7000));
    QCOMPARE(Http::parseRetryAfter(" 0 ", now), std::optional<qint64>(0));
    QCOMPARE(Http::parseRetryAfter("Sun, 01 Mar 2026 12:00:30 GMT", now), std::optional<qint64>(30000));
    QCOMPARE(Http::parseRetryAfter("Sunday, 01-Mar-26 12:01:00 GMT", now), std::optional<qint64>(60000));
    QCOMPARE(Http::parseRetryAfter("Sun Mar  1 12:00:05 2026", now), std::optional<qint64>(5000));
    QCOMPARE(Http::parseRetryAfter("Sun, 01 Mar 2026 11:00:00 GMT", now), std::optional<qint64>(0));
    QVERIFY(!Http::parseRetryAfter("soon", now));
    QVERIFY(!Http::parseRetryAfter("-5", now));
    QVERIFY(!Http::parseRetryAfter("", now));
    QVERIFY(*Http::parseRetryAfter("99999999999999999999", now) > 86400000);
}

void TestHttpParsing::backoffIsFullJitterUnderTheCap()
{
    RetryPolicy policy;
    policy.baseMsecs = 500;
    policy.capMsecs = 60000;
    QRandomGenerator random(7);
    QList<qint64> first;
    for (int retry = 1; retry <= 12; ++retry) {
        const qint64 step = std::min<qint64>(60000, 500LL << (retry - 1));
        for (int i = 0; i < 50; ++i) {
            const qint64 wait = policy.backoffMsecs(retry, random);
            QVERIFY(wait >= 0 && wait <= step);
            if (retry == 1)
                first.append(wait);
        }
    }
    // Jitter: the waits of one retry differ.
    std::ranges::sort(first);
    QVERIFY(first.front() != first.back());
    // The same seed gives the same waits.
    QRandomGenerator a(3);
    QRandomGenerator b(3);
    QCOMPARE(policy.backoffMsecs(4, a), policy.backoffMsecs(4, b));
}

void TestHttpParsing::rateLimiterSpacesRequestsAndHolds()
{
    RateLimiter limiter(4); // 250 ms apart
    QCOMPARE(limiter.reserve(1000), 1000);
    QCOMPARE(limiter.reserve(1000), 1250);
    QCOMPARE(limiter.reserve(1000), 1500);
    QCOMPARE(limiter.reserve(5000), 5000);
    limiter.holdUntil(9000);
    QCOMPARE(limiter.reserve(6000), 9000);
    QCOMPARE(limiter.reserve(6000), 9250);

    RateLimiter burst(10, 3);
    QCOMPARE(burst.reserve(0), 0);
    QCOMPARE(burst.reserve(0), 0);
    QCOMPARE(burst.reserve(0), 0);
    QCOMPARE(burst.reserve(0), 100);

    RateLimiter none(0);
    QCOMPARE(none.reserve(10), 10);
    none.holdUntil(50);
    QCOMPARE(none.reserve(10), 50);
}

void TestHttpParsing::transientStatuses()
{
    for (int status : {408, 425, 429, 500, 502, 503, 504})
        QVERIFY2(Http::isTransientStatus(status), qPrintable(QString::number(status)));
    for (int status : {200, 301, 400, 401, 403, 404, 409, 422, 501, 505})
        QVERIFY2(!Http::isTransientStatus(status), qPrintable(QString::number(status)));
}

void TestHttpParsing::parserReadsContentLengthFedByteByByte()
{
    const QByteArray response = "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 11\r\n"
                                "X-Folded: a\r\n  b\r\n\r\n{\"ok\":true}";
    HttpResponseParser parser;
    for (char c : response)
        QVERIFY(parser.feed(QByteArrayView(&c, 1)));
    QVERIFY(parser.isDone());
    QCOMPARE(parser.status(), 201);
    QCOMPARE(parser.body(), QByteArray("{\"ok\":true}"));
    QCOMPARE(headerValue(parser.headers(), "content-type"), QByteArray("application/json"));
    QCOMPARE(headerValue(parser.headers(), "X-Folded"), QByteArray("a b"));
    QVERIFY(parser.keepAlive());
}

void TestHttpParsing::parserReadsChunkedBodiesWithTrailers()
{
    HttpResponseParser parser;
    QVERIFY(parser.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n"));
    QVERIFY(!parser.isDone());
    QVERIFY2(parser.feed("7\r\n, world\r\n0\r\nX-Trailer: t\r\n\r\n"), qPrintable(parser.errorString()));
    QVERIFY(parser.isDone());
    QCOMPARE(parser.body(), QByteArray("hello, world"));
}

void TestHttpParsing::parserSkipsInterimAnswers()
{
    HttpResponseParser parser;
    QVERIFY(parser.feed("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n"));
    QVERIFY(parser.isDone());
    QCOMPARE(parser.status(), 204);
    QVERIFY(parser.body().isEmpty());
}

void TestHttpParsing::parserReadsUntilClose()
{
    HttpResponseParser parser;
    QVERIFY(parser.feed("HTTP/1.0 200 OK\r\n\r\nsome"));
    QVERIFY(parser.feed(" body"));
    QVERIFY(!parser.isDone());
    parser.finishOnClose();
    QVERIFY(parser.isDone());
    QCOMPARE(parser.body(), QByteArray("some body"));
    QVERIFY(!parser.keepAlive());
}

void TestHttpParsing::parserRefusesMalformedAnswers_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n");
    QTest::newRow("bad status") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n");
    QTest::newRow("bad length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n");
    QTest::newRow("two lengths") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n");
    QTest::newRow("bad chunk") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
    QTest::newRow("gzip coding") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n");
    QTest::newRow("header line without name") << QByteArray("HTTP/1.1 200 OK\r\nno colon\r\n\r\n");
    QTest::newRow("endless header") << ("HTTP/1.1 200 OK\r\nX: " + QByteArray(70000, 'a'));
    QByteArray many = "HTTP/1.1 200 OK\r\n";
    for (int i = 0; i < 200; ++i)
        many += "X-" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("too many headers") << many;
}

void TestHttpParsing::parserRefusesMalformedAnswers()
{
    QFETCH(QByteArray, response);
    HttpResponseParser parser;
    QVERIFY(!parser.feed(response));
    QVERIFY(parser.hasFailed());
    QVERIFY(!parser.errorString().isEmpty());
}

void TestHttpParsing::parserDetectsTruncation()
{
    HttpResponseParser parser;
    QVERIFY(parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"items\":["));
    parser.finishOnClose();
    QVERIFY(parser.hasFailed());
    QVERIFY(parser.errorString().contains(u"90"));

    HttpResponseParser nothing;
    nothing.finishOnClose();
    QVERIFY(nothing.hasFailed());
    QVERIFY(!nothing.receivedAnything());
}

void TestHttpParsing::parserDecidesKeepAlive()
{
    HttpResponseParser close;
    QVERIFY(close.feed("HTTP/1.1 200 OK\r\nConnection: Close\r\nContent-Length: 0\r\n\r\n"));
    QVERIFY(close.isDone() && !close.keepAlive());
    HttpResponseParser old;
    QVERIFY(old.feed("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n"));
    QVERIFY(old.isDone() && old.keepAlive());
}

QTEST_GUILESS_MAIN(TestHttpParsing)
#include "tst_httpparsing.moc"

// Redirects, TLS and redaction: what keeps credentials where they belong.
#include "httptransporttesthelpers.h"
#include "secrets/redactor.h"
#include "simulatorserver.h"
#include "testservers.h"

#include <QSslConfiguration>
#include <QTest>

using namespace Linkwright;
using namespace Linkwright::Testing;

namespace {

const QString Canary = QStringLiteral("Zq9-canary/secret+value");

void verifyNoCanary(const QString &text)
{
    const QByteArray raw = Canary.toUtf8();
    for (const QByteArray &form : {raw, raw.toBase64(), QUrl::toPercentEncoding(Canary)})
        QVERIFY2(!text.toUtf8().contains(form), qPrintable(text));
}

} // namespace

class TestHttpSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void redirectWithinOriginIsFollowed();
    void redirectToAnotherOriginIsRefused_data();
    void redirectToAnotherOriginIsRefused();
    void deleteRedirectedIsNotTurnedIntoAGet_data();
    void deleteRedirectedIsNotTurnedIntoAGet();
    void headerWithALineBreakFailsTheRequest_data();
    void headerWithALineBreakFailsTheRequest();
    void httpsToAPlainPortFails_data();
    void httpsToAPlainPortFails();
    void selfSignedCertificateIsRefused_data();
    void selfSignedCertificateIsRefused();
    void trustedCertificateIsAccepted();
    void canaryNeverAppearsInResults();
    void cookiesAreNeverSentBack();

private:
    std::unique_ptr<SimulatorServer> m_sim;
    std::shared_ptr<VirtualClock> m_clock;
    std::unique_ptr<HttpTransport> m_transport;
};

void TestHttpSecurity::init()
{
    m_sim = Testing::startSimulator(12, 2, 2);
    QVERIFY(m_sim);
    m_clock = std::make_shared<VirtualClock>();
    m_transport = transportOn(m_clock);
}

void TestHttpSecurity::cleanup()
{
    m_transport.reset();
    m_sim.reset();
}

void TestHttpSecurity::redirectWithinOriginIsFollowed()
{
    FakeHttpServer server([](const SeenRequest &request) {
        if (request.path == u"/old")
            return answer(301, {}, {{"Location", "/new"}});
        return answer(200, "{\"auth\":\"" + request.header("Authorization") + "\"}");
    });
    QVERIFY(server.listen());
    HttpRequest request = get(server.url(QStringLiteral("/old")));
    request.carriesCredentials = true;
    request.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer same-origin")));
    const HttpResult result = m_transport->execute(request);
    QVERIFY2(result.ok(), qPrintable(everything(result)));
    QCOMPARE(result.url.path(), QStringLiteral("/new"));
    QCOMPARE(result.body, QByteArray("{\"auth\":\"Bearer same-origin\"}"));
}

void TestHttpSecurity::redirectToAnotherOriginIsRefused_data()
{
    QTest::addColumn<bool>("upload");
    QTest::newRow("GET") << false;
    QTest::newRow("POST") << true;
}

void TestHttpSecurity::redirectToAnotherOriginIsRefused()
{
    QFETCH(bool, upload);
    FakeHttpServer elsewhere([](const SeenRequest &) { return answer(200, "{}"); });
    QVERIFY(elsewhere.listen());
    const QByteArray target = elsewhere.url(QStringLiteral("/collect")).toEncoded();
    FakeHttpServer server([target](const SeenRequest &) { return answer(307, {}, {{"Location", target}}); });
    QVERIFY(server.listen());

    HttpRequest request = upload ? post(server.url(QStringLiteral("/api/products")), "[{\"sku\":\"A\"}]")
                                 : get(server.url(QStringLiteral("/api/products")));
    request.carriesCredentials = true;
    request.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer never-elsewhere")));
    const HttpResult result = m_transport->execute(request);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->code, ErrorCode::Redirect);
    QCOMPARE(result.failureClass, FailureClass::Permanent);
    QCOMPARE(result.attempts, 1);
    QVERIFY2(result.error->message.contains(u"another origin"), qPrintable(result.error->message));
    QVERIFY2(
        result.error->message.contains(QString::number(elsewhere.url().port())), qPrintable(result.error->message));
    QCOMPARE(server.requests().size(), 1);
    for (const SeenRequest &seen : elsewhere.requests())
        QVERIFY(seen.header("Authorization").isEmpty());
    QVERIFY(elsewhere.requests().isEmpty());
}

void TestHttpSecurity::deleteRedirectedIsNotTurnedIntoAGet_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("301") << 301;
    QTest::newRow("302") << 302;
    QTest::newRow("303") << 303;
}

void TestHttpSecurity::deleteRedirectedIsNotTurnedIntoAGet()
{
    QFETCH(int, status);
    FakeHttpServer server([status](const SeenRequest &request) {
        if (request.path == u"/api/items/A")
            return answer(status, {}, {{"Location", "/api/items/"}});
        if (request.path == u"/old/items/B")
            return answer(307, {}, {{"Location", "/api/items/B"}});
        return answer(200, "[]");
    });
    QVERIFY(server.listen());
    HttpRequest request = get(server.url(QStringLiteral("/api/items/A")));
    request.method = "DELETE";
    request.carriesCredentials = true;
    const HttpResult result = m_transport->execute(request);
    // Followed, it would have been a GET of the collection, whose 200 passed for the delete's.
    QVERIFY2(!result.ok(), qPrintable(everything(result)));
    QCOMPARE(result.error->code, ErrorCode::Redirect);
    QCOMPARE(result.failureClass, FailureClass::Permanent);
    QVERIFY2(result.error->message.contains(u"DELETE"), qPrintable(result.error->message));
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().constFirst().method, QByteArray("DELETE"));

    // A 307 keeps the method: that redirect is still followed, within the origin.
    request.url = server.url(QStringLiteral("/old/items/B"));
    const HttpResult moved = m_transport->execute(request);
    QVERIFY2(moved.ok(), qPrintable(everything(moved)));
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(server.requests().at(2).method, QByteArray("DELETE"));
    QCOMPARE(server.requests().at(2).path, QStringLiteral("/api/items/B"));
}

void TestHttpSecurity::headerWithALineBreakFailsTheRequest_data()
{
    QTest::addColumn<bool>("upload");
    QTest::newRow("GET") << false;
    QTest::newRow("POST") << true;
}

void TestHttpSecurity::headerWithALineBreakFailsTheRequest()
{
    QFETCH(bool, upload);
    FakeHttpServer server([](const SeenRequest &) { return answer(200, "{}"); });
    QVERIFY(server.listen());
    HttpRequest request = upload ? post(server.url(QStringLiteral("/api/products")), "[{\"sku\":\"A\"}]")
                                 : get(server.url(QStringLiteral("/api/products")));
    request.carriesCredentials = true;
    request.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer tok\r")));
    // Neither sent with the header cut short nor without it: the request fails as a whole.
    const HttpResult result = m_transport->execute(request);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->code, ErrorCode::InvalidArgument);
    QCOMPARE(result.failureClass, FailureClass::Permanent);
    QVERIFY2(result.error->message.contains(u"Authorization"), qPrintable(result.error->message));
    QVERIFY(server.requests().isEmpty());
}

void TestHttpSecurity::httpsToAPlainPortFails_data()
{
    QTest::addColumn<bool>("upload");
    QTest::addColumn<bool>("answers");
    QTest::newRow("GET, server hangs up") << false << false;
    QTest::newRow("POST, server hangs up") << true << false;
    QTest::newRow("GET, server answers in plain HTTP") << false << true;
    QTest::newRow("POST, server answers in plain HTTP") << true << true;
}

void TestHttpSecurity::httpsToAPlainPortFails()
{
    QFETCH(bool, upload);
    QFETCH(bool, answers);
    // QHttpServer hangs up on a TLS hello; nginx and Apache answer 400 in plain text.
    RawServer plain("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    QUrl url =
        answers ? plain.url(QStringLiteral("https")) : m_sim->erpUrl().resolved(QUrl(QStringLiteral("products")));
    url.setScheme(QStringLiteral("https"));
    const HttpResult result = m_transport->execute(upload ? post(url, "[]") : get(url));
    QVERIFY(!result.ok());
    QVERIFY2(result.error->code == ErrorCode::Tls, qPrintable(result.error->toString()));
    QCOMPARE(result.failureClass, FailureClass::Permanent);
    QCOMPARE(result.attempts, 1);
    QVERIFY2(result.error->hint.contains(u"https"), qPrintable(result.error->toString()));
}

void TestHttpSecurity::selfSignedCertificateIsRefused_data()
{
    QTest::addColumn<bool>("upload");
    QTest::newRow("GET") << false;
    QTest::newRow("POST") << true;
}

void TestHttpSecurity::selfSignedCertificateIsRefused()
{
    QFETCH(bool, upload);
    SelfSignedServer server;
    QVERIFY(server.listen());
    const QUrl url = server.url(QStringLiteral("/api/products"));
    const HttpResult result = m_transport->execute(upload ? post(url, "[]") : get(url));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->code, ErrorCode::Tls);
    QCOMPARE(result.failureClass, FailureClass::Permanent);
    QVERIFY2(result.error->message.contains(u"certificate"), qPrintable(result.error->toString()));
    QVERIFY2(result.error->hint.contains(u"trust store"), qPrintable(result.error->toString()));
}

void TestHttpSecurity::trustedCertificateIsAccepted()
{
    // The same server is accepted once its certificate is trusted: verification is on and works,
    // rather than everything failing.
    SelfSignedServer server;
    QVERIFY(server.listen());
    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = original;
    trusting.addCaCertificate(QSslCertificate(SelfSignedServer::certificatePem()));
    QSslConfiguration::setDefaultConfiguration(trusting);
    HttpTransport transport({}, nullptr, m_clock);
    const HttpResult got = transport.execute(get(server.url(QStringLiteral("/a"))));
    const HttpResult posted = transport.execute(post(server.url(QStringLiteral("/b")), "[]"));
    QSslConfiguration::setDefaultConfiguration(original);
    QVERIFY2(got.ok(), qPrintable(everything(got)));
    QVERIFY2(posted.ok(), qPrintable(everything(posted)));
    QCOMPARE(posted.body, QByteArray("{}"));
}

void TestHttpSecurity::canaryNeverAppearsInResults()
{
    m_transport->redactor().addSecret(Canary);
    FakeHttpServer server([](const SeenRequest &request) {
        // A hostile or careless server echoes what it got.
        return answer(401,
            "{\"error\":\"bad token " + request.header("Authorization") + " for " + request.query.toString().toUtf8()
                + "\"}",
            {{"Set-Cookie", "session=" + Canary.toUtf8()}, {"WWW-Authenticate", "Bearer"}});
    });
    QVERIFY(server.listen());
    QUrl url = server.url(QStringLiteral("/api/products"));
    url.setQuery(
        QStringLiteral("api_key=") + QString::fromLatin1(QUrl::toPercentEncoding(Canary)) + QStringLiteral("&page=1"));
    for (const bool upload : {false, true}) {
        HttpRequest request = upload ? post(url, "{\"password\":\"" + Canary.toUtf8() + "\"}") : get(url);
        request.carriesCredentials = true;
        request.headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + Canary.toUtf8()));
        const HttpResult result = m_transport->execute(request);
        QVERIFY(!result.ok());
        QCOMPARE(result.error->code, ErrorCode::Authentication);
        verifyNoCanary(everything(result));
    }
    // Also where no server answers: the URL in the message is redacted.
    QUrl refused = url;
    refused.setPort(closedPort());
    HttpRequest request = get(refused);
    request.maxAttempts = 1;
    const HttpResult result = m_transport->execute(request);
    QVERIFY(!result.ok());
    verifyNoCanary(everything(result));
    QVERIFY(result.error->where.contains(u"page=1"));
}

void TestHttpSecurity::cookiesAreNeverSentBack()
{
    FakeHttpServer server([](const SeenRequest &) {
        return answer(200, "{}", {{"Set-Cookie", "session=s1; Path=/"}});
    });
    QVERIFY(server.listen());
    for (const bool upload : {false, false, true, true}) {
        HttpRequest request;
        request.url = server.url(QStringLiteral("/api"));
        if (upload) {
            request.method = "POST";
            request.body = "[]";
        }
        const HttpResult result = m_transport->execute(request);
        QVERIFY(result.ok());
        QCOMPARE(result.header("Set-Cookie"), QByteArray("***"));
    }
    QCOMPARE(server.requests().size(), 4);
    for (const SeenRequest &seen : server.requests())
        QVERIFY(seen.header("Cookie").isEmpty());
}

QTEST_GUILESS_MAIN(TestHttpSecurity)
#include "tst_httpsecurity.moc"

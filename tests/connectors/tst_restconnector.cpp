#include "connectors/clock.h"
#include "connectors/httpconnection.h"
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

class TestRestConnector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void authHeadersAreSent_data();
    void authHeadersAreSent();
    void bearerTokenAgainstTheSimulator();
    void missingSecretNamesTheVariable();
    void writeReadsPerRecordResults();
    void writeRetriedAfterAFaultCreatesNoDuplicate();
    void rejectedBatchIsPermanent();
    void perRecordErrorsAreReported();
    void deleteOfADotKeyIsRefusedUnsent_data();
    void deleteOfADotKeyIsRefusedUnsent();
    void secretWithALineBreakIsRefusedBeforeAnyRequest_data();
    void secretWithALineBreakIsRefusedBeforeAnyRequest();
    void apiKeyHeaderThatIsNoNameIsRefusedUnsent();
    void resourceOnAnotherOriginIsRefusedUnsent_data();
    void resourceOnAnotherOriginIsRefusedUnsent();
    void resourceAboveTheBasePathStaysOnItsOrigin();

private:
    [[nodiscard]] std::unique_ptr<RestConnector> connector(const Endpoint &endpoint);

    std::unique_ptr<SimulatorServer> m_sim;
    std::shared_ptr<VirtualClock> m_clock;
    std::unique_ptr<HttpTransport> m_transport;
    EnvironmentSecretResolver m_secrets{{{QStringLiteral("LW_TEST_TOKEN"), Token}}};
};

void TestRestConnector::init()
{
    m_sim = Testing::startSimulator(25, 3, 3);
    QVERIFY(m_sim);
    m_clock = std::make_shared<VirtualClock>();
    m_transport = std::make_unique<HttpTransport>(HttpTransport::Options{}, nullptr, m_clock);
}

void TestRestConnector::cleanup()
{
    m_transport.reset();
    m_sim.reset();
}

std::unique_ptr<RestConnector> TestRestConnector::connector(const Endpoint &endpoint)
{
    return std::make_unique<RestConnector>(endpoint, m_secrets, *m_transport);
}

void TestRestConnector::authHeadersAreSent_data()
{
    QTest::addColumn<AuthType>("type");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("api key") << AuthType::ApiKey << QByteArray("X-Shop-Key") << Token.toUtf8();
    QTest::newRow("basic") << AuthType::Basic << QByteArray("Authorization")
                           << "Basic " + QByteArray("sync:" + Token.toUtf8()).toBase64();
    QTest::newRow("bearer") << AuthType::Bearer << QByteArray("Authorization") << "Bearer " + Token.toUtf8();
}

void TestRestConnector::authHeadersAreSent()
{
    QFETCH(AuthType, type);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, expected);
    FakeHttpServer server([](const SeenRequest &) { return answer(401, "{\"error\":\"no\"}"); });
    QVERIFY(server.listen());
    Endpoint endpoint = endpointAt(server.url(QStringLiteral("/api/")));
    endpoint.auth = {type, QStringLiteral("X-Shop-Key"), QStringLiteral("sync"),
        {SecretRef::Source::Environment, QStringLiteral("LW_TEST_TOKEN")}};
    auto rest = connector(endpoint);
    const auto page = rest->fetchPage(DataPointKind::Products, {});
    QVERIFY(!rest->write(DataPointKind::Products, records(1, "A-")).has_value());
    QCOMPARE(server.requests().size(), 2);
    for (const SeenRequest &request : server.requests())
        QCOMPARE(request.header(header), expected);
    QVERIFY(!page.has_value());
    QCOMPARE(page.error().error.code, ErrorCode::Authentication);
    QCOMPARE(page.error().failureClass, FailureClass::Permanent);
    QVERIFY2(page.error().error.hint.contains(u"LW_TEST_TOKEN"), qPrintable(page.error().error.hint));
    QVERIFY(!page.error().error.toString().contains(Token));
}

void TestRestConnector::bearerTokenAgainstTheSimulator()
{
    m_sim->setToken(Token);
    Endpoint endpoint = endpointAt(m_sim->erpUrl());
    QVERIFY(!connector(endpoint)->fetchPage(DataPointKind::Products, {}).has_value()); // no credentials at all

    endpoint.auth = {AuthType::Bearer, {}, {}, {SecretRef::Source::Environment, QStringLiteral("LW_TEST_TOKEN")}};
    const auto page = connector(endpoint)->fetchPage(DataPointKind::Products, {});
    QVERIFY2(page.has_value(), page ? "" : qPrintable(page.error().error.toString()));
    QCOMPARE(page->records.size(), 25);

    EnvironmentSecretResolver wrong({{QStringLiteral("LW_TEST_TOKEN"), QStringLiteral("not-the-token")}});
    RestConnector rest(endpoint, wrong, *m_transport);
    const auto refused = rest.fetchPage(DataPointKind::Products, {});
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().error.code, ErrorCode::Authentication);
    QCOMPARE(refused.error().failureClass, FailureClass::Permanent);
    QCOMPARE(refused.error().httpStatus, 401);
    QCOMPARE(refused.error().attempts, 1);
    QVERIFY(refused.error().error.hint.contains(u"environment variable LW_TEST_TOKEN"));
    QVERIFY(!refused.error().error.toString().contains(u"not-the-token"));
}

void TestRestConnector::missingSecretNamesTheVariable()
{
    Endpoint endpoint = endpointAt(m_sim->erpUrl());
    endpoint.auth = {AuthType::Bearer, {}, {}, {SecretRef::Source::Environment, QStringLiteral("LW_UNSET_TOKEN")}};
    const auto page = connector(endpoint)->fetchPage(DataPointKind::Products, {});
    QVERIFY(!page.has_value());
    QCOMPARE(page.error().error.code, ErrorCode::SecretUnavailable);
    QCOMPARE(page.error().failureClass, FailureClass::Permanent);
    QVERIFY(page.error().error.message.contains(u"LW_UNSET_TOKEN"));
    QCOMPARE(m_sim->stats().resource(SimulatorSystem::Erp, DataPointKind::Products).requests, 0);
}

void TestRestConnector::writeReadsPerRecordResults()
{
    auto rest = connector(endpointAt(m_sim->shopUrl()));
    const auto first = rest->write(DataPointKind::Products, records(3, "W-"));
    QVERIFY2(first.has_value(), first ? "" : qPrintable(first.error().error.toString()));
    QCOMPARE(first->created, 3);
    QCOMPARE(first->records.size(), 3);
    for (const RecordWriteResult &record : first->records) {
        QVERIFY(record.ok);
        QCOMPARE(record.outcome, QStringLiteral("created"));
        QVERIFY(!record.id.isEmpty());
    }
    const auto again = rest->write(DataPointKind::Products, records(3, "W-"));
    QCOMPARE(again->unchanged, 3);
    QCOMPARE(again->records.at(1).id, first->records.at(1).id);
}

void TestRestConnector::writeRetriedAfterAFaultCreatesNoDuplicate()
{
    FaultConfig faults;
    faults.rate = 1;
    faults.kinds = {FaultKind::ServerErrorAfterWrite};
    m_sim->setFaults(faults);
    m_clock->setOnSchedule([this](qint64) { m_sim->setFaults({}); });
    const auto written = connector(endpointAt(m_sim->shopUrl()))->write(DataPointKind::Products, records(4, "D-"));
    QVERIFY2(written.has_value(), written ? "" : qPrintable(written.error().error.toString()));
    QCOMPARE(written->attempts, 2);
    QCOMPARE(written->unchanged, 4); // the first attempt had already written them
    QCOMPARE(m_sim->stats().resource(SimulatorSystem::Shop, DataPointKind::Products).creates, 4);
    QVERIFY(m_sim->stats().duplicates().isEmpty());
}

void TestRestConnector::rejectedBatchIsPermanent()
{
    QList<Value> batch = records(2, "OK-");
    batch.append(*Json::parse("{\"name\":\"no sku\"}"));
    const auto written = connector(endpointAt(m_sim->shopUrl()))->write(DataPointKind::Products, batch);
    QVERIFY(!written.has_value());
    QCOMPARE(written.error().httpStatus, 400);
    QCOMPARE(written.error().failureClass, FailureClass::Permanent);
    QVERIFY2(written.error().error.message.contains(u"record 2"), qPrintable(written.error().error.message));
    QVERIFY(!written.error().rawBody.isEmpty());
}

void TestRestConnector::perRecordErrorsAreReported()
{
    const auto answerValue = Json::parse("{\"results\":[{\"id\":7,\"outcome\":\"created\"},"
                                         "{\"ok\":false,\"error\":{\"message\":\"price must be positive\"}}]}");
    Redactor redactor;
    const auto written = RestConnector::readWriteAnswer(*answerValue, 2, redactor);
    QVERIFY(written.has_value());
    QCOMPARE(written->records.size(), 2);
    QVERIFY(written->records.at(0).ok);
    QCOMPARE(written->records.at(0).id, QStringLiteral("7"));
    QVERIFY(!written->records.at(1).ok);
    QCOMPARE(written->records.at(1).error, QStringLiteral("price must be positive"));
    QCOMPARE(written->created, 1);
    QCOMPARE(written->failed, 1);

    const auto plain = RestConnector::readWriteAnswer(Value(), 2, redactor);
    QCOMPARE(plain->records.size(), 2);
    QVERIFY(plain->records.at(0).ok && plain->records.at(1).ok);
}

void TestRestConnector::deleteOfADotKeyIsRefusedUnsent_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("dot") << QStringLiteral(".");
    QTest::newRow("dot dot") << QStringLiteral("..");
    QTest::newRow("empty") << QString();
}

void TestRestConnector::deleteOfADotKeyIsRefusedUnsent()
{
    QFETCH(QString, key);
    FakeHttpServer server([](const SeenRequest &) { return answer(200, "{}"); });
    QVERIFY(server.listen());
    Endpoint endpoint = endpointAt(server.url(QStringLiteral("/api/")));
    endpoint.resources.insert(QStringLiteral("products"), QStringLiteral("items"));
    auto rest = connector(endpoint);

    const auto removed = rest->remove(DataPointKind::Products, key);
    QVERIFY(!removed.has_value());
    QCOMPARE(removed.error().failureClass, FailureClass::Permanent);
    QCOMPARE(removed.error().error.code, ErrorCode::InvalidArgument);
    QVERIFY2(removed.error().error.message.contains(u"\"" + key + u"\""), qPrintable(removed.error().error.message));
    // Neither the collection nor the root was asked to delete anything.
    QVERIFY(server.requests().isEmpty());

    // Dots within a key are an ordinary record's.
    QVERIFY(rest->remove(DataPointKind::Products, QStringLiteral("..a.")).has_value());
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().constFirst().method, QByteArray("DELETE"));
    QCOMPARE(server.requests().constFirst().path, QStringLiteral("/api/items/..a."));
}

void TestRestConnector::secretWithALineBreakIsRefusedBeforeAnyRequest_data()
{
    QTest::addColumn<AuthType>("type");
    QTest::addColumn<QString>("secret");
    QTest::newRow("bearer, trailing CR") << AuthType::Bearer << Token + u'\r';
    QTest::newRow("api key, trailing CR LF") << AuthType::ApiKey << Token + QStringLiteral("\r\n");
    QTest::newRow("basic, LF inside") << AuthType::Basic << QStringLiteral("tok\nen");
}

void TestRestConnector::secretWithALineBreakIsRefusedBeforeAnyRequest()
{
    QFETCH(AuthType, type);
    QFETCH(QString, secret);
    FakeHttpServer server([](const SeenRequest &request) {
        return request.method == "GET" ? answer(200, "{\"items\":[]}") : answer(401, "{\"error\":\"no\"}");
    });
    QVERIFY(server.listen());
    Endpoint endpoint = endpointAt(server.url(QStringLiteral("/api/")));
    endpoint.auth = {type, QStringLiteral("X-Shop-Key"), QStringLiteral("sync"),
        {SecretRef::Source::Environment, QStringLiteral("LW_CRLF_TOKEN")}};
    EnvironmentSecretResolver secrets{{{QStringLiteral("LW_CRLF_TOKEN"), secret}}};
    RestConnector rest(endpoint, secrets, *m_transport);
    // Dropped from writes only, the header let reads authenticate and writes fail with 401.
    const auto page = rest.fetchPage(DataPointKind::Products, {});
    const auto written = rest.write(DataPointKind::Products, records(1, "A-"));
    QVERIFY(!page.has_value());
    QVERIFY(!written.has_value());
    for (const ConnectorError &error : {page.error(), written.error()}) {
        QCOMPARE(error.error.code, ErrorCode::SecretUnavailable);
        QCOMPARE(error.failureClass, FailureClass::Permanent);
        QVERIFY2(error.error.message.contains(u"LW_CRLF_TOKEN"), qPrintable(error.error.message));
        QVERIFY2(error.error.message.contains(u"line break"), qPrintable(error.error.message));
        QVERIFY2(error.error.hint.contains(u"line break"), qPrintable(error.error.hint));
    }
    QVERIFY(server.requests().isEmpty());
}

void TestRestConnector::apiKeyHeaderThatIsNoNameIsRefusedUnsent()
{
    // Built in code, past the project file's check: the "name" carries a key of its own.
    FakeHttpServer server([](const SeenRequest &) { return answer(200, "{\"items\":[]}"); });
    QVERIFY(server.listen());
    Endpoint endpoint = endpointAt(server.url(QStringLiteral("/api/")));
    endpoint.auth = {AuthType::ApiKey, QStringLiteral("X-Api-Key: sk_live_12345"), {},
        {SecretRef::Source::Environment, QStringLiteral("LW_TEST_TOKEN")}};
    auto rest = connector(endpoint);
    const auto page = rest->fetchPage(DataPointKind::Products, {});
    QVERIFY(!page.has_value());
    QCOMPARE(page.error().error.code, ErrorCode::InvalidProject);
    QCOMPARE(page.error().failureClass, FailureClass::Permanent);
    QVERIFY2(page.error().error.message.contains(u"header"), qPrintable(page.error().error.message));
    QVERIFY(!page.error().error.toString().contains(u"sk_live"));
    QVERIFY(!rest->write(DataPointKind::Products, records(1, "A-")).has_value());
    QVERIFY(server.requests().isEmpty());

    // A name with surrounding blanks is still a name, as the window trims it.
    endpoint.auth.header = QStringLiteral(" X-Shop-Key ");
    QVERIFY(connector(endpoint)->fetchPage(DataPointKind::Products, {}).has_value());
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().constFirst().header("X-Shop-Key"), Token.toUtf8());
}

void TestRestConnector::resourceOnAnotherOriginIsRefusedUnsent_data()
{
    QTest::addColumn<QString>("resource"); // %1: the other server's host and port
    QTest::newRow("absolute URL") << QStringLiteral("http://%1/stolen");
    QTest::newRow("after a slash") << QStringLiteral("/http://%1/stolen");
    QTest::newRow("other scheme") << QStringLiteral("https://%1/stolen");
}

void TestRestConnector::resourceOnAnotherOriginIsRefusedUnsent()
{
    // Built in code, past the project file's check: the token must not reach the other server.
    QFETCH(QString, resource);
    const auto ok = [](const SeenRequest &) { return answer(200, "{\"items\":[]}"); };
    FakeHttpServer server(ok);
    FakeHttpServer other(ok);
    QVERIFY(server.listen());
    QVERIFY(other.listen());
    Endpoint endpoint = endpointAt(server.url(QStringLiteral("/api/")));
    endpoint.auth = {AuthType::Bearer, {}, {}, {SecretRef::Source::Environment, QStringLiteral("LW_TEST_TOKEN")}};
    const QUrl stolen = other.url(QStringLiteral("/stolen"));
    endpoint.resources.insert(
        QStringLiteral("products"), resource.arg(stolen.host() + u':' + QString::number(stolen.port())));
    auto rest = connector(endpoint);
    const auto page = rest->fetchPage(DataPointKind::Products, {});
    QVERIFY(!page.has_value());
    QCOMPARE(page.error().error.code, ErrorCode::InvalidProject);
    QCOMPARE(page.error().failureClass, FailureClass::Permanent);
    QVERIFY2(page.error().error.message.contains(u"another origin"), qPrintable(page.error().error.message));
    QVERIFY2(page.error().error.hint.contains(u"\"products\""), qPrintable(page.error().error.hint));
    QVERIFY(!page.error().error.toString().contains(Token));
    // Nor do the other data points of the endpoint go anywhere, nor a test of the connection.
    QVERIFY(!rest->write(DataPointKind::Customers, records(1, "C-")).has_value());
    QVERIFY(!rest->probe().has_value());
    QVERIFY(other.requests().isEmpty());
    QVERIFY(server.requests().isEmpty());
}

void TestRestConnector::resourceAboveTheBasePathStaysOnItsOrigin()
{
    // ".." climbs out of the base path but never off its host: the request goes there.
    FakeHttpServer server([](const SeenRequest &) { return answer(200, "{\"items\":[]}"); });
    QVERIFY(server.listen());
    Endpoint endpoint = endpointAt(server.url(QStringLiteral("/api/v2/")));
    endpoint.auth = {AuthType::Bearer, {}, {}, {SecretRef::Source::Environment, QStringLiteral("LW_TEST_TOKEN")}};
    endpoint.resources.insert(QStringLiteral("products"), QStringLiteral("../../../../legacy/items"));
    auto rest = connector(endpoint);
    QCOMPARE(HttpConnection::originKey(rest->resourceUrl(DataPointKind::Products)),
        HttpConnection::originKey(endpoint.baseUrl));
    const auto page = rest->fetchPage(DataPointKind::Products, {});
    QVERIFY2(page.has_value(), page ? "" : qPrintable(page.error().error.toString()));
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().constFirst().path, QStringLiteral("/legacy/items"));
}

QTEST_GUILESS_MAIN(TestRestConnector)
#include "tst_restconnector.moc"

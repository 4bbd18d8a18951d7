#include "simclient.h"
#include "simulatorfaults.h"
#include "simulatorserver.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace Linkwright;
using namespace Linkwright::SimTest;

namespace {

SimulatorDataOptions smallOptions(quint32 seed = 3)
{
    SimulatorDataOptions options;
    options.seed = seed;
    options.products = 30;
    options.customers = 5;
    options.orders = 10;
    return options;
}

FaultConfig always(FaultKind kind)
{
    FaultConfig config;
    config.rate = 1.0;
    config.kinds = {kind};
    return config;
}

const QString Products = QStringLiteral("/erp/products");
const QString ShopProducts = QStringLiteral("/shop/products");

/// One short string per answer, so two runs can be compared request by request.
QString outcome(const Response &response)
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(response.status)
        .arg(response.error)
        .arg(response.parseError)
        .arg(QString::fromLatin1(response.header("X-Linkwright-Fault")));
}

} // namespace

class TestSimFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void serverErrorIsJsonAndWritesNothing();
    void tooManyRequestsCarriesRetryAfter();
    void malformedBodyDoesNotParse();
    void truncatedBodyDoesNotParse();
    void resetGivesANetworkError();
    void stallOutlastsTheClientDeadline();
    void stallEndsInAGatewayTimeout();
    void slowAnswerArrivesComplete();
    void errorAfterWriteAppliesTheWrite();
    void healthAndAdminNeverFault();
    void scopeAndMethodsFilter();
    void sequenceIsReproducible();
    void faultsSwitchOverHttp();
    void statsCountRequestsAndFaults();

private:
    [[nodiscard]] bool shopHas(const QString &sku);

    std::unique_ptr<SimulatorServer> m_server;
    Client m_client;
};

void TestSimFaults::init()
{
    m_server = std::make_unique<SimulatorServer>(smallOptions());
    const Result<quint16> port = m_server->listen(QHostAddress(QHostAddress::LocalHost), 0);
    QVERIFY2(port.has_value(), port ? "" : qPrintable(port.error().toString()));
}

void TestSimFaults::cleanup()
{
    m_server.reset();
}

bool TestSimFaults::shopHas(const QString &sku)
{
    return m_server->store().collection(SimulatorSystem::Shop, DataPointKind::Products).find(sku).has_value();
}

void TestSimFaults::serverErrorIsJsonAndWritesNothing()
{
    m_server->setFaults(always(FaultKind::ServerError));
    const Response got = m_client.get(m_server->baseUrl(), Products);
    QCOMPARE(got.status, 500);
    QCOMPARE(got.parseError, QJsonParseError::NoError);
    QVERIFY(!got.json.value(QStringLiteral("error")).toString().isEmpty());
    QCOMPARE(got.header("X-Linkwright-Fault"), QByteArray("500"));

    const Response posted = m_client.post(m_server->baseUrl(), ShopProducts, R"([{"sku":"LW-00001","name":"A"}])");
    QCOMPARE(posted.status, 500);
    QVERIFY(!shopHas(QStringLiteral("LW-00001")));
    QCOMPARE(m_server->stats().resource(SimulatorSystem::Shop, DataPointKind::Products).creates, 0);
}

void TestSimFaults::tooManyRequestsCarriesRetryAfter()
{
    FaultConfig config = always(FaultKind::TooManyRequests);
    config.retryAfterSeconds = 7;
    m_server->setFaults(config);
    const Response got = m_client.get(m_server->baseUrl(), Products);
    QCOMPARE(got.status, 429);
    QCOMPARE(got.header("Retry-After"), QByteArray("7"));

    const Response posted = m_client.post(m_server->baseUrl(), ShopProducts, R"([{"sku":"LW-00002"}])");
    QCOMPARE(posted.status, 429);
    QVERIFY(!shopHas(QStringLiteral("LW-00002")));
}

void TestSimFaults::malformedBodyDoesNotParse()
{
    m_server->setFaults(always(FaultKind::Malformed));
    const Response got = m_client.get(m_server->baseUrl(), Products);
    QCOMPARE(got.error, QNetworkReply::NoError);
    QCOMPARE(got.status, 200);
    QVERIFY(!got.body.isEmpty());
    QVERIFY(got.parseError != QJsonParseError::NoError);
}

void TestSimFaults::truncatedBodyDoesNotParse()
{
    const Response whole = m_client.get(m_server->baseUrl(), Products, QStringLiteral("pageSize=10"));
    QCOMPARE(whole.parseError, QJsonParseError::NoError);

    m_server->setFaults(always(FaultKind::Truncated));
    const Response cut = m_client.get(m_server->baseUrl(), Products, QStringLiteral("pageSize=10"));
    // A complete HTTP answer, so only parsing the body can tell that something is wrong.
    QCOMPARE(cut.error, QNetworkReply::NoError);
    QCOMPARE(cut.status, 200);
    QCOMPARE(cut.header("Content-Length").toLongLong(), cut.body.size());
    QVERIFY(cut.parseError != QJsonParseError::NoError);
    QVERIFY(!cut.body.isEmpty());
    QVERIFY(cut.body.size() < whole.body.size());
    QVERIFY(whole.body.startsWith(cut.body));
}

void TestSimFaults::resetGivesANetworkError()
{
    m_server->setFaults(always(FaultKind::Reset));
    const Response got = m_client.get(m_server->baseUrl(), Products);
    QVERIFY(got.finished);
    QCOMPARE(got.status, 0);
    QVERIFY2(got.error != QNetworkReply::NoError, qPrintable(outcome(got)));

    const Response posted = m_client.post(m_server->baseUrl(), ShopProducts, R"([{"sku":"LW-00003"}])");
    QVERIFY(posted.error != QNetworkReply::NoError);
    QVERIFY(!shopHas(QStringLiteral("LW-00003")));
}

void TestSimFaults::stallOutlastsTheClientDeadline()
{
    FaultConfig config = always(FaultKind::Stall);
    config.stallMsecs = 1500;
    m_server->setFaults(config);

    const Response got = m_client.send(Client::at(m_server->baseUrl(), Products), "GET", {}, 300);
    // Only the client's abort ends the request: the server sent nothing before the deadline.
    QVERIFY(got.finished);
    QCOMPARE(got.error, QNetworkReply::OperationCanceledError);
    QCOMPARE(got.status, 0);

    const Response posted =
        m_client.send(Client::at(m_server->baseUrl(), ShopProducts), "POST", R"([{"sku":"LW-00004"}])", 300);
    QCOMPARE(posted.error, QNetworkReply::OperationCanceledError);
    QVERIFY(!shopHas(QStringLiteral("LW-00004")));

    // The server kept serving while it held those answers.
    m_server->setFaults(FaultConfig{});
    QCOMPARE(m_client.get(m_server->baseUrl(), Products).status, 200);
    // When the stall ends, the clients are gone: the answers are dropped, not written to them.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->heldAnswers(), 0, 10'000);
    QCOMPARE(m_client.get(m_server->baseUrl(), Products).status, 200);
}

void TestSimFaults::stallEndsInAGatewayTimeout()
{
    FaultConfig config = always(FaultKind::Stall);
    config.stallMsecs = 50;
    m_server->setFaults(config);
    const Response got = m_client.post(m_server->baseUrl(), ShopProducts, R"([{"sku":"LW-00007"}])");
    QCOMPARE(got.status, 504);
    QCOMPARE(got.parseError, QJsonParseError::NoError);
    QVERIFY(!shopHas(QStringLiteral("LW-00007")));
}

void TestSimFaults::slowAnswerArrivesComplete()
{
    FaultConfig config = always(FaultKind::Slow);
    config.slowMsecs = 100;
    m_server->setFaults(config);
    const Response got = m_client.get(m_server->baseUrl(), Products);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.parseError, QJsonParseError::NoError);
    QCOMPARE(got.json.value(QStringLiteral("total")).toInt(), 30);
}

void TestSimFaults::errorAfterWriteAppliesTheWrite()
{
    m_server->setFaults(always(FaultKind::ServerErrorAfterWrite));
    const QByteArray body = R"([{"sku":"LW-00005","name":"Desk"}])";
    QCOMPARE(m_client.post(m_server->baseUrl(), ShopProducts, body).status, 500);
    QVERIFY(shopHas(QStringLiteral("LW-00005")));

    // The client saw a failure and retries: the upsert by key must not create a second record.
    QCOMPARE(m_client.post(m_server->baseUrl(), ShopProducts, body).status, 500);
    m_server->setFaults(FaultConfig{});
    const Response retried = m_client.post(m_server->baseUrl(), ShopProducts, body);
    QCOMPARE(retried.status, 200);
    QCOMPARE(retried.json.value(QStringLiteral("unchanged")).toInt(), 1);

    const SimulatorStats stats = m_server->stats();
    const SimulatorResourceStats &shop = stats.resource(SimulatorSystem::Shop, DataPointKind::Products);
    QCOMPARE(shop.records, 1);
    QCOMPARE(shop.creates, 1);
    QCOMPARE(shop.unchanged, 2);
    QCOMPARE(shop.faults.value(FaultKind::ServerErrorAfterWrite), 2);
    QVERIFY(stats.duplicates().isEmpty());
}

void TestSimFaults::healthAndAdminNeverFault()
{
    FaultConfig config;
    config.rate = 1.0;
    config.kinds = {FaultKind::ServerError, FaultKind::Reset, FaultKind::Malformed};
    m_server->setFaults(config);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(m_client.get(m_server->baseUrl(), QStringLiteral("/health")).status, 200);
        const Response stats = m_client.get(m_server->baseUrl(), QStringLiteral("/_admin/stats"));
        QCOMPARE(stats.status, 200);
        QCOMPARE(stats.parseError, QJsonParseError::NoError);
    }
    QCOMPARE(m_server->stats().totalFaults(), 0);
}

void TestSimFaults::scopeAndMethodsFilter()
{
    FaultConfig config = always(FaultKind::ServerError);
    config.scope = FaultScope::Shop;
    m_server->setFaults(config);
    QCOMPARE(m_client.get(m_server->baseUrl(), Products).status, 200);
    QCOMPARE(m_client.get(m_server->baseUrl(), QStringLiteral("/shop/orders")).status, 500);

    config.scope = FaultScope::Both;
    config.onGet = false;
    m_server->setFaults(config);
    QCOMPARE(m_client.get(m_server->baseUrl(), QStringLiteral("/shop/orders")).status, 200);
    QCOMPARE(m_client.post(m_server->baseUrl(), ShopProducts, R"([{"sku":"LW-00006"}])").status, 500);
}

void TestSimFaults::sequenceIsReproducible()
{
    FaultConfig config;
    config.rate = 0.4;
    config.seed = 99;
    SimulatorFaultInjector first;
    SimulatorFaultInjector second;
    SimulatorFaultInjector other;
    first.setConfig(config);
    second.setConfig(config);
    config.seed = 100;
    other.setConfig(config);
    QList<int> a;
    QList<int> b;
    QList<int> c;
    for (int i = 0; i < 200; ++i) {
        const bool post = i % 3 == 0;
        a.append(first.draw(SimulatorSystem::Erp, post)
                     .transform([](FaultKind k) { return static_cast<int>(k); })
                     .value_or(-1));
        b.append(second.draw(SimulatorSystem::Erp, post)
                     .transform([](FaultKind k) { return static_cast<int>(k); })
                     .value_or(-1));
        c.append(other.draw(SimulatorSystem::Erp, post)
                     .transform([](FaultKind k) { return static_cast<int>(k); })
                     .value_or(-1));
    }
    QCOMPARE(a, b);
    QVERIFY(a != c);
    const auto faulted = 200 - a.count(-1);
    QVERIFY2(faulted > 40 && faulted < 120, qPrintable(QString::number(faulted)));

    // The same over HTTP: two servers with the same seed fault the same requests the same way.
    FaultConfig http;
    http.rate = 0.5;
    http.seed = 7;
    http.kinds = {FaultKind::ServerError, FaultKind::TooManyRequests, FaultKind::Malformed, FaultKind::Truncated};
    QStringList runs[2];
    for (QStringList &run : runs) {
        SimulatorServer server(smallOptions());
        QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0).has_value());
        server.setFaults(http);
        for (int i = 0; i < 30; ++i)
            run.append(outcome(m_client.get(server.baseUrl(), i % 2 ? Products : QStringLiteral("/erp/stock"))));
    }
    QCOMPARE(runs[0], runs[1]);
    QVERIFY(runs[0].contains(QStringLiteral("200/0/0/")));
    QVERIFY(runs[0].filter(QStringLiteral("/429")).size() > 0);

    // setFaults restarts the sequence.
    m_server->setFaults(http);
    QStringList again;
    for (int i = 0; i < 30; ++i)
        again.append(outcome(m_client.get(m_server->baseUrl(), i % 2 ? Products : QStringLiteral("/erp/stock"))));
    QCOMPARE(again, runs[0]);
}

void TestSimFaults::faultsSwitchOverHttp()
{
    const QUrl base = m_server->baseUrl();
    const QString admin = QStringLiteral("/_admin/faults");
    const Response set = m_client.post(base, admin, R"({"rate": 1, "kinds": ["429"], "retryAfter": 3})");
    QCOMPARE(set.status, 200);
    QCOMPARE(set.json.value(QStringLiteral("kinds")).toArray(), QJsonArray{QStringLiteral("429")});
    QCOMPARE(m_server->faults().retryAfterSeconds, 3);
    const Response limited = m_client.get(base, Products);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("3"));

    const Response read = m_client.get(base, admin);
    QCOMPARE(read.json.value(QStringLiteral("rate")).toDouble(), 1.0);
    QCOMPARE(read.json.value(QStringLiteral("scope")).toString(), QStringLiteral("both"));

    for (const char *bad : {R"({"rate": 2})", R"({"kinds": ["500", "teapot"]})", R"({"scope": "crm"})",
             R"({"stallMs": -5})", R"({"colour": "red"})", "[1]", "not json"}) {
        const Response refused = m_client.post(base, admin, bad);
        QVERIFY2(refused.status == 400, bad);
        QVERIFY2(!refused.json.value(QStringLiteral("error")).toString().isEmpty(), bad);
    }
    QCOMPARE(m_server->faults().kinds, QList<FaultKind>{FaultKind::TooManyRequests});
    // The refusal names the body's field, and the value it refused.
    for (const auto &[bad, named] : {std::pair{R"({"kinds": ["500", "teapot"]})", "kinds"},
             std::pair{R"({"scope": "crm"})", "scope"}, std::pair{R"({"scope": 1})", "scope"},
             std::pair{R"({"methods": ["PUT"]})", "methods"}, std::pair{R"({"methods": 5})", "methods"}}) {
        const QString error = m_client.post(base, admin, bad).json.value(QStringLiteral("error")).toString();
        QVERIFY2(error.startsWith(QLatin1StringView(named)), qPrintable(error));
    }
    const QString scope =
        m_client.post(base, admin, R"({"scope": "crm"})").json.value(QStringLiteral("error")).toString();
    QVERIFY2(scope.contains(QLatin1StringView("crm")), qPrintable(scope));
    QCOMPARE(m_client.post(base, admin, R"({"methods": "GET"})").status, 200);

    QCOMPARE(m_client.post(base, admin, R"({"rate": 0})").status, 200);
    QCOMPARE(m_client.get(base, Products).status, 200);
}

void TestSimFaults::statsCountRequestsAndFaults()
{
    m_server->setFaults(always(FaultKind::ServerError));
    QCOMPARE(m_client.get(m_server->baseUrl(), Products).status, 500);
    m_server->setFaults(FaultConfig{});
    QCOMPARE(m_client.get(m_server->baseUrl(), Products).status, 200);
    QCOMPARE(
        m_client.post(m_server->baseUrl(), ShopProducts, R"([{"sku":"LW-00001"},{"sku":"LW-00002"}])").status, 200);
    QCOMPARE(m_client.post(m_server->baseUrl(), ShopProducts, R"([{"sku":"LW-00001","name":"B"}])").status, 200);

    const SimulatorStats stats = m_server->stats();
    const SimulatorResourceStats &erp = stats.resource(SimulatorSystem::Erp, DataPointKind::Products);
    QCOMPARE(erp.requests, 2);
    QCOMPARE(erp.records, 30);
    QCOMPARE(erp.faults.value(FaultKind::ServerError), 1);
    const SimulatorResourceStats &shop = stats.resource(SimulatorSystem::Shop, DataPointKind::Products);
    QCOMPARE(shop.requests, 2);
    QCOMPARE(shop.creates, 2);
    QCOMPARE(shop.updates, 1);
    QCOMPARE(stats.totalFaults(), 1);

    const Response json = m_client.get(m_server->baseUrl(), QStringLiteral("/_admin/stats"));
    QCOMPARE(json.status, 200);
    const QJsonObject shopJson =
        json.json.value(QStringLiteral("shop")).toObject().value(QStringLiteral("products")).toObject();
    QCOMPARE(shopJson.value(QStringLiteral("creates")).toInt(), 2);
    QCOMPARE(shopJson.value(QStringLiteral("records")).toInt(), 2);
    QCOMPARE(json.json.value(QStringLiteral("erp"))
                 .toObject()
                 .value(QStringLiteral("products"))
                 .toObject()
                 .value(QStringLiteral("faults"))
                 .toObject()
                 .value(QStringLiteral("500"))
                 .toInt(),
        1);
    QCOMPARE(json.json.value(QStringLiteral("duplicates")).toArray().size(), 0);

    QCOMPARE(m_client.post(m_server->baseUrl(), QStringLiteral("/_admin/stats/reset"), {}).status, 200);
    QCOMPARE(m_server->stats().totalRequests(), 0);
    QCOMPARE(m_server->stats().resource(SimulatorSystem::Shop, DataPointKind::Products).records, 2);
}

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_simfaults.moc"

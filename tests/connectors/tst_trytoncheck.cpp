#include "connectors/httptransport.h"
#include "connectors/tryton/trytonconnector.h"
#include "faketryton.h"
#include "secrets/secretresolver.h"
#include "testservers.h"

#include <QTest>

using namespace Linkwright;
using namespace Linkwright::Testing;

namespace {

/// Every text of a check a person or a log may see.
QString everything(const TrytonCheck &check)
{
    return check.url + check.version + check.companyName + check.error.toString();
}

} // namespace

/// TrytonConnector::check, the Tryton "Test connection", against a scripted Tryton: each outcome
/// it tells apart, and that it never asks twice where a failed login counts against the user.
class TestTrytonCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void okNamesVersionCompanyAndWarehouses();
    void unreachableServerNamesTheUrl();
    void otherServerIsNotTryton_data();
    void otherServerIsNotTryton();
    void missingDatabase_data();
    void missingDatabase();
    void wrongPasswordIsOneRefusedLogin();
    void lockoutSaysToWaitAndIsNotRetried();
    void missingCompany();
    void missingSettingsAreNamedBeforeAnyLogin();

private:
    [[nodiscard]] TrytonCheck check(const QUrl &base, const std::function<void(Endpoint &)> &change = {});
    [[nodiscard]] int calls(QByteArrayView method) const;

    FakeTryton m_tryton;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<EnvironmentSecretResolver> m_secrets;
};

void TestTrytonCheck::init()
{
    m_tryton = FakeTryton();
    m_tryton.results.insert("model.company.company.search_read", R"([{"id":1,"rec_name":"Linkwright Test Company"}])");
    m_tryton.results.insert("model.stock.location.search_read",
        R"([{"id":5,"code":"WH","name":"Warehouse"},{"id":8,"code":null,"name":"Annex"}])");
    m_server =
        std::make_unique<FakeHttpServer>([this](const SeenRequest &request) { return m_tryton.answer(request); });
    QVERIFY(m_server->listen());
    m_transport = std::make_unique<HttpTransport>();
    m_secrets = std::make_unique<EnvironmentSecretResolver>(
        QHash<QString, QString>{{QStringLiteral("LW_TRYTON_PASSWORD"), Password}});
}

void TestTrytonCheck::cleanup()
{
    m_server.reset();
    m_transport.reset();
}

TrytonCheck TestTrytonCheck::check(const QUrl &base, const std::function<void(Endpoint &)> &change)
{
    Endpoint endpoint = trytonTestEndpoint(base, QStringLiteral("LW_TRYTON_PASSWORD"));
    if (change)
        change(endpoint);
    TrytonConnector connector(endpoint, *m_secrets, *m_transport);
    return connector.check();
}

int TestTrytonCheck::calls(QByteArrayView method) const
{
    int found = 0;
    for (const SeenRequest &request : m_server->requests()) {
        const Value call = Testing::parse(request.body);
        if (call.find("method") && call.find("method")->utf8() == method)
            ++found;
    }
    return found;
}

void TestTrytonCheck::okNamesVersionCompanyAndWarehouses()
{
    const TrytonCheck found = check(m_server->url(), [](Endpoint &endpoint) { endpoint.tryton.warehouses = {5, 9}; });
    QVERIFY2(found.ok(), qPrintable(found.error.toString()));
    QCOMPARE(found.version, QStringLiteral("6.0.29"));
    QCOMPARE(found.companyName, QStringLiteral("Linkwright Test Company"));
    QCOMPARE(found.warehouses,
        (QList<TrytonCheck::Warehouse>{
            {5, QStringLiteral("WH"), QStringLiteral("Warehouse")}, {8, QString(), QStringLiteral("Annex")}}));
    // 9 is on the endpoint but not on the server: the stock data point would fail.
    QCOMPARE(found.missingWarehouses, QList<int>{9});

    // The version from the server's root without credentials, then one login to the database.
    const QList<SeenRequest> &seen = m_server->requests();
    QVERIFY(seen.size() >= 4);
    QCOMPARE(seen.at(0).path, QStringLiteral("/"));
    QVERIFY(seen.at(0).header("Authorization").isEmpty());
    QCOMPARE(seen.at(1).path, QStringLiteral("/shop/"));
    QCOMPARE(m_tryton.logins, 1);
    const QByteArray session = "Session " + QByteArray("admin:1:" + Testing::Session).toBase64();
    for (qsizetype i = 2; i < seen.size(); ++i)
        QCOMPARE(seen.at(i).header("Authorization"), session);
    // The company is asked by id, for that company.
    for (const SeenRequest &request : seen) {
        if (request.body.contains("model.company.company.search_read"))
            QVERIFY2(request.body.contains(R"([["id","=",1]])") && request.body.contains(R"({"company":1})"),
                request.body.constData());
    }
}

void TestTrytonCheck::unreachableServerNamesTheUrl()
{
    const quint16 port = closedPort();
    const TrytonCheck found = check(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
    QCOMPARE(found.outcome, TrytonCheck::Outcome::Unreachable);
    QCOMPARE(found.httpStatus, 0);
    QVERIFY2(found.url.contains(QString::number(port)), qPrintable(found.url));
    QVERIFY(!found.error.message.isEmpty());
}

void TestTrytonCheck::otherServerIsNotTryton_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("404 page") << 404 << QByteArray("<h1>Not Found</h1>");
    QTest::newRow("JSON, not JSON-RPC") << 200 << QByteArray(R"({"products":[]})");
    QTest::newRow("not JSON") << 200 << QByteArray("<html>shop</html>");
}

void TestTrytonCheck::otherServerIsNotTryton()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    m_tryton.versionReply = answer(status, body);
    const TrytonCheck found = check(m_server->url());
    QCOMPARE(found.outcome, TrytonCheck::Outcome::NotTryton);
    QCOMPARE(found.httpStatus, status);
    QVERIFY(!found.error.hint.isEmpty());
    // Not Tryton: no login to count against anyone.
    QCOMPARE(m_tryton.logins, 0);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestTrytonCheck::missingDatabase_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("error");
    // What Tryton 6.0 answers with SQLite (measured), and with PostgreSQL (its dispatcher's 404).
    QTest::newRow("SQLite") << 200 << QByteArray(R"(["Database '/var/lib/tryton/shop.sqlite' doesn't exist!",""])");
    QTest::newRow("PostgreSQL") << 404 << QByteArray();
}

void TestTrytonCheck::missingDatabase()
{
    QFETCH(int, status);
    QFETCH(QByteArray, error);
    m_tryton.loginStatus = status;
    m_tryton.loginError = error;
    const TrytonCheck found = check(m_server->url());
    QCOMPARE(found.outcome, TrytonCheck::Outcome::DatabaseMissing);
    QCOMPARE(found.version, QStringLiteral("6.0.29"));
    QVERIFY2(found.error.message.contains(QStringLiteral("\"shop\"")), qPrintable(found.error.message));
    QCOMPARE(calls("model.company.company.search_read"), 0);
}

void TestTrytonCheck::wrongPasswordIsOneRefusedLogin()
{
    m_tryton.refuseLogin = true;
    const TrytonCheck found = check(m_server->url());
    QCOMPARE(found.outcome, TrytonCheck::Outcome::LoginRefused);
    QCOMPARE(found.httpStatus, 401);
    QCOMPARE(found.version, QStringLiteral("6.0.29"));
    QCOMPARE(m_tryton.logins, 1);
    QVERIFY2(found.error.hint.contains(QStringLiteral("LW_TRYTON_PASSWORD")), qPrintable(found.error.hint));
    QVERIFY(!everything(found).contains(Password));
    QCOMPARE(calls("model.company.company.search_read"), 0);
}

void TestTrytonCheck::lockoutSaysToWaitAndIsNotRetried()
{
    // The transport retries a 429 elsewhere; a login it repeated would extend the lockout.
    m_tryton.loginStatus = 429;
    const TrytonCheck found = check(m_server->url());
    QCOMPARE(found.outcome, TrytonCheck::Outcome::LoginLocked);
    QCOMPARE(found.httpStatus, 429);
    QCOMPARE(m_tryton.logins, 1);
    QVERIFY2(found.error.hint.contains(QStringLiteral("Wait")), qPrintable(found.error.hint));
    QVERIFY(!everything(found).contains(Password));
}

void TestTrytonCheck::missingCompany()
{
    m_tryton.results.insert("model.company.company.search_read", "[]");
    const TrytonCheck found = check(m_server->url(), [](Endpoint &endpoint) { endpoint.tryton.company = 7; });
    QCOMPARE(found.outcome, TrytonCheck::Outcome::CompanyMissing);
    QCOMPARE(found.company, 7);
    QVERIFY2(found.error.message.contains(QStringLiteral("7")), qPrintable(found.error.message));
    QCOMPARE(m_tryton.logins, 1);
}

void TestTrytonCheck::missingSettingsAreNamedBeforeAnyLogin()
{
    const TrytonCheck noDatabase = check(m_server->url(), [](Endpoint &endpoint) { endpoint.tryton.database.clear(); });
    QCOMPARE(noDatabase.outcome, TrytonCheck::Outcome::NotConfigured);
    QVERIFY(m_server->requests().isEmpty());

    // An unset variable: the server is asked for its version, never for a login.
    const TrytonCheck noPassword = check(m_server->url(), [](Endpoint &endpoint) {
        endpoint.auth.secret = {SecretRef::Source::Environment, QStringLiteral("LW_UNSET_VARIABLE")};
    });
    QCOMPARE(noPassword.outcome, TrytonCheck::Outcome::NotConfigured);
    QCOMPARE(noPassword.version, QStringLiteral("6.0.29"));
    QVERIFY2(noPassword.error.toString().contains(QStringLiteral("LW_UNSET_VARIABLE")),
        qPrintable(noPassword.error.toString()));
    QCOMPARE(m_tryton.logins, 0);
}

QTEST_GUILESS_MAIN(TestTrytonCheck)
#include "tst_trytoncheck.moc"

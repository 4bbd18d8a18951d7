#include "connectors/httptransport.h"
#include "connectors/tryton/trytonconnector.h"
#include "connectors/tryton/trytonrecords.h"
#include "connectors/tryton/trytonrpc.h"
#include "domain/json.h"
#include "secrets/redactor.h"
#include "secrets/secretresolver.h"
#include "trytontestcase.h"

#include <QTcpServer>
#include <QTest>

using namespace Linkwright;
using namespace Linkwright::Testing;

class TestTrytonConnector : public TrytonTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void decimalsStayExact();
    void datetimesBecomeIsoUtc();
    void requestHasExactlyMethodParamsId();
    void userErrorIsPermanentAndNamed();
    void otherErrorsAndNonRpcAnswers();
    void productsPageLogsInOnceAndShapesRecords();
    void incrementalFetchAsksForEveryStamp();
    void expiredSessionLogsInAgainOnce();
    void wrongPasswordIsAnAuthenticationError();
    void aPasswordWithALineBreakIsNeverSent();
    void userErrorOnFetchReachesTheCaller();
    void stoppedServerIsANetworkErrorNamingTheUrl();
    void writesAreRefusedClearly();
    void orderBecomesASaleAndARefusalStaysWithItsRecord();
};

void TestTrytonConnector::init()
{
    QVERIFY(startServer());
}

void TestTrytonConnector::cleanup()
{
    stopServer();
}

void TestTrytonConnector::decimalsStayExact()
{
    const Value decoded = TrytonRpc::decode(parse(
        R"({"a":{"__class__":"Decimal","decimal":"12345678901234567890.123456789"},"b":[{"__class__":"Decimal","decimal":"0.10"}]})"));
    QCOMPARE(text(decoded, "a"), QStringLiteral("12345678901234567890.123456789"));
    QVERIFY(decoded.find("a")->isString());
    QCOMPARE(decoded.find("b")->items().constFirst().text(), QStringLiteral("0.10"));
    // And the other way: a decimal sent to Tryton keeps its digits.
    const QByteArray sent = Json::serialize(TrytonRpc::decimal(QStringLiteral("19.90")));
    QCOMPARE(sent, QByteArray(R"({"__class__":"Decimal","decimal":"19.90"})"));
}

void TestTrytonConnector::datetimesBecomeIsoUtc()
{
    const Value decoded = TrytonRpc::decode(parse("{\"at\":" + datetime(36, 713247)
        + R"(,"on":{"__class__":"date","year":2026,"month":12,"day":6},"plain":{"x":1}})"));
    QCOMPARE(text(decoded, "at"), QStringLiteral("2026-03-09T07:05:36.713Z"));
    QCOMPARE(text(decoded, "on"), QStringLiteral("2026-12-06"));
    QCOMPARE(Json::serialize(*decoded.find("plain")), QByteArray(R"({"x":1})"));

    const QDateTime at(QDate(2026, 3, 9), QTime(7, 5, 36, 713), Qt::UTC);
    const Value encoded = TrytonRpc::datetime(at);
    QCOMPARE(text(encoded, "__class__"), QStringLiteral("datetime"));
    QCOMPARE(text(encoded, "microsecond"), QStringLiteral("713000"));
    QCOMPARE(TrytonRpc::datetimeText(encoded), QStringLiteral("2026-03-09T07:05:36.713Z"));
    // A datetime Tryton could not have sent is not turned into a stamp.
    QCOMPARE(TrytonRpc::datetimeText(parse(R"({"__class__":"datetime","year":2026,"month":13,"day":1})")), QString());
}

void TestTrytonConnector::requestHasExactlyMethodParamsId()
{
    const Value request =
        parse(TrytonRpc::request("model.product.product.search_read", {Value::array({}), Value::number(0)}, 42));
    QStringList names;
    for (const Member &member : request.members())
        names.append(QString::fromUtf8(member.name));
    QCOMPARE(names, (QStringList{QStringLiteral("method"), QStringLiteral("params"), QStringLiteral("id")}));
    QCOMPARE(text(request, "method"), QStringLiteral("model.product.product.search_read"));
    QCOMPARE(request.find("params")->items().size(), 2);
    QCOMPARE(text(request, "id"), QStringLiteral("42"));
}

void TestTrytonConnector::userErrorIsPermanentAndNamed()
{
    const auto result = TrytonRpc::result(
        parse(R"({"id":1,"error":["UserError",["The sale \"S1\" needs a party.","",null]]})"), QStringLiteral("here"));
    QVERIFY(!result);
    QCOMPARE(result.error().failureClass, FailureClass::Permanent);
    QCOMPARE(result.error().error.code, ErrorCode::InvalidArgument);
    QCOMPARE(result.error().error.where, QStringLiteral("here"));
    QVERIFY2(result.error().error.message.contains(QStringLiteral("The sale \"S1\" needs a party.")),
        qPrintable(result.error().error.message));
    QVERIFY(!result.error().error.hint.isEmpty());
}

void TestTrytonConnector::otherErrorsAndNonRpcAnswers()
{
    const auto fault = TrytonRpc::result(parse(R"({"id":1,"error":["'foo'",""]})"), {});
    QVERIFY(!fault);
    QCOMPARE(fault.error().failureClass, FailureClass::Permanent);
    QVERIFY(fault.error().error.message.contains(QStringLiteral("'foo'")));
    const auto concurrent = TrytonRpc::result(parse(R"({"error":["ConcurrencyException",["changed"]]})"), {});
    QVERIFY(!concurrent);
    QCOMPARE(concurrent.error().failureClass, FailureClass::Transient);
    QVERIFY(!TrytonRpc::result(parse(R"({"id":1})"), {}));
    const auto ok = TrytonRpc::result(parse(R"({"id":1,"result":null})"), {});
    QVERIFY(ok);
    QVERIFY(ok->isNull());
}

void TestTrytonConnector::productsPageLogsInOnceAndShapesRecords()
{
    m_tryton.results.insert("model.product.product.search_read",
        R"([{"id":7,"code":"TRY-001","template.":{"id":3,"name":"Desk Lamp","write_date":null,"create_date":)"
            + datetime(10, 0) + R"(},"list_price":{"__class__":"Decimal","decimal":"1234567890.10"},)"
            + R"("description":null,"active":true,"default_uom.":{"id":1,"symbol":"u"},"write_date":)"
            + datetime(36, 713247) + ",\"create_date\":" + datetime(10, 0) + "}]");
    auto tryton = connector(m_server->url());
    PageRequest request;
    request.pageSize = 1;
    auto page = tryton->fetchPage(DataPointKind::Products, request);
    QVERIFY2(page, qPrintable(page ? QString() : page.error().error.toString()));
    QCOMPARE(page->records.size(), 1);
    const Value &record = page->records.constFirst();
    QCOMPARE(text(record, "sku"), QStringLiteral("TRY-001"));
    QCOMPARE(text(record, "name"), QStringLiteral("Desk Lamp"));
    QCOMPARE(text(record, "listPrice"), QStringLiteral("1234567890.10"));
    QVERIFY(record.find("listPrice")->isString());
    QCOMPARE(text(record, "currency"), QStringLiteral("EUR"));
    QCOMPARE(text(record, "unit"), QStringLiteral("u"));
    QCOMPARE(text(record, "description"), QString());
    QCOMPARE(text(record, "modifiedAt"), QStringLiteral("2026-03-09T07:05:36.713Z"));
    // A full page: the next one is asked for at the next offset, with the same session.
    QCOMPARE(page->nextCursor, QStringLiteral("1"));
    request.cursor = page->nextCursor;
    QVERIFY(tryton->fetchPage(DataPointKind::Products, request));
    QCOMPARE(m_tryton.logins, 1);

    const QList<Value> searches = calls("model.product.product.search_read");
    QCOMPARE(searches.size(), 2);
    const QList<Value> &params = searches.at(1).find("params")->items();
    QCOMPARE(params.at(1).text(), QStringLiteral("1")); // offset
    QCOMPARE(params.at(2).text(), QStringLiteral("1")); // limit
    QCOMPARE(Json::serialize(params.at(3)), QByteArray(R"([["id","ASC"]])"));
    QCOMPARE(Json::serialize(params.constLast()), QByteArray(R"({"company":1})"));
    const QByteArray expected = "Session " + QByteArray("admin:1:" + Session).toBase64();
    for (const SeenRequest &seen : m_server->requests()) {
        if (!seen.body.contains("common.db.login"))
            QCOMPARE(seen.header("Authorization"), expected);
    }
    // The password went to the login only, and the redactor knows every credential.
    const QString redacted =
        m_transport->redactor().redact(QStringLiteral("x ") + Password + u' ' + QString::fromLatin1(expected));
    QVERIFY(!redacted.contains(Password));
    QVERIFY(!redacted.contains(QString::fromLatin1(expected.mid(8))));
}

void TestTrytonConnector::incrementalFetchAsksForEveryStamp()
{
    auto tryton = connector(m_server->url());
    PageRequest request;
    request.modifiedSince = QStringLiteral("2026-03-09T07:05:36.713Z");
    QVERIFY(tryton->fetchPage(DataPointKind::Products, request));
    const QList<Value> searches = calls("model.product.product.search_read");
    QCOMPARE(searches.size(), 1);
    const Value &domain = searches.constFirst().find("params")->items().constFirst();
    const QByteArray json = Json::serialize(domain);
    QVERIFY2(json.startsWith(R"([["OR",["write_date",">=",{"__class__":"datetime")"), json.constData());
    // A record shows its template's categories and sibling variants: their changes count too.
    for (const char *field : {"\"create_date\"", "\"template.write_date\"", "\"template.create_date\"",
             "\"template.products.write_date\"", "\"template.products.create_date\"",
             "\"template.categories.write_date\"", "\"template.categories.parent.write_date\""})
        QVERIFY2(json.contains(field), field);
    // The watermark less the overlap: 07:05:36 - 10 s.
    QVERIFY2(json.contains(R"("minute":5,"second":26)"), json.constData());
}

void TestTrytonConnector::expiredSessionLogsInAgainOnce()
{
    auto tryton = connector(m_server->url());
    QVERIFY(tryton->prepare());
    m_tryton.unauthorizedCalls = 1;
    QVERIFY(tryton->fetchPage(DataPointKind::Products, {}));
    QCOMPARE(m_tryton.logins, 2);

    m_tryton.unauthorizedCalls = 2;
    const auto refused = tryton->fetchPage(DataPointKind::Products, {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().error.code, ErrorCode::Authentication);
    QCOMPARE(m_tryton.logins, 3);
}

void TestTrytonConnector::wrongPasswordIsAnAuthenticationError()
{
    m_tryton.refuseLogin = true;
    auto tryton = connector(m_server->url());
    const auto page = tryton->fetchPage(DataPointKind::Products, {});
    QVERIFY(!page);
    const Error &error = page.error().error;
    QCOMPARE(error.code, ErrorCode::Authentication);
    QCOMPARE(page.error().failureClass, FailureClass::Permanent);
    QVERIFY2(error.message.contains(QStringLiteral("\"admin\"")) && error.message.contains(QStringLiteral("\"shop\"")),
        qPrintable(error.message));
    QVERIFY2(error.hint.contains(QStringLiteral("LW_TRYTON_PASSWORD")), qPrintable(error.hint));
    QVERIFY(!error.toString().contains(Password));
    // Failed logins count towards Tryton's lockout: one, and no search after it.
    QCOMPARE(m_tryton.logins, 1);
    QCOMPARE(calls("model.product.product.search_read").size(), 0);
}

void TestTrytonConnector::aPasswordWithALineBreakIsNeverSent()
{
    // Read from a file with Windows line endings: each run would be a failed login.
    EnvironmentSecretResolver secrets({{QStringLiteral("LW_TRYTON_PASSWORD"), Password + QStringLiteral("\r")}});
    TrytonConnector tryton(
        trytonTestEndpoint(m_server->url(), QStringLiteral("LW_TRYTON_PASSWORD")), secrets, *m_transport);
    const auto page = tryton.fetchPage(DataPointKind::Products, {});
    QVERIFY(!page);
    QCOMPARE(page.error().error.code, ErrorCode::SecretUnavailable);
    QVERIFY2(page.error().error.message.contains(QStringLiteral("line break")), qPrintable(page.error().error.message));
    QCOMPARE(m_tryton.logins, 0);
    QVERIFY(m_server->requests().isEmpty());
}

void TestTrytonConnector::userErrorOnFetchReachesTheCaller()
{
    m_tryton.errors.insert(
        "model.product.product.search_read", R"(["UserError",["You are not allowed to read products.","",null]])");
    auto tryton = connector(m_server->url());
    const auto page = tryton->fetchPage(DataPointKind::Products, {});
    QVERIFY(!page);
    QCOMPARE(page.error().failureClass, FailureClass::Permanent);
    QVERIFY2(page.error().error.message.contains(QStringLiteral("You are not allowed to read products.")),
        qPrintable(page.error().error.message));
    // A permanent answer is not asked again.
    QCOMPARE(calls("model.product.product.search_read").size(), 1);
}

void TestTrytonConnector::stoppedServerIsANetworkErrorNamingTheUrl()
{
    QTcpServer placeholder;
    QVERIFY(placeholder.listen(QHostAddress::LocalHost));
    const quint16 port = placeholder.serverPort();
    placeholder.close();
    const QUrl base(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    auto tryton = connector(base);
    const auto page = tryton->fetchPage(DataPointKind::Products, {});
    QVERIFY(!page);
    QCOMPARE(page.error().error.code, ErrorCode::Network);
    QCOMPARE(page.error().httpStatus, 0);
    QVERIFY2(page.error().error.toString().contains(QStringLiteral("127.0.0.1:%1").arg(port)),
        qPrintable(page.error().error.toString()));
}

void TestTrytonConnector::writesAreRefusedClearly()
{
    auto tryton = connector(m_server->url());
    const auto written = tryton->write(DataPointKind::Products, {parse(R"({"sku":"A"})")});
    QVERIFY(!written);
    QCOMPARE(written.error().failureClass, FailureClass::Permanent);
    QVERIFY(written.error().error.message.contains(QStringLiteral("products")));
    QVERIFY(m_server->requests().isEmpty());
}

void TestTrytonConnector::orderBecomesASaleAndARefusalStaysWithItsRecord()
{
    m_tryton.results.insert("model.product.product.search_read", R"([{"id":5,"default_uom":1}])");
    m_tryton.results.insert("model.party.party.search", "[7]");
    m_tryton.results.insert("model.party.address.search", "[8]");
    m_tryton.results.insert("model.product.uom.search", "[1]");
    m_tryton.results.insert("model.sale.sale.create", "[42]");
    m_tryton.results.insert("model.sale.sale.quote", "null");
    m_tryton.errors.insert("model.sale.sale.confirm", R"(["UserError",["The sale \"42\" has no warehouse.","",null]])");
    const Value order = parse(R"({"orderNumber":"WEB-9","customerNumber":"C-1","email":"a@mail.example",
        "billTo":{"name":"Ann","street":"Main 1","postalCode":"1000","city":"Copenhagen"},"shipTo":{"name":"Ann",
        "street":"Main 1","postalCode":"1000","city":"Copenhagen"},"orderedAt":"2026-03-09T10:00:00.000Z",
        "lines":[{"lineNumber":1,"sku":"TRY-001","name":"Lamp","quantity":2,"unitPrice":"19.90"}],
        "shippingCost":"0.00"})");
    auto tryton = connector(m_server->url());
    const auto written = tryton->write(DataPointKind::Orders, {order});
    QVERIFY2(written, written ? "" : qPrintable(written.error().error.toString()));
    QCOMPARE(written->records.size(), 1);
    QCOMPARE(written->failed, 1);
    QVERIFY(!written->records.constFirst().ok);
    QVERIFY2(written->records.constFirst().error.contains(QStringLiteral("has no warehouse")),
        qPrintable(written->records.constFirst().error));

    const QList<Value> creates = calls("model.sale.sale.create");
    QCOMPARE(creates.size(), 1);
    const Value &sale = creates.constFirst().find("params")->items().constFirst().items().constFirst();
    QCOMPARE(text(sale, "reference"), QStringLiteral("WEB-9"));
    QCOMPARE(text(sale, "party"), QStringLiteral("7"));
    QCOMPARE(text(sale, "currency"), QStringLiteral("1"));
    // A free shipping adds no line; the price goes as Tryton's Decimal, digits as sent.
    const QByteArray lines = Json::serialize(*sale.find("lines"));
    QCOMPARE(lines,
        QByteArray(R"([["create",[{"type":"line","product":5,"unit":1,"quantity":2,)"
                   R"("unit_price":{"__class__":"Decimal","decimal":"19.90"},"description":"Lamp"}]]])"));
    QCOMPARE(calls("model.sale.sale.quote").size(), 1);
}

QTEST_GUILESS_MAIN(TestTrytonConnector)
#include "tst_trytonconnector.moc"

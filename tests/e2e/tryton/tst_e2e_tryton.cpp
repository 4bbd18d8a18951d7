// Tryton to the simulated shop, end to end, against the real Tryton server the CTest fixture
// started (tryton-e2e.sh): products, prices and stock arrive with exact figures, a second run
// writes nothing, changes made in Tryton arrive incrementally, and a wrong password or a stopped
// server fail a run cleanly without losing anything.

#include "connectors/tryton/trytonconnector.h"
#include "connectors/tryton/trytonrpc.h"
#include "domain/json.h"
#include "syncfixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <cstdio>

using namespace Linkwright;
using namespace Linkwright::Testing;

namespace {

constexpr int SkipExitCode = 77;
const char PasswordVariable[] = "LW_E2E_TRYTON_PASSWORD";

QHash<QString, QString> readState()
{
    QHash<QString, QString> state;
    QFile file(QString::fromLocal8Bit(qgetenv("LINKWRIGHT_TRYTON_STATE")));
    if (!file.open(QIODevice::ReadOnly))
        return state;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            state.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
    }
    return state;
}

QString text(const Value &object, QByteArrayView name)
{
    const Value *member = object.find(name);
    return member ? member->text() : QStringLiteral("<absent>");
}

} // namespace

class TestE2eTryton : public QObject
{
    Q_OBJECT

public:
    explicit TestE2eTryton(QHash<QString, QString> state)
        : m_state(std::move(state))
    {
    }

private Q_SLOTS:
    void initTestCase();
    void productsPricesAndStockArrive();
    void secondRunWritesNothing();
    void changesInTrytonArriveIncrementally();
    void webOrdersBecomeConfirmedSales();
    void anOrderWrittenTwiceIsOneSale();
    void customersArriveWithTheirAddresses();
    void shippingStateArrivesInTheShop();
    void trytonUserErrorIsLoggedWithItsMessage();
    void wrongPasswordFailsCleanly();
    void stoppedServerFailsCleanlyAndResumes();

private:
    [[nodiscard]] SyncReport run(DataPointKind kind);
    [[nodiscard]] Value shopRecord(DataPointKind kind, const QString &sku);
    /// A call straight to Tryton, as a person working in Tryton would change it.
    [[nodiscard]] bool tryton(QByteArrayView method, QList<Value> params, Value *result = nullptr);
    [[nodiscard]] bool server(const char *command);

    QHash<QString, QString> m_state;
    QJsonObject m_seed;
    std::unique_ptr<SyncFixture> m_fixture;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<EnvironmentSecretResolver> m_secrets;
    std::unique_ptr<TrytonConnector> m_direct;
};

void TestE2eTryton::initTestCase()
{
    QFile seed(m_state.value(QStringLiteral("seed")));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    m_seed = QJsonDocument::fromJson(seed.readAll()).object();
    QFile passwordFile(m_state.value(QStringLiteral("password")));
    QVERIFY(passwordFile.open(QIODevice::ReadOnly));
    const QByteArray password = passwordFile.readLine().trimmed();
    qputenv(PasswordVariable, password);

    SimulatorDataOptions data;
    data.products = 0;
    data.customers = 0;
    data.orders = 0;
    m_fixture = std::make_unique<SyncFixture>(data);
    QVERIFY(m_fixture->isValid());
    Endpoint &erp = m_fixture->project().erp;
    erp.name = QStringLiteral("Tryton");
    erp.connector = ConnectorType::Tryton;
    erp.baseUrl = QUrl(m_state.value(QStringLiteral("url")));
    erp.auth.type = AuthType::Basic;
    erp.auth.username = QStringLiteral("admin");
    erp.auth.secret = {SecretRef::Source::Environment, QString::fromLatin1(PasswordVariable)};
    erp.tryton.database = m_state.value(QStringLiteral("database"));
    erp.tryton.company = m_seed.value(QStringLiteral("company")).toInt();
    // The stock a shop shows; the stamp stays out, so that a record is only rewritten when a
    // figure changed.
    m_fixture->dataPoint(DataPointKind::Stock).mappings = {
        {QStringLiteral("sku"), {QStringLiteral("sku")}, {}, true},
        {QStringLiteral("available"), {QStringLiteral("available")}, {}, true},
        {QStringLiteral("warehouses"), {QStringLiteral("warehouses")}, {}, false},
    };
    // Shipping state flows from Tryton; the shop's cancellations do not flow back yet.
    DataPointConfig &updates = m_fixture->dataPoint(DataPointKind::OrderUpdates);
    updates.direction = Direction::ErpToShop;
    updates.mappings = {
        {QStringLiteral("orderNumber"), {QStringLiteral("orderNumber")}, {}, true},
        {QStringLiteral("status"), {QStringLiteral("status")}, {}, true},
        {QStringLiteral("shippingDate"), {QStringLiteral("shippingDate")}, {}, false},
        {QStringLiteral("lines"), {QStringLiteral("lines")}, {}, false},
    };
    // Tryton is the customers' source for now (it takes no customer writes yet).
    DataPointConfig &customers = m_fixture->dataPoint(DataPointKind::Customers);
    customers.direction = Direction::ErpToShop;
    customers.mappings = {
        {QStringLiteral("customerNumber"), {QStringLiteral("customerNumber")}, {}, true},
        {QStringLiteral("name"), {QStringLiteral("name")}, {}, true},
        {QStringLiteral("email"), {QStringLiteral("email")}, {}, false},
        {QStringLiteral("billTo"), {QStringLiteral("billTo")}, {}, false},
        {QStringLiteral("shipTo"), {QStringLiteral("shipTo")}, {}, false},
    };
    for (DataPointConfig &config : m_fixture->project().dataPoints) {
        if (config.kind != DataPointKind::Products && config.kind != DataPointKind::Prices
            && config.kind != DataPointKind::Stock && config.kind != DataPointKind::Orders
            && config.kind != DataPointKind::Customers && config.kind != DataPointKind::OrderUpdates)
            config.direction = Direction::Off;
    }
    m_fixture->rebuild();

    m_transport = std::make_unique<HttpTransport>();
    m_secrets = std::make_unique<EnvironmentSecretResolver>();
    m_direct = std::make_unique<TrytonConnector>(erp, *m_secrets, *m_transport);
}

SyncReport TestE2eTryton::run(DataPointKind kind)
{
    auto report = m_fixture->runner().run(kind);
    if (!report)
        qWarning("%s", qPrintable(report.error().toString()));
    return report.value_or(SyncReport{});
}

Value TestE2eTryton::shopRecord(DataPointKind kind, const QString &sku)
{
    return m_fixture->records(SimulatorSystem::Shop, kind).value(sku);
}

bool TestE2eTryton::tryton(QByteArrayView method, QList<Value> params, Value *result)
{
    auto answer = m_direct->call(method, std::move(params));
    if (!answer) {
        qWarning("%s", qPrintable(answer.error().error.toString()));
        return false;
    }
    if (result)
        *result = std::move(*answer);
    return true;
}

bool TestE2eTryton::server(const char *command)
{
    const int code = QProcess::execute(
        QStringLiteral(LINKWRIGHT_TRYTON_SCRIPT), {QString::fromLatin1(command), m_state.value(QStringLiteral("dir"))});
    return code == 0;
}

void TestE2eTryton::productsPricesAndStockArrive()
{
    for (const DataPointKind kind : {DataPointKind::Products, DataPointKind::Prices, DataPointKind::Stock}) {
        const SyncReport report = run(kind);
        QVERIFY2(report.run.status == RunStatus::Succeeded, qPrintable(report.run.message));
        QCOMPARE(report.run.counts.created, 3);
        QCOMPARE(report.run.counts.failed, 0);
    }
    const Value lamp = shopRecord(DataPointKind::Products, QStringLiteral("TRY-001"));
    QCOMPARE(text(lamp, "name"), QStringLiteral("Aero Ash Desk Lamp"));
    QCOMPARE(text(lamp, "description"), QStringLiteral("A desk lamp in ash wood."));
    // Prices keep Tryton's digits: no double on the way.
    QCOMPARE(text(shopRecord(DataPointKind::Prices, QStringLiteral("TRY-001")), "price"), QStringLiteral("19.90"));
    QCOMPARE(text(shopRecord(DataPointKind::Prices, QStringLiteral("TRY-002")), "price"), QStringLiteral("1234.57"));
    QCOMPARE(text(shopRecord(DataPointKind::Prices, QStringLiteral("TRY-003")), "price"), QStringLiteral("0.10"));
    QCOMPARE(text(shopRecord(DataPointKind::Prices, QStringLiteral("TRY-003")), "currency"), QStringLiteral("EUR"));
    const Value hub = shopRecord(DataPointKind::Stock, QStringLiteral("TRY-002"));
    QCOMPARE(text(hub, "available"), QStringLiteral("3"));
    QCOMPARE(Json::serialize(*hub.find("warehouses")), QByteArray(R"([{"warehouse":"WH","quantity":3}])"));
    QCOMPARE(text(shopRecord(DataPointKind::Stock, QStringLiteral("TRY-003")), "available"), QStringLiteral("250"));
}

void TestE2eTryton::secondRunWritesNothing()
{
    for (const DataPointKind kind : {DataPointKind::Products, DataPointKind::Prices, DataPointKind::Stock}) {
        const SyncReport report = run(kind);
        QVERIFY2(report.run.status == RunStatus::Succeeded, qPrintable(report.run.message));
        QCOMPARE(report.run.counts.created + report.run.counts.updated + report.run.counts.deleted, 0);
        QCOMPARE(report.run.counts.failed, 0);
    }
}

void TestE2eTryton::changesInTrytonArriveIncrementally()
{
    const QJsonObject seeded = m_seed.value(QStringLiteral("products")).toObject();
    const qint64 template_ =
        seeded.value(QStringLiteral("TRY-002")).toObject().value(QStringLiteral("template")).toInteger();
    const qint64 lamp = seeded.value(QStringLiteral("TRY-001")).toObject().value(QStringLiteral("product")).toInteger();
    // A template change leaves the variant's write_date alone: only template.write_date says it.
    QVERIFY(tryton("model.product.template.write",
        {Value::array({Value::number(template_)}),
            Value::object({{QByteArray("name"), Value::string(QStringLiteral("Atlas Walnut USB-C Hub II"))},
                {QByteArray("list_price"), TrytonRpc::decimal(QStringLiteral("1299.99"))}})}));
    // Another product's stock changes through a done move, which leaves the product untouched.
    const Value line = Value::object(
        {{QByteArray("product"), Value::number(lamp)}, {QByteArray("quantity"), Value::number(QByteArray("7.0"))}});
    const Value createLines = Value::array({Value::array({Value::utf8("create"), Value::array({line})})});
    const Value storage = Value::number(m_seed.value(QStringLiteral("storage")).toInteger());
    Value inventory;
    QVERIFY(tryton("model.stock.inventory.create",
        {Value::array({Value::object({{QByteArray("location"), storage}, {QByteArray("lines"), createLines}})})},
        &inventory));
    QCOMPARE(inventory.items().size(), 1);
    QVERIFY(tryton("model.stock.inventory.confirm", {inventory}));

    SyncReport products = run(DataPointKind::Products);
    QVERIFY2(products.run.status == RunStatus::Succeeded, qPrintable(products.run.message));
    QCOMPARE(products.run.counts.updated, 1);
    QCOMPARE(products.run.counts.created, 0);
    QCOMPARE(text(shopRecord(DataPointKind::Products, QStringLiteral("TRY-002")), "name"),
        QStringLiteral("Atlas Walnut USB-C Hub II"));
    SyncReport prices = run(DataPointKind::Prices);
    QCOMPARE(prices.run.counts.updated, 1);
    QCOMPARE(text(shopRecord(DataPointKind::Prices, QStringLiteral("TRY-002")), "price"), QStringLiteral("1299.99"));
    SyncReport stock = run(DataPointKind::Stock);
    QVERIFY2(stock.run.status == RunStatus::Succeeded, qPrintable(stock.run.message));
    QCOMPARE(stock.run.counts.updated, 1);
    const Value lampStock = shopRecord(DataPointKind::Stock, QStringLiteral("TRY-001"));
    QCOMPARE(text(lampStock, "available"), QStringLiteral("7"));
    QCOMPARE(Json::serialize(*lampStock.find("warehouses")), QByteArray(R"([{"warehouse":"WH","quantity":7}])"));
    QCOMPARE(text(shopRecord(DataPointKind::Stock, QStringLiteral("TRY-002")), "available"), QStringLiteral("3"));
}

namespace {

QByteArray order(const char *number, const char *customer, const char *sku, const char *extraLine = "")
{
    const QByteArray who = customer ? "\"customerNumber\":\"" + QByteArray(customer) + "\",\"guest\":false"
                                    : QByteArray("\"customerNumber\":null,\"guest\":true");
    return "{\"orderNumber\":\"" + QByteArray(number) + "\"," + who + ",\"email\":\"" + QByteArray(number).toLower()
        + "@mail.example\",\"currency\":\"EUR\","
          "\"orderedAt\":\"2026-03-09T10:00:00.000Z\",\"shippingMethodName\":\"Standard\","
          "\"billTo\":{\"name\":\"Ann Example\",\"street\":\"Main Street 1\",\"postalCode\":\"1000\","
          "\"city\":\"Copenhagen\",\"country\":\"DK\"},"
          "\"shipTo\":{\"name\":\"Ann Example\",\"street\":\"Harbour 7\",\"postalCode\":\"8000\","
          "\"city\":\"Aarhus\",\"country\":\"DK\"},"
          "\"lines\":[{\"lineNumber\":1,\"sku\":\""
        + QByteArray(sku) + "\",\"name\":\"Lamp\",\"quantity\":2,\"unitPrice\":\"19.90\",\"lineTotal\":\"39.80\"}"
        + QByteArray(extraLine)
        + "],\"shippingCost\":\"5.95\",\"total\":\"46.75\",\"customerNote\":null,"
          "\"modifiedAt\":\"2026-03-09T10:01:00.000Z\"}";
}

const char NotebookLine[] = ",{\"lineNumber\":2,\"sku\":\"TRY-003\",\"name\":\"Notebook\",\"quantity\":10,"
                            "\"unitPrice\":\"0.10\",\"lineTotal\":\"1.00\"}";

} // namespace

void TestE2eTryton::webOrdersBecomeConfirmedSales()
{
    const QByteArray orders = "[" + order("WEB-1001", "C-100", "TRY-001", NotebookLine) + ","
        + order("WEB-1002", nullptr, "TRY-001") + "," + order("WEB-1003", "C-100", "NO-SUCH-SKU") + "]";
    QVERIFY(m_fixture->post(SimulatorSystem::Shop, DataPointKind::Orders, orders));
    const SyncReport report = run(DataPointKind::Orders);
    QCOMPARE(report.run.status, RunStatus::FinishedWithFailures);
    QCOMPARE(report.run.counts.created, 2);
    QCOMPARE(report.run.counts.failed, 1);

    Value sales;
    QVERIFY(tryton("model.sale.sale.search_read",
        {Value::array({Value::array({Value::utf8("reference"), Value::utf8("in"),
             Value::array({Value::utf8("WEB-1001"), Value::utf8("WEB-1002"), Value::utf8("WEB-1003")})})}),
            Value::number(0), Value(), Value::array({Value::array({Value::utf8("reference"), Value::utf8("ASC")})}),
            Value::array({Value::utf8("reference"), Value::utf8("state"), Value::utf8("total_amount"),
                Value::utf8("lines"), Value::utf8("party"), Value::utf8("shipment_address")})},
        &sales));
    QCOMPARE(sales.items().size(), 2);
    const Value &first = sales.items().at(0);
    QCOMPARE(text(first, "reference"), QStringLiteral("WEB-1001"));
    QVERIFY2(text(first, "state") == u"processing" || text(first, "state") == u"confirmed",
        qPrintable(text(first, "state")));
    // Two products and the shipping line, to the cent: 2 x 19.90 + 10 x 0.10 + 5.95.
    QCOMPARE(first.find("lines")->items().size(), 3);
    QCOMPARE(text(first, "total_amount"), QStringLiteral("46.75"));
    const Value &guest = sales.items().at(1);
    QCOMPARE(text(guest, "total_amount"), QStringLiteral("45.75"));
    QVERIFY(text(first, "party") != text(guest, "party"));

    // The order Tryton cannot take waits in the failure log, saying why.
    const QList<Failure> failures = m_fixture->failures();
    QVERIFY(std::any_of(failures.begin(), failures.end(), [&](const Failure &failure) {
        return failure.key == u"WEB-1003" && failure.errorClass == ErrorClass::Permanent
            && failure.message.contains(QStringLiteral("NO-SUCH-SKU"));
    }));
    const SyncReport again = run(DataPointKind::Orders);
    QCOMPARE(again.run.counts.created + again.run.counts.updated, 0);
}

void TestE2eTryton::anOrderWrittenTwiceIsOneSale()
{
    const Value web = *Json::parse(order("WEB-2001", "C-200", "TRY-001"));
    const auto first = m_direct->write(DataPointKind::Orders, {web});
    QVERIFY2(first, first ? "" : qPrintable(first.error().error.toString()));
    QCOMPARE(first->created, 1);
    const auto second = m_direct->write(DataPointKind::Orders, {web});
    QVERIFY(second);
    QCOMPARE(second->created, 0);
    QCOMPARE(second->unchanged, 1);
    QCOMPARE(second->records.constFirst().id, first->records.constFirst().id);
    Value found;
    QVERIFY(tryton("model.sale.sale.search",
        {Value::array({Value::array({Value::utf8("reference"), Value::utf8("="), Value::utf8("WEB-2001")})}),
            Value::number(0), Value(), Value()},
        &found));
    QCOMPARE(found.items().size(), 1);
}

void TestE2eTryton::customersArriveWithTheirAddresses()
{
    // The orders above created the parties: C-100 and C-200 with their numbers, a guest with
    // Tryton's own code; the company's party is no customer.
    const SyncReport first = run(DataPointKind::Customers);
    QVERIFY2(first.run.status == RunStatus::Succeeded, qPrintable(first.run.message));
    QCOMPARE(first.run.counts.created, 3);
    const Value ann = shopRecord(DataPointKind::Customers, QStringLiteral("C-100"));
    QCOMPARE(text(ann, "name"), QStringLiteral("Ann Example"));
    QCOMPARE(text(ann, "email"), QStringLiteral("web-1001@mail.example"));
    QCOMPARE(text(*ann.find("billTo"), "street"), QStringLiteral("Main Street 1"));
    const QList<Value> &sites = ann.find("shipTo")->items();
    QCOMPARE(sites.size(), 2);
    QCOMPARE(text(sites.at(1), "city"), QStringLiteral("Aarhus"));

    // An address changed in Tryton leaves the party's stamps alone, and still arrives.
    Value harbour;
    QVERIFY(tryton("model.party.address.search",
        {Value::array({TrytonRpc::clause("street", "=", Value::utf8("Harbour 7")),
             TrytonRpc::clause("party.code", "=", Value::utf8("C-100"))}),
            Value::number(0), Value(), Value()},
        &harbour));
    QCOMPARE(harbour.items().size(), 1);
    QVERIFY(tryton("model.party.address.write",
        {harbour, Value::object({{QByteArray("street"), Value::string(QStringLiteral("Harbour 9"))}})}));
    const SyncReport next = run(DataPointKind::Customers);
    QVERIFY2(next.run.status == RunStatus::Succeeded, qPrintable(next.run.message));
    QCOMPARE(next.run.counts.updated, 1);
    QCOMPARE(next.run.counts.created, 0);
    QCOMPARE(
        text(shopRecord(DataPointKind::Customers, QStringLiteral("C-100")).find("shipTo")->items().at(1), "street"),
        QStringLiteral("Harbour 9"));
}

void TestE2eTryton::shippingStateArrivesInTheShop()
{
    const SyncReport before = run(DataPointKind::OrderUpdates);
    QVERIFY2(before.run.status == RunStatus::Succeeded, qPrintable(before.run.message));
    QCOMPARE(before.run.counts.created, 3); // WEB-1001, WEB-1002, WEB-2001
    QCOMPARE(text(shopRecord(DataPointKind::OrderUpdates, QStringLiteral("WEB-1001")), "status"),
        QStringLiteral("processing"));

    // The warehouse ships WEB-1001 in Tryton.
    Value sale;
    QVERIFY(tryton("model.sale.sale.search_read",
        {Value::array({TrytonRpc::clause("reference", "=", Value::utf8("WEB-1001"))}), Value::number(0),
            Value::number(1), Value(), Value::array({Value::utf8("shipments")})},
        &sale));
    QCOMPARE(sale.items().size(), 1);
    const Value shipments = *sale.items().constFirst().find("shipments");
    QCOMPARE(shipments.items().size(), 1);
    for (const char *step : {"assign_try", "pick", "pack", "done"})
        QVERIFY2(tryton(QByteArray(QByteArray("model.stock.shipment.out.") + step), {shipments}), step);

    const SyncReport after = run(DataPointKind::OrderUpdates);
    QVERIFY2(after.run.status == RunStatus::Succeeded, qPrintable(after.run.message));
    QCOMPARE(after.run.counts.updated, 1);
    const Value shipped = shopRecord(DataPointKind::OrderUpdates, QStringLiteral("WEB-1001"));
    QCOMPARE(text(shipped, "status"), QStringLiteral("shipped"));
    // The shipment's effective date, in the server's zone (UTC): today, or yesterday past midnight.
    const QDate shippedOn = QDate::fromString(text(shipped, "shippingDate"), Qt::ISODate);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QVERIFY2(shippedOn == today || shippedOn == today.addDays(-1), qPrintable(text(shipped, "shippingDate")));
    QCOMPARE(Json::serialize(*shipped.find("lines")),
        QByteArray(R"([{"lineNumber":1,"sku":"TRY-001","quantityOrdered":2,"quantityShipped":2},)"
                   R"({"lineNumber":2,"sku":"TRY-003","quantityOrdered":10,"quantityShipped":10}])"));
    QCOMPARE(text(shopRecord(DataPointKind::OrderUpdates, QStringLiteral("WEB-1002")), "status"),
        QStringLiteral("processing"));
}

void TestE2eTryton::trytonUserErrorIsLoggedWithItsMessage()
{
    // A product Tryton does not sell: the sale line's domain refuses it with a UserError.
    Value unit;
    QVERIFY(tryton("model.product.uom.search",
        {Value::array({TrytonRpc::clause("symbol", "=", Value::utf8("u"))}), Value::number(0), Value::number(1),
            Value()},
        &unit));
    const Value product = Value::object({{QByteArray("suffix_code"), Value::utf8("TRY-900")}});
    QVERIFY(tryton("model.product.template.create",
        {Value::array({Value::object({{QByteArray("name"), Value::utf8("Display Model")},
            {QByteArray("type"), Value::utf8("goods")}, {QByteArray("default_uom"), unit.items().constFirst()},
            {QByteArray("list_price"), TrytonRpc::decimal(QStringLiteral("99.00"))},
            {QByteArray("salable"), Value::boolean(false)},
            {QByteArray("products"),
                Value::array({Value::array({Value::utf8("create"), Value::array({product})})})}})})}));
    QVERIFY(m_fixture->post(
        SimulatorSystem::Shop, DataPointKind::Orders, "[" + order("WEB-3001", "C-300", "TRY-900") + "]"));
    const SyncReport report = run(DataPointKind::Orders);
    QCOMPARE(report.run.status, RunStatus::FinishedWithFailures);
    QCOMPARE(report.run.counts.created, 0);

    const QList<Failure> failures = m_fixture->failures();
    const auto logged = std::find_if(failures.begin(), failures.end(),
        [&](const Failure &failure) { return failure.key == u"WEB-3001" && failure.runId == report.run.id; });
    QVERIFY(logged != failures.end());
    QCOMPARE(logged->errorClass, ErrorClass::Permanent);
    QCOMPARE(logged->step, FailureStep::Write);
    QVERIFY2(logged->message.contains(QStringLiteral("Tryton refused the change")), qPrintable(logged->message));
    // Nothing half-made stays behind in Tryton, and the order itself is kept for the retry.
    Value sales;
    QVERIFY(tryton("model.sale.sale.search",
        {Value::array({TrytonRpc::clause("reference", "=", Value::utf8("WEB-3001"))}), Value::number(0), Value(),
            Value()},
        &sales));
    QCOMPARE(sales.items().size(), 0);
    QVERIFY(logged->payload.contains("TRY-900"));
}

void TestE2eTryton::wrongPasswordFailsCleanly()
{
    const QByteArray password = qgetenv(PasswordVariable);
    const QHash<QString, Value> before = m_fixture->records(SimulatorSystem::Shop, DataPointKind::Products);
    qputenv(PasswordVariable, "not-the-password");
    m_fixture->rebuild();
    const SyncReport report = run(DataPointKind::Products);
    qputenv(PasswordVariable, password);
    m_fixture->rebuild();

    QCOMPARE(report.run.status, RunStatus::Failed);
    QVERIFY2(report.run.message.contains(QStringLiteral("refused the login of user \"admin\"")),
        qPrintable(report.run.message));
    QVERIFY(!report.run.message.contains(QStringLiteral("not-the-password")));
    QCOMPARE(report.run.counts.created + report.run.counts.updated, 0);
    QCOMPARE(m_fixture->records(SimulatorSystem::Shop, DataPointKind::Products), before);
    // The failure is logged, as a permanent one: only a person can fix a password.
    const QList<Failure> failures = m_fixture->failures();
    QVERIFY(std::any_of(failures.begin(), failures.end(), [&](const Failure &failure) {
        return failure.runId == report.run.id && failure.step == FailureStep::Fetch
            && failure.errorClass == ErrorClass::Permanent;
    }));
    // With the right password the next run has nothing to do.
    const SyncReport next = run(DataPointKind::Products);
    QVERIFY2(next.run.status == RunStatus::Succeeded, qPrintable(next.run.message));
}

void TestE2eTryton::stoppedServerFailsCleanlyAndResumes()
{
    const qint64 template_ = m_seed.value(QStringLiteral("products"))
                                 .toObject()
                                 .value(QStringLiteral("TRY-003"))
                                 .toObject()
                                 .value(QStringLiteral("template"))
                                 .toInteger();
    QVERIFY(tryton("model.product.template.write",
        {Value::array({Value::number(template_)}),
            Value::object({{QByteArray("name"), Value::string(QStringLiteral("Terra Notebook, recycled"))}})}));
    QVERIFY(server("stop"));
    const SyncReport down = run(DataPointKind::Products);
    const bool restarted = server("start");
    QVERIFY(restarted);

    QCOMPARE(down.run.status, RunStatus::Failed);
    const QString url = m_state.value(QStringLiteral("url"));
    const QString hostPort = QUrl(url).host() + u':' + QString::number(QUrl(url).port());
    QVERIFY2(down.run.message.contains(hostPort), qPrintable(down.run.message));
    const QList<Failure> failures = m_fixture->failures();
    QVERIFY(std::any_of(failures.begin(), failures.end(), [&](const Failure &failure) {
        return failure.runId == down.run.id && failure.errorClass == ErrorClass::Transient
            && failure.message.contains(hostPort);
    }));
    QCOMPARE(text(shopRecord(DataPointKind::Products, QStringLiteral("TRY-003")), "name"),
        QStringLiteral("Terra Recycled Notebook"));

    const SyncReport back = run(DataPointKind::Products);
    QVERIFY2(back.run.status == RunStatus::Succeeded, qPrintable(back.run.message));
    QCOMPARE(back.run.counts.updated, 1);
    QCOMPARE(text(shopRecord(DataPointKind::Products, QStringLiteral("TRY-003")), "name"),
        QStringLiteral("Terra Notebook, recycled"));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QHash<QString, QString> state = readState();
    // Without Tryton the suite says why and counts as skipped, never as passed.
    if (state.isEmpty() || state.contains(QStringLiteral("skip"))) {
        const QString reason = state.isEmpty()
            ? QStringLiteral("no Tryton server: run this test through ctest, whose fixture starts one")
            : state.value(QStringLiteral("skip"));
        std::fprintf(stdout, "SKIP: %s\n", qPrintable(reason));
        return SkipExitCode;
    }
    TestE2eTryton test(state);
    return QTest::qExec(&test, argc, argv);
}

#include "tst_e2e_tryton.moc"

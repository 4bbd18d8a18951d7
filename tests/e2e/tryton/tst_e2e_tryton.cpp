// Tryton and the simulated shop, end to end, against the real Tryton server the CTest fixture
// started (tryton-e2e.sh): products, prices, stock and customers arrive with exact figures, a
// second run writes nothing, changes made in Tryton arrive incrementally, web orders become
// confirmed sales and their shipping state comes back, and a UserError, a wrong password or a
// stopped server fail cleanly without losing anything. "Test connection" logs in and names the
// company, and tells a wrong password, a missing database and another server apart.

#include "connectors/httptransport.h"
#include "connectors/tryton/trytonrpc.h"
#include "domain/json.h"
#include "secrets/secretresolver.h"
#include "trytone2efixture.h"

#include <QTest>

#include <cstdio>

using namespace Linkwright;
using namespace Linkwright::Testing;

class TestE2eTryton : public QObject
{
    Q_OBJECT

public:
    explicit TestE2eTryton(QHash<QString, QString> state)
        : m_e2e(std::move(state))
    {
    }

private Q_SLOTS:
    void initTestCase();
    void connectionTestLogsInAndNamesTheCompany();
    void connectionTestTellsWhatIsWrong();
    void productsPricesAndStockArrive();
    void secondRunWritesNothing();
    void changesInTrytonArriveIncrementally();
    void webOrdersBecomeConfirmedSales();
    void anOrderWrittenTwiceIsOneSale();
    void customersArriveWithTheirAddresses();
    void shopCustomersBecomePartiesOnce();
    void shippingStateArrivesInTheShop();
    void trytonUserErrorIsLoggedWithItsMessage();
    void wrongPasswordFailsCleanly();
    void stoppedServerFailsCleanlyAndResumes();

private:
    TrytonE2eFixture m_e2e;
};

void TestE2eTryton::initTestCase()
{
    const QString problem = m_e2e.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestE2eTryton::connectionTestLogsInAndNamesTheCompany()
{
    Endpoint erp = m_e2e.sync().project().erp;
    const int warehouse = m_e2e.seed().value(QStringLiteral("warehouse")).toInt();
    erp.tryton.warehouses = {warehouse, 999'999};
    HttpTransport transport;
    EnvironmentSecretResolver secrets;
    TrytonConnector connector(erp, secrets, transport);
    const TrytonCheck found = connector.check();
    QVERIFY2(found.ok(), qPrintable(found.error.toString()));
    QVERIFY2(found.version.startsWith(QStringLiteral("6.0.")), qPrintable(found.version));
    QCOMPARE(found.companyName, QStringLiteral("Linkwright Test Company"));
    QVERIFY(found.warehouses.contains(
        TrytonCheck::Warehouse{warehouse, QStringLiteral("WH"), QStringLiteral("Warehouse")}));
    QCOMPARE(found.missingWarehouses, QList<int>{999'999});
}

void TestE2eTryton::connectionTestTellsWhatIsWrong()
{
    const QString variable = QString::fromLatin1(TrytonE2eFixture::passwordVariable());
    HttpTransport transport;
    // The wrong password goes to clerk: Tryton counts failed logins per login name, so admin,
    // whom every other test logs in as, is neither slowed down nor locked out.
    Endpoint clerk = m_e2e.sync().project().erp;
    clerk.auth.username = QStringLiteral("clerk");
    EnvironmentSecretResolver wrong({{variable, QStringLiteral("not-the-password")}});
    const TrytonCheck refused = TrytonConnector(clerk, wrong, transport).check();
    QCOMPARE(refused.outcome, TrytonCheck::Outcome::LoginRefused);
    QCOMPARE(refused.httpStatus, 401);
    QVERIFY2(refused.error.message.contains(QStringLiteral("\"clerk\"")), qPrintable(refused.error.message));
    QVERIFY(!refused.error.toString().contains(QStringLiteral("not-the-password")));

    // A database the server does not have: Tryton with SQLite answers with an error, not 404.
    Endpoint elsewhere = m_e2e.sync().project().erp;
    elsewhere.tryton.database = QStringLiteral("no_such_database");
    EnvironmentSecretResolver secrets;
    const TrytonCheck missing = TrytonConnector(elsewhere, secrets, transport).check();
    QCOMPARE(missing.outcome, TrytonCheck::Outcome::DatabaseMissing);
    QVERIFY(!missing.version.isEmpty());

    // The simulated shop is a server, but no Tryton: nobody is asked to log in there.
    Endpoint shop = m_e2e.sync().project().erp;
    shop.baseUrl = m_e2e.sync().project().shop.baseUrl;
    const TrytonCheck other = TrytonConnector(shop, secrets, transport).check();
    QCOMPARE(other.outcome, TrytonCheck::Outcome::NotTryton);
}

void TestE2eTryton::productsPricesAndStockArrive()
{
    for (const DataPointKind kind : {DataPointKind::Products, DataPointKind::Prices, DataPointKind::Stock}) {
        const SyncReport report = m_e2e.run(kind);
        QVERIFY2(report.run.status == RunStatus::Succeeded, qPrintable(report.run.message));
        QCOMPARE(report.run.counts.created, 5);
        QCOMPARE(report.run.counts.failed, 0);
    }
    // Each variant is a product of its own (its code the SKU, its own stock), showing its
    // template's category path and its siblings, as the simulator's products do.
    const Value oak = m_e2e.shopRecord(DataPointKind::Products, QStringLiteral("TRY-010-OAK"));
    QCOMPARE(text(oak, "name"), QStringLiteral("Nova Desk"));
    QCOMPARE(text(oak, "description"), QStringLiteral("Oak"));
    QCOMPARE(text(oak, "category"), QStringLiteral("Office/Desks"));
    QCOMPARE(
        Json::serialize(*oak.find("categories")), QByteArray(R"([{"code":"office-desks","path":"Office/Desks"}])"));
    const QByteArray family = R"([{"sku":"TRY-010-OAK","description":"Oak","attributes":{},"active":true},)"
                              R"({"sku":"TRY-010-ASH","description":"Ash","attributes":{},"active":true}])";
    QCOMPARE(Json::serialize(*oak.find("variants")), family);
    QCOMPARE(
        Json::serialize(*m_e2e.shopRecord(DataPointKind::Products, QStringLiteral("TRY-010-ASH")).find("variants")),
        family);
    QCOMPARE(text(m_e2e.shopRecord(DataPointKind::Prices, QStringLiteral("TRY-010-ASH")), "price"),
        QStringLiteral("499.00"));
    const Value lamp = m_e2e.shopRecord(DataPointKind::Products, QStringLiteral("TRY-001"));
    QCOMPARE(text(lamp, "name"), QStringLiteral("Aero Ash Desk Lamp"));
    QVERIFY(lamp.find("category")->isNull());
    QCOMPARE(Json::serialize(*lamp.find("variants")), QByteArray("[]"));
    QCOMPARE(text(lamp, "description"), QStringLiteral("A desk lamp in ash wood."));
    // Prices keep Tryton's digits: no double on the way.
    QCOMPARE(
        text(m_e2e.shopRecord(DataPointKind::Prices, QStringLiteral("TRY-001")), "price"), QStringLiteral("19.90"));
    QCOMPARE(
        text(m_e2e.shopRecord(DataPointKind::Prices, QStringLiteral("TRY-002")), "price"), QStringLiteral("1234.57"));
    QCOMPARE(text(m_e2e.shopRecord(DataPointKind::Prices, QStringLiteral("TRY-003")), "price"), QStringLiteral("0.10"));
    QCOMPARE(
        text(m_e2e.shopRecord(DataPointKind::Prices, QStringLiteral("TRY-003")), "currency"), QStringLiteral("EUR"));
    const Value hub = m_e2e.shopRecord(DataPointKind::Stock, QStringLiteral("TRY-002"));
    QCOMPARE(text(hub, "available"), QStringLiteral("3"));
    QCOMPARE(Json::serialize(*hub.find("warehouses")), QByteArray(R"([{"warehouse":"WH","quantity":3}])"));
    QCOMPARE(
        text(m_e2e.shopRecord(DataPointKind::Stock, QStringLiteral("TRY-003")), "available"), QStringLiteral("250"));
}

void TestE2eTryton::secondRunWritesNothing()
{
    for (const DataPointKind kind : {DataPointKind::Products, DataPointKind::Prices, DataPointKind::Stock}) {
        const SyncReport report = m_e2e.run(kind);
        QVERIFY2(report.run.status == RunStatus::Succeeded, qPrintable(report.run.message));
        QCOMPARE(report.run.counts.created + report.run.counts.updated + report.run.counts.deleted, 0);
        QCOMPARE(report.run.counts.failed, 0);
    }
}

void TestE2eTryton::changesInTrytonArriveIncrementally()
{
    const QJsonObject seeded = m_e2e.seed().value(QStringLiteral("products")).toObject();
    const qint64 template_ =
        seeded.value(QStringLiteral("TRY-002")).toObject().value(QStringLiteral("template")).toInteger();
    const qint64 lamp = seeded.value(QStringLiteral("TRY-001")).toObject().value(QStringLiteral("product")).toInteger();
    // A template change leaves the variant's write_date alone: only template.write_date says it.
    QVERIFY(m_e2e.tryton("model.product.template.write",
        {Value::array({Value::number(template_)}),
            Value::object({{QByteArray("name"), Value::string(QStringLiteral("Atlas Walnut USB-C Hub II"))},
                {QByteArray("list_price"), TrytonRpc::decimal(QStringLiteral("1299.99"))}})}));
    // Another product's stock changes through a done move, which leaves the product untouched.
    const Value line = Value::object(
        {{QByteArray("product"), Value::number(lamp)}, {QByteArray("quantity"), Value::number(QByteArray("7.0"))}});
    const Value createLines = Value::array({Value::array({Value::utf8("create"), Value::array({line})})});
    const Value storage = Value::number(m_e2e.seed().value(QStringLiteral("storage")).toInteger());
    Value inventory;
    QVERIFY(m_e2e.tryton("model.stock.inventory.create",
        {Value::array({Value::object({{QByteArray("location"), storage}, {QByteArray("lines"), createLines}})})},
        &inventory));
    QCOMPARE(inventory.items().size(), 1);
    QVERIFY(m_e2e.tryton("model.stock.inventory.confirm", {inventory}));

    SyncReport products = m_e2e.run(DataPointKind::Products);
    QVERIFY2(products.run.status == RunStatus::Succeeded, qPrintable(products.run.message));
    QCOMPARE(products.run.counts.updated, 1);
    QCOMPARE(products.run.counts.created, 0);
    QCOMPARE(text(m_e2e.shopRecord(DataPointKind::Products, QStringLiteral("TRY-002")), "name"),
        QStringLiteral("Atlas Walnut USB-C Hub II"));
    SyncReport prices = m_e2e.run(DataPointKind::Prices);
    QCOMPARE(prices.run.counts.updated, 1);
    QCOMPARE(
        text(m_e2e.shopRecord(DataPointKind::Prices, QStringLiteral("TRY-002")), "price"), QStringLiteral("1299.99"));
    SyncReport stock = m_e2e.run(DataPointKind::Stock);
    QVERIFY2(stock.run.status == RunStatus::Succeeded, qPrintable(stock.run.message));
    QCOMPARE(stock.run.counts.updated, 1);
    const Value lampStock = m_e2e.shopRecord(DataPointKind::Stock, QStringLiteral("TRY-001"));
    QCOMPARE(text(lampStock, "available"), QStringLiteral("7"));
    QCOMPARE(Json::serialize(*lampStock.find("warehouses")), QByteArray(R"([{"warehouse":"WH","quantity":7}])"));
    QCOMPARE(text(m_e2e.shopRecord(DataPointKind::Stock, QStringLiteral("TRY-002")), "available"), QStringLiteral("3"));
}

void TestE2eTryton::webOrdersBecomeConfirmedSales()
{
    const QByteArray orders = "["
        + TrytonE2eFixture::order("WEB-1001", "C-100", "TRY-001", TrytonE2eFixture::NotebookLine) + ","
        + TrytonE2eFixture::order("WEB-1002", nullptr, "TRY-001") + ","
        + TrytonE2eFixture::order("WEB-1003", "C-100", "NO-SUCH-SKU") + "]";
    QVERIFY(m_e2e.sync().post(SimulatorSystem::Shop, DataPointKind::Orders, orders));
    const SyncReport report = m_e2e.run(DataPointKind::Orders);
    QCOMPARE(report.run.status, RunStatus::FinishedWithFailures);
    QCOMPARE(report.run.counts.created, 2);
    QCOMPARE(report.run.counts.failed, 1);

    Value sales;
    QVERIFY(m_e2e.tryton("model.sale.sale.search_read",
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
    const QList<Failure> failures = m_e2e.sync().failures();
    QVERIFY(std::any_of(failures.begin(), failures.end(), [&](const Failure &failure) {
        return failure.key == u"WEB-1003" && failure.errorClass == ErrorClass::Permanent
            && failure.message.contains(QStringLiteral("NO-SUCH-SKU"));
    }));
    const SyncReport again = m_e2e.run(DataPointKind::Orders);
    QCOMPARE(again.run.counts.created + again.run.counts.updated, 0);
}

void TestE2eTryton::anOrderWrittenTwiceIsOneSale()
{
    const Value web = *Json::parse(TrytonE2eFixture::order("WEB-2001", "C-200", "TRY-001"));
    const auto first = m_e2e.direct().write(DataPointKind::Orders, {web});
    QVERIFY2(first, first ? "" : qPrintable(first.error().error.toString()));
    QCOMPARE(first->created, 1);
    const auto second = m_e2e.direct().write(DataPointKind::Orders, {web});
    QVERIFY(second);
    QCOMPARE(second->created, 0);
    QCOMPARE(second->unchanged, 1);
    QCOMPARE(second->records.constFirst().id, first->records.constFirst().id);
    Value found;
    QVERIFY(m_e2e.tryton("model.sale.sale.search",
        {Value::array({Value::array({Value::utf8("reference"), Value::utf8("="), Value::utf8("WEB-2001")})}),
            Value::number(0), Value(), Value()},
        &found));
    QCOMPARE(found.items().size(), 1);
}

void TestE2eTryton::customersArriveWithTheirAddresses()
{
    // The orders above created the parties: C-100 and C-200 with their numbers, a guest with
    // Tryton's own code; the company's party is no customer.
    const SyncReport first = m_e2e.run(DataPointKind::Customers);
    QVERIFY2(first.run.status == RunStatus::Succeeded, qPrintable(first.run.message));
    QCOMPARE(first.run.counts.created, 3);
    const Value ann = m_e2e.shopRecord(DataPointKind::Customers, QStringLiteral("C-100"));
    QCOMPARE(text(ann, "name"), QStringLiteral("Ann Example"));
    QCOMPARE(text(ann, "email"), QStringLiteral("web-1001@mail.example"));
    QCOMPARE(text(*ann.find("billTo"), "street"), QStringLiteral("Main Street 1"));
    const QList<Value> &sites = ann.find("shipTo")->items();
    QCOMPARE(sites.size(), 2);
    QCOMPARE(text(sites.at(1), "city"), QStringLiteral("Aarhus"));

    // An address changed in Tryton leaves the party's stamps alone, and still arrives.
    Value harbour;
    QVERIFY(m_e2e.tryton("model.party.address.search",
        {Value::array({TrytonRpc::clause("street", "=", Value::utf8("Harbour 7")),
             TrytonRpc::clause("party.code", "=", Value::utf8("C-100"))}),
            Value::number(0), Value(), Value()},
        &harbour));
    QCOMPARE(harbour.items().size(), 1);
    QVERIFY(m_e2e.tryton("model.party.address.write",
        {harbour, Value::object({{QByteArray("street"), Value::string(QStringLiteral("Harbour 9"))}})}));
    const SyncReport next = m_e2e.run(DataPointKind::Customers);
    QVERIFY2(next.run.status == RunStatus::Succeeded, qPrintable(next.run.message));
    QCOMPARE(next.run.counts.updated, 1);
    QCOMPARE(next.run.counts.created, 0);
    QCOMPARE(text(m_e2e.shopRecord(DataPointKind::Customers, QStringLiteral("C-100")).find("shipTo")->items().at(1),
                 "street"),
        QStringLiteral("Harbour 9"));
}

namespace {

QByteArray shopCustomer(const char *email, const char *siteStreet)
{
    return R"([{"customerNumber":"C-500","name":"Bo Jensen","email":")" + QByteArray(email)
        + R"(","billTo":{"name":"Bo Jensen","street":"Elm Road 4","postalCode":"2100","city":"Copenhagen",)"
          R"("country":"DK"},"shipTo":[{"addressId":"MAIN","default":true,"name":"Bo Jensen","street":"Elm Road 4",)"
          R"("postalCode":"2100","city":"Copenhagen","country":"DK"},{"addressId":"SITE2","default":false,)"
          R"("name":"Bo Jensen","street":")"
        + QByteArray(siteStreet) + R"(","postalCode":"8000","city":"Aarhus","country":"DK"}]}])";
}

} // namespace

void TestE2eTryton::shopCustomersBecomePartiesOnce()
{
    DataPointConfig &customers = m_e2e.sync().dataPoint(DataPointKind::Customers);
    customers.direction = Direction::Both;
    m_e2e.sync().rebuild();
    const auto partyOf = [&](qint64 *id) {
        Value found;
        const bool asked = m_e2e.tryton("model.party.party.search",
            {Value::array({TrytonRpc::clause("code", "=", Value::utf8("C-500"))}), Value::number(0), Value(), Value()},
            &found);
        *id = asked && found.items().size() == 1 ? found.items().constFirst().utf8().toLongLong() : 0;
        return asked ? found.items().size() : -1;
    };
    const auto addressesOf = [&](qint64 party) {
        Value rows;
        const bool asked = m_e2e.tryton("model.party.address.search_read",
            {Value::array({TrytonRpc::clause("party", "=", Value::number(party))}), Value::number(0), Value(),
                Value::array({Value::array({Value::utf8("id"), Value::utf8("ASC")})}),
                Value::array({Value::utf8("street"), Value::utf8("country.code"), Value::utf8("invoice"),
                    Value::utf8("delivery")})},
            &rows);
        QStringList found;
        for (const Value &row : asked ? rows.items() : QList<Value>()) {
            const auto mark = [&](const char *flag) {
                return TrytonRpc::isTrue(*row.find(flag)) ? QStringLiteral("true") : QStringLiteral("false");
            };
            found.append(text(row, "street") + u' ' + text(*row.find("country."), "code") + u' ' + mark("invoice")
                + u' ' + mark("delivery"));
        }
        return found;
    };
    const auto emailOf = [&](qint64 party) {
        Value rows;
        const bool asked = m_e2e.tryton("model.party.contact_mechanism.search_read",
            {Value::array({TrytonRpc::clause("party", "=", Value::number(party)),
                 TrytonRpc::clause("type", "=", Value::utf8("email"))}),
                Value::number(0), Value(), Value(), Value::array({Value::utf8("value")})},
            &rows);
        return asked && rows.items().size() == 1 ? text(rows.items().constFirst(), "value") : QString();
    };

    // A customer who signed up in the shop: the billing address is also the first ship-to one.
    QVERIFY(m_e2e.sync().post(
        SimulatorSystem::Shop, DataPointKind::Customers, shopCustomer("bo@mail.example", "Harbour 7")));
    const SyncReport first = m_e2e.run(DataPointKind::Customers);
    QVERIFY2(first.run.status == RunStatus::Succeeded, qPrintable(first.run.message));
    QCOMPARE(first.run.counts.failed, 0);
    qint64 party = 0;
    QCOMPARE(partyOf(&party), 1);
    QCOMPARE(addressesOf(party),
        (QStringList{QStringLiteral("Elm Road 4 DK true true"), QStringLiteral("Harbour 7 DK false true")}));
    QCOMPARE(emailOf(party), QStringLiteral("bo@mail.example"));

    // Again, and written straight once more: still one party, nothing added.
    const SyncReport again = m_e2e.run(DataPointKind::Customers);
    QVERIFY2(again.run.status == RunStatus::Succeeded, qPrintable(again.run.message));
    QCOMPARE(again.run.counts.failed, 0);
    const Value bo = Json::parse(shopCustomer("bo@mail.example", "Harbour 7"))->items().constFirst();
    const auto direct = m_e2e.direct().write(DataPointKind::Customers, {bo});
    QVERIFY2(direct, direct ? "" : qPrintable(direct.error().error.toString()));
    QCOMPARE(direct->unchanged, 1);
    QCOMPARE(direct->records.constFirst().id, QString::number(party));
    qint64 same = 0;
    QCOMPARE(partyOf(&same), 1);
    QCOMPARE(same, party);
    QCOMPARE(addressesOf(party).size(), 2);

    // The customer changes the e-mail and the second site in the shop: the party follows. The
    // old site stays in Tryton (sales may point at it) without its delivery mark.
    QVERIFY(
        m_e2e.sync().post(SimulatorSystem::Shop, DataPointKind::Customers, shopCustomer("bo@new.example", "Quay 2")));
    const SyncReport changed = m_e2e.run(DataPointKind::Customers);
    QVERIFY2(changed.run.status == RunStatus::Succeeded, qPrintable(changed.run.message));
    QCOMPARE(changed.run.counts.failed, 0);
    QCOMPARE(emailOf(party), QStringLiteral("bo@new.example"));
    QCOMPARE(partyOf(&same), 1);
    QCOMPARE(addressesOf(party),
        (QStringList{QStringLiteral("Elm Road 4 DK true true"), QStringLiteral("Harbour 7 DK false false"),
            QStringLiteral("Quay 2 DK false true")}));
}

void TestE2eTryton::shippingStateArrivesInTheShop()
{
    const SyncReport before = m_e2e.run(DataPointKind::OrderUpdates);
    QVERIFY2(before.run.status == RunStatus::Succeeded, qPrintable(before.run.message));
    QCOMPARE(before.run.counts.created, 3); // WEB-1001, WEB-1002, WEB-2001
    QCOMPARE(text(m_e2e.shopRecord(DataPointKind::OrderUpdates, QStringLiteral("WEB-1001")), "status"),
        QStringLiteral("processing"));

    // The warehouse ships WEB-1001 in Tryton.
    Value sale;
    QVERIFY(m_e2e.tryton("model.sale.sale.search_read",
        {Value::array({TrytonRpc::clause("reference", "=", Value::utf8("WEB-1001"))}), Value::number(0),
            Value::number(1), Value(), Value::array({Value::utf8("shipments")})},
        &sale));
    QCOMPARE(sale.items().size(), 1);
    const Value shipments = *sale.items().constFirst().find("shipments");
    QCOMPARE(shipments.items().size(), 1);
    for (const char *step : {"assign_try", "pick", "pack", "done"})
        QVERIFY2(m_e2e.tryton(QByteArray(QByteArray("model.stock.shipment.out.") + step), {shipments}), step);

    const SyncReport after = m_e2e.run(DataPointKind::OrderUpdates);
    QVERIFY2(after.run.status == RunStatus::Succeeded, qPrintable(after.run.message));
    QCOMPARE(after.run.counts.updated, 1);
    const Value shipped = m_e2e.shopRecord(DataPointKind::OrderUpdates, QStringLiteral("WEB-1001"));
    QCOMPARE(text(shipped, "status"), QStringLiteral("shipped"));
    // The shipment's effective date, in the server's zone (UTC): today, or yesterday past midnight.
    const QDate shippedOn = QDate::fromString(text(shipped, "shippingDate"), Qt::ISODate);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QVERIFY2(shippedOn == today || shippedOn == today.addDays(-1), qPrintable(text(shipped, "shippingDate")));
    QCOMPARE(Json::serialize(*shipped.find("lines")),
        QByteArray(R"([{"lineNumber":1,"sku":"TRY-001","quantityOrdered":2,"quantityShipped":2},)"
                   R"({"lineNumber":2,"sku":"TRY-003","quantityOrdered":10,"quantityShipped":10}])"));
    QCOMPARE(text(m_e2e.shopRecord(DataPointKind::OrderUpdates, QStringLiteral("WEB-1002")), "status"),
        QStringLiteral("processing"));
}

void TestE2eTryton::trytonUserErrorIsLoggedWithItsMessage()
{
    // A product Tryton does not sell: the sale line's domain refuses it with a UserError.
    Value unit;
    QVERIFY(m_e2e.tryton("model.product.uom.search",
        {Value::array({TrytonRpc::clause("symbol", "=", Value::utf8("u"))}), Value::number(0), Value::number(1),
            Value()},
        &unit));
    const Value product = Value::object({{QByteArray("suffix_code"), Value::utf8("TRY-900")}});
    QVERIFY(m_e2e.tryton("model.product.template.create",
        {Value::array({Value::object({{QByteArray("name"), Value::utf8("Display Model")},
            {QByteArray("type"), Value::utf8("goods")}, {QByteArray("default_uom"), unit.items().constFirst()},
            {QByteArray("list_price"), TrytonRpc::decimal(QStringLiteral("99.00"))},
            {QByteArray("salable"), Value::boolean(false)},
            {QByteArray("products"),
                Value::array({Value::array({Value::utf8("create"), Value::array({product})})})}})})}));
    QVERIFY(m_e2e.sync().post(SimulatorSystem::Shop, DataPointKind::Orders,
        "[" + TrytonE2eFixture::order("WEB-3001", "C-300", "TRY-900") + "]"));
    const SyncReport report = m_e2e.run(DataPointKind::Orders);
    QCOMPARE(report.run.status, RunStatus::FinishedWithFailures);
    QCOMPARE(report.run.counts.created, 0);

    const QList<Failure> failures = m_e2e.sync().failures();
    const auto logged = std::find_if(failures.begin(), failures.end(),
        [&](const Failure &failure) { return failure.key == u"WEB-3001" && failure.runId == report.run.id; });
    QVERIFY(logged != failures.end());
    QCOMPARE(logged->errorClass, ErrorClass::Permanent);
    QCOMPARE(logged->step, FailureStep::Write);
    QVERIFY2(logged->message.contains(QStringLiteral("Tryton refused the change")), qPrintable(logged->message));
    // Nothing half-made stays behind in Tryton, and the order itself is kept for the retry.
    Value sales;
    QVERIFY(m_e2e.tryton("model.sale.sale.search",
        {Value::array({TrytonRpc::clause("reference", "=", Value::utf8("WEB-3001"))}), Value::number(0), Value(),
            Value()},
        &sales));
    QCOMPARE(sales.items().size(), 0);
    QVERIFY(logged->payload.contains("TRY-900"));
}

void TestE2eTryton::wrongPasswordFailsCleanly()
{
    const QByteArray password = qgetenv(TrytonE2eFixture::passwordVariable());
    const QHash<QString, Value> before = m_e2e.sync().records(SimulatorSystem::Shop, DataPointKind::Products);
    qputenv(TrytonE2eFixture::passwordVariable(), "not-the-password");
    m_e2e.sync().rebuild();
    const SyncReport report = m_e2e.run(DataPointKind::Products);
    qputenv(TrytonE2eFixture::passwordVariable(), password);
    m_e2e.sync().rebuild();

    QCOMPARE(report.run.status, RunStatus::Failed);
    QVERIFY2(report.run.message.contains(QStringLiteral("refused the login of user \"admin\"")),
        qPrintable(report.run.message));
    QVERIFY(!report.run.message.contains(QStringLiteral("not-the-password")));
    QCOMPARE(report.run.counts.created + report.run.counts.updated, 0);
    QCOMPARE(m_e2e.sync().records(SimulatorSystem::Shop, DataPointKind::Products), before);
    // The failure is logged, as a permanent one: only a person can fix a password.
    const QList<Failure> failures = m_e2e.sync().failures();
    QVERIFY(std::any_of(failures.begin(), failures.end(), [&](const Failure &failure) {
        return failure.runId == report.run.id && failure.step == FailureStep::Fetch
            && failure.errorClass == ErrorClass::Permanent;
    }));
    // With the right password the next run has nothing to do.
    const SyncReport next = m_e2e.run(DataPointKind::Products);
    QVERIFY2(next.run.status == RunStatus::Succeeded, qPrintable(next.run.message));
}

void TestE2eTryton::stoppedServerFailsCleanlyAndResumes()
{
    const qint64 template_ = m_e2e.seed()
                                 .value(QStringLiteral("products"))
                                 .toObject()
                                 .value(QStringLiteral("TRY-003"))
                                 .toObject()
                                 .value(QStringLiteral("template"))
                                 .toInteger();
    QVERIFY(m_e2e.tryton("model.product.template.write",
        {Value::array({Value::number(template_)}),
            Value::object({{QByteArray("name"), Value::string(QStringLiteral("Terra Notebook, recycled"))}})}));
    QVERIFY(m_e2e.server("stop"));
    const SyncReport down = m_e2e.run(DataPointKind::Products);
    const bool restarted = m_e2e.server("start");
    QVERIFY(restarted);

    QCOMPARE(down.run.status, RunStatus::Failed);
    const QString url = m_e2e.state("url");
    const QString hostPort = QUrl(url).host() + u':' + QString::number(QUrl(url).port());
    QVERIFY2(down.run.message.contains(hostPort), qPrintable(down.run.message));
    const QList<Failure> failures = m_e2e.sync().failures();
    QVERIFY(std::any_of(failures.begin(), failures.end(), [&](const Failure &failure) {
        return failure.runId == down.run.id && failure.errorClass == ErrorClass::Transient
            && failure.message.contains(hostPort);
    }));
    QCOMPARE(text(m_e2e.shopRecord(DataPointKind::Products, QStringLiteral("TRY-003")), "name"),
        QStringLiteral("Terra Recycled Notebook"));

    const SyncReport back = m_e2e.run(DataPointKind::Products);
    QVERIFY2(back.run.status == RunStatus::Succeeded, qPrintable(back.run.message));
    QCOMPARE(back.run.counts.updated, 1);
    QCOMPARE(text(m_e2e.shopRecord(DataPointKind::Products, QStringLiteral("TRY-003")), "name"),
        QStringLiteral("Terra Notebook, recycled"));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QHash<QString, QString> state = TrytonE2eFixture::readState();
    // Without Tryton the suite says why and counts as skipped, never as passed.
    if (state.isEmpty() || state.contains(QStringLiteral("skip"))) {
        const QString reason = state.isEmpty()
            ? QStringLiteral("no Tryton server: run this test through ctest, whose fixture starts one")
            : state.value(QStringLiteral("skip"));
        std::fprintf(stdout, "SKIP: %s\n", qPrintable(reason));
        return TrytonE2eFixture::SkipExitCode;
    }
    TestE2eTryton test(state);
    return QTest::qExec(&test, argc, argv);
}

#include "tst_e2e_tryton.moc"

// What the Tryton connector makes of Tryton's data beyond the plain rows: products with their
// categories and sibling variants, customers written into Tryton as parties, the addresses'
// invoice and delivery marks, and invoices in a database that cannot have them (the invoices
// themselves: tst_trytoninvoices).

#include "connectors/tryton/trytonrecords.h"
#include "trytontestcase.h"

#include <QTest>

using namespace Linkwright;
using namespace Linkwright::Testing;

namespace {

QByteArray productRow(int id, const char *code, int template_, const char *name, const char *categories,
    const char *products, const char *description, int second)
{
    return "{\"id\":" + QByteArray::number(id) + ",\"code\":\"" + code + "\",\"template\":"
        + QByteArray::number(template_) + ",\"template.\":{\"id\":" + QByteArray::number(template_) + ",\"name\":\""
        + name + "\",\"write_date\":null,\"create_date\":" + datetime(10, 0) + ",\"categories\":" + categories
        + ",\"products\":" + products + R"(},"list_price":{"__class__":"Decimal","decimal":"499.00"},"description":")"
        + description + R"(","active":1,"default_uom.":{"id":1,"symbol":"u"},"write_date":)" + datetime(second, 0)
        + ",\"create_date\":" + datetime(10, 0) + "}";
}

const QByteArray Modules = R"([{"id":1,"name":"account_invoice"},{"id":2,"name":"stock"}])";

const QByteArray Ann = R"({"customerNumber":"C-1","name":"Ann Example","email":"ann@mail.example",
    "phone":"+45 1234","billTo":{"name":"Ann Example","street":"Main Street 1","postalCode":"1000",
    "city":"Copenhagen","country":"DK"},"shipTo":[{"addressId":"MAIN","default":true,"name":"Ann Example",
    "street":"Main Street 1","postalCode":"1000","city":"Copenhagen","country":"DK"},{"addressId":"SITE2",
    "default":false,"name":"Ann Example","street":"Harbour 7","postalCode":"8000","city":"Aarhus","country":"dk"}]})";

} // namespace

class TestTrytonData : public TrytonTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(startServer()); }
    void cleanup() { stopServer(); }

    void productsShowTheirCategoryAndVariants();
    void categoryPathsAndCodesAreTheSimulators();
    void addressMarksSayWhichIsBillToAndShipTo();
    void newCustomerBecomesAPartyWithItsAddresses();
    void sameCustomerAgainChangesNothing();
    void changedFieldsUpdateThePartyAndNothingElse();
    void twoAddressesOnOneKeepBothMarks();
    void refusalsStayWithTheirRecord();
    void invoicesNameTheMissingModule();

private:
    /// Ann's party as Tryton keeps it after Ann was written; SQLite gives the marks as 1 and 0.
    void annInTryton();
};

void TestTrytonData::productsShowTheirCategoryAndVariants()
{
    // Two products of one template in a category, and a template with one product and none.
    // SQLite gives "active" as 1: the records say true, as the simulator's do.
    m_tryton.results.insert("model.product.product.search_read",
        "[" + productRow(4, "TRY-010-OAK", 4, "Nova Desk", "[2]", "[5,4]", "Oak", 20) + ","
            + productRow(5, "TRY-010-ASH", 4, "Nova Desk", "[2]", "[5,4]", "Ash", 30) + ","
            + productRow(6, "TRY-011", 6, "Solo Lamp", "[]", "[6]", "", 20) + "]");
    m_tryton.results.insert("model.product.category.read",
        R"([{"id":2,"rec_name":"Office / Desks","write_date":)" + datetime(40, 0) + ",\"create_date\":" + datetime(5, 0)
            + "}]");
    auto tryton = connector(m_server->url());
    PageRequest request;
    request.pageSize = 10;
    auto page = tryton->fetchPage(DataPointKind::Products, request);
    QVERIFY2(page, qPrintable(page ? QString() : page.error().error.toString()));
    QCOMPARE(page->records.size(), 3);

    const Value &oak = page->records.at(0);
    QCOMPARE(text(oak, "sku"), QStringLiteral("TRY-010-OAK"));
    QCOMPARE(text(oak, "category"), QStringLiteral("Office/Desks"));
    QCOMPARE(
        Json::serialize(*oak.find("categories")), QByteArray(R"([{"code":"office-desks","path":"Office/Desks"}])"));
    const QByteArray family = R"([{"sku":"TRY-010-OAK","description":"Oak","attributes":{},"active":true},)"
                              R"({"sku":"TRY-010-ASH","description":"Ash","attributes":{},"active":true}])";
    QCOMPARE(Json::serialize(*oak.find("variants")), family);
    QCOMPARE(Json::serialize(*page->records.at(1).find("variants")), family);
    // A renamed category changes the record: its stamp counts.
    QCOMPARE(text(oak, "modifiedAt"), QStringLiteral("2026-03-09T07:05:40.000Z"));

    const Value &lamp = page->records.at(2);
    QVERIFY(lamp.find("category")->isNull());
    QCOMPARE(Json::serialize(*lamp.find("categories")), QByteArray("[]"));
    QCOMPARE(Json::serialize(*lamp.find("variants")), QByteArray("[]"));
    QCOMPARE(text(lamp, "modifiedAt"), QStringLiteral("2026-03-09T07:05:20.000Z"));

    // One read of the page's categories and one of the siblings, never one per record.
    QCOMPARE(calls("model.product.category.read").size(), 1);
    QCOMPARE(Json::serialize(firstParam("model.product.category.read")), QByteArray("[2]"));
    QCOMPARE(calls("model.product.product.search_read").size(), 2);
    QCOMPARE(
        Json::serialize(firstParam("model.product.product.search_read", 1)), QByteArray(R"([["template","in",[4]]])"));
}

void TestTrytonData::categoryPathsAndCodesAreTheSimulators()
{
    QCOMPARE(TrytonRecords::categoryPath(QStringLiteral("Office / Desks")), QStringLiteral("Office/Desks"));
    QCOMPARE(TrytonRecords::categoryPath(QStringLiteral("Lighting")), QStringLiteral("Lighting"));
    QCOMPARE(TrytonRecords::categoryCode(QStringLiteral("Office/Desks")), QStringLiteral("office-desks"));
    QCOMPARE(TrytonRecords::categoryCode(QStringLiteral("Büro & Möbel/Stühle")), QStringLiteral("buro-mobel-stuhle"));
}

void TestTrytonData::addressMarksSayWhichIsBillToAndShipTo()
{
    const Value party = parse(R"({"id":7,"code":"C-1","name":"Ann"})");
    const QList<Value> addresses{
        parse(R"({"id":11,"street":"Dock 3","invoice":false,"delivery":true})"),
        parse(R"({"id":12,"street":"Main Street 1","invoice":true,"delivery":true})"),
        parse(R"({"id":13,"street":"Old Road 5","invoice":false,"delivery":false})"),
    };
    const Value marked = TrytonRecords::customer(party, addresses, {});
    QCOMPARE(text(*marked.find("billTo"), "addressId"), QStringLiteral("A12"));
    const QList<Value> &sites = marked.find("shipTo")->items();
    QCOMPARE(sites.size(), 2);
    QCOMPARE(text(sites.at(0), "street"), QStringLiteral("Dock 3"));
    QCOMPARE(text(sites.at(1), "street"), QStringLiteral("Main Street 1"));
    // Nobody marked them (the sale writer's parties): the first and all of them.
    const Value plain =
        TrytonRecords::customer(party, {parse(R"({"id":11,"street":"A"})"), parse(R"({"id":12,"street":"B"})")}, {});
    QCOMPARE(text(*plain.find("billTo"), "street"), QStringLiteral("A"));
    QCOMPARE(plain.find("shipTo")->items().size(), 2);
}

void TestTrytonData::newCustomerBecomesAPartyWithItsAddresses()
{
    m_tryton.results.insert("model.ir.module.search_read", Modules);
    m_tryton.results.insert("model.country.country.search", "[60]");
    m_tryton.results.insert("model.party.party.create", "[7]");
    auto tryton = connector(m_server->url());
    const auto written = tryton->write(DataPointKind::Customers, {parse(Ann)});
    QVERIFY2(written, written ? "" : qPrintable(written.error().error.toString()));
    QCOMPARE(written->created, 1);
    QCOMPARE(written->records.constFirst().id, QStringLiteral("7"));

    // The billing address is also the first ship-to one: one Tryton address with both marks.
    QCOMPARE(Json::serialize(firstParam("model.party.party.create")),
        QByteArray(R"([{"name":"Ann Example","code":"C-1","addresses":[["create",[)"
                   R"({"name":"Ann Example","street":"Main Street 1","postal_code":"1000","city":"Copenhagen",)"
                   R"("country":60,"invoice":true,"delivery":true},)"
                   R"({"name":"Ann Example","street":"Harbour 7","postal_code":"8000","city":"Aarhus",)"
                   R"("country":60,"invoice":false,"delivery":true}]]],)"
                   R"("contact_mechanisms":[["create",[{"type":"email","value":"ann@mail.example"},)"
                   R"({"type":"phone","value":"+45 1234"}]]]}])"));
    // Found by its code first, archived parties too (their code stays taken); the country by its
    // code, once ("DK" and "dk" alike).
    QCOMPARE(Json::serialize(firstParam("model.party.party.search_read")),
        QByteArray(R"([["code","=","C-1"],["active","in",[true,false]]])"));
    QCOMPARE(calls("model.country.country.search").size(), 1);
}

void TestTrytonData::annInTryton()
{
    m_tryton.results.insert("model.ir.module.search_read", Modules);
    m_tryton.results.insert("model.country.country.search", "[60]");
    m_tryton.results.insert("model.party.party.search_read", R"([{"id":7,"name":"Ann Example"}])");
    m_tryton.results.insert("model.party.address.search_read",
        R"([{"id":11,"name":"Ann Example","street":"Main Street 1","postal_code":"1000","city":"Copenhagen",
            "country":60,"invoice":1,"delivery":1},{"id":12,"name":"Ann Example","street":"Harbour 7",
            "postal_code":"8000","city":"Aarhus","country":60,"invoice":0,"delivery":1}])");
    m_tryton.results.insert("model.party.contact_mechanism.search_read",
        R"([{"id":21,"type":"email","value":"ann@mail.example"},{"id":22,"type":"phone","value":"+45 1234"}])");
}

void TestTrytonData::sameCustomerAgainChangesNothing()
{
    annInTryton();
    auto tryton = connector(m_server->url());
    const auto written = tryton->write(DataPointKind::Customers, {parse(Ann)});
    QVERIFY2(written, written ? "" : qPrintable(written.error().error.toString()));
    QCOMPARE(written->unchanged, 1);
    QCOMPARE(written->created + written->updated + written->failed, 0);
    QCOMPARE(written->records.constFirst().id, QStringLiteral("7"));
    QCOMPARE(calls("model.party.party.create").size(), 0);
    QCOMPARE(calls("model.party.party.write").size(), 0);
}

void TestTrytonData::changedFieldsUpdateThePartyAndNothingElse()
{
    annInTryton();
    // A two-way update: the changed fields only. The first ship-to address by the id the
    // connector read it with, a new one instead of Harbour 7, the phone cleared.
    const Value change = parse(R"({"customerNumber":"C-1","email":"ann@new.example","phone":null,
        "shipTo":[{"addressId":"A11","name":"Ann Example","street":"Main Street 1","postalCode":"1000",
        "city":"Copenhagen","country":"DK"},{"name":"Ann Example","street":"Dock 3","postalCode":"8000",
        "city":"Aarhus","country":"DK"}]})");
    auto tryton = connector(m_server->url());
    const auto written = tryton->write(DataPointKind::Customers, {change});
    QVERIFY2(written, written ? "" : qPrintable(written.error().error.toString()));
    QCOMPARE(written->updated, 1);
    const QList<Value> writes = calls("model.party.party.write");
    QCOMPARE(writes.size(), 1);
    const QList<Value> &params = writes.constFirst().find("params")->items();
    QCOMPARE(Json::serialize(params.at(0)), QByteArray("[7]"));
    // The name was not sent, so it stays; Harbour 7 stays too (sales may point at it) but is no
    // longer a delivery address; the invoice mark, not spoken of, stays on Main Street 1.
    QCOMPARE(Json::serialize(params.at(1)),
        QByteArray(R"({"addresses":[["create",[{"name":"Ann Example","street":"Dock 3","postal_code":"8000",)"
                   R"("city":"Aarhus","country":60,"invoice":false,"delivery":true}]],)"
                   R"(["write",[12],{"delivery":false}]],)"
                   R"("contact_mechanisms":[["write",[21],{"value":"ann@new.example"}],["delete",[22]]]})"));
}

void TestTrytonData::twoAddressesOnOneKeepBothMarks()
{
    annInTryton();
    // The bill-to names Tryton's address 11; the ship-to an id Tryton no longer has, with the
    // same content, so it comes to address 11 too: the address keeps the invoice mark the
    // bill-to gives it (the ship-to's pass must not take it away) and gets the delivery mark.
    const Value change = parse(R"({"customerNumber":"C-1",
        "billTo":{"addressId":"A11","name":"Ann Example","street":"Main Street 1","postalCode":"1000",
        "city":"Copenhagen","country":"DK"},
        "shipTo":[{"addressId":"A99","name":"Ann Example","street":"Main Street 1","postalCode":"1000",
        "city":"Copenhagen","country":"DK"}]})");
    auto tryton = connector(m_server->url());
    const auto written = tryton->write(DataPointKind::Customers, {change});
    QVERIFY2(written, written ? "" : qPrintable(written.error().error.toString()));
    QCOMPARE(written->failed, 0);
    const QList<Value> writes = calls("model.party.party.write");
    QCOMPARE(writes.size(), 1);
    // Only Harbour 7 changes: it is no longer listed for deliveries. Address 11 keeps both marks.
    QCOMPARE(Json::serialize(writes.constFirst().find("params")->items().at(1)),
        QByteArray(R"({"addresses":[["write",[12],{"delivery":false}]]})"));
}

void TestTrytonData::refusalsStayWithTheirRecord()
{
    m_tryton.results.insert("model.ir.module.search_read", Modules);
    m_tryton.results.insert("model.country.country.search", "[]");
    m_tryton.errors.insert(
        "model.party.party.create", R"(["UserError",["The code of party \"Bo\" must be unique.","",null]])");
    const QList<Value> customers{
        parse(R"({"name":"No Number"})"),
        parse(R"({"customerNumber":"C-2","name":"Cy","billTo":{"street":"Elm 1","country":"XX"}})"),
        parse(R"({"customerNumber":"C-3","name":"Bo"})"),
    };
    auto tryton = connector(m_server->url());
    const auto written = tryton->write(DataPointKind::Customers, customers);
    QVERIFY2(written, written ? "" : qPrintable(written.error().error.toString()));
    QCOMPARE(written->failed, 3);
    QCOMPARE(written->records.size(), 3);
    const auto message = [&](int i) { return written->records.at(i).error; };
    QVERIFY2(message(0).contains(QStringLiteral("customerNumber")), qPrintable(message(0)));
    QVERIFY2(message(1).contains(QStringLiteral("no country with the code \"XX\"")), qPrintable(message(1)));
    QVERIFY2(message(2).contains(QStringLiteral("must be unique")), qPrintable(message(2)));
    // The unknown country stopped its record before anything was written.
    QCOMPARE(calls("model.party.party.create").size(), 1);
}

void TestTrytonData::invoicesNameTheMissingModule()
{
    m_tryton.results.insert("model.ir.module.search_read", R"([{"id":2,"name":"stock"}])");
    auto tryton = connector(m_server->url());
    const auto page = tryton->fetchPage(DataPointKind::Invoices, {});
    QVERIFY(!page);
    QCOMPARE(page.error().failureClass, FailureClass::Permanent);
    const QString message = page.error().error.message;
    QVERIFY2(message.contains(QStringLiteral("account_invoice")) && message.contains(QStringLiteral("\"shop\"")),
        qPrintable(message));
    QVERIFY2(
        page.error().error.hint.contains(QStringLiteral("-u account_invoice")), qPrintable(page.error().error.hint));
}

QTEST_GUILESS_MAIN(TestTrytonData)
#include "tst_trytondata.moc"

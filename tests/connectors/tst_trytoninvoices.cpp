// Customer invoices and credit notes read from Tryton's account.invoice, in the simulator ERP's
// invoice shape: exact amounts, credit notes with the simulator's signs, drafts left out, one
// read per page for the lines and the sales, and the incremental domain.

#include "connectors/tryton/trytoninvoices.h"
#include "trytontestcase.h"

#include <QTest>

using namespace Linkwright;
using namespace Linkwright::Testing;

namespace {

const QByteArray Modules = R"([{"id":1,"name":"account_invoice"},{"id":2,"name":"sale"}])";

QByteArray decimal(const char *text)
{
    return QByteArray(R"({"__class__":"Decimal","decimal":")") + text + "\"}";
}

/// A posted (or other state) customer invoice of Ann's with the totals given and the sales.
QByteArray invoiceRow(int id, const char *number, const char *state, const char *untaxed, const char *tax,
    const char *total, const char *sales)
{
    return "{\"id\":" + QByteArray::number(id) + ",\"number\":\"" + number + "\",\"type\":\"out\",\"state\":\"" + state
        + R"(","invoice_date":{"__class__":"date","year":2026,"month":3,"day":9},)"
        + R"("party.":{"id":7,"code":"C-1","name":"Ann Example"},)"
        + R"("invoice_address.":{"id":12,"name":null,"street":"Main Street 1","postal_code":"1000",)"
        + R"("city":"Copenhagen","country.":{"id":60,"code":"DK"}},"currency.":{"id":1,"code":"EUR"},)"
        + "\"untaxed_amount\":" + decimal(untaxed) + ",\"tax_amount\":" + decimal(tax)
        + ",\"total_amount\":" + decimal(total) + ",\"sales\":" + sales + ",\"write_date\":" + datetime(40, 0)
        + ",\"create_date\":" + datetime(10, 0) + "}";
}

QByteArray lineRow(int id, int invoice, const char *sku, const char *description, const char *quantity,
    const char *unitPrice, const char *amount)
{
    return "{\"id\":" + QByteArray::number(id) + ",\"invoice\":" + QByteArray::number(invoice)
        + ",\"product.\":{\"id\":3,\"code\":\"" + sku + "\"},\"description\":\"" + description
        + "\",\"quantity\":" + quantity + R"(,"unit.":{"id":1,"symbol":"u"},"unit_price":)" + decimal(unitPrice)
        + ",\"amount\":" + decimal(amount) + "}";
}

} // namespace

class TestTrytonInvoices : public TrytonTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(startServer()); }
    void cleanup() { stopServer(); }

    void invoicesHaveTheSimulatorsShape();
    void amountsStayExact();
    void creditNotesCarryTheSimulatorsSigns();
    void draftsAndSupplierInvoicesAreLeftOut();
    void linesAndSalesAreReadOncePerPage();
    void incrementalFetchAsksForChangedInvoices();
    void withoutTheSaleModuleNoSalesAreAsked();
    void statesInTheSimulatorsWords();

private:
    [[nodiscard]] ConnectorResult<Page> fetch(PageRequest request = {})
    {
        auto tryton = connector(m_server->url());
        if (request.pageSize == 0)
            request.pageSize = 10;
        return tryton->fetchPage(DataPointKind::Invoices, request);
    }
};

void TestTrytonInvoices::invoicesHaveTheSimulatorsShape()
{
    m_tryton.results.insert("model.ir.module.search_read", Modules);
    m_tryton.results.insert("model.account.invoice.search_read",
        "[" + invoiceRow(1, "INV-0001", "posted", "40.80", "10.20", "51.00", "[3]") + "]");
    m_tryton.results.insert("model.account.invoice.line.search_read",
        "[" + lineRow(1, 1, "TRY-001", "Aero Ash Desk Lamp", "2.0", "19.90", "39.80") + ","
            + lineRow(2, 1, "TRY-003", "Terra Recycled Notebook", "10.0", "0.10", "1.00") + "]");
    m_tryton.results.insert("model.sale.sale.search_read", R"([{"id":3,"number":"5","reference":"WEB-1001"}])");
    const auto page = fetch();
    QVERIFY2(page, qPrintable(page ? QString() : page.error().error.toString()));
    QCOMPARE(page->records.size(), 1);
    QVERIFY(page->nextCursor.isEmpty());
    const QByteArray expected =
        R"({"invoiceNumber":"INV-0001","type":"invoice","customerNumber":"C-1",)"
        R"("customerName":"Ann Example","billTo":{"name":"","street":"Main Street 1","postalCode":"1000",)"
        R"("city":"Copenhagen","country":"DK"},"shipTo":null,"invoiceDate":"2026-03-09","dueDate":null,)"
        R"("salesOrder":"5","orderNumber":"WEB-1001","source":null,"currency":"EUR","lines":[)"
        R"({"lineNumber":1,"sku":"TRY-001","name":"Aero Ash Desk Lamp","quantity":2,"unit":"u",)"
        R"("unitPrice":"19.90","lineTotal":"39.80"},{"lineNumber":2,"sku":"TRY-003",)"
        R"("name":"Terra Recycled Notebook","quantity":10,"unit":"u","unitPrice":"0.10","lineTotal":"1.00"}],)"
        R"("subtotal":"40.80","taxRate":null,"taxAmount":"10.20","total":"51.00","status":"open",)"
        R"("modifiedAt":"2026-03-09T07:05:40.000Z"})";
    QCOMPARE(Json::serialize(page->records.constFirst()), expected);
}

void TestTrytonInvoices::amountsStayExact()
{
    // More digits than a double holds, and Tryton's four-place unit prices.
    m_tryton.results.insert("model.ir.module.search_read", Modules);
    m_tryton.results.insert("model.account.invoice.search_read",
        "["
            + invoiceRow(
                1, "INV-0002", "paid", "98765432109876543.21", "24691358027469135.80", "123456790137345679.01", "[]")
            + "]");
    m_tryton.results.insert("model.account.invoice.line.search_read",
        "[" + lineRow(1, 1, "TRY-002", "Hub", "3.0", "1234.5700", "3703.71") + ","
            + lineRow(2, 1, "TRY-003", "Paper", "0.5", "0.1234", "0.06") + "]");
    const auto page = fetch();
    QVERIFY(page);
    const Value &invoice = page->records.constFirst();
    QCOMPARE(text(invoice, "subtotal"), QStringLiteral("98765432109876543.21"));
    QCOMPARE(text(invoice, "taxAmount"), QStringLiteral("24691358027469135.80"));
    QCOMPARE(text(invoice, "total"), QStringLiteral("123456790137345679.01"));
    QVERIFY(invoice.find("total")->isString());
    const QList<Value> &lines = invoice.find("lines")->items();
    // Zeros beyond two places go, digits never do.
    QCOMPARE(text(lines.at(0), "unitPrice"), QStringLiteral("1234.57"));
    QCOMPARE(text(lines.at(1), "unitPrice"), QStringLiteral("0.1234"));
    QCOMPARE(Json::serialize(*lines.at(1).find("quantity")), QByteArray("0.5"));
    QCOMPARE(text(invoice, "status"), QStringLiteral("paid"));
    // Without sales: nothing to attach to, and no call for them.
    QVERIFY(invoice.find("salesOrder")->isNull());
    QVERIFY(invoice.find("orderNumber")->isNull());
    QCOMPARE(calls("model.sale.sale.search_read").size(), 0);
}

void TestTrytonInvoices::creditNotesCarryTheSimulatorsSigns()
{
    // Tryton's credit note: negative quantities and totals, positive unit prices.
    m_tryton.results.insert("model.ir.module.search_read", Modules);
    m_tryton.results.insert("model.account.invoice.search_read",
        "[" + invoiceRow(2, "CN-0001", "paid", "-40.80", "-10.20", "-51.00", "[]") + "]");
    m_tryton.results.insert("model.account.invoice.line.search_read",
        "[" + lineRow(3, 2, "TRY-001", "Aero Ash Desk Lamp", "-2.0", "19.90", "-39.80") + ","
            + lineRow(4, 2, "TRY-009", "Goodwill", "1.0", "5.00", "5.00") + "]");
    const auto page = fetch();
    QVERIFY(page);
    const Value &note = page->records.constFirst();
    QCOMPARE(text(note, "type"), QStringLiteral("creditNote"));
    QCOMPARE(text(note, "status"), QStringLiteral("settled"));
    QCOMPARE(text(note, "subtotal"), QStringLiteral("40.80"));
    QCOMPARE(text(note, "taxAmount"), QStringLiteral("10.20"));
    QCOMPARE(text(note, "total"), QStringLiteral("51.00"));
    const QList<Value> &lines = note.find("lines")->items();
    QCOMPARE(Json::serialize(*lines.at(0).find("quantity")), QByteArray("2"));
    QCOMPARE(text(lines.at(0), "unitPrice"), QStringLiteral("19.90"));
    QCOMPARE(text(lines.at(0), "lineTotal"), QStringLiteral("39.80"));
    // A line that adds to the customer's debt in a credit note keeps that meaning: negative.
    QCOMPARE(Json::serialize(*lines.at(1).find("quantity")), QByteArray("-1"));
    QCOMPARE(text(lines.at(1), "lineTotal"), QStringLiteral("-5.00"));
}

void TestTrytonInvoices::draftsAndSupplierInvoicesAreLeftOut()
{
    m_tryton.results.insert("model.ir.module.search_read", Modules);
    QVERIFY(fetch());
    QCOMPARE(calls("model.account.invoice.search_read").size(), 1);
    QCOMPARE(Json::serialize(firstParam("model.account.invoice.search_read")),
        QByteArray(R"([["type","=","out"],["number","!=",null],["state","in",["posted","paid","cancelled"]]])"));
    // No invoices, nothing more to ask.
    QCOMPARE(calls("model.account.invoice.line.search_read").size(), 0);
}

void TestTrytonInvoices::linesAndSalesAreReadOncePerPage()
{
    m_tryton.results.insert("model.ir.module.search_read", Modules);
    m_tryton.results.insert("model.account.invoice.search_read",
        "[" + invoiceRow(1, "INV-0001", "posted", "39.80", "9.95", "49.75", "[3]") + ","
            + invoiceRow(4, "INV-0002", "posted", "1.00", "0.25", "1.25", "[3,5]") + "]");
    // Tryton may answer the lines in any invoice's order: each goes to its own invoice.
    m_tryton.results.insert("model.account.invoice.line.search_read",
        "[" + lineRow(7, 4, "TRY-003", "Paper", "10.0", "0.10", "1.00") + ","
            + lineRow(1, 1, "TRY-001", "Lamp", "2.0", "19.90", "39.80") + "]");
    m_tryton.results.insert("model.sale.sale.search_read",
        R"([{"id":3,"number":"5","reference":"WEB-1"},{"id":5,"number":"6","reference":null}])");
    PageRequest request;
    request.pageSize = 2;
    const auto page = fetch(request);
    QVERIFY(page);
    QCOMPARE(page->records.size(), 2);
    QCOMPARE(page->nextCursor, QStringLiteral("2"));
    QCOMPARE(page->records.at(0).find("lines")->items().size(), 1);
    QCOMPARE(text(page->records.at(0).find("lines")->items().constFirst(), "sku"), QStringLiteral("TRY-001"));
    QCOMPARE(text(page->records.at(1).find("lines")->items().constFirst(), "sku"), QStringLiteral("TRY-003"));
    QCOMPARE(text(page->records.at(1), "orderNumber"), QStringLiteral("WEB-1"));

    QCOMPARE(calls("model.account.invoice.line.search_read").size(), 1);
    QCOMPARE(Json::serialize(firstParam("model.account.invoice.line.search_read")),
        QByteArray(R"([["invoice","in",[1,4]],["type","=","line"]])"));
    QCOMPARE(calls("model.sale.sale.search_read").size(), 1);
    // Each sale once, however many of the page's invoices it has.
    QCOMPARE(Json::serialize(firstParam("model.sale.sale.search_read")), QByteArray(R"([["id","in",[3,5]]])"));
    // The party, address and currency come with the invoices: no call of their own.
    QCOMPARE(calls("model.party.party.search_read").size(), 0);
    QCOMPARE(calls("model.party.party.read").size(), 0);
}

void TestTrytonInvoices::incrementalFetchAsksForChangedInvoices()
{
    m_tryton.results.insert("model.ir.module.search_read", Modules);
    PageRequest request;
    request.modifiedSince = QStringLiteral("2026-03-09T07:05:36.713Z");
    QVERIFY(fetch(request));
    const QByteArray json = Json::serialize(firstParam("model.account.invoice.search_read"));
    QVERIFY2(json.contains(R"(["OR",["write_date",">=",{"__class__":"datetime")"), json.constData());
    QVERIFY2(json.contains(R"(["create_date",">=",{"__class__":"datetime")"), json.constData());
    // The watermark less the overlap: 07:05:36 - 10 s.
    QVERIFY2(json.contains(R"("minute":5,"second":26)"), json.constData());
    QVERIFY2(json.startsWith(R"([["type","=","out"],["number","!=",null])"), json.constData());
}

void TestTrytonInvoices::withoutTheSaleModuleNoSalesAreAsked()
{
    m_tryton.results.insert("model.ir.module.search_read", R"([{"id":1,"name":"account_invoice"}])");
    m_tryton.results.insert("model.account.invoice.search_read",
        "[" + invoiceRow(1, "INV-0001", "posted", "1.00", "0.00", "1.00", "[]") + "]");
    QVERIFY(fetch());
    const QList<Value> made = calls("model.account.invoice.search_read");
    QCOMPARE(made.size(), 1);
    const QByteArray fields = Json::serialize(made.constFirst().find("params")->items().at(4));
    QVERIFY2(fields.contains("\"total_amount\"") && !fields.contains("\"sales\""), fields.constData());
}

void TestTrytonInvoices::statesInTheSimulatorsWords()
{
    QCOMPARE(TrytonInvoices::status("posted", false), QStringLiteral("open"));
    QCOMPARE(TrytonInvoices::status("paid", false), QStringLiteral("paid"));
    QCOMPARE(TrytonInvoices::status("paid", true), QStringLiteral("settled"));
    QCOMPARE(TrytonInvoices::status("posted", true), QStringLiteral("open"));
    QCOMPARE(TrytonInvoices::status("cancelled", false), QStringLiteral("cancelled"));
    QCOMPARE(Json::serialize(TrytonInvoices::amount(Value(), true)), QByteArray("null"));
    QCOMPARE(TrytonInvoices::amount(Value::string(QStringLiteral("-0.00")), true).text(), QStringLiteral("0.00"));
}

QTEST_GUILESS_MAIN(TestTrytonInvoices)
#include "tst_trytoninvoices.moc"

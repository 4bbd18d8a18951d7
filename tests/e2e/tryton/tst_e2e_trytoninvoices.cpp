// Invoices from a real Tryton to the simulated shop, end to end: a web order becomes a confirmed
// sale, Tryton invoices it (the sale's lines as the invoice's origins) and posts the invoice and a
// credit note; both arrive in the shop with their lines and exact totals, attached to the web
// order, while a draft stays in Tryton. Runs after tst_e2e_tryton on the same server (the
// sales it adds would change that suite's counts), with the accounting seed.py set up.

#include "connectors/tryton/trytonrpc.h"
#include "domain/json.h"
#include "trytone2efixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cstdio>

using namespace Linkwright;
using namespace Linkwright::Testing;

namespace {

Value member(const Value &object, QByteArrayView name)
{
    const Value *found = object.find(name);
    return found ? *found : Value();
}

Value add(const Value &ids)
{
    return Value::array({Value::array({Value::utf8("add"), ids})});
}

} // namespace

class TestE2eTrytonInvoices : public QObject
{
    Q_OBJECT

public:
    explicit TestE2eTrytonInvoices(QHash<QString, QString> state)
        : m_e2e(std::move(state))
    {
    }

private Q_SLOTS:
    void initTestCase();
    void postedInvoicesArriveInTheShop();
    void secondRunWritesNothing();

private:
    [[nodiscard]] qint64 account(const char *what) const
    {
        return m_e2e.seed().value(QStringLiteral("accounting")).toObject().value(QString::fromLatin1(what)).toInteger();
    }
    /// A customer invoice in Tryton of the sale's party with the lines given; its id, or 0.
    [[nodiscard]] qint64 invoice(const Value &sale, QList<Value> lines);
    /// An invoice line: product (or none), description, quantity, unit, unit price, taxed or not.
    [[nodiscard]] Value line(const Value &product, const char *description, double quantity, const Value &unit,
        const QString &unitPrice, bool taxed, const QString &origin = {}) const;

    TrytonE2eFixture m_e2e;
    QString m_invoice;
    QString m_creditNote;
};

void TestE2eTrytonInvoices::initTestCase()
{
    const QString problem = m_e2e.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

Value TestE2eTrytonInvoices::line(const Value &product, const char *description, double quantity, const Value &unit,
    const QString &unitPrice, bool taxed, const QString &origin) const
{
    QList<Member> members{{QByteArray("type"), Value::utf8("line")},
        {QByteArray("description"), Value::utf8(description)},
        {QByteArray("quantity"), Value::number(QByteArray::number(quantity, 'f', 1))}, {QByteArray("unit"), unit},
        {QByteArray("unit_price"), TrytonRpc::decimal(unitPrice)},
        {QByteArray("account"), Value::number(account("revenue"))}};
    if (!product.isNull())
        members.append({QByteArray("product"), product});
    if (taxed)
        members.append({QByteArray("taxes"), add(Value::array({Value::number(account("tax"))}))});
    if (!origin.isEmpty())
        members.append({QByteArray("origin"), Value::string(origin)});
    return Value::object(std::move(members));
}

qint64 TestE2eTrytonInvoices::invoice(const Value &sale, QList<Value> lines)
{
    Value created;
    const bool ok = m_e2e.tryton("model.account.invoice.create",
        {Value::array({Value::object({
            {QByteArray("type"), Value::utf8("out")},
            {QByteArray("party"), member(sale, "party")},
            {QByteArray("invoice_address"), member(sale, "invoice_address")},
            {QByteArray("journal"), Value::number(account("journal"))},
            {QByteArray("account"), Value::number(account("receivable"))},
            {QByteArray("currency"), Value::number(m_e2e.direct().currencyId())},
            {QByteArray("company"), Value::number(m_e2e.seed().value(QStringLiteral("company")).toInteger())},
            {QByteArray("lines"), TrytonRpc::createAll(std::move(lines))},
        })})},
        &created);
    return ok && created.items().size() == 1 ? TrytonRpc::idOf(created.items().constFirst()) : 0;
}

void TestE2eTrytonInvoices::postedInvoicesArriveInTheShop()
{
    const Value web =
        *Json::parse(TrytonE2eFixture::order("WEB-5001", "C-500", "TRY-001", TrytonE2eFixture::NotebookLine));
    const auto written = m_e2e.direct().write(DataPointKind::Orders, {web});
    QVERIFY2(written, written ? "" : qPrintable(written.error().error.toString()));
    QCOMPARE(written->created, 1);
    Value sales;
    QVERIFY(m_e2e.tryton("model.sale.sale.search_read",
        {Value::array({TrytonRpc::clause("reference", "=", Value::utf8("WEB-5001"))}), Value::number(0),
            Value::number(1), Value(), TrytonRpc::fields({"number", "party", "invoice_address"})},
        &sales));
    QCOMPARE(sales.items().size(), 1);
    const Value sale = sales.items().constFirst();
    Value saleLines;
    QVERIFY(m_e2e.tryton("model.sale.line.search_read",
        {Value::array({TrytonRpc::clause("sale", "=", member(sale, "id"))}), Value::number(0), Value(),
            TrytonRpc::byId(), TrytonRpc::fields({"product", "quantity", "unit", "unit_price"})},
        &saleLines));
    QCOMPARE(saleLines.items().size(), 3); // the lamps, the notebooks, the shipping

    // Tryton invoices the sale: its lines are the invoice's origins; the goods bear 25 % VAT.
    QList<Value> lines;
    const char *descriptions[] = {"Aero Ash Desk Lamp", "Terra Recycled Notebook", "Standard delivery"};
    for (qsizetype i = 0; i < saleLines.items().size(); ++i) {
        const Value &from = saleLines.items().at(i);
        lines.append(line(member(from, "product"), descriptions[i], member(from, "quantity").utf8().toDouble(),
            member(from, "unit"), member(from, "unit_price").text(), !member(from, "product").isNull(),
            QStringLiteral("sale.line,%1").arg(TrytonRpc::idOf(from))));
    }
    const Value unit = member(saleLines.items().constFirst(), "unit");
    const Value lamp = member(saleLines.items().constFirst(), "product");
    const qint64 invoiceId = invoice(sale, lines);
    // A credit note (Tryton's: negative quantities) and a draft that is no history yet.
    const qint64 creditId = invoice(sale, {line(lamp, "Aero Ash Desk Lamp", -2, unit, QStringLiteral("19.90"), true)});
    const qint64 draftId = invoice(sale, {line(lamp, "Aero Ash Desk Lamp", 1, unit, QStringLiteral("19.90"), true)});
    QVERIFY(invoiceId > 0 && creditId > 0 && draftId > 0);
    QVERIFY(m_e2e.tryton(
        "model.account.invoice.post", {Value::array({Value::number(invoiceId), Value::number(creditId)})}));
    Value numbers;
    QVERIFY(m_e2e.tryton("model.account.invoice.read",
        {Value::array({Value::number(invoiceId), Value::number(creditId)}), TrytonRpc::fields({"number"})}, &numbers));
    for (const Value &row : numbers.items())
        (TrytonRpc::idOf(row) == invoiceId ? m_invoice : m_creditNote) = member(row, "number").text();
    QVERIFY(!m_invoice.isEmpty() && !m_creditNote.isEmpty());

    const SyncReport report = m_e2e.run(DataPointKind::Invoices);
    QVERIFY2(report.run.status == RunStatus::Succeeded, qPrintable(report.run.message));
    QCOMPARE(report.run.counts.created, 2);
    QCOMPARE(m_e2e.sync().records(SimulatorSystem::Shop, DataPointKind::Invoices).size(), 2);

    const Value shown = m_e2e.shopRecord(DataPointKind::Invoices, m_invoice);
    QCOMPARE(text(shown, "type"), QStringLiteral("invoice"));
    QCOMPARE(text(shown, "status"), QStringLiteral("open"));
    QCOMPARE(text(shown, "customerNumber"), QStringLiteral("C-500"));
    QCOMPARE(text(shown, "orderNumber"), QStringLiteral("WEB-5001"));
    QCOMPARE(text(shown, "salesOrder"), text(sale, "number"));
    QCOMPARE(text(shown, "currency"), QStringLiteral("EUR"));
    QCOMPARE(text(shown, "invoiceDate"), QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
    // 2 x 19.90 + 10 x 0.10 + 5.95; VAT on the goods only: 25 % of 40.80.
    QCOMPARE(text(shown, "subtotal"), QStringLiteral("46.75"));
    QCOMPARE(text(shown, "taxAmount"), QStringLiteral("10.20"));
    QCOMPARE(text(shown, "total"), QStringLiteral("56.95"));
    QCOMPARE(Json::serialize(*shown.find("lines")),
        QByteArray(
            R"([{"lineNumber":1,"sku":"TRY-001","name":"Aero Ash Desk Lamp","quantity":2,"unit":"u",)"
            R"("unitPrice":"19.90","lineTotal":"39.80"},{"lineNumber":2,"sku":"TRY-003",)"
            R"("name":"Terra Recycled Notebook","quantity":10,"unit":"u","unitPrice":"0.10","lineTotal":"1.00"},)"
            R"({"lineNumber":3,"sku":null,"name":"Standard delivery","quantity":1,"unit":"u",)"
            R"("unitPrice":"5.95","lineTotal":"5.95"}])"));

    // The credit note as the simulator's: what it gives back, in positive figures.
    const Value credit = m_e2e.shopRecord(DataPointKind::Invoices, m_creditNote);
    QCOMPARE(text(credit, "type"), QStringLiteral("creditNote"));
    QCOMPARE(text(credit, "subtotal"), QStringLiteral("39.80"));
    QCOMPARE(text(credit, "taxAmount"), QStringLiteral("9.95"));
    QCOMPARE(text(credit, "total"), QStringLiteral("49.75"));
    QCOMPARE(Json::serialize(*credit.find("lines")->items().constFirst().find("quantity")), QByteArray("2"));
}

void TestE2eTrytonInvoices::secondRunWritesNothing()
{
    QVERIFY(!m_invoice.isEmpty());
    const SyncReport again = m_e2e.run(DataPointKind::Invoices);
    QVERIFY2(again.run.status == RunStatus::Succeeded, qPrintable(again.run.message));
    QCOMPARE(again.run.counts.created + again.run.counts.updated, 0);
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
    // Without the accounting an invoice cannot be posted: a skip with seed.py's reason, not a
    // pass (a QSKIP here would count as one).
    QFile seed(state.value(QStringLiteral("seed")));
    const QJsonObject accounting = seed.open(QIODevice::ReadOnly)
        ? QJsonDocument::fromJson(seed.readAll()).object().value(QStringLiteral("accounting")).toObject()
        : QJsonObject();
    if (accounting.isEmpty() || accounting.contains(QStringLiteral("skip"))) {
        std::fprintf(stdout, "SKIP: seed.py could not set up Tryton's accounting: %s\n",
            qPrintable(accounting.value(QStringLiteral("skip")).toString(QStringLiteral("no accounting in the seed"))));
        return TrytonE2eFixture::SkipExitCode;
    }
    TestE2eTrytonInvoices test(state);
    return QTest::qExec(&test, argc, argv);
}

#include "tst_e2e_trytoninvoices.moc"

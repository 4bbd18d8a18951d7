#include "simclient.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Linkwright::SimTest;

namespace {

struct Outcome {
    int exitCode = -1;
    QString err;
};

Outcome runSim(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(LINKWRIGHT_SIM), arguments);
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

/// Drives the real linkwright-sim binary: option parsing, exit codes and the shutdown by signal.
class TestSimCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badValuesAreUsageErrors_data();
    void badValuesAreUsageErrors();
    void helpListsTheFaultOptions();
    void faultsAndDataFolderFromTheCommandLine();
    void faultKindsWithoutARateAreCalledOut();
};

void TestSimCli::badValuesAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    const auto row = [](const char *name, QStringList arguments, const char *mentions) {
        QTest::newRow(name) << arguments << QString::fromLatin1(mentions);
    };
    row("rate above 1", {QStringLiteral("--fault-rate"), QStringLiteral("1.5")}, "--fault-rate");
    row("rate not a number", {QStringLiteral("--fault-rate"), QStringLiteral("often")}, "from 0 to 1");
    row("unknown kind", {QStringLiteral("--faults"), QStringLiteral("500,teapot")}, "teapot");
    row("no kind", {QStringLiteral("--faults"), QStringLiteral(",")}, "--faults");
    row("unknown scope", {QStringLiteral("--fault-scope"), QStringLiteral("crm")}, "erp, shop or both");
    row("unknown method", {QStringLiteral("--fault-methods"), QStringLiteral("GET,PUT")}, "PUT");
    row("negative stall", {QStringLiteral("--stall-ms"), QStringLiteral("-1")}, "--stall-ms");
    row("retry-after not a number", {QStringLiteral("--retry-after"), QStringLiteral("soon")}, "--retry-after");
    row("fault seed too big", {QStringLiteral("--fault-seed"), QStringLiteral("99999999999")}, "--fault-seed");
    row("port too big", {QStringLiteral("--port"), QStringLiteral("70000")}, "--port");
    row("products negative", {QStringLiteral("--products"), QStringLiteral("-3")}, "--products");
    row("unknown option", {QStringLiteral("--chaos")}, "chaos");
    row("stray argument", {QStringLiteral("extra")}, "extra");
    row("empty data folder", {QStringLiteral("--data"), QString()}, "--data");
}

void TestSimCli::badValuesAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Outcome outcome = runSim(arguments);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.startsWith(QStringLiteral("linkwright-sim: ")), qPrintable(outcome.err));
    QVERIFY2(outcome.err.contains(mentions), qPrintable(outcome.err));
}

void TestSimCli::helpListsTheFaultOptions()
{
    QProcess process;
    process.start(QStringLiteral(LINKWRIGHT_SIM), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(30'000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    for (const char *option : {"--fault-rate", "--faults", "--fault-scope", "--fault-methods", "--fault-seed",
             "--stall-ms", "--slow-ms", "--retry-after", "--data", "--hostile"}) {
        QVERIFY2(help.contains(QLatin1StringView(option)), option);
    }
}

void TestSimCli::faultKindsWithoutARateAreCalledOut()
{
    // It serves (a rate may follow through /_admin/faults), but says that nothing will fault.
    QProcess sim;
    sim.start(QStringLiteral(LINKWRIGHT_SIM),
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--products"), QStringLiteral("1"),
            QStringLiteral("--faults"), QStringLiteral("500")});
    QVERIFY(sim.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine() || sim.state() != QProcess::Running, 20'000);
    QVERIFY(QString::fromUtf8(sim.readLine()).startsWith(QStringLiteral("linkwright-sim listening on ")));
    sim.terminate();
    QVERIFY(sim.waitForFinished(20'000));
    const QString err = QString::fromUtf8(sim.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("--fault-rate is 0")), qPrintable(err));
}

void TestSimCli::faultsAndDataFolderFromTheCommandLine()
{
    QTemporaryDir dir;
    QProcess sim;
    sim.start(QStringLiteral(LINKWRIGHT_SIM),
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--products"), QStringLiteral("10"),
            QStringLiteral("--data"), dir.path(), QStringLiteral("--fault-rate"), QStringLiteral("1"),
            QStringLiteral("--faults"), QStringLiteral("429"), QStringLiteral("--fault-scope"), QStringLiteral("erp"),
            QStringLiteral("--retry-after"), QStringLiteral("9")});
    QVERIFY(sim.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine() || sim.state() != QProcess::Running, 20'000);
    const QString banner = QString::fromUtf8(sim.readLine()).trimmed();
    const QString prefix = QStringLiteral("linkwright-sim listening on ");
    QVERIFY2(banner.startsWith(prefix), qPrintable(banner + QString::fromUtf8(sim.readAllStandardError())));
    const QUrl base(banner.mid(prefix.size()).section(u' ', 0, 0));
    QVERIFY(base.port() > 0);

    Client client;
    const Response limited = client.get(base, QStringLiteral("/erp/products"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("9"));
    const Response posted =
        client.post(base, QStringLiteral("/shop/products"), R"([{"sku":"LW-00001","name":"From the test"}])");
    QCOMPARE(posted.status, 200);

    // SIGTERM stops it cleanly, and the change is in the data folder right after.
    sim.terminate();
    QVERIFY(sim.waitForFinished(20'000));
    QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sim.exitCode(), 0);
    QFile saved(dir.filePath(QStringLiteral("shop-products.jsonl")));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll().contains("From the test"));
}

QTEST_GUILESS_MAIN(TestSimCli)
#include "tst_simcli.moc"

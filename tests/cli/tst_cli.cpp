#include "../testdata.h"
#include "cliprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Outcome = CliProcess::Outcome;

Outcome runCli(const QStringList &arguments, const QString &workingDirectory = {})
{
    return CliProcess::run(arguments, workingDirectory);
}

QString dataDir()
{
    return Linkwright::TestData::dir();
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateBrokenFile_data();
    void validateBrokenFile();
    void validateValidFile();
    void validateChecksMappingsTheEngineRejects();
    void usageErrors_data();
    void usageErrors();
    void usageErrorsWithJsonGoToStdoutToo();
    void versionAndHelp();
    void initWritesAValidDemoProject();
    void initNeverOverwritesSilently();
    void roiWhitepaperToTheCent();
    void roiJsonKeepsExactNumbers();
    void roiInputFileWithInvestment();
    void roiBrokenInputNamesFileAndProblem_data();
    void roiBrokenInputNamesFileAndProblem();
    void roiUsageErrors_data();
    void roiUsageErrors();
};

void TestCli::validateBrokenFile_data()
{
    QTest::addColumn<QString>("name");
    const QDir dir(dataDir() + QStringLiteral("/broken"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << name.chopped(5);
}

void TestCli::validateBrokenFile()
{
    QFETCH(QString, name);
    const QString dir = dataDir() + QStringLiteral("/broken");
    const QString file = QStringLiteral("%1.json").arg(name);
    const Outcome outcome = runCli({QStringLiteral("validate"), file}, dir);
    QCOMPARE(outcome.exitCode, 1);

    QFile expectedFile(QStringLiteral("%1/%2.expected").arg(dir, name));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    QString expected;
    for (const QString &line : QString::fromUtf8(expectedFile.readAll()).split(u'\n', Qt::SkipEmptyParts))
        expected += (line.startsWith(u' ') ? line : file + QStringLiteral(": ") + line) + u'\n';
    QStringList lines = outcome.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    QVERIFY2(lines.takeLast().startsWith(file + QStringLiteral(": invalid, ")), qPrintable(outcome.out));
    QCOMPARE(lines.join(u'\n') + u'\n', expected);
}

void TestCli::validateValidFile()
{
    const Outcome outcome =
        runCli({QStringLiteral("validate"), dataDir() + QStringLiteral("/valid/minimal-valid.json")});
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(outcome.out.trimmed().endsWith(QStringLiteral("minimal-valid.json: valid")), qPrintable(outcome.out));
}

void TestCli::validateChecksMappingsTheEngineRejects()
{
    // The file format allows any date format text; only the mapping engine knows "YYYY-MM-DD"
    // is not a Qt format.
    QFile valid(dataDir() + QStringLiteral("/valid/minimal-valid.json"));
    QVERIFY(valid.open(QIODevice::ReadOnly));
    QByteArray json = valid.readAll();
    json.replace(R"("transforms": [
            {
              "op": "trim"
            }
          ])",
        R"("transforms": [{"op": "date", "from": "YYYY-MM-DD", "to": "iso"}])");
    QVERIFY(json.contains("YYYY-MM-DD"));
    // A second mapping the engine refuses: both are reported, not only the first.
    json.replace(R"("source": "description")", R"("source": "lines[x].name")");
    QVERIFY(json.contains("lines[x]"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("dates.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(json);
    out.close();
    const Outcome outcome = runCli({QStringLiteral("validate"), file});
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.out.contains(QStringLiteral("dataPoints.products.mappings[0]")), qPrintable(outcome.out));
    QVERIFY2(outcome.out.contains(QStringLiteral("dataPoints.products.mappings[1].source")), qPrintable(outcome.out));
    QVERIFY2(outcome.out.contains(QStringLiteral("invalid, 2 errors")), qPrintable(outcome.out));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << QStringLiteral("no command given");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("unknown command \"frobnicate\"");
    QTest::newRow("option before the command")
        << QStringList{QStringLiteral("--quiet"), QStringLiteral("run"), QStringLiteral("x.json")}
        << QStringLiteral("\"--quiet\" is not a command; an option other than --state goes after the command");
    QTest::newRow("validate without file")
        << QStringList{QStringLiteral("validate")} << QStringLiteral("validate: expected a project file");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("validate"), QStringLiteral("--bogus"),
        QStringLiteral("x.json")} << QStringLiteral("--bogus is not an option of validate; its options: --quiet");
    QTest::newRow("bad port") << QStringList{QStringLiteral("init"), QStringLiteral("--port"), QStringLiteral("99999"),
        QStringLiteral("x.json")}
                              << QStringLiteral("--port must be a number from 1 to 65535");
    // Every one of these is caught before the project file is read, so x.json need not exist.
    const auto row = [](const char *name, std::initializer_list<const char *> arguments, const char *message) {
        QStringList list;
        for (const char *argument : arguments)
            list.append(QString::fromUtf8(argument));
        QTest::newRow(name) << list << QString::fromUtf8(message);
    };
    row("run without file", {"run"}, "run: expected a project file");
    row("run with two files", {"run", "x.json", "y.json"}, "not also \"y.json\"");
    row("run unknown option", {"run", "--bogus", "x.json"}, "--bogus is not an option of run");
    row("run mistyped option", {"run", "x.json", "--fulll"}, "--fulll is not an option of run; did you mean --full?");
    row("apply mistyped option", {"apply", "x.json", "--pln", "3"}, "did you mean --plan?");
    row("a letter is too little to guess from", {"run", "x.json", "-x"}, "-x is not an option of run; its options:");
    row("help mistyped", {"run", "x.json", "--hlep"}, "did you mean --help?");
    row("run unknown data point", {"run", "x.json", "--data-point", "frob"}, "\"frob\" is not a data point");
    row("data point a letter off", {"run", "x.json", "-d", "product"},
        "\"product\" is not a data point; did you mean products?");
    // In another case it is taken: the usage error that comes next is about --resend, not "Products".
    row("data point in another case", {"run", "x.json", "-d", "Products", "--resend"}, "--resend needs --full");
    row("plan without file", {"plan", "--data-point", "products"}, "plan: expected a project file");
    row("apply without plan", {"apply", "x.json"}, "--plan is required");
    row("apply plan not a number", {"apply", "x.json", "--plan", "abc"}, "--plan must be a whole number");
    row("apply plan zero", {"apply", "x.json", "--plan", "0"}, "--plan must be a whole number of at least 1");
    row("preview without data point", {"preview", "x.json"}, "--data-point is required");
    row("preview bad count", {"preview", "x.json", "-d", "products", "-n", "0"}, "-n must be a whole number");
    row("preflight without data point", {"preflight", "x.json"}, "--data-point is required");
    row("failures bad class", {"failures", "x.json", "--class", "sometimes"}, "is not one of transient, permanent");
    row("failures bad status", {"failures", "x.json", "--status", "gone"}, "is not one of open, retried");
    row("failures bad step", {"failures", "x.json", "--step", "dance"}, "is not one of fetch, map");
    row("failures bad time", {"failures", "x.json", "--since", "yesterday"}, "--since must be a date or time");
    row("failures bad limit", {"failures", "x.json", "--limit", "-1"}, "--limit must be a whole number");
    row("retry id and all", {"retry", "x.json", "--id", "1", "--all"}, "--id and --all exclude each other");
    row("retry all and filter", {"retry", "x.json", "--all", "--step", "map"}, "--all retries every open failure");
    row("retry nothing chosen", {"retry", "x.json"}, "say which failures to retry");
    row("retry bad id", {"retry", "x.json", "--id", "x"}, "--id must be a whole number");
    row("state without file", {"--state"}, "--state needs a file name");
    // The next option was taken for the database: a dry run wrote, to a new state called "--dry-run".
    row("state followed by an option", {"run", "x.json", "--state", "--dry-run"},
        "--state needs a file name, not the option \"--dry-run\"");
    row("state followed by the command", {"--state", "run", "x.json"},
        "--state needs a file name, not the command \"run\"");
    row("mistyped command", {"vaildate", "x.json"}, "unknown command \"vaildate\"; did you mean \"validate\"?");
    row("short mistyped command", {"rn", "x.json"}, "unknown command \"rn\"; did you mean \"run\"?");
    // An unset variable in a script must not widen a run to every data point.
    row("run empty data point", {"run", "x.json", "--data-point", ""}, "--data-point names no data point");
    row("plan empty data point", {"plan", "x.json", "--data-point=,"}, "--data-point names no data point");
    row("retry empty id", {"retry", "x.json", "--id", ""}, "--id is empty");
    row("init two files", {"init", "a.json", "b.json"}, "not also \"b.json\"");
    row("confirm deletes without full", {"run", "x.json", "--confirm-deletes"}, "--confirm-deletes needs --full");
    row("plan confirm deletes without full", {"plan", "x.json", "--confirm-deletes"}, "--confirm-deletes needs --full");
    // Confirmed for every data point at once, another one's failed source emptied its target too.
    row("confirm deletes of every data point", {"run", "x.json", "--full", "--confirm-deletes"},
        "--confirm-deletes needs --data-point");
    row("plan confirm deletes of every data point", {"plan", "x.json", "--full", "--confirm-deletes"},
        "--confirm-deletes needs --data-point");
    row("resend without full", {"run", "x.json", "-d", "products", "--resend"}, "--resend needs --full");
    row("resend of every data point", {"run", "x.json", "--full", "--resend"}, "--resend needs --data-point");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Outcome outcome = runCli(arguments);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
}

void TestCli::usageErrorsWithJsonGoToStdoutToo()
{
    // A script that asked for --json reads stdout: a usage error left it empty.
    for (const QStringList &arguments : {QStringList{QStringLiteral("run"), QStringLiteral("x.json"),
                                             QStringLiteral("--bogus"), QStringLiteral("--json")},
             QStringList{QStringLiteral("preview"), QStringLiteral("x.json"), QStringLiteral("--json")}}) {
        const Outcome json = runCli(arguments);
        QCOMPARE(json.exitCode, 2);
        const QJsonArray errors = QJsonDocument::fromJson(json.out.toUtf8()).object()[u"errors"].toArray();
        QVERIFY2(errors.size() == 1, qPrintable(json.out));
        QCOMPARE(errors.at(0)[u"where"].toString(), arguments.constFirst());
        QVERIFY2(json.err.contains(errors.at(0)[u"message"].toString()), qPrintable(json.err));
    }
}

void TestCli::versionAndHelp()
{
    const Outcome version = runCli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QStringLiteral("linkwright-cli ") + QStringLiteral(LINKWRIGHT_VERSION));
    const Outcome help = runCli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *command : {"validate FILE", "init [FILE]", "run FILE", "plan FILE", "apply FILE --plan ID",
             "preview FILE", "preflight FILE", "failures FILE", "retry FILE", "--state DB"})
        QVERIFY2(help.out.contains(QLatin1StringView(command)), command);
    const Outcome runHelp = runCli({QStringLiteral("run"), QStringLiteral("--help")});
    QCOMPARE(runHelp.exitCode, 0);
    QVERIFY2(runHelp.out.contains(QStringLiteral("--dry-run")), qPrintable(runHelp.out));
    // What every command shares: --state (before the command) and the exit codes.
    QVERIFY2(runHelp.out.contains(QStringLiteral("--state DB")) && runHelp.out.contains(QStringLiteral("Exit codes")),
        qPrintable(runHelp.out));
    // Every command answers --help, as the general help says.
    const Outcome helpRun = runCli({QStringLiteral("help"), QStringLiteral("run")});
    QCOMPARE(helpRun.exitCode, 0);
    QCOMPARE(helpRun.out, runHelp.out);
    for (const auto &[command, option] : {std::pair{"validate", "--quiet"}, std::pair{"init", "--force"}}) {
        const Outcome commandHelp = runCli({QString::fromLatin1(command), QStringLiteral("--help")});
        QCOMPARE(commandHelp.exitCode, 0);
        QVERIFY2(commandHelp.out.contains(QLatin1StringView(option)), qPrintable(commandHelp.out));
    }
}

void TestCli::initWritesAValidDemoProject()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Outcome init =
        runCli({QStringLiteral("init"), QStringLiteral("--port"), QStringLiteral("48001")}, dir.path());
    QCOMPARE(init.exitCode, 0);
    const QString file = dir.filePath(QStringLiteral("demo.linkwright.json"));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().contains("http://127.0.0.1:48001/erp/"));
    const Outcome validate = runCli({QStringLiteral("validate"), file});
    QCOMPARE(validate.exitCode, 0);
}

void TestCli::initNeverOverwritesSilently()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("mine.json"));
    QFile existing(file);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("{\"precious\": true}\n");
    existing.close();
    const Outcome init = runCli({QStringLiteral("init"), file});
    QCOMPARE(init.exitCode, 1);
    QVERIFY(init.err.contains(QStringLiteral("exists already")));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("{\"precious\": true}\n"));

    // A folder that does not exist: said as every command says it, in the CLI's words.
    const Outcome nowhere = runCli({QStringLiteral("init"), dir.filePath(QStringLiteral("no/such/folder.json"))});
    QCOMPARE(nowhere.exitCode, 1);
    QVERIFY2(nowhere.err.startsWith(QStringLiteral("linkwright-cli init: "))
            && nowhere.err.contains(QStringLiteral("Nothing was written")),
        qPrintable(nowhere.err));

    // A folder, --force or not: named as a folder, with the file name to give instead.
    const Outcome folder = runCli({QStringLiteral("init"), QStringLiteral("--force"), dir.path()});
    QCOMPARE(folder.exitCode, 1);
    QVERIFY2(folder.err.contains(QStringLiteral("is a folder; nothing was written"))
            && folder.err.contains(QStringLiteral("demo.linkwright.json")),
        qPrintable(folder.err));
}

void TestCli::roiWhitepaperToTheCent()
{
    for (const QStringList &arguments :
        {QStringList{QStringLiteral("roi")}, QStringList{QStringLiteral("roi"), QStringLiteral("--preset=whitepaper")},
            QStringList{QStringLiteral("roi"), QStringLiteral("--input"),
                dataDir() + QStringLiteral("/roi/whitepaper.json")}}) {
        const Outcome outcome = runCli(arguments);
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.err.isEmpty(), qPrintable(outcome.err));
        const QStringList lines = outcome.out.split(u'\n');
        const auto line = [&lines](const QString &start) {
            for (const QString &candidate : lines) {
                if (candidate.startsWith(start))
                    return candidate.simplified();
            }
            return QString();
        };
        QCOMPARE(line(QStringLiteral("Product changes")), QStringLiteral("Product changes 10 10 50 % 18,250.00 EUR"));
        QCOMPARE(line(QStringLiteral("Orders")), QStringLiteral("Orders 10 100 50 % 182,500.00 EUR"));
        QCOMPARE(line(QStringLiteral("Customer queries")), QStringLiteral("Customer queries 7 10 80 % 20,440.00 EUR"));
        QCOMPARE(line(QStringLiteral("total")), QStringLiteral("total 221,190.00 EUR"));
        QCOMPARE(line(QStringLiteral("payback")), QStringLiteral("payback immediately, nothing to pay back"));
    }
}

void TestCli::roiJsonKeepsExactNumbers()
{
    const Outcome outcome = runCli({QStringLiteral("roi"), QStringLiteral("--json")});
    QCOMPARE(outcome.exitCode, 0);
    // Compared as text: a JSON parser would turn the amounts into doubles and hide the cents.
    for (const char *expected : {"\"yearlySaving\": 18250.00", "\"yearlySaving\": 182500.00",
             "\"yearlySaving\": 20440.00", "\"yearlySaving\": 221190.00", "\"currency\": \"EUR\"",
             "\"daysPerYear\": 365", "\"payback\": true", "\"paybackMonths\": 0.0", "\"roiPercent\": null"}) {
        QVERIFY2(outcome.out.contains(QString::fromUtf8(expected)), expected);
    }
    QVERIFY(outcome.out.trimmed().startsWith(u'{'));
    QVERIFY(outcome.out.trimmed().endsWith(u'}'));
}

void TestCli::roiInputFileWithInvestment()
{
    const QString file = dataDir() + QStringLiteral("/roi/with-investment.json");
    const Outcome table = runCli({QStringLiteral("roi"), QStringLiteral("--input"), file});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(QStringLiteral("269,250.00 DKK")), qPrintable(table.out));
    QVERIFY(table.out.contains(QStringLiteral("7.3 months, in month 8")));
    QVERIFY(table.out.contains(QStringLiteral("263.9 %")));

    const Outcome json = runCli({QStringLiteral("roi"), QStringLiteral("--input"), file, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    for (const char *expected : {"\"yearlySaving\": 269250.00", "\"paybackMonths\": 7.3", "\"paybackMonth\": 8",
             "\"netSavingThreeYears\": 585750.00", "\"roiPercent\": 263.9", "\"costPerEvent\": 35.50"}) {
        QVERIFY2(json.out.contains(QString::fromUtf8(expected)), expected);
    }
}

void TestCli::roiBrokenInputNamesFileAndProblem_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QStringLiteral("no-such-scenario.json") << QStringLiteral("error: no such file");
    QTest::newRow("syntax") << QStringLiteral("syntax-error.json")
                            << QStringLiteral("error: line 5, column 1: not valid JSON");
    QTest::newRow("areas not a list") << QStringLiteral("areas-not-a-list.json")
                                      << QStringLiteral("error: areas: expected an array, found a string");
    QTest::newRow("impossible figures")
        << QStringLiteral("impossible-figures.json")
        << QStringLiteral("error: areas[0].eventsPerDay: 1000000000000 events a day is more than this calculator "
                          "takes.\n  hint: At most 100,000,000 a day; check the figure.");
}

void TestCli::roiBrokenInputNamesFileAndProblem()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QString path = dataDir() + QStringLiteral("/roi/") + file;
    const Outcome outcome = runCli({QStringLiteral("roi"), QStringLiteral("--input"), path});
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY(outcome.out.isEmpty());
    QVERIFY2(outcome.err.contains(path + QStringLiteral(": ") + message), qPrintable(outcome.err));
    // With --json the same problems come as one document on stdout.
    const Outcome json = runCli({QStringLiteral("roi"), QStringLiteral("--input"), path, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    const QJsonArray errors = QJsonDocument::fromJson(json.out.toUtf8()).object()[u"errors"].toArray();
    QVERIFY2(!errors.isEmpty(), qPrintable(json.out));
    QVERIFY2(errors.at(0)[u"where"].toString().startsWith(path), qPrintable(json.out));
}

void TestCli::roiUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("both") << QStringList{QStringLiteral("roi"), QStringLiteral("--preset"),
        QStringLiteral("whitepaper"), QStringLiteral("--input"), QStringLiteral("x.json")}
                          << QStringLiteral("give --preset or --input, not both");
    QTest::newRow("unknown preset") << QStringList{QStringLiteral("roi"), QStringLiteral("--preset"),
        QStringLiteral("bigshop")} << QStringLiteral("\"bigshop\" is not a preset");
    QTest::newRow("file without option") << QStringList{QStringLiteral("roi"), QStringLiteral("x.json")}
                                         << QStringLiteral("give a scenario file with --input FILE");
    QTest::newRow("input without file") << QStringList{QStringLiteral("roi"), QStringLiteral("--input")}
                                        << QStringLiteral("Missing value after '--input'");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("roi"), QStringLiteral("--csv")}
                                    << QStringLiteral("Unknown option 'csv'");
}

void TestCli::roiUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Outcome outcome = runCli(arguments);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
    QVERIFY(outcome.err.contains(QStringLiteral("Usage: linkwright-cli roi")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

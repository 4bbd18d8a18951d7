// linkwright-cli when something is wrong: records no reader accepts, endpoints that do not
// answer, project files and state databases it cannot use. Each says why and exits 1 (or 3).
#include "clitesthelpers.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace CliTest;

class TestCliFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void previewListsRecordsItCannotRead();
    void preflightComparesNothingWithoutASide();
    void unreachableEndpointExitsOne();
    void unusableProjectOrStateExitsOne();
    void silentEndpointSaysWhatToCheck();
    void aSettledFailureIsDueNoMore();
    void aKilledRunIsClosedByTheNextCommand();
    void failuresTheLogCouldNotTakeAreNotPointedTo();

private:
    /// runCli with the test's own state database.
    Outcome cli(QStringList arguments);

    QTemporaryDir m_dir;
    QString m_project;
    QString m_state;
};

namespace {

/// A simulator of two products whose shop answers every write with 500.
QStringList shopRefusesWrites()
{
    return {QStringLiteral("--products"), QStringLiteral("2"), QStringLiteral("--fault-rate"), QStringLiteral("1"),
        QStringLiteral("--faults"), QStringLiteral("500"), QStringLiteral("--fault-scope"), QStringLiteral("shop"),
        QStringLiteral("--fault-methods"), QStringLiteral("POST")};
}

} // namespace

Outcome TestCliFaults::cli(QStringList arguments)
{
    return runCliWithState(m_state, std::move(arguments));
}

void TestCliFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A valid project; nothing needs to answer at its port for these tests.
    m_project = m_dir.filePath(QStringLiteral("shop.linkwright.json"));
    m_state = m_dir.filePath(QStringLiteral("state/shop.sqlite"));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("state")));
    const Outcome init =
        runCli({QStringLiteral("init"), QStringLiteral("--port"), QString::number(closedPort()), m_project});
    QCOMPARE(init.exitCode, 0);
}

void TestCliFaults::previewListsRecordsItCannotRead()
{
    // The hostile records include some no reader accepts (invalid UTF-8, nesting 2,000 deep): the
    // preview shows them as failing rows, as a run logs them, instead of leaving them out.
    QProcess sim;
    const quint16 port =
        startSim(sim, {QStringLiteral("--products"), QStringLiteral("2"), QStringLiteral("--hostile")});
    QVERIFY(port != 0);
    const QString file = m_dir.filePath(QStringLiteral("hostile.linkwright.json"));
    QCOMPARE(runCli({QStringLiteral("init"), QStringLiteral("--port"), QString::number(port), file}).exitCode, 0);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/erp/products?pageSize=1").arg(port));
    const int total = QJsonDocument::fromJson(http("GET", url)).object()[u"total"].toInt();
    QVERIFY(total > 2);

    const Outcome json = cli({QStringLiteral("preview"), file, QStringLiteral("-d"), QStringLiteral("products"),
        QStringLiteral("-n"), QStringLiteral("100"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 3);
    const QJsonArray rows = jsonArray(json.out);
    QCOMPARE(rows.size(), total);
    int unreadable = 0;
    for (const QJsonValue &row : rows) {
        if (row[u"failure"][u"message"].toString().contains(QStringLiteral("cannot be read"))) {
            ++unreadable;
            QVERIFY(row[u"input"].isString());
        }
    }
    QVERIFY2(unreadable > 0, qPrintable(json.out.left(2000)));

    const Outcome text = cli({QStringLiteral("preview"), file, QStringLiteral("-d"), QStringLiteral("products"),
        QStringLiteral("-n"), QStringLiteral("100")});
    QCOMPARE(text.exitCode, 3);
    QVERIFY2(text.out.contains(QStringLiteral("records: %1,").arg(total)), qPrintable(text.out.left(500)));
    QVERIFY(text.out.contains(QStringLiteral("cannot be read")));
    sim.terminate();
    sim.waitForFinished(20'000);
}

void TestCliFaults::preflightComparesNothingWithoutASide()
{
    // Every ERP read fails; the shop holds two products. Without the ERP's records nothing can be
    // said about the shop's: neither "target only" nor, with the shop down instead, "to create".
    QProcess sim;
    const quint16 port = startSim(sim,
        {QStringLiteral("--products"), QStringLiteral("3"), QStringLiteral("--fault-rate"), QStringLiteral("1"),
            QStringLiteral("--faults"), QStringLiteral("500"), QStringLiteral("--fault-scope"), QStringLiteral("erp"),
            QStringLiteral("--fault-methods"), QStringLiteral("GET")});
    QVERIFY(port != 0);
    const QString file = m_dir.filePath(QStringLiteral("unread.linkwright.json"));
    QCOMPARE(runCli({QStringLiteral("init"), QStringLiteral("--port"), QString::number(port), file}).exitCode, 0);
    const QString base = QStringLiteral("http://127.0.0.1:%1/").arg(port);
    http("POST", QUrl(base + QStringLiteral("shop/products")),
        R"([{"sku":"LW-00001","name":"Desk"},{"sku":"SHOP-ONLY-1","name":"Shop only"}])");
    const QStringList preflight{QStringLiteral("preflight"), file, QStringLiteral("-d"), QStringLiteral("products")};

    const Outcome text = cli(preflight);
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.contains(QStringLiteral("the ERP could not be read: GET")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("nothing is compared: without every record of the ERP")),
        qPrintable(text.out));
    QVERIFY2(
        QRegularExpression(QStringLiteral("target records +2\\n")).match(text.out).hasMatch(), qPrintable(text.out));
    for (const char *claim : {"target-only", "target only", "to create", "matched"})
        QVERIFY2(!text.out.contains(QLatin1StringView(claim)), qPrintable(text.out));

    const Outcome json = cli(QStringList(preflight) << QStringLiteral("--json"));
    QCOMPARE(json.exitCode, 1);
    QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(report[u"sourceRead"], QJsonValue(false));
    QCOMPARE(report[u"targetRead"], QJsonValue(true));
    QCOMPARE(report[u"targetRecords"], QJsonValue(2));
    for (const char *count : {"matched", "toCreate", "targetOnly", "toCreateInSource"})
        QVERIFY2(report[QLatin1StringView(count)].isNull(), qPrintable(json.out));
    QVERIFY2(report[u"issues"].toArray().isEmpty(), qPrintable(json.out));
    QVERIFY2(report[u"sourceProblem"].toString().contains(QStringLiteral("HTTP 500")), qPrintable(json.out));
    QCOMPARE(report[u"fetchProblem"], report[u"sourceProblem"]);

    // A page that could not be fetched keeps what was asked for: it is no "record as received".
    QCOMPARE(cli({QStringLiteral("run"), file, QStringLiteral("-d"), QStringLiteral("products"), QStringLiteral("-q")})
                 .exitCode,
        1);
    const Outcome fetches = cli({QStringLiteral("failures"), file, QStringLiteral("--step"), QStringLiteral("fetch"),
        QStringLiteral("--json")});
    const QJsonArray failed = QJsonDocument::fromJson(fetches.out.toUtf8()).array();
    QVERIFY2(!failed.isEmpty(), qPrintable(fetches.out));
    const Outcome page = cli(
        {QStringLiteral("failures"), file, QStringLiteral("--id"), QString::number(failed.first()[u"id"].toInteger())});
    QVERIFY2(page.out.contains(QStringLiteral("page asked for\n    {"))
            && !page.out.contains(QStringLiteral("record as received")),
        qPrintable(page.out));

    http("POST", QUrl(base + QStringLiteral("_admin/faults")), R"({"scope":"shop"})");
    const Outcome shopDown = cli(QStringList(preflight) << QStringLiteral("--json"));
    QCOMPARE(shopDown.exitCode, 1);
    report = QJsonDocument::fromJson(shopDown.out.toUtf8()).object();
    QCOMPARE(report[u"sourceRead"], QJsonValue(true));
    QCOMPARE(report[u"targetRead"], QJsonValue(false));
    QCOMPARE(report[u"sourceRecords"], QJsonValue(3));
    QVERIFY2(report[u"toCreate"].isNull(), qPrintable(shopDown.out));
    const Outcome shopDownText = cli(preflight);
    QVERIFY2(shopDownText.out.contains(QStringLiteral("nothing is compared: without every record of the shop")),
        qPrintable(shopDownText.out));
    QVERIFY2(!shopDownText.out.contains(QStringLiteral("to create")), qPrintable(shopDownText.out));
    sim.terminate();
    sim.waitForFinished(20'000);
}

void TestCliFaults::unreachableEndpointExitsOne()
{
    const quint16 port = closedPort();
    const QString file = m_dir.filePath(QStringLiteral("closed.linkwright.json"));
    QCOMPARE(runCli({QStringLiteral("init"), QStringLiteral("--port"), QString::number(port), file}).exitCode, 0);
    const QString url = QStringLiteral("http://127.0.0.1:%1/erp/").arg(port);
    for (const QString &command : {QStringLiteral("run"), QStringLiteral("plan")}) {
        const Outcome outcome = cli({command, file});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains(url), qPrintable(outcome.err));
        QVERIFY2(outcome.out.isEmpty(), qPrintable(outcome.out));
    }
    const Outcome preview = cli({QStringLiteral("preview"), file, QStringLiteral("-d"), QStringLiteral("orders")});
    QCOMPARE(preview.exitCode, 1);
    QVERIFY2(preview.err.contains(QStringLiteral("http://127.0.0.1:%1/shop/").arg(port)), qPrintable(preview.err));
    // A script reading --json learns why from stdout too, as one document.
    for (const QString &command : {QStringLiteral("run"), QStringLiteral("plan")}) {
        const Outcome outcome = cli({command, file, QStringLiteral("--json")});
        QCOMPARE(outcome.exitCode, 1);
        const QJsonArray errors = jsonErrors(outcome.out);
        QVERIFY2(!errors.isEmpty(), qPrintable(outcome.out));
        QVERIFY2(errors.at(0)[QStringLiteral("message")].toString().contains(url), qPrintable(outcome.out));
        QCOMPARE(errors.at(0)[QStringLiteral("where")].toString(), QStringLiteral("endpoints.erp.baseUrl"));
    }
}

void TestCliFaults::unusableProjectOrStateExitsOne()
{
    const Outcome missing = cli({QStringLiteral("run"), m_dir.filePath(QStringLiteral("nowhere.json"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("nowhere.json")), qPrintable(missing.err));
    // validate has nothing more to say about a file that is not there.
    QVERIFY2(!missing.err.contains(QStringLiteral("validate")), qPrintable(missing.err));
    const Outcome folder = cli({QStringLiteral("run"), m_dir.path()});
    QCOMPARE(folder.exitCode, 1);
    QVERIFY2(folder.err.contains(QStringLiteral("is a folder, not a project file")), qPrintable(folder.err));

    const Outcome invalid = cli({QStringLiteral("run"), dataDir() + QStringLiteral("/broken/06-bad-direction.json")});
    QCOMPARE(invalid.exitCode, 1);
    QVERIFY2(invalid.err.contains(QStringLiteral("validate")), qPrintable(invalid.err));
    const Outcome invalidJson = cli(
        {QStringLiteral("run"), dataDir() + QStringLiteral("/broken/06-bad-direction.json"), QStringLiteral("--json")});
    QCOMPARE(invalidJson.exitCode, 1);
    const QJsonArray problems = jsonErrors(invalidJson.out);
    QVERIFY2(!problems.isEmpty(), qPrintable(invalidJson.out));
    QVERIFY2(problems.at(0)[QStringLiteral("where")].toString().contains(QStringLiteral("06-bad-direction.json")),
        qPrintable(invalidJson.out));

    // A project with nothing to run says what it lacks, and where, not that "every" point is off.
    QFile project(m_project);
    QVERIFY(project.open(QIODevice::ReadOnly));
    QJsonObject empty = QJsonDocument::fromJson(project.readAll()).object();
    empty[u"dataPoints"] = QJsonObject();
    const QString emptyFile = m_dir.filePath(QStringLiteral("empty.linkwright.json"));
    QFile write(emptyFile);
    QVERIFY(write.open(QIODevice::WriteOnly) && write.write(QJsonDocument(empty).toJson()) > 0);
    write.close();
    const Outcome nothing = cli({QStringLiteral("run"), emptyFile, QStringLiteral("--json")});
    QCOMPARE(nothing.exitCode, 1);
    const QJsonArray lacks = jsonErrors(nothing.out);
    QCOMPARE(lacks.size(), 1);
    QCOMPARE(lacks.at(0)[u"where"].toString(), emptyFile);
    QVERIFY2(
        lacks.at(0)[u"message"].toString().contains(QStringLiteral("has no data points")), qPrintable(nothing.out));
    QVERIFY2(lacks.at(0)[u"hint"].toString().contains(QStringLiteral("dataPoints")), qPrintable(nothing.out));

    // A state database below a plain file cannot be created.
    const Outcome store = runCli({QStringLiteral("--state"), m_project + QStringLiteral("/state.sqlite"),
        QStringLiteral("failures"), m_project});
    QCOMPARE(store.exitCode, 1);
    QVERIFY2(!store.err.isEmpty(), qPrintable(store.err));
    // run and plan say so in their --json document too, not with an empty list.
    for (const char *command : {"run", "plan"}) {
        const Outcome json = runCli({QStringLiteral("--state"), m_project + QStringLiteral("/state.sqlite"),
            QString::fromLatin1(command), m_project, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 1);
        const QJsonArray errors = jsonErrors(json.out);
        QVERIFY2(!errors.isEmpty(), qPrintable(json.out));
        QVERIFY2(errors.at(0)[QStringLiteral("where")].toString().contains(QStringLiteral("state.sqlite")),
            qPrintable(json.out));
    }

    // A mistyped --state for a command that reads what runs stored: told, and nothing created
    // (an empty new database would say "no failures match").
    const QString typo = m_dir.filePath(QStringLiteral("stat/shop.sqlite"));
    for (const char *command : {"failures", "retry", "ignore"}) {
        QStringList arguments = {QStringLiteral("--state"), typo, QString::fromLatin1(command), m_project};
        if (QByteArrayView(command) != "failures")
            arguments << QStringLiteral("--id") << QStringLiteral("1");
        const Outcome mistyped = runCli(arguments);
        QCOMPARE(mistyped.exitCode, 1);
        QVERIFY2(mistyped.err.contains(QStringLiteral("there is no state database here")), qPrintable(mistyped.err));
    }
    QVERIFY(!QFileInfo::exists(typo));
    QVERIFY(!QFileInfo::exists(QFileInfo(typo).path()));
    // An empty file (a database zeroed by accident) is no state either: it became a new one.
    const QString zeroed = m_dir.filePath(QStringLiteral("zeroed.sqlite"));
    QVERIFY(QFile(zeroed).open(QIODevice::WriteOnly));
    const Outcome zeroedState = runCli({QStringLiteral("--state"), zeroed, QStringLiteral("failures"), m_project});
    QCOMPARE(zeroedState.exitCode, 1);
    QVERIFY2(zeroedState.err.contains(QStringLiteral("is an empty file")), qPrintable(zeroedState.err));
    QCOMPARE(QFileInfo(zeroed).size(), 0);
    // Nor a device: /dev/null was reported as a disk I/O error, with /dev/null-journal left behind.
    if (QFileInfo(QStringLiteral("/dev/null")).exists()) {
        const Outcome device =
            runCli({QStringLiteral("--state"), QStringLiteral("/dev/null"), QStringLiteral("run"), m_project});
        QCOMPARE(device.exitCode, 1);
        QVERIFY2(device.err.contains(QStringLiteral("not a regular file")), qPrintable(device.err));
    }
    // A run with it neither: its state would be stored out of sight.
    const Outcome run = runCli({QStringLiteral("--state"), typo, QStringLiteral("run"), m_project});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("does not exist")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(QFileInfo(typo).path()));

    // Without --state, a project that never ran here has no database: said, and none created.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    const Outcome fresh = CliProcess::run({QStringLiteral("failures"), m_project}, {}, environment);
    QCOMPARE(fresh.exitCode, 1);
    QVERIFY2(fresh.err.contains(QStringLiteral("nothing has run for")), qPrintable(fresh.err));
    QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral("data"))));
}

void TestCliFaults::silentEndpointSaysWhatToCheck()
{
    // A server that takes the connection and never answers: the kernel accepts into the backlog
    // while this test's event loop sleeps.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const QString file = m_dir.filePath(QStringLiteral("silent.linkwright.json"));
    QCOMPARE(
        runCli({QStringLiteral("init"), QStringLiteral("--port"), QString::number(silent.serverPort()), file}).exitCode,
        0);
    QFile project(file);
    QVERIFY(project.open(QIODevice::ReadOnly));
    QByteArray json = project.readAll();
    project.close();
    QCOMPARE(json.count("\"timeoutSeconds\": 30"), 2);
    json.replace("\"timeoutSeconds\": 30", "\"timeoutSeconds\": 1");
    QVERIFY(project.open(QIODevice::WriteOnly | QIODevice::Truncate));
    project.write(json);
    project.close();

    const Outcome outcome = cli({QStringLiteral("run"), file, QStringLiteral("-d"), QStringLiteral("products")});
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.err.contains(QStringLiteral("raise timeoutSeconds")), qPrintable(outcome.err));
    // The check is one request: it does not claim to have been retried.
    QVERIFY2(
        !outcome.err.contains(QStringLiteral("retried automatically"), Qt::CaseInsensitive), qPrintable(outcome.err));
}

void TestCliFaults::aSettledFailureIsDueNoMore()
{
    // A transient failure says when it comes due; once a retry resolved it, it said so still,
    // as if it would be tried again.
    QProcess sim;
    const quint16 port = startSim(sim, shopRefusesWrites());
    QVERIFY(port != 0);
    const QString file = m_dir.filePath(QStringLiteral("settled.linkwright.json"));
    const QString state = m_dir.filePath(QStringLiteral("state/settled.sqlite"));
    QCOMPARE(runCli({QStringLiteral("init"), QStringLiteral("--port"), QString::number(port), file}).exitCode, 0);
    const Outcome failed = runCliWithState(
        state, {QStringLiteral("run"), file, QStringLiteral("-d"), QStringLiteral("products"), QStringLiteral("-q")});
    QCOMPARE(failed.exitCode, 3);
    const auto failures = [&](const char *status) {
        return jsonArray(runCliWithState(state,
            {QStringLiteral("failures"), file, QStringLiteral("--status"), QString::fromLatin1(status),
                QStringLiteral("--json")})
                             .out);
    };
    const QJsonArray open = failures("open");
    QCOMPARE(open.size(), 2);
    for (const QJsonValue &failure : open) {
        QCOMPARE(failure[u"class"].toString(), QStringLiteral("transient"));
        QVERIFY2(failure[u"nextAttemptAt"].isString(), QJsonDocument(failure.toObject()).toJson().constData());
    }

    http("POST", QUrl(QStringLiteral("http://127.0.0.1:%1/_admin/faults").arg(port)), R"({"rate":0})");
    const Outcome retried =
        runCliWithState(state, {QStringLiteral("retry"), file, QStringLiteral("--all"), QStringLiteral("-q")});
    QVERIFY2(retried.exitCode == 0, qPrintable(retried.out + retried.err));
    const QJsonArray resolved = failures("resolved");
    QCOMPARE(resolved.size(), 2);
    for (const QJsonValue &failure : resolved)
        QVERIFY2(failure[u"nextAttemptAt"].isNull(), QJsonDocument(failure.toObject()).toJson().constData());
    sim.terminate();
    sim.waitForFinished(20'000);
}

void TestCliFaults::aKilledRunIsClosedByTheNextCommand()
{
    // A run killed outright (SIGKILL, a crash, a machine that stopped) cannot mark itself as
    // ended: it stayed "running" for ever. Its lock file stays behind, held by no live process,
    // and the next command that opens the state closes the run.
    QProcess sim;
    const quint16 port = startSim(sim, {QStringLiteral("--products"), QStringLiteral("3")});
    QVERIFY(port != 0);
    const QString base = QStringLiteral("http://127.0.0.1:%1/").arg(port);
    http("POST", QUrl(base + QStringLiteral("_admin/faults")), R"({"rate":1,"kinds":["stall"],"stallMs":60000})");
    const QString file = m_dir.filePath(QStringLiteral("killed.linkwright.json"));
    QCOMPARE(runCli({QStringLiteral("init"), QStringLiteral("--port"), QString::number(port), file}).exitCode, 0);
    const QString state = m_dir.filePath(QStringLiteral("state/killed.sqlite"));
    const QDir folder(m_dir.filePath(QStringLiteral("state")));
    const QStringList lockPattern{QStringLiteral("killed.sqlite.run-*.lock")};

    QProcess run;
    run.start(QStringLiteral(LINKWRIGHT_CLI),
        {QStringLiteral("--state"), state, QStringLiteral("run"), file, QStringLiteral("-d"),
            QStringLiteral("products")});
    QVERIFY(run.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(!folder.entryList(lockPattern, QDir::Files).isEmpty(), 30'000);
    run.kill();
    QVERIFY(run.waitForFinished(30'000));
    QCOMPARE(run.exitStatus(), QProcess::CrashExit);
    QCOMPARE(folder.entryList(lockPattern, QDir::Files).size(), 1);
    http("POST", QUrl(base + QStringLiteral("_admin/faults")), R"({"rate":0})");

    const Outcome next = runCliWithState(state, {QStringLiteral("failures"), file});
    QVERIFY2(next.exitCode == 0, qPrintable(next.err));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("killed"));
        db.setDatabaseName(state);
        QVERIFY(db.open());
        QSqlQuery runs(QStringLiteral("SELECT status, message, finished_at FROM runs"), db);
        QVERIFY(runs.next());
        QCOMPARE(runs.value(0).toString(), QStringLiteral("failed"));
        QVERIFY2(runs.value(1).toString().contains(QStringLiteral("the process ended during the run")),
            qPrintable(runs.value(1).toString()));
        QVERIFY(!runs.value(2).isNull());
        QVERIFY(!runs.next());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("killed"));
    QVERIFY(folder.entryList(lockPattern, QDir::Files).isEmpty());
    sim.terminate();
    sim.waitForFinished(20'000);
}

void TestCliFaults::failuresTheLogCouldNotTakeAreNotPointedTo()
{
    // A full disk stopped the failure log itself, and the run still said "Failures are in the
    // log: linkwright-cli failures ...", which then showed "no failures match". A trigger that
    // refuses every new failure stands in for the full disk.
    QProcess sim;
    const quint16 port = startSim(sim, shopRefusesWrites());
    QVERIFY(port != 0);
    const QString file = m_dir.filePath(QStringLiteral("full.linkwright.json"));
    const QString state = m_dir.filePath(QStringLiteral("state/full.sqlite"));
    QCOMPARE(runCli({QStringLiteral("init"), QStringLiteral("--port"), QString::number(port), file}).exitCode, 0);
    // A plan makes the state database and writes nothing.
    QCOMPARE(runCliWithState(state,
                 {QStringLiteral("plan"), file, QStringLiteral("-d"), QStringLiteral("products"), QStringLiteral("-q")})
                 .exitCode,
        0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("full"));
        db.setDatabaseName(state);
        QVERIFY(db.open());
        QSqlQuery trigger(db);
        QVERIFY2(trigger.exec(QStringLiteral("CREATE TRIGGER full_disk BEFORE INSERT ON failures "
                                             "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")),
            qPrintable(trigger.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("full"));
    const Outcome run =
        runCliWithState(state, {QStringLiteral("run"), file, QStringLiteral("-d"), QStringLiteral("products")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(!run.out.contains(QStringLiteral("Failures are in the log")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("could not be stored in the failure log")), qPrintable(run.out));
    sim.terminate();
    sim.waitForFinished(20'000);
}

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_clifaults.moc"

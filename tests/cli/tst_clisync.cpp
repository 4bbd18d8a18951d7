#include "clitesthelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace CliTest;

/// The sync commands against a linkwright-sim process (30 products, 8 customers, 6 orders) and
/// a demo project that `init` wrote for its port. The slots run in the order declared, each on
/// the state the one before left: run, run again, plan and apply, a broken mapping and retry.
class TestCliSync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runSyncsEveryDataPoint();
    void secondRunWritesNothing();
    void planShowsDiffsAndApplyWritesThem();
    void previewShowsInputBesideOutput();
    void preflightFindsNothingWrong();
    void mappingToAMissingFieldFailsAndRetryMendsIt();
    void ctrlCCancelsARunCleanly_data();
    void ctrlCCancelsARunCleanly();
    void ctrlCStopsAPreviewAsCancelled();
    void suggestedCommandsQuoteWhatTheShellWouldSplit();
    void twoWayPlanSaysWhereEachChangeGoes();
    void cleanupTestCase();

private:
    /// runCli with the test's own state database.
    Outcome cli(QStringList arguments);
    [[nodiscard]] QUrl simUrl(const QString &path) const;
    /// Requests the simulator has seen, to tell when a command got as far as the network.
    [[nodiscard]] qint64 requests() const;
    void setMapping(const QByteArray &from, const QByteArray &to);

    QProcess m_sim;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QString m_project;
    QString m_state;
};

Outcome TestCliSync::cli(QStringList arguments)
{
    return runCliWithState(m_state, std::move(arguments));
}

QUrl TestCliSync::simUrl(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

qint64 TestCliSync::requests() const
{
    const QJsonObject stats = QJsonDocument::fromJson(http("GET", simUrl(QStringLiteral("/_admin/stats")))).object();
    return stats[u"totals"][u"requests"].toInteger();
}

void TestCliSync::setMapping(const QByteArray &from, const QByteArray &to)
{
    QFile file(m_project);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    file.close();
    QVERIFY2(json.count(from) == 1, from.constData());
    json.replace(from, to);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(json);
}

void TestCliSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_port = startSim(m_sim,
        {QStringLiteral("--products"), QStringLiteral("30"), QStringLiteral("--customers"), QStringLiteral("8"),
            QStringLiteral("--orders"), QStringLiteral("6")});
    QVERIFY(m_port != 0);

    m_project = m_dir.filePath(QStringLiteral("shop.linkwright.json"));
    m_state = m_dir.filePath(QStringLiteral("state/shop.sqlite"));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("state")));
    const Outcome init = runCli({QStringLiteral("init"), QStringLiteral("--port"), QString::number(m_port), m_project});
    QCOMPARE(init.exitCode, 0);
}

void TestCliSync::runSyncsEveryDataPoint()
{
    const Outcome run = cli({QStringLiteral("run"), m_project, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QJsonArray reports = jsonArray(run.out);
    // Every data point of the demo project is on, and they run in catalogue order.
    QCOMPARE(reports.size(), 7);
    QCOMPARE(reports.at(0)[u"dataPoint"].toString(), QStringLiteral("products"));
    QCOMPARE(reports.at(6)[u"dataPoint"].toString(), QStringLiteral("invoices"));
    for (const QJsonValue &report : reports) {
        QCOMPARE(report[u"status"].toString(), QStringLiteral("succeeded"));
        QVERIFY(report[u"id"].toInteger() > 0);
    }
    QCOMPARE(reports.at(0)[u"counts"][u"created"].toInteger(), 30);
    QVERIFY2(run.err.contains(QStringLiteral("products: ")), qPrintable(run.err)); // progress on stderr

    const QJsonObject shop =
        QJsonDocument::fromJson(http("GET", simUrl(QStringLiteral("/shop/products?pageSize=100")))).object();
    QCOMPARE(shop[u"total"].toInteger(), 30);
    QCOMPARE(shop[u"items"][0][u"sku"].toString(), QStringLiteral("LW-00001"));
}

void TestCliSync::secondRunWritesNothing()
{
    const Outcome run = cli({QStringLiteral("run"), m_project, QStringLiteral("--json"), QStringLiteral("--quiet")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QJsonArray reports = jsonArray(run.out);
    QCOMPARE(reports.size(), 7);
    for (const QJsonValue &report : reports) {
        const QJsonValue counts = report[u"counts"];
        QVERIFY2(counts[u"created"].toInteger() == 0 && counts[u"updated"].toInteger() == 0
                && counts[u"deleted"].toInteger() == 0,
            qPrintable(run.out));
    }

    // The text form: one aligned line per data point.
    const Outcome text = cli({QStringLiteral("run"), m_project, QStringLiteral("-d"), QStringLiteral("products"),
        QStringLiteral("-d"), QStringLiteral("prices"), QStringLiteral("-q")});
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(
        lines.at(0).startsWith(QStringLiteral("products  erp-to-shop  succeeded  fetched ")), qPrintable(text.out));
    QVERIFY2(
        lines.at(1).startsWith(QStringLiteral("prices    erp-to-shop  succeeded  fetched ")), qPrintable(text.out));
    QVERIFY(lines.at(0).contains(QStringLiteral("created 0")));
}

void TestCliSync::planShowsDiffsAndApplyWritesThem()
{
    http("POST", simUrl(QStringLiteral("/erp/products")), R"([{"sku":"LW-00003","name":"Renamed in the ERP"}])");

    const Outcome plan = cli({QStringLiteral("plan"), m_project, QStringLiteral("--data-point"),
        QStringLiteral("products"), QStringLiteral("-q")});
    QVERIFY2(plan.exitCode == 0, qPrintable(plan.out + plan.err));
    QVERIFY2(plan.out.contains(QStringLiteral("1 to update")), qPrintable(plan.out));
    // The old value is what the last sync wrote, not what the target holds: the plan says so.
    QVERIFY2(plan.out.contains(QStringLiteral("the target is not read")), qPrintable(plan.out));
    QVERIFY2(QRegularExpression(QStringLiteral("update +LW-00003\\n +name +\"[^\"]+\" +-> +\"Renamed in the ERP\""))
                 .match(plan.out)
                 .hasMatch(),
        qPrintable(plan.out));
    const QRegularExpressionMatch planId = QRegularExpression(QStringLiteral("apply .* --plan (\\d+)")).match(plan.out);
    QVERIFY2(planId.hasMatch(), qPrintable(plan.out));
    // The suggested command reads the same state database, or it would find no such plan.
    QVERIFY2(
        plan.out.contains(QStringLiteral("apply %1 --state %2 --plan").arg(m_project, m_state)), qPrintable(plan.out));
    // A plan changes nothing.
    QVERIFY(!http("GET", simUrl(QStringLiteral("/shop/products/LW-00003"))).contains("Renamed in the ERP"));
    // "run --dry-run" says so: its "updated 1" read as if written.
    const Outcome dry = cli({QStringLiteral("run"), m_project, QStringLiteral("-d"), QStringLiteral("products"),
        QStringLiteral("--dry-run"), QStringLiteral("-q")});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.contains(QStringLiteral("(dry run: nothing written)")), qPrintable(dry.out));
    QVERIFY(!http("GET", simUrl(QStringLiteral("/shop/products/LW-00003"))).contains("Renamed in the ERP"));

    const Outcome planJson = cli({QStringLiteral("plan"), m_project, QStringLiteral("-d"), QStringLiteral("products"),
        QStringLiteral("--json"), QStringLiteral("-q")});
    QCOMPARE(planJson.exitCode, 0);
    const QJsonArray plans = jsonArray(planJson.out);
    QCOMPARE(plans.size(), 1);
    QVERIFY(plans.at(0)[u"planId"].toInteger() > planId.captured(1).toLongLong());
    const QJsonValue item = plans.at(0)[u"items"][0];
    QCOMPARE(item[u"key"].toString(), QStringLiteral("LW-00003"));
    QCOMPARE(item[u"action"].toString(), QStringLiteral("update"));
    QCOMPARE(item[u"diff"][0][u"field"].toString(), QStringLiteral("name"));
    QCOMPARE(item[u"diff"][0][u"after"].toString(), QStringLiteral("Renamed in the ERP"));

    // Its one record, chosen by key: that is the whole plan.
    const QStringList byRecord{QStringLiteral("apply"), m_project, QStringLiteral("--plan"), planId.captured(1),
        QStringLiteral("--record"), QStringLiteral("LW-00003"), QStringLiteral("-q")};
    const Outcome apply = cli(byRecord);
    QVERIFY2(apply.exitCode == 0, qPrintable(apply.out + apply.err));
    QVERIFY2(apply.out.contains(QStringLiteral("updated 1")), qPrintable(apply.out));
    QVERIFY(http("GET", simUrl(QStringLiteral("/shop/products/LW-00003"))).contains("Renamed in the ERP"));

    // Asked again, record or plan: refused, rather than "updated 0" and exit 0.
    const Outcome recordAgain = cli(byRecord);
    QCOMPARE(recordAgain.exitCode, 1);
    QVERIFY2(recordAgain.err.contains(QStringLiteral("the plan was applied already")), qPrintable(recordAgain.err));
    const Outcome again = cli({QStringLiteral("apply"), m_project, QStringLiteral("--plan"), planId.captured(1)});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("the plan was applied already")), qPrintable(again.err));
}

void TestCliSync::previewShowsInputBesideOutput()
{
    const Outcome preview = cli({QStringLiteral("preview"), m_project, QStringLiteral("--data-point"),
        QStringLiteral("products"), QStringLiteral("-n"), QStringLiteral("3")});
    QVERIFY2(preview.exitCode == 0, qPrintable(preview.out + preview.err));
    QVERIFY2(preview.out.contains(QStringLiteral("records: 3, mapped: 3, failing: 0")), qPrintable(preview.out));
    QVERIFY(preview.out.contains(QStringLiteral("record 3 of 3  LW-00003  mapped")));
    QVERIFY(!preview.out.contains(QStringLiteral("record 4")));
    // A source field the mappings drop (brand) beside a mapped one.
    QVERIFY(QRegularExpression(QStringLiteral("\\n  input +output\\n")).match(preview.out).hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("brand +\"Linkwright")).match(preview.out).hasMatch());

    const Outcome json = cli({QStringLiteral("preview"), m_project, QStringLiteral("-d"), QStringLiteral("products"),
        QStringLiteral("-n"), QStringLiteral("3"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray rows = jsonArray(json.out);
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows.at(0)[u"input"][u"brand"].isString());
    QCOMPARE(rows.at(0)[u"output"][u"sku"].toString(), QStringLiteral("LW-00001"));
    QVERIFY(rows.at(0)[u"output"][u"brand"].isUndefined());
}

void TestCliSync::preflightFindsNothingWrong()
{
    const Outcome preflight = cli({QStringLiteral("preflight"), m_project, QStringLiteral("--data-point"),
        QStringLiteral("products"), QStringLiteral("--json")});
    QVERIFY2(preflight.exitCode == 0, qPrintable(preflight.out + preflight.err));
    const QJsonObject report = QJsonDocument::fromJson(preflight.out.toUtf8()).object();
    QCOMPARE(report[u"sourceRecords"].toInteger(), 30);
    QCOMPARE(report[u"matched"].toInteger(), 30);
    QCOMPARE(report[u"invalid"].toInteger(), 0);
}

void TestCliSync::mappingToAMissingFieldFailsAndRetryMendsIt()
{
    setMapping(R"("source": "name")", R"("source": "title")");
    const Outcome run = cli({QStringLiteral("run"), m_project, QStringLiteral("-d"), QStringLiteral("products"),
        QStringLiteral("--full"), QStringLiteral("-q")});
    QVERIFY2(run.exitCode == 3, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("finished-with-failures")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("failed 30")), qPrintable(run.out));

    const Outcome failures = cli({QStringLiteral("failures"), m_project, QStringLiteral("--status"),
        QStringLiteral("open"), QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("--json")});
    QCOMPARE(failures.exitCode, 0);
    const QJsonArray open = jsonArray(failures.out);
    QCOMPARE(open.size(), 30);
    for (const QJsonValue &failure : open) {
        QCOMPARE(failure[u"step"].toString(), QStringLiteral("map"));
        QCOMPARE(failure[u"dataPoint"].toString(), QStringLiteral("products"));
        QCOMPARE(failure[u"class"].toString(), QStringLiteral("permanent"));
        QVERIFY(failure[u"message"].toString().contains(QStringLiteral("\"title\"")));
        // The payload is the source record as fetched, so a retry needs no new fetch.
        QVERIFY(failure[u"payload"].toString().contains(failure[u"key"].toString()));
    }
    // The next run with the mapping as it is fails what it reads again; the rest wait, and the
    // run says so instead of a bare "failed 0".
    const Outcome again =
        cli({QStringLiteral("run"), m_project, QStringLiteral("-d"), QStringLiteral("products"), QStringLiteral("-q")});
    QVERIFY2(again.out.contains(QStringLiteral("of earlier runs still wait: linkwright-cli failures")),
        qPrintable(again.out));
    const Outcome filtered = cli({QStringLiteral("failures"), m_project, QStringLiteral("--step"),
        QStringLiteral("map"), QStringLiteral("--text"), QStringLiteral("LW-00007")});
    QCOMPARE(filtered.exitCode, 0);
    QVERIFY2(filtered.out.contains(QStringLiteral("LW-00007")) && !filtered.out.contains(QStringLiteral("LW-00008")),
        qPrintable(filtered.out));

    // One failure whole, as support staff look at it: the table cuts the message to a line
    // and shows no record; --json alone showed all of it.
    const QString one = QString::number(open.first()[u"id"].toInteger());
    const Outcome whole = cli({QStringLiteral("failures"), m_project, QStringLiteral("--id"), one});
    QVERIFY2(whole.exitCode == 0, qPrintable(whole.out + whole.err));
    QVERIFY2(whole.out.startsWith(QStringLiteral("failure %1: products %2").arg(one, open.first()[u"key"].toString())),
        qPrintable(whole.out));
    QVERIFY2(whole.out.contains(QStringLiteral("map (permanent), erp-to-shop")), qPrintable(whole.out));
    QVERIFY2(whole.out.contains(QStringLiteral("    hint: ")), qPrintable(whole.out));
    QVERIFY2(whole.out.contains(QStringLiteral("record as received\n    {")), qPrintable(whole.out));
    const Outcome absent =
        cli({QStringLiteral("failures"), m_project, QStringLiteral("--id"), QStringLiteral("999999")});
    QCOMPARE(absent.exitCode, 1);
    QVERIFY2(absent.err.contains(QStringLiteral("there is no failure 999999 that matches")), qPrintable(absent.err));

    // One failure set aside stays out of "retry --all" until it is reopened.
    const QString setAside = QString::number(open.first()[u"id"].toInteger());
    const Outcome ignored = cli({QStringLiteral("ignore"), m_project, QStringLiteral("--id"), setAside});
    QVERIFY2(ignored.exitCode == 0 && ignored.out.contains(QStringLiteral("ignored")), qPrintable(ignored.out));
    QCOMPARE(cli({QStringLiteral("ignore"), m_project, QStringLiteral("--id"), QStringLiteral("999999")}).exitCode, 1);
    QCOMPARE(cli({QStringLiteral("ignore"), m_project}).exitCode, 2);

    // A data point switched off retries nothing, and the count said it had retried them all.
    const QByteArray on = "\"products\": {\n      \"direction\": \"erp-to-shop\"";
    const QByteArray off = "\"products\": {\n      \"direction\": \"off\"";
    setMapping(on, off);
    const Outcome switchedOff =
        cli({QStringLiteral("retry"), m_project, QStringLiteral("--all"), QStringLiteral("-q")});
    QCOMPARE(switchedOff.exitCode, 1);
    QVERIFY2(
        switchedOff.out.contains(QStringLiteral("failures retried: 0, still open: 29")), qPrintable(switchedOff.out));
    setMapping(off, on);

    setMapping(R"("source": "title")", R"("source": "name")");
    const Outcome retry = cli({QStringLiteral("retry"), m_project, QStringLiteral("--all"), QStringLiteral("-q")});
    QVERIFY2(retry.exitCode == 0, qPrintable(retry.out + retry.err));
    QVERIFY2(retry.out.contains(QStringLiteral("failures retried: 29, still open: 0")), qPrintable(retry.out));
    const Outcome reopened =
        cli({QStringLiteral("ignore"), m_project, QStringLiteral("--id"), setAside, QStringLiteral("--reopen")});
    QVERIFY2(reopened.exitCode == 0 && reopened.out.contains(QStringLiteral("open")), qPrintable(reopened.out));
    const Outcome last =
        cli({QStringLiteral("retry"), m_project, QStringLiteral("--id"), setAside, QStringLiteral("-q")});
    QVERIFY2(last.exitCode == 0, qPrintable(last.out + last.err));
    const Outcome after = cli({QStringLiteral("failures"), m_project, QStringLiteral("--status"),
        QStringLiteral("open"), QStringLiteral("--json")});
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(jsonArray(after.out).size(), 0);
    const Outcome resolved = cli({QStringLiteral("failures"), m_project, QStringLiteral("--status"),
        QStringLiteral("resolved"), QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("--json")});
    QCOMPARE(jsonArray(resolved.out).size(), 30);

    const Outcome nothing = cli({QStringLiteral("retry"), m_project, QStringLiteral("--all")});
    QCOMPARE(nothing.exitCode, 0);
    QVERIFY2(nothing.out.contains(QStringLiteral("nothing to retry")), qPrintable(nothing.out));
    // A mistyped number is an error, as for ignore; a resolved failure says why it is left.
    const Outcome unknown = cli({QStringLiteral("retry"), m_project, QStringLiteral("--id"), QStringLiteral("999999")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("there is no failure 999999\n  hint: ")), qPrintable(unknown.err));
    const Outcome settled = cli({QStringLiteral("retry"), m_project, QStringLiteral("--id"), setAside});
    QCOMPARE(settled.exitCode, 0);
    QVERIFY2(settled.out.contains(QStringLiteral("not retried, status resolved")), qPrintable(settled.out));
}

void TestCliSync::ctrlCCancelsARunCleanly_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("run") << QStringLiteral("run");
    // A plan stopped halfway was stored and then applied as if whole; none is stored now.
    QTest::newRow("plan") << QStringLiteral("plan");
}

void TestCliSync::ctrlCCancelsARunCleanly()
{
    QFETCH(QString, command);
    // Every request to a resource stalls, so the run is surely waiting on the network when the
    // signal comes; the simulator's request count says when it got that far.
    http("POST", simUrl(QStringLiteral("/_admin/faults")), R"({"rate":1,"kinds":["stall"],"stallMs":60000})");
    const qint64 before = requests();
    QProcess run;
    run.start(QStringLiteral(LINKWRIGHT_CLI),
        {QStringLiteral("--state"), m_state, command, m_project, QStringLiteral("--full"), QStringLiteral("--json")});
    QVERIFY(run.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(requests() > before, 30'000);
    run.terminate();
    QVERIFY(run.waitForFinished(30'000));
    http("POST", simUrl(QStringLiteral("/_admin/faults")), R"({"rate":0})");
    QCOMPARE(run.exitStatus(), QProcess::NormalExit);
    QCOMPARE(run.exitCode(), 130);
    // The first data point was stopped and stored as cancelled; the others did not start.
    const QJsonArray reports = jsonArray(QString::fromUtf8(run.readAllStandardOutput()));
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.at(0)[u"status"].toString(), QStringLiteral("cancelled"));
    QVERIFY(reports.at(0)[u"planId"].isNull() || reports.at(0)[u"planId"].toInteger() == 0);
    // Its last progress line does not read as if it had completed.
    const QString progress = QString::fromUtf8(run.readAllStandardError());
    QVERIFY2(progress.contains(QStringLiteral(": stopped,")) && !progress.contains(QStringLiteral(": done,")),
        qPrintable(progress));
    // While the first page is awaited the run says it is fetching (it said nothing before).
    QVERIFY2(progress.contains(QStringLiteral("products: fetching, 0 fetched")), qPrintable(progress));
}

void TestCliSync::ctrlCStopsAPreviewAsCancelled()
{
    // The preview waits on its first page when the signal comes: a cancel (130), not a failure
    // (1), and a script reading --json still gets a document that says what happened.
    http("POST", simUrl(QStringLiteral("/_admin/faults")), R"({"rate":1,"kinds":["stall"],"stallMs":60000})");
    const qint64 before = requests();
    QProcess preview;
    preview.start(QStringLiteral(LINKWRIGHT_CLI),
        {QStringLiteral("--state"), m_state, QStringLiteral("preview"), m_project, QStringLiteral("-d"),
            QStringLiteral("products"), QStringLiteral("--json")});
    QVERIFY(preview.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(requests() > before, 30'000);
    preview.terminate();
    QVERIFY(preview.waitForFinished(30'000));
    http("POST", simUrl(QStringLiteral("/_admin/faults")), R"({"rate":0})");
    QCOMPARE(preview.exitCode(), 130);
    const QJsonObject document = QJsonDocument::fromJson(preview.readAllStandardOutput()).object();
    const QJsonArray errors = document[u"errors"].toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0)[u"message"].toString(), QStringLiteral("cancelled"));
}

void TestCliSync::suggestedCommandsQuoteWhatTheShellWouldSplit()
{
    const QString folder = m_dir.filePath(QStringLiteral("Tom's shop"));
    QVERIFY(QDir().mkpath(folder));
    const QString project = folder + QStringLiteral("/shop.linkwright.json");
    QVERIFY(QFile::copy(m_project, project));
    const QString state = folder + QStringLiteral("/state.sqlite");
    const Outcome plan = runCli({QStringLiteral("--state"), state, QStringLiteral("plan"), project,
        QStringLiteral("-d"), QStringLiteral("products"), QStringLiteral("-q")});
    QCOMPARE(plan.exitCode, 0);
    // Pasted into a POSIX shell, each path stays one argument.
    const QString quoted = QString(folder).replace(u'\'', QStringLiteral("'\\''"));
    QVERIFY2(plan.out.contains(
                 QStringLiteral("apply '%1/shop.linkwright.json' --state '%1/state.sqlite' --plan").arg(quoted)),
        qPrintable(plan.out));
}

void TestCliSync::twoWayPlanSaysWhereEachChangeGoes()
{
    // Customers go both ways: each change of a two-way plan says which system it is for (the
    // text said it only in --json).
    http(
        "POST", simUrl(QStringLiteral("/erp/customers")), R"([{"customerNumber":"C10001","phone":"+45 11 11 11 11"}])");
    http("POST", simUrl(QStringLiteral("/shop/customers")), R"([{"customerNumber":"C10002","language":"fi"}])");
    // An address edited in the ERP is shown by the member that changed: cut to a line, the whole
    // address looked the same before and after.
    QJsonObject customer =
        QJsonDocument::fromJson(http("GET", simUrl(QStringLiteral("/erp/customers/C10004")))).object();
    QJsonObject billTo = customer[u"billTo"].toObject();
    QVERIFY(!billTo.isEmpty());
    billTo[u"city"] = QStringLiteral("Skagen");
    const QJsonObject edit{
        {QStringLiteral("customerNumber"), QStringLiteral("C10004")}, {QStringLiteral("billTo"), billTo}};
    http("POST", simUrl(QStringLiteral("/erp/customers")), QJsonDocument(QJsonArray{edit}).toJson());
    // One customer edited on both sides: two writes, counted as the run that applies them counts.
    http(
        "POST", simUrl(QStringLiteral("/erp/customers")), R"([{"customerNumber":"C10003","phone":"+45 33 33 33 33"}])");
    http("POST", simUrl(QStringLiteral("/shop/customers")), R"([{"customerNumber":"C10003","language":"sv"}])");
    const Outcome plan = cli(
        {QStringLiteral("plan"), m_project, QStringLiteral("-d"), QStringLiteral("customers"), QStringLiteral("-q")});
    QVERIFY2(plan.exitCode == 0, qPrintable(plan.out + plan.err));
    for (const char *line : {R"(update +C10001\n +phone +"[^"]*" +-> +"\+45 11 11 11 11" +to the shop\n)",
             R"(update +C10002\n +language +"[^"]*" +-> +"fi" +to the ERP\n)",
             R"(update +C10004\n +billTo\.city +"[^"]*" +-> +"Skagen" +to the shop\n)"}) {
        QVERIFY2(QRegularExpression(QString::fromLatin1(line)).match(plan.out).hasMatch(), qPrintable(plan.out));
    }
    QVERIFY2(plan.out.contains(QStringLiteral(" 5 to update")), qPrintable(plan.out));
}

void TestCliSync::cleanupTestCase()
{
    if (m_sim.state() == QProcess::Running) {
        m_sim.terminate();
        m_sim.waitForFinished(20'000);
    }
}

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_clisync.moc"

#include "../testdata.h"
#include "project/demoproject.h"
#include "project/projectfile.h"
#include "project/roiformat.h"
#include "roi/realisedroi.h"
#include "roi/roicalculator.h"
#include "store/sqlitestore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Linkwright;

namespace {

QString dataDir()
{
    return TestData::dir();
}

using TestData::readAll;

RoiScenario investedScenario()
{
    RoiScenario scenario = RoiPresets::whitepaper();
    scenario.name = QStringLiteral("Prospect A, working days");
    scenario.daysPerYear = QStringLiteral("250");
    scenario.currency = QStringLiteral("DKK");
    scenario.implementationCost = QStringLiteral("150000.50");
    scenario.yearlyRunningCost = QStringLiteral("24000");
    scenario.areas.append(RoiPresets::area(RoiPresets::Area::Invoices));
    scenario.areas.last().eventsPerDay = QStringLiteral("12.5");
    return scenario;
}

void addRun(Store &store, DataPointKind dataPoint, const QDate &day, RunCounts counts, bool dryRun = false)
{
    RunRecord run;
    run.dataPoint = dataPoint;
    run.dryRun = dryRun;
    run.startedAt = QDateTime(day, QTime(12, 0));
    auto id = store.beginRun(run);
    QVERIFY(id);
    QVERIFY(store.finishRun(*id, RunStatus::Succeeded, counts, {}));
}

} // namespace

class TestRoiProject final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void projectWithoutRoiStillLoads();
    void scenariosRoundTripThroughTheProjectFile();
    void unfinishedFiguresAreSavedAsTyped();
    void noScenariosWritesNoRoiKey();
    void numbersInTheFileAreRead();
    void scenarioFileProblemsNameTheirPath();
    void scenarioFileRoundTrips();
    void lastMonthIsTheCalendarMonthBefore();
    void realisedRoiFromTheRunHistory();
    void realisedRoiWithoutMeasuredAreas();
};

void TestRoiProject::projectWithoutRoiStillLoads()
{
    const auto loaded = ProjectFile::load(dataDir() + QStringLiteral("/valid/minimal-valid.json"));
    QVERIFY(loaded);
    QVERIFY(loaded->project.roiScenarios.isEmpty());
}

void TestRoiProject::scenariosRoundTripThroughTheProjectFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Project project = demoProject();
    project.roiScenarios = {RoiPresets::whitepaper(), investedScenario()};
    const QString fileName = dir.filePath(QStringLiteral("roi.linkwright.json"));
    QVERIFY(ProjectFile::save(project, fileName));
    const auto loaded = ProjectFile::load(fileName);
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().first().toString()));
    QCOMPARE(loaded->project.roiScenarios, project.roiScenarios);
    QCOMPARE(loaded->project, project);
    // The figures are written as strings, with their digits and no trace of a double.
    const QByteArray text = readAll(fileName);
    QVERIFY(text.contains(R"("implementationCost": "150000.50")"));
    QVERIFY(text.contains(R"({"name": "Orders", "costPerEvent": "10", "eventsPerDay": "100", )"
                          R"("improvementPercent": "50", "dataPoint": "orders"})"));
    // "roi" comes after the data points, so that old keys keep their place in a diff.
    QVERIFY(text.indexOf("\"roi\"") > text.indexOf("\"dataPoints\""));
    // And the saved scenario computes the same as before.
    QCOMPARE(
        RoiCalculator::evaluate(loaded->project.roiScenarios.first())->yearlySaving.toText(), QByteArray("221190.00"));
}

void TestRoiProject::unfinishedFiguresAreSavedAsTyped()
{
    Project project = demoProject();
    RoiScenario scenario = RoiPresets::whitepaper();
    scenario.areas[1].eventsPerDay = QStringLiteral("a hundred");
    scenario.currency = QStringLiteral("EURO");
    project.roiScenarios = {scenario};
    const auto loaded = ProjectFile::parse(ProjectFile::serialize(project));
    QVERIFY(loaded);
    QCOMPARE(loaded->project.roiScenarios.first(), scenario);
    QCOMPARE(RoiChecker::problems(loaded->project.roiScenarios.first()).size(), 2);
}

void TestRoiProject::noScenariosWritesNoRoiKey()
{
    QVERIFY(!ProjectFile::serialize(demoProject()).contains("\"roi\""));
}

void TestRoiProject::numbersInTheFileAreRead()
{
    const auto scenario = RoiFormat::parseScenario(R"({"name": "n", "daysPerYear": 250, "areas": [
        {"name": "Orders", "costPerEvent": 10.5, "eventsPerDay": 100000, "improvementPercent": 50}]})");
    QVERIFY(scenario);
    QCOMPARE(scenario->daysPerYear, QStringLiteral("250"));
    QCOMPARE(scenario->areas.first().costPerEvent, QStringLiteral("10.5"));
    // Digits as written, never an exponent ("1e+05"), since the figure is kept and shown as text.
    QCOMPARE(scenario->areas.first().eventsPerDay, QStringLiteral("100000"));
    QCOMPARE(scenario->currency, QStringLiteral("EUR"));
    QCOMPARE(scenario->implementationCost, QStringLiteral("0"));
    QVERIFY(!scenario->areas.first().dataPoint);
}

void TestRoiProject::scenarioFileProblemsNameTheirPath()
{
    const auto broken = RoiFormat::parseScenario(readAll(dataDir() + QStringLiteral("/roi/syntax-error.json")));
    QVERIFY(!broken);
    QVERIFY2(
        broken.error().first().path.startsWith(QStringLiteral("line ")), qPrintable(broken.error().first().toString()));

    const auto notAList = RoiFormat::parseScenario(readAll(dataDir() + QStringLiteral("/roi/areas-not-a-list.json")));
    QVERIFY(!notAList);
    QCOMPARE(notAList.error().first().toString(), QStringLiteral("areas: expected an array, found a string"));

    const auto wrongKeys = RoiFormat::parseScenario(
        R"({"areas": [{"name": "Orders", "costPerEvent": "1", "eventsPerDay": "1", "improvementPercent": "1",
        "dataPoint": "order", "perDay": "2"}], "currencyCode": "EUR"})");
    QVERIFY(!wrongKeys);
    QStringList paths;
    for (const Diagnostic &diagnostic : wrongKeys.error())
        paths.append(diagnostic.path);
    QCOMPARE(paths,
        QStringList(
            {QStringLiteral("currencyCode"), QStringLiteral("areas[0].perDay"), QStringLiteral("areas[0].dataPoint")}));
    QCOMPARE(wrongKeys.error().first().hint, QStringLiteral("Did you mean \"currency\"?"));

    QVERIFY(!RoiFormat::parseScenario("[]"));
    QVERIFY(!RoiFormat::parseScenario("  "));
}

void TestRoiProject::scenarioFileRoundTrips()
{
    const RoiScenario scenario = investedScenario();
    const auto again = RoiFormat::parseScenario(RoiFormat::serializeScenario(scenario));
    QVERIFY(again);
    QCOMPARE(*again, scenario);
    const auto file = RoiFormat::parseScenario(readAll(dataDir() + QStringLiteral("/roi/whitepaper.json")));
    QVERIFY(file);
    QCOMPARE(*file, RoiPresets::whitepaper());
}

void TestRoiProject::lastMonthIsTheCalendarMonthBefore()
{
    using Period = std::pair<QDate, QDate>;
    QCOMPARE(RealisedRoiCalculator::lastMonth(QDate(2026, 3, 15)), Period(QDate(2026, 2, 1), QDate(2026, 2, 28)));
    QCOMPARE(RealisedRoiCalculator::lastMonth(QDate(2024, 3, 1)), Period(QDate(2024, 2, 1), QDate(2024, 2, 29)));
    QCOMPARE(RealisedRoiCalculator::lastMonth(QDate(2026, 1, 31)), Period(QDate(2025, 12, 1), QDate(2025, 12, 31)));
}

void TestRoiProject::realisedRoiFromTheRunHistory()
{
    auto store = SqliteStore::open(QStringLiteral(":memory:"));
    QVERIFY(store);
    // February 2026: products wrote 5 + 10 + 3 + 2 = 20 records, orders 100 + 50 = 150.
    addRun(**store, DataPointKind::Products, QDate(2026, 2, 3), {50, 5, 10, 35, 0, 0});
    addRun(**store, DataPointKind::Products, QDate(2026, 2, 27), {10, 3, 0, 7, 2, 0});
    addRun(**store, DataPointKind::Orders, QDate(2026, 2, 1), {100, 100, 0, 0, 0, 0});
    addRun(**store, DataPointKind::Orders, QDate(2026, 2, 28), {50, 50, 0, 0, 0, 0});
    // Not counted: a dry run, a day in March, another data point no area names.
    addRun(**store, DataPointKind::Orders, QDate(2026, 2, 10), {900, 900, 0, 0, 0, 0}, true);
    addRun(**store, DataPointKind::Orders, QDate(2026, 3, 1), {70, 70, 0, 0, 0, 0});
    addRun(**store, DataPointKind::Customers, QDate(2026, 2, 10), {40, 40, 0, 0, 0, 0});

    const auto inputs = RoiChecker::check(RoiPresets::whitepaper());
    QVERIFY(inputs);
    const auto [from, to] = RealisedRoiCalculator::lastMonth(QDate(2026, 3, 15));
    const auto realised = RealisedRoiCalculator::fromStore(**store, *inputs, from, to);
    QVERIFY2(realised, realised ? "" : qPrintable(realised.error().toString()));
    QCOMPARE(realised->days(), 28);
    QCOMPARE(realised->areas.size(), 3);
    QCOMPARE(realised->areas.at(0).events, 20);
    // 10 EUR x 20 x 50 % = 100; 10 x 150 x 50 % = 750; customer queries are not measured.
    QCOMPARE(realised->areas.at(0).saving.toText(), QByteArray("100.00"));
    QCOMPARE(realised->areas.at(1).events, 150);
    QCOMPARE(realised->areas.at(1).saving.toText(), QByteArray("750.00"));
    QVERIFY(!realised->areas.at(2).dataPoint);
    QCOMPARE(realised->saving.toText(), QByteArray("850.00"));
    QCOMPARE(realised->events, 170);
    QVERIFY(realised->measuresAnything());
}

void TestRoiProject::realisedRoiWithoutMeasuredAreas()
{
    RoiScenario scenario = RoiPresets::whitepaper();
    for (RoiArea &area : scenario.areas)
        area.dataPoint.reset();
    const auto inputs = RoiChecker::check(scenario);
    QVERIFY(inputs);
    const auto realised = RealisedRoiCalculator::calculate(*inputs, {}, QDate(2026, 2, 1), QDate(2026, 2, 28));
    QVERIFY(realised);
    QVERIFY(!realised->measuresAnything());
    QVERIFY(realised->saving.isZero());
}

QTEST_GUILESS_MAIN(TestRoiProject)
#include "tst_roiproject.moc"

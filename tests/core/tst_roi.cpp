#include "roi/moneyformat.h"
#include "roi/roicalculator.h"
#include "roi/roichecker.h"
#include "roi/roiscenario.h"

#include <QTest>

using namespace Linkwright;

Q_DECLARE_METATYPE(Linkwright::RoiScenario)

namespace {

Decimal dec(QByteArrayView text)
{
    auto number = Decimal::parse(text);
    if (!number)
        qFatal("not a decimal: %s", text.toByteArray().constData());
    return *number;
}

RoiResult evaluate(const RoiScenario &scenario)
{
    auto result = RoiCalculator::evaluate(scenario);
    if (!result) {
        for (const RoiFieldProblem &problem : result.error())
            qWarning().noquote() << problem.path() << problem.message;
        qFatal("the scenario has problems");
    }
    return *result;
}

RoiScenario oneArea(const char *cost, const char *perDay, const char *improvement)
{
    RoiScenario scenario;
    scenario.name = QStringLiteral("one");
    scenario.areas = {{QStringLiteral("Orders"), QString::fromLatin1(cost), QString::fromLatin1(perDay),
        QString::fromLatin1(improvement), std::nullopt}};
    return scenario;
}

const RoiFieldProblem *problemAt(const RoiFieldProblems &problems, RoiField field, int area = -1)
{
    for (const RoiFieldProblem &problem : problems) {
        if (problem.field == field && problem.area == area)
            return &problem;
    }
    return nullptr;
}

} // namespace

class TestRoi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whitepaperExampleToTheCent();
    void workingDaysScaleTheSaving();
    void fractionsStayExact();
    void investmentGivesPaybackNetAndRoi();
    void noSavingMeansNoPayback_data();
    void noSavingMeansNoPayback();
    void zeroInvestmentPaysBackAtOnce();
    void paybackExactlyOnAMonthBoundary();
    void paybackJustAfterAMonthBoundary();
    void cumulativeRunsThirtySixMonths();
    void checksReportEveryFieldAsData_data();
    void checksReportEveryFieldAsData();
    void checksCollectAllProblemsAndKeepTheText();
    void currencyCodes();
    void normalisedReadsTheLocale_data();
    void normalisedReadsTheLocale();
    void localisedShowsKeptNumbers();
    void moneyIsFormattedForTheLocale_data();
    void moneyIsFormattedForTheLocale();
};

void TestRoi::whitepaperExampleToTheCent()
{
    const RoiScenario scenario = RoiPresets::whitepaper();
    QCOMPARE(scenario.areas.size(), 3);
    QCOMPARE(scenario.daysPerYear, QStringLiteral("365"));
    QCOMPARE(scenario.currency, QStringLiteral("EUR"));
    const RoiResult result = evaluate(scenario);
    QCOMPARE(result.areaSavings.size(), 3);
    QCOMPARE(result.areaSavings.at(0).toText(), QByteArray("18250.00"));
    QCOMPARE(result.areaSavings.at(1).toText(), QByteArray("182500.00"));
    QCOMPARE(result.areaSavings.at(2).toText(), QByteArray("20440.00"));
    QCOMPARE(result.yearlySaving.toText(), QByteArray("221190.00"));
    QCOMPARE(result.currency, QStringLiteral("EUR"));
    // Nothing invested: it pays back at once, and a return on nothing is not a percentage.
    QCOMPARE(result.paybackMonths->toText(), QByteArray("0.0"));
    QCOMPARE(*result.paybackMonth, 0);
    QVERIFY(!result.roiPercent);
    QCOMPARE(result.netSavingThreeYears.toText(), QByteArray("663570.00"));
}

void TestRoi::workingDaysScaleTheSaving()
{
    RoiScenario scenario = RoiPresets::whitepaper();
    scenario.daysPerYear = QStringLiteral("250");
    // 10 x 10 x 50 % = 50 a day, 10 x 100 x 50 % = 500, 7 x 10 x 80 % = 56: 606 a day.
    QCOMPARE(evaluate(scenario).yearlySaving.toText(), QByteArray("151500.00"));
}

void TestRoi::fractionsStayExact()
{
    // 0.1 x 3 x 33.33 % x 365 = 36.496..., which a double would print as 36.49635000000001.
    const RoiResult result = evaluate(oneArea("0.1", "3", "33.33"));
    QCOMPARE(result.areaSavings.at(0).toText(), QByteArray("36.50"));
    auto exact = RoiCalculator::yearlySaving({QStringLiteral("x"), dec("0.1"), dec("3"), dec("33.33"), {}}, 365);
    QVERIFY(exact);
    QCOMPARE(exact->toText(), QByteArray("36.49635"));
}

void TestRoi::investmentGivesPaybackNetAndRoi()
{
    RoiScenario scenario = RoiPresets::whitepaper();
    scenario.implementationCost = QStringLiteral("50000");
    scenario.yearlyRunningCost = QStringLiteral("12000");
    const RoiResult result = evaluate(scenario);
    QCOMPARE(result.yearlyNetSaving.toText(), QByteArray("209190.00"));
    QCOMPARE(result.monthlyNetSaving.toText(), QByteArray("17432.50"));
    // 50,000 x 12 / 209,190 = 2.868... months: paid back during the third month.
    QCOMPARE(result.paybackMonths->toText(), QByteArray("2.9"));
    QCOMPARE(*result.paybackMonth, 3);
    QCOMPARE(result.netSavingThreeYears.toText(), QByteArray("577570.00"));
    // 577,570 / (50,000 + 36,000) = 671.6 %
    QCOMPARE(result.roiPercent->toText(), QByteArray("671.6"));
}

void TestRoi::noSavingMeansNoPayback_data()
{
    QTest::addColumn<QString>("improvement");
    QTest::addColumn<QString>("running");
    QTest::newRow("no improvement") << QStringLiteral("0") << QStringLiteral("0");
    QTest::newRow("running cost eats the saving") << QStringLiteral("50") << QStringLiteral("18250");
    QTest::newRow("running cost above the saving") << QStringLiteral("50") << QStringLiteral("20000");
}

void TestRoi::noSavingMeansNoPayback()
{
    QFETCH(QString, improvement);
    QFETCH(QString, running);
    RoiScenario scenario = oneArea("10", "10", "50");
    scenario.areas[0].improvementPercent = improvement;
    scenario.implementationCost = QStringLiteral("1000");
    scenario.yearlyRunningCost = running;
    const RoiResult result = evaluate(scenario);
    QVERIFY(!result.paysBack());
    QVERIFY(!result.paybackMonth);
    QVERIFY(result.monthlyNetSaving <= Decimal());
    // The cumulative line never climbs: it starts at -1000 and stays there or falls.
    QCOMPARE(result.cumulative.first().toText(), QByteArray("-1000.00"));
    QVERIFY(result.cumulative.last() <= result.cumulative.first());
    QVERIFY(result.roiPercent);
    QVERIFY(result.roiPercent->isNegative());
}

void TestRoi::zeroInvestmentPaysBackAtOnce()
{
    RoiScenario scenario = oneArea("10", "10", "50");
    scenario.yearlyRunningCost = QStringLiteral("6000");
    const RoiResult result = evaluate(scenario);
    QCOMPARE(result.paybackMonths->toText(), QByteArray("0.0"));
    QCOMPARE(*result.paybackMonth, 0);
    QCOMPARE(result.cumulative.first().toText(), QByteArray("0.00"));
    // 18,250 - 6,000 = 12,250 a year; 3 years = 36,750; on 18,000 of running cost: 204.2 %.
    QCOMPARE(result.netSavingThreeYears.toText(), QByteArray("36750.00"));
    QCOMPARE(result.roiPercent->toText(), QByteArray("204.2"));
}

void TestRoi::paybackExactlyOnAMonthBoundary()
{
    // 18,250 a year and an implementation of exactly 9 months of it: 13,687.50.
    RoiScenario scenario = oneArea("10", "10", "50");
    scenario.implementationCost = QStringLiteral("13687.50");
    const RoiResult result = evaluate(scenario);
    QCOMPARE(result.paybackMonths->toText(), QByteArray("9.0"));
    QCOMPARE(*result.paybackMonth, 9);
    QCOMPARE(result.cumulative.at(8).toText(), QByteArray("-1520.83"));
    QCOMPARE(result.cumulative.at(9).toText(), QByteArray("0.00"));
}

void TestRoi::paybackJustAfterAMonthBoundary()
{
    // One cent more and the ninth month is not quite enough, although both round to 9.0 months.
    RoiScenario scenario = oneArea("10", "10", "50");
    scenario.implementationCost = QStringLiteral("13687.51");
    const RoiResult result = evaluate(scenario);
    QCOMPARE(result.paybackMonths->toText(), QByteArray("9.0"));
    QCOMPARE(*result.paybackMonth, 10);
    QVERIFY(result.cumulative.at(9).isNegative());
}

void TestRoi::cumulativeRunsThirtySixMonths()
{
    RoiScenario scenario = RoiPresets::whitepaper();
    scenario.implementationCost = QStringLiteral("100000");
    const RoiResult result = evaluate(scenario);
    QCOMPARE(result.cumulative.size(), RoiCalculator::Months + 1);
    QCOMPARE(result.cumulative.at(0).toText(), QByteArray("-100000.00"));
    // 221,190 / 12 = 18,432.50 a month.
    QCOMPARE(result.cumulative.at(1).toText(), QByteArray("-81567.50"));
    QCOMPARE(result.cumulative.at(12).toText(), QByteArray("121190.00"));
    QCOMPARE(result.cumulative.at(36).toText(), result.netSavingThreeYears.toText());
    QCOMPARE(*result.paybackMonth, 6);
    QVERIFY(result.cumulative.at(5).isNegative());
    QVERIFY(!result.cumulative.at(6).isNegative());
}

void TestRoi::checksReportEveryFieldAsData_data()
{
    QTest::addColumn<RoiScenario>("scenario");
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("area");
    QTest::addColumn<QString>("message");

    const auto area = [](const char *cost, const char *perDay, const char *improvement) {
        return oneArea(cost, perDay, improvement);
    };
    const auto row = [](const char *name, const RoiScenario &scenario, RoiField field, int areaRow, const char *text) {
        QTest::newRow(name) << scenario << static_cast<int>(field) << areaRow << QString::fromUtf8(text);
    };
    row("negative cost", area("-1", "10", "50"), RoiField::CostPerEvent, 0, "Cannot be negative.");
    row("empty cost", area("", "10", "50"), RoiField::CostPerEvent, 0, "Enter the cost per event.");
    row("blank cost", area("   ", "10", "50"), RoiField::CostPerEvent, 0, "Enter the cost per event.");
    row("word for cost", area("ten", "10", "50"), RoiField::CostPerEvent, 0, "\"ten\" is not a number.");
    row("cost in tenths of cents", area("0.00001", "10", "50"), RoiField::CostPerEvent, 0,
        "Use at most 4 decimal places.");
    row("absurd cost", area("1000000", "10", "50"), RoiField::CostPerEvent, 0,
        "1000000 per event is more than this calculator takes.");
    row("10^12 events a day", area("10", "1000000000000", "50"), RoiField::EventsPerDay, 0,
        "1000000000000 events a day is more than this calculator takes.");
    row("1e12 events a day", area("10", "1e12", "50"), RoiField::EventsPerDay, 0,
        "1e12 events a day is more than this calculator takes.");
    row("events beyond any number", area("10", "1e999", "50"), RoiField::EventsPerDay, 0,
        "1e999 events a day is more than this calculator takes.");
    row("negative events", area("10", "-5", "50"), RoiField::EventsPerDay, 0, "Cannot be negative.");
    row("over 100 %", area("10", "10", "120"), RoiField::ImprovementPercent, 0, "120 % is more than all of the work.");
    row("empty improvement", area("10", "10", ""), RoiField::ImprovementPercent, 0,
        "Enter the improvement in percent.");

    RoiScenario unnamed = area("10", "10", "50");
    unnamed.areas[0].name = QStringLiteral("  ");
    row("unnamed area", unnamed, RoiField::AreaName, 0, "Give the area a name.");

    RoiScenario days = area("10", "10", "50");
    days.daysPerYear = QStringLiteral("400");
    row("400 days", days, RoiField::DaysPerYear, -1, "400 days is more than a year has.");
    days.daysPerYear = QStringLiteral("0");
    row("no days", days, RoiField::DaysPerYear, -1, "Enter at least 1.");
    days.daysPerYear = QStringLiteral("250.5");
    row("half a day", days, RoiField::DaysPerYear, -1, "Enter a whole number.");

    RoiScenario currency = area("10", "10", "50");
    currency.currency = QStringLiteral("EURO");
    row("four-letter currency", currency, RoiField::Currency, -1, "\"EURO\" is not a currency code.");
    currency.currency = QStringLiteral("QQQ");
    row("unknown currency", currency, RoiField::Currency, -1, "\"QQQ\" is not a known currency.");
    currency.currency = QString();
    row("no currency", currency, RoiField::Currency, -1, "Enter a currency code.");

    RoiScenario money = area("10", "10", "50");
    money.implementationCost = QStringLiteral("-100");
    row("negative implementation", money, RoiField::ImplementationCost, -1, "Cannot be negative.");
    money.implementationCost = QStringLiteral("0");
    money.yearlyRunningCost = QString();
    row("empty running cost", money, RoiField::YearlyRunningCost, -1,
        "Enter the yearly running cost, 0 if there is none.");

    RoiScenario many = area("10", "10", "50");
    for (int i = 0; i < RoiChecker::MaxAreas; ++i)
        many.areas.append(many.areas.first());
    row("too many areas", many, RoiField::Areas, -1, "More than 100 areas.");
}

void TestRoi::checksReportEveryFieldAsData()
{
    QFETCH(RoiScenario, scenario);
    QFETCH(int, field);
    QFETCH(int, area);
    QFETCH(QString, message);
    const auto checked = RoiChecker::check(scenario);
    QVERIFY(!checked);
    const RoiFieldProblem *problem = problemAt(checked.error(), static_cast<RoiField>(field), area);
    QVERIFY2(problem, qPrintable(checked.error().first().path() + u' ' + checked.error().first().message));
    QCOMPARE(problem->message, message);
    QCOMPARE(checked.error().size(), 1);
    QVERIFY(!RoiCalculator::evaluate(scenario));
}

void TestRoi::checksCollectAllProblemsAndKeepTheText()
{
    RoiScenario scenario = RoiPresets::whitepaper();
    scenario.areas[0].costPerEvent = QStringLiteral("-3");
    scenario.areas[2].improvementPercent = QStringLiteral("150");
    scenario.currency = QStringLiteral("12");
    const RoiScenario typed = scenario;
    const RoiFieldProblems problems = RoiChecker::problems(scenario);
    QCOMPARE(problems.size(), 3);
    QCOMPARE(problems.at(0).path(), QStringLiteral("areas[0].costPerEvent"));
    QCOMPARE(problems.at(1).path(), QStringLiteral("areas[2].improvementPercent"));
    QCOMPARE(problems.at(2).path(), QStringLiteral("currency"));
    QVERIFY(!problems.at(1).hint.isEmpty());
    QCOMPARE(scenario, typed);
    // A percent sign typed with the figure is fine.
    scenario = RoiPresets::whitepaper();
    scenario.areas[0].improvementPercent = QStringLiteral("50 %");
    QCOMPARE(evaluate(scenario).yearlySaving.toText(), QByteArray("221190.00"));
}

void TestRoi::currencyCodes()
{
    QVERIFY(RoiChecker::isKnownCurrency(QStringLiteral("EUR")));
    QVERIFY(RoiChecker::isKnownCurrency(QStringLiteral("dkk")));
    QVERIFY(RoiChecker::isKnownCurrency(QStringLiteral("USD")));
    QVERIFY(!RoiChecker::isKnownCurrency(QStringLiteral("XYZ")));
    RoiScenario scenario = RoiPresets::whitepaper();
    scenario.currency = QStringLiteral(" usd ");
    QCOMPARE(evaluate(scenario).currency, QStringLiteral("USD"));
}

void TestRoi::normalisedReadsTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("kept");
    QTest::newRow("en plain") << QStringLiteral("en_US") << QStringLiteral("1234.5") << QStringLiteral("1234.5");
    QTest::newRow("en grouped") << QStringLiteral("en_US") << QStringLiteral("1,234.5") << QStringLiteral("1234.5");
    QTest::newRow("en decimal comma is kept as typed")
        << QStringLiteral("en_US") << QStringLiteral("10,5") << QStringLiteral("10,5");
    QTest::newRow("de grouped") << QStringLiteral("de_DE") << QStringLiteral("1.234,5") << QStringLiteral("1234.5");
    QTest::newRow("de decimal comma") << QStringLiteral("de_DE") << QStringLiteral("10,5") << QStringLiteral("10.5");
    QTest::newRow("de point typed") << QStringLiteral("de_DE") << QStringLiteral("10.5") << QStringLiteral("10.5");
    QTest::newRow("fr spaces") << QStringLiteral("fr_FR") << QStringLiteral("12 500,25") << QStringLiteral("12500.25");
    QTest::newRow("percent") << QStringLiteral("da_DK") << QStringLiteral("50 %") << QStringLiteral("50");
    QTest::newRow("negative") << QStringLiteral("en_US") << QStringLiteral("-3") << QStringLiteral("-3");
    QTest::newRow("word") << QStringLiteral("en_US") << QStringLiteral(" ten ") << QStringLiteral(" ten ");
    QTest::newRow("empty") << QStringLiteral("en_US") << QString() << QString();
}

void TestRoi::normalisedReadsTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(QString, kept);
    QCOMPARE(RoiChecker::normalised(typed, QLocale(locale)), kept);
}

void TestRoi::localisedShowsKeptNumbers()
{
    QCOMPARE(
        RoiChecker::localised(QStringLiteral("1234.5"), QLocale(QStringLiteral("de_DE"))), QStringLiteral("1.234,5"));
    QCOMPARE(
        RoiChecker::localised(QStringLiteral("100000"), QLocale(QStringLiteral("en_US"))), QStringLiteral("100,000"));
    QCOMPARE(RoiChecker::localised(QStringLiteral("ten"), QLocale(QStringLiteral("en_US"))), QStringLiteral("ten"));
    for (const char *name : {"en_US", "de_DE", "fr_FR", "da_DK"}) {
        const QLocale locale(QString::fromLatin1(name));
        for (const char *number : {"0", "10.5", "1234567.25", "-3"}) {
            const QString kept = QString::fromLatin1(number);
            QCOMPARE(RoiChecker::normalised(RoiChecker::localised(kept, locale), locale), kept);
        }
    }
}

void TestRoi::moneyIsFormattedForTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QByteArray>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    const QString nbsp(QChar(0x00A0));
    QTest::newRow("en, EUR") << QStringLiteral("en_US") << QByteArray("221190") << QStringLiteral("EUR")
                             << QStringLiteral("EUR") + nbsp + QStringLiteral("221,190.00");
    QTest::newRow("en, USD") << QStringLiteral("en_US") << QByteArray("18250.5") << QStringLiteral("USD")
                             << QStringLiteral("$18,250.50");
    QTest::newRow("de, EUR") << QStringLiteral("de_DE") << QByteArray("221190") << QStringLiteral("EUR")
                             << QStringLiteral("221.190,00") + nbsp + QStringLiteral("€");
    QTest::newRow("de, negative") << QStringLiteral("de_DE") << QByteArray("-1520.833") << QStringLiteral("EUR")
                                  << QStringLiteral("-1.520,83") + nbsp + QStringLiteral("€");
    QTest::newRow("da, EUR") << QStringLiteral("da_DK") << QByteArray("20440") << QStringLiteral("EUR")
                             << QStringLiteral("20.440,00") + nbsp + QStringLiteral("EUR");
    QTest::newRow("C, EUR") << QStringLiteral("C") << QByteArray("7") << QStringLiteral("EUR")
                            << QStringLiteral("7.00") + nbsp + QStringLiteral("EUR");
    QTest::newRow("rounds half away") << QStringLiteral("en_US") << QByteArray("0.125") << QStringLiteral("USD")
                                      << QStringLiteral("$0.13");
    QTest::newRow("minus zero is zero") << QStringLiteral("en_US") << QByteArray("-0.001") << QStringLiteral("USD")
                                        << QStringLiteral("$0.00");
}

void TestRoi::moneyIsFormattedForTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(QByteArray, amount);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(MoneyFormat::currency(dec(amount), currency, QLocale(locale)), expected);
}

QTEST_GUILESS_MAIN(TestRoi)
#include "tst_roi.moc"

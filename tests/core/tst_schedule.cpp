#include "project/schedule.h"

#include <QTest>

using namespace Linkwright;

class TestSchedule final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intervals_data();
    void intervals();
    void intervalFormatReadsBack();
    void cron_data();
    void cron();
};

void TestSchedule::intervals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("seconds"); // -1: not an interval
    QTest::newRow("seconds") << QStringLiteral("30s") << 30;
    QTest::newRow("minutes") << QStringLiteral("15m") << 900;
    QTest::newRow("hours") << QStringLiteral("2h") << 7200;
    QTest::newRow("days") << QStringLiteral("1d") << 86400;
    QTest::newRow("spaces around") << QStringLiteral(" 5m ") << 300;
    QTest::newRow("no unit") << QStringLiteral("15") << -1;
    QTest::newRow("words") << QStringLiteral("15 minutes") << -1;
    QTest::newRow("zero") << QStringLiteral("0m") << -1;
    QTest::newRow("negative") << QStringLiteral("-5m") << -1;
    QTest::newRow("overflow") << QStringLiteral("99999999999d") << -1;
    QTest::newRow("unit only") << QStringLiteral("m") << -1;
}

void TestSchedule::intervals()
{
    QFETCH(QString, text);
    QFETCH(int, seconds);
    const auto parsed = Schedules::parseInterval(text);
    QCOMPARE(parsed.value_or(-1), seconds);
}

void TestSchedule::intervalFormatReadsBack()
{
    for (int seconds : {1, 59, 60, 90, 3600, 5400, 86400, 90000}) {
        const QString text = Schedules::formatInterval(seconds);
        QCOMPARE(Schedules::parseInterval(text).value_or(-1), seconds);
    }
    QCOMPARE(Schedules::formatInterval(3600), QStringLiteral("1h"));
    QCOMPARE(Schedules::formatInterval(5400), QStringLiteral("90m"));
}

void TestSchedule::cron_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("problem"); // empty: valid
    QTest::newRow("nightly") << QStringLiteral("0 2 * * *") << QString();
    QTest::newRow("steps, ranges, lists") << QStringLiteral("*/15 8-18 1,15 * MON-FRI") << QString();
    QTest::newRow("month names") << QStringLiteral("0 0 1 jan,jul *") << QString();
    QTest::newRow("sunday as 7") << QStringLiteral("0 0 * * 7") << QString();
    QTest::newRow("macro") << QStringLiteral("@daily") << QString();
    QTest::newRow("minute out of range") << QStringLiteral("61 * * * *")
                                         << QStringLiteral("minute 61 is out of range 0-59");
    QTest::newRow("four fields") << QStringLiteral(
        "0 2 * *") << QStringLiteral("has 4 fields, expected 5 (minute hour day-of-month month day-of-week)");
    QTest::newRow("day zero") << QStringLiteral("0 0 0 * *") << QStringLiteral("day of month 0 is out of range 1-31");
    QTest::newRow("backwards") << QStringLiteral("0 5-2 * * *") << QStringLiteral("hour range 5-2 runs backwards");
    QTest::newRow("bad step") << QStringLiteral("*/0 * * * *")
                              << QStringLiteral("minute step \"0\" is not a positive number");
    QTest::newRow("word") << QStringLiteral("0 noon * * *") << QStringLiteral("hour \"noon\" is not a number");
    QTest::newRow("unknown macro") << QStringLiteral(
        "@sometimes") << QStringLiteral("\"@sometimes\" is not one of @hourly, @daily, @weekly, @monthly, @yearly");
}

void TestSchedule::cron()
{
    QFETCH(QString, expression);
    QFETCH(QString, problem);
    QCOMPARE(Schedules::cronProblem(expression).value_or(QString()), problem);
}

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"

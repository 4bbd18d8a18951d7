#include "sync/watermarktracker.h"

#include <QTest>

using namespace Linkwright;

class TestWatermarkTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void atLeastAsNew_data();
    void atLeastAsNew();
    void nextStaysBehindTheRunsStart();
};

void TestWatermarkTracker::atLeastAsNew_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("expected");
    // The ERP and the shop write the same kind of moment differently; as text each of these
    // sorts the wrong way round.
    QTest::newRow("offset against Z") << QByteArray("2026-12-07T09:30:00+01:00") << QByteArray("2026-12-07T08:45:00Z")
                                      << false;
    QTest::newRow("Z against offset") << QByteArray("2026-12-07T08:45:00Z") << QByteArray("2026-12-07T09:30:00+01:00")
                                      << true;
    QTest::newRow("milliseconds against none")
        << QByteArray("2026-12-07T08:00:00.500Z") << QByteArray("2026-12-07T08:00:01Z") << false;
    QTest::newRow("none against milliseconds")
        << QByteArray("2026-12-07T08:00:01Z") << QByteArray("2026-12-07T08:00:00.500Z") << true;
    QTest::newRow("no zone is UTC") << QByteArray("2026-12-07T08:00:00") << QByteArray("2026-12-07T09:00:00+02:00")
                                    << true;
    QTest::newRow("the same moment") << QByteArray("2026-12-07T08:00:00Z")
                                     << QByteArray("2026-12-07T10:00:00.000+02:00") << true;
    // Not ISO 8601 on one side: the text decides, as before.
    QTest::newRow("not a date") << QByteArray("b") << QByteArray("a") << true;
    QTest::newRow("not a date, older") << QByteArray("a") << QByteArray("b") << false;
    QTest::newRow("empty against a stamp") << QByteArray() << QByteArray("2026-12-07T08:00:00Z") << false;
}

void TestWatermarkTracker::atLeastAsNew()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, expected);
    QCOMPARE(WatermarkTracker::atLeastAsNew(a, b), expected);
}

void TestWatermarkTracker::nextStaysBehindTheRunsStart()
{
    WatermarkTracker old;
    old.start();
    old.see(Value::object({{QByteArray("modifiedAt"), Value::utf8("2020-01-01T00:00:00Z")}}));
    old.see(Value::object({{QByteArray("modifiedAt"), Value::utf8("2021-06-01T00:00:00Z")}}));
    QCOMPARE(old.next(), QStringLiteral("2021-06-01T00:00:00Z"));

    // A stamp in the future (a clock ahead, or a record changed while paging) never lifts the
    // watermark past the run's start less the overlap.
    WatermarkTracker ahead;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    ahead.start();
    ahead.see(Value::object({{QByteArray("modifiedAt"), Value::utf8("2999-01-01T00:00:00Z")}}));
    const QDateTime next = QDateTime::fromString(ahead.next(), Qt::ISODateWithMs);
    QVERIFY(next.isValid());
    QVERIFY(next <= QDateTime::currentDateTimeUtc().addSecs(-WatermarkTracker::OverlapSeconds));
    QVERIFY(next >= before.addSecs(-WatermarkTracker::OverlapSeconds));

    QCOMPARE(WatermarkTracker().next(), QString());
}

QTEST_GUILESS_MAIN(TestWatermarkTracker)
#include "tst_watermarktracker.moc"

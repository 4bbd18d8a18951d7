#include "sync/watermarktracker.h"

#include <QTest>

#include <ctime>

using namespace Linkwright;

class TestWatermarkTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void atLeastAsNew_data();
    void atLeastAsNew();
    void nextStaysBehindTheRunsStart();
    void nextStaysBehindTheServersStart();
    void aStampWithoutAZoneIsUtc();
};

void TestWatermarkTracker::atLeastAsNew_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("expected");
    QTest::addColumn<QByteArray>("zone"); // of this machine: what must not matter
    // The ERP and the shop write the same kind of moment differently; as text each of these
    // sorts the wrong way round.
    QTest::newRow("offset against Z") << QByteArray("2026-12-07T09:30:00+01:00") << QByteArray("2026-12-07T08:45:00Z")
                                      << false << QByteArray("UTC");
    QTest::newRow("Z against offset") << QByteArray("2026-12-07T08:45:00Z") << QByteArray("2026-12-07T09:30:00+01:00")
                                      << true << QByteArray("UTC");
    QTest::newRow("milliseconds against none")
        << QByteArray("2026-12-07T08:00:00.500Z") << QByteArray("2026-12-07T08:00:01Z") << false << QByteArray("UTC");
    QTest::newRow("none against milliseconds")
        << QByteArray("2026-12-07T08:00:01Z") << QByteArray("2026-12-07T08:00:00.500Z") << true << QByteArray("UTC");
    QTest::newRow("no zone is UTC") << QByteArray("2026-12-07T08:00:00") << QByteArray("2026-12-07T09:00:00+02:00")
                                    << true << QByteArray("Asia/Tokyo");
    // 02:30 does not exist in Copenhagen that night; as UTC it is a quarter after 03:15+01:00.
    QTest::newRow("a date alone is midnight UTC")
        << QByteArray("2026-12-07") << QByteArray("2026-12-06T20:00:00Z") << true << QByteArray("Asia/Tokyo");
    QTest::newRow("no zone, in a local daylight-saving gap")
        << QByteArray("2026-03-29T02:30:00") << QByteArray("2026-03-29T03:15:00+01:00") << true
        << QByteArray("Europe/Copenhagen");
    QTest::newRow("the same moment") << QByteArray("2026-12-07T08:00:00Z")
                                     << QByteArray("2026-12-07T10:00:00.000+02:00") << true << QByteArray("UTC");
    // Not ISO 8601 on one side: the text decides, as before.
    QTest::newRow("not a date") << QByteArray("b") << QByteArray("a") << true << QByteArray("UTC");
    QTest::newRow("not a date, older") << QByteArray("a") << QByteArray("b") << false << QByteArray("UTC");
    QTest::newRow("empty against a stamp")
        << QByteArray() << QByteArray("2026-12-07T08:00:00Z") << false << QByteArray("UTC");
}

void TestWatermarkTracker::atLeastAsNew()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, expected);
    QFETCH(QByteArray, zone);
    const bool hadZone = qEnvironmentVariableIsSet("TZ");
    const QByteArray before = qgetenv("TZ");
    qputenv("TZ", zone);
    const bool newer = WatermarkTracker::atLeastAsNew(a, b);
    if (hadZone)
        qputenv("TZ", before);
    else
        qunsetenv("TZ");
    QCOMPARE(newer, expected);
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

void TestWatermarkTracker::nextStaysBehindTheServersStart()
{
    // The server's clock a minute behind: a record changed two seconds into the run is stamped
    // 58 s before the run's start (by this machine's clock). Bound by this machine's clock, the
    // watermark was that stamp, and a record changed a second earlier on a page already read
    // was never read again.
    const QDateTime before = QDateTime::currentDateTimeUtc();
    WatermarkTracker behind;
    behind.start();
    behind.seeServerClock(-60'000);
    behind.seeServerClock(-59'000); // the most behind counts
    behind.seeServerClock(std::nullopt);
    const QByteArray changed = before.addSecs(-58).toString(Qt::ISODateWithMs).toUtf8();
    behind.see(Value::object({{QByteArray("modifiedAt"), Value::utf8(changed)}}));
    const QDateTime next = QDateTime::fromString(behind.next(), Qt::ISODateWithMs);
    QVERIFY(next.isValid());
    QVERIFY2(next <= QDateTime::currentDateTimeUtc().addSecs(-60 - WatermarkTracker::OverlapSeconds),
        qPrintable(behind.next()));
    QVERIFY(next >= before.addSecs(-60 - WatermarkTracker::OverlapSeconds));

    // A clock ahead moves nothing; one absurdly far behind moves the bound a day at most.
    WatermarkTracker ahead;
    ahead.start();
    ahead.seeServerClock(3'600'000);
    ahead.see(Value::object({{QByteArray("modifiedAt"), Value::utf8(changed)}}));
    QCOMPARE(ahead.next(), QString::fromUtf8(changed));
    WatermarkTracker epoch;
    epoch.start();
    epoch.seeServerClock(-before.toMSecsSinceEpoch());
    epoch.see(Value::object({{QByteArray("modifiedAt"), Value::utf8("2999-01-01T00:00:00Z")}}));
    QVERIFY(QDateTime::fromString(epoch.next(), Qt::ISODateWithMs) >= before.addDays(-1).addSecs(-10));
}

void TestWatermarkTracker::aStampWithoutAZoneIsUtc()
{
    // On a machine east of UTC (three hours here) a stamp without a zone was read as local time:
    // a record changed a minute ago looked three hours old, the bound never applied, and a
    // record changed on a page already read was missed by the next run.
    const QByteArray zone = qgetenv("TZ");
    qputenv("TZ", "UTC-3");
    tzset();
    WatermarkTracker tracker;
    tracker.start();
    const QByteArray justNow =
        QDateTime::currentDateTimeUtc().addSecs(60).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toUtf8();
    tracker.see(Value::object({{QByteArray("modifiedAt"), Value::utf8(justNow)}}));
    const QString next = tracker.next();
    if (zone.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", zone);
    tzset();
    QVERIFY2(next != QString::fromUtf8(justNow), qPrintable(next));
    QVERIFY(QDateTime::fromString(next, Qt::ISODateWithMs) <= QDateTime::currentDateTimeUtc().addSecs(-4));
}

QTEST_GUILESS_MAIN(TestWatermarkTracker)
#include "tst_watermarktracker.moc"

// The date transform's time zones: "toZone" writes a time as the target's clocks show it,
// "fromZone" reads a time written without a zone as the source's clocks showed it. Zone names
// come from the time zone database (dev.sh installs tzdata).
#include "mapping/transformstep.h"
#include "mappingtesthelpers.h"

#include <QTest>

using namespace Linkwright;
using namespace Linkwright::Testing;

class TestDateZones final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void convert_data();
    void convert();
    void refuses_data();
    void refuses();
    void refusesATimeWithoutAYear();
};

namespace {

QByteArray dateStep(const char *from, const char *to, const char *zones)
{
    return QByteArray(R"([{"op":"date","from":")") + from + R"(","to":")" + to + "\"" + zones + "}]";
}

void row(const char *name, const QByteArray &transforms, QByteArrayView input, QByteArrayView output)
{
    QTest::newRow(name) << transforms << input.toByteArray() << output.toByteArray();
}

} // namespace

void TestDateZones::initTestCase()
{
    if (!QTimeZone(QByteArrayLiteral("Europe/Berlin")).isValid())
        QSKIP("this machine has no time zone database (the package tzdata)");
}

void TestDateZones::convert_data()
{
    QTest::addColumn<QByteArray>("transforms");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("output");

    const QByteArray toBerlin = dateStep("iso", "dd.MM.yyyy HH:mm", R"(,"toZone":"Europe/Berlin")");
    row("UTC to Berlin in winter", toBerlin, R"("2026-12-07T09:00:00Z")", R"("07.12.2026 10:00")");
    row("UTC to Berlin in summer", toBerlin, R"("2026-07-01T09:00:00Z")", R"("01.07.2026 11:00")");
    row("an offset to Berlin", toBerlin, R"("2026-12-07T04:00:00-05:00")", R"("07.12.2026 10:00")");
    row("into the next day", toBerlin, R"("2026-12-31T23:30:00Z")", R"("01.01.2027 00:30")");
    row("without a zone the input is UTC", toBerlin, R"("2026-12-07T09:00:00")", R"("07.12.2026 10:00")");
    row("a date alone keeps its day", dateStep("iso", "dd.MM.yyyy", R"(,"toZone":"Pacific/Auckland")"),
        R"("2026-12-07")", R"("07.12.2026")");
    row("an epoch to Berlin", dateStep("epoch", "dd.MM.yyyy HH:mm", R"(,"toZone":"Europe/Berlin")"), "1796634000",
        R"("07.12.2026 10:00")");
    row("an offset to UTC", dateStep("iso", "iso", R"(,"toZone":"UTC")"), R"("2026-12-07T10:00:00+01:00")",
        R"("2026-12-07T09:00:00Z")");
    row("a fixed offset", dateStep("iso", "iso", R"(,"toZone":"+05:30")"), R"("2026-12-07T00:00:00Z")",
        R"("2026-12-07T05:30:00+05:30")");
    row("a fixed offset without a colon", dateStep("iso", "HH:mm", R"(,"toZone":"-0300")"), R"("2026-12-07T00:00:00Z")",
        R"("21:00")");
    // Qt writes a named zone as its abbreviation (CEST, IST), which reads back as UTC: hours off.
    const QByteArray withZone = dateStep("iso", "dd.MM.yyyy HH:mm t", R"(,"toZone":"Europe/Berlin")");
    row("the zone written as an offset in winter", withZone, R"("2026-12-07T09:00:00Z")",
        R"("07.12.2026 10:00 UTC+01:00")");
    row("the zone written as an offset in summer", withZone, R"("2026-07-01T09:00:00Z")",
        R"("01.07.2026 11:00 UTC+02:00")");
    row("what it writes reads back", dateStep("dd.MM.yyyy HH:mm t", "iso", ""), R"("01.07.2026 11:00 UTC+02:00")",
        R"("2026-07-01T11:00:00+02:00")");
    row("an abbreviation is refused", dateStep("dd.MM.yyyy HH:mm t", "iso", ""), R"("01.07.2026 11:00 CEST")",
        R"(FAIL: "date": the text "01.07.2026 11:00 CEST" names a zone by an abbreviation, which does not say its offset)");

    const QByteArray fromBerlin = dateStep("dd.MM.yyyy HH:mm", "iso", R"(,"fromZone":"Europe/Berlin")");
    row("Berlin's clock read in winter", fromBerlin, R"("07.12.2026 10:00")", R"("2026-12-07T10:00:00+01:00")");
    row("Berlin's clock read in summer", fromBerlin, R"("01.07.2026 11:00")", R"("2026-07-01T11:00:00+02:00")");
    row("Berlin's clock to an epoch", dateStep("dd.MM.yyyy HH:mm", "epoch", R"(,"fromZone":"Europe/Berlin")"),
        R"("07.12.2026 10:00")", "1796634000");
    row("Berlin's clock to UTC",
        dateStep("dd.MM.yyyy HH:mm", "yyyy-MM-dd HH:mm", R"(,"fromZone":"Europe/Berlin","toZone":"UTC")"),
        R"("07.12.2026 10:00")", R"("2026-12-07 09:00")");
    row("an hour met twice is read as the second", fromBerlin, R"("25.10.2026 02:30")",
        R"("2026-10-25T02:30:00+01:00")");
    row("an input with its zone keeps it", dateStep("iso", "iso", R"(,"fromZone":"America/New_York")"),
        R"("2026-12-07T10:00:00Z")", R"("2026-12-07T10:00:00Z")");
    row("an hour the clocks skip", dateStep("yyyy-MM-dd HH:mm", "iso", R"(,"fromZone":"Europe/Berlin")"),
        R"("2026-03-29 02:30")",
        R"(FAIL: "date": the text "2026-03-29 02:30" is no time in Europe/Berlin: the clocks skip it when they go forward)");
}

void TestDateZones::convert()
{
    QFETCH(QByteArray, transforms);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, output);
    QCOMPARE(throughStep(transforms, input), output);
}

void TestDateZones::refuses_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QJsonValue>("zone");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("hint");

    QTest::newRow("a typo") << QStringLiteral("toZone") << QJsonValue(QStringLiteral("Europe/Berln"))
                            << QStringLiteral(R"("toZone": "Europe/Berln" is not a time zone)")
                            << QStringLiteral(R"(Did you mean "Europe/Berlin"?)");
    QTest::newRow("the case") << QStringLiteral("fromZone") << QJsonValue(QStringLiteral("europe/copenhagen"))
                              << QStringLiteral(R"("fromZone": "europe/copenhagen" is not a time zone)")
                              << QStringLiteral(R"(Did you mean "Europe/Copenhagen"?)");
    QTest::newRow("nothing like a zone") << QStringLiteral("toZone") << QJsonValue(QStringLiteral("shop time"))
                                         << QStringLiteral(R"("toZone": "shop time" is not a time zone)")
                                         << QStringLiteral(
                                                "Use \"UTC\", an offset such as \"+01:00\", or a name of the time "
                                                "zone database such as \"Europe/Berlin\".");
    QTest::newRow("an offset too far") << QStringLiteral("toZone") << QJsonValue(QStringLiteral("+15:00"))
                                       << QStringLiteral(R"("toZone": "+15:00" is not an offset from UTC)")
                                       << QStringLiteral(
                                              R"(Offsets run from -14:00 to +14:00, such as "+01:00" or "-05:30".)");
    QTest::newRow("empty") << QStringLiteral("toZone") << QJsonValue(QStringLiteral(" "))
                           << QStringLiteral(R"("toZone" is empty)")
                           << QStringLiteral("Give \"UTC\", an offset such as \"+01:00\", or a name such as "
                                             "\"Europe/Berlin\"; leave the argument out to keep the time as it is "
                                             "written.");
    QTest::newRow("an offset just too far")
        << QStringLiteral("fromZone") << QJsonValue(QStringLiteral("-14:30"))
        << QStringLiteral(R"("fromZone": "-14:30" is not an offset from UTC)")
        << QStringLiteral(R"(Offsets run from -14:00 to +14:00, such as "+01:00" or "-05:30".)");
    QTest::newRow("not text") << QStringLiteral("toZone") << QJsonValue(1) << QStringLiteral(R"("toZone" must be text)")
                              << QString();
}

void TestDateZones::refusesATimeWithoutAYear()
{
    // Without a year Qt takes 1900, when Amsterdam was 19 minutes and 32 seconds ahead of UTC.
    const auto step = TransformStep::compile({QStringLiteral("date"),
        {{QStringLiteral("from"), QStringLiteral("HH:mm")}, {QStringLiteral("to"), QStringLiteral("HH:mm")},
            {QStringLiteral("toZone"), QStringLiteral("Europe/Amsterdam")}}});
    QVERIFY(!step);
    QCOMPARE(step.error().message,
        QStringLiteral(R"("fromZone" and "toZone" need a date with a year in "from", and "HH:mm" has none)"));
}

void TestDateZones::refuses()
{
    QFETCH(QString, argument);
    QFETCH(QJsonValue, zone);
    QFETCH(QString, message);
    QFETCH(QString, hint);
    const auto step = TransformStep::compile({QStringLiteral("date"),
        {{QStringLiteral("from"), QStringLiteral("iso")}, {QStringLiteral("to"), QStringLiteral("iso")},
            {argument, zone}}});
    QVERIFY(!step);
    QCOMPARE(step.error().message, message);
    QCOMPARE(step.error().hint, hint);
}

QTEST_GUILESS_MAIN(TestDateZones)
#include "tst_datezones.moc"

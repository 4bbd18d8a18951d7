#include "mapping/datetext.h"

#include <QTest>

using namespace Linkwright;

// DateText reads and writes dates without Qt for speed; wherever it answers, the answer must be
// the one Qt gives.
class TestDateText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesWhatQtWrites_data();
    void writesWhatQtWrites();
    void leavesNamesAndZonesToQt_data();
    void leavesNamesAndZonesToQt();
    void readsWhatQtReads_data();
    void readsWhatQtReads();
    void readsIsoAsQtDoes_data();
    void readsIsoAsQtDoes();
    void refusesWhatIsNotIso_data();
    void refusesWhatIsNotIso();
    void cutsAFinerFractionThanMilliseconds();
};

namespace {

QList<QDateTime> instants()
{
    return {
        QDateTime(QDate(2026, 3, 1), QTime(12, 30, 0), Qt::UTC),
        QDateTime(QDate(2001, 2, 3), QTime(4, 5, 6, 7), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(5, 1, 9), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(1999, 10, 10), QTime(10, 10, 10, 120), Qt::OffsetFromUTC, 2 * 3600),
        QDateTime(QDate(2024, 2, 29), QTime(23, 0), Qt::OffsetFromUTC, -(5 * 3600 + 30 * 60)),
    };
}

} // namespace

void TestDateText::writesWhatQtWrites_data()
{
    QTest::addColumn<QString>("pattern");
    for (const char *pattern : {"dd.MM.yyyy", "yyyy-MM-dd HH:mm:ss", "d.M.yy H:m:s", "yyyyMMddHHmmsszzz",
             "dd/MM/yyyy 'at' HH:mm", "HH:mm:ss.zzz", "yyyy-MM-ddTHH:mm:ssZ", "'Q' yyyy, ' — ' dd"})
        QTest::newRow(pattern) << QString::fromUtf8(pattern);
}

void TestDateText::writesWhatQtWrites()
{
    QFETCH(QString, pattern);
    const DateText::Pattern compiled = DateText::compile(pattern);
    QVERIFY(!compiled.isEmpty());
    for (const QDateTime &when : instants())
        QCOMPARE(DateText::write(DateText::Parts::from(when), compiled), when.toString(pattern).toUtf8());
}

void TestDateText::leavesNamesAndZonesToQt_data()
{
    QTest::addColumn<QString>("pattern");
    for (const char *pattern :
        {"d MMMM yyyy", "ddd dd.MM.", "h:mm ap", "yyyy-MM-dd t", "''yy''", "yyy", "HHH", "z", "'open"})
        QTest::newRow(pattern) << QString::fromUtf8(pattern);
}

void TestDateText::leavesNamesAndZonesToQt()
{
    QFETCH(QString, pattern);
    QVERIFY(DateText::compile(pattern).isEmpty());
    // One-letter fields that nothing but digits separate cannot be told apart without Qt.
    for (const char *ambiguous : {"dMyyyy", "yyyyMd", "d1M"})
        QVERIFY2(!DateText::compile(QString::fromUtf8(ambiguous)).fixedWidth, ambiguous);
}

void TestDateText::readsWhatQtReads_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("date") << QStringLiteral("dd.MM.yyyy") << QStringLiteral("01.03.2026") << true;
    QTest::newRow("date and time") << QStringLiteral("yyyy-MM-dd HH:mm:ss") << QStringLiteral("2026-03-01 23:59:58")
                                   << true;
    QTest::newRow("compact") << QStringLiteral("yyyyMMddHHmmsszzz") << QStringLiteral("20260301123000250") << true;
    QTest::newRow("literal") << QStringLiteral("dd/MM/yyyy 'at' HH:mm") << QStringLiteral("29/02/2024 at 07:05")
                             << true;
    QTest::newRow("time only") << QStringLiteral("HH:mm") << QStringLiteral("07:05") << true;
    QTest::newRow("no such day") << QStringLiteral("dd.MM.yyyy") << QStringLiteral("31.02.2026") << false;
    QTest::newRow("no such hour") << QStringLiteral("HH:mm") << QStringLiteral("24:10") << false;
    QTest::newRow("wrong literal") << QStringLiteral("dd.MM.yyyy") << QStringLiteral("01-03-2026") << false;
    QTest::newRow("trailing text") << QStringLiteral("dd.MM.yyyy") << QStringLiteral("01.03.2026x") << false;
    // One letter: one or two digits, told apart by the separator that follows.
    QTest::newRow("one-letter fields") << QStringLiteral("d.M.yyyy H:m") << QStringLiteral("1.3.2026 7:5") << true;
    QTest::newRow("one-letter fields, two digits")
        << QStringLiteral("d.M.yyyy H:m") << QStringLiteral("31.12.2026 23:59") << true;
    QTest::newRow("one-letter field, leading zero")
        << QStringLiteral("d.M.yyyy") << QStringLiteral("01.3.2026") << true;
    QTest::newRow("one-letter field, three digits")
        << QStringLiteral("d.M.yyyy") << QStringLiteral("123.3.2026") << false;
}

void TestDateText::readsWhatQtReads()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const DateText::Pattern compiled = DateText::compile(pattern);
    QVERIFY(compiled.fixedWidth);
    const auto parts = DateText::read(text.toUtf8(), compiled);
    const QDateTime qt = QDateTime::fromString(text + QStringLiteral(" UTC"), pattern + QStringLiteral(" t"));
    QCOMPARE(parts.has_value(), valid);
    if (valid) {
        QVERIFY(qt.isValid());
        QCOMPARE(parts->toDateTime(), qt);
    }
}

void TestDateText::readsIsoAsQtDoes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("hasTime");
    QTest::newRow("date") << QStringLiteral("2026-03-01") << false;
    QTest::newRow("utc") << QStringLiteral("2026-03-01T12:30:00Z") << true;
    QTest::newRow("no seconds") << QStringLiteral("2026-03-01T12:30") << true;
    QTest::newRow("ms") << QStringLiteral("2026-03-01T12:30:00.123Z") << true;
    QTest::newRow("tenths") << QStringLiteral("2026-03-01T12:30:00.5Z") << true;
    QTest::newRow("offset") << QStringLiteral("2026-03-01T12:30:00+02:00") << true;
    QTest::newRow("negative offset") << QStringLiteral("2026-03-01T12:30:00-05:30") << true;
    QTest::newRow("offset without colon") << QStringLiteral("2026-03-01T12:30:00+0200") << true;
    QTest::newRow("no zone") << QStringLiteral("2026-03-01T12:30:00") << true;
    QTest::newRow("leap day") << QStringLiteral("2024-02-29T00:00:00Z") << true;
}

void TestDateText::readsIsoAsQtDoes()
{
    QFETCH(QString, text);
    QFETCH(bool, hasTime);
    bool readTime = !hasTime;
    const auto parts = DateText::readIso(text.toUtf8(), readTime);
    QVERIFY(parts);
    QCOMPARE(readTime, hasTime);
    QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (qt.timeSpec() == Qt::LocalTime) // a time without a zone is read as UTC
        qt = QDateTime(qt.date(), qt.time(), Qt::UTC);
    QVERIFY(qt.isValid());
    QCOMPARE(parts->toDateTime().toMSecsSinceEpoch(), qt.toMSecsSinceEpoch());
    QCOMPARE(parts->toDateTime().offsetFromUtc(), qt.offsetFromUtc());
    if (hasTime) {
        QCOMPARE(
            DateText::writeIso(*parts, true), qt.toString(qt.time().msec() ? Qt::ISODateWithMs : Qt::ISODate).toUtf8());
    } else {
        QCOMPARE(DateText::writeIso(*parts, false), qt.date().toString(Qt::ISODate).toUtf8());
    }
}

void TestDateText::refusesWhatIsNotIso_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("short") << QByteArray("2026-03");
    QTest::newRow("no such day") << QByteArray("2026-02-30");
    QTest::newRow("no such hour") << QByteArray("2026-03-01T25:00:00Z");
    QTest::newRow("slashes") << QByteArray("2026/03/01");
    QTest::newRow("trailing text") << QByteArray("2026-03-01T12:30:00Zulu");
    QTest::newRow("bad offset") << QByteArray("2026-03-01T12:30:00+2");
}

void TestDateText::refusesWhatIsNotIso()
{
    QFETCH(QByteArray, text);
    bool hasTime = false;
    QVERIFY(!DateText::readIso(text, hasTime));
}

void TestDateText::cutsAFinerFractionThanMilliseconds()
{
    // Qt rounds the fraction: .9995 of the year's last second became the next year.
    bool hasTime = false;
    const auto parts = DateText::readIso("2026-12-31T23:59:59.9995Z", hasTime);
    QVERIFY(parts);
    QVERIFY(hasTime);
    QCOMPARE(DateText::writeIso(*parts, true), QByteArray("2026-12-31T23:59:59.999Z"));
    const auto micro = DateText::readIso("2026-03-01T12:30:00.123456+02:00", hasTime);
    QVERIFY(micro);
    QCOMPARE(DateText::writeIso(*micro, true), QByteArray("2026-03-01T12:30:00.123+02:00"));
}

QTEST_GUILESS_MAIN(TestDateText)
#include "tst_datetext.moc"

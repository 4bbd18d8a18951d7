// What the hint of a missing source field puts first: the fields close to the name asked for, so
// that the one meant is not among those "… (and 6 more)" hides.
#include "domain/editdistance.h"
#include "mappingtesthelpers.h"

#include <QTest>

using namespace Linkwright;
using namespace Linkwright::Testing;

class TestFieldHints final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editDistanceCountsASwapAsOneEdit();
    void theFieldMeantComesFirst_data();
    void theFieldMeantComesFirst();
    void nestedFieldsToo();
};

namespace {

/// The hint for a mapping from source on record.
QString hintFor(const QByteArray &source, const QByteArray &record)
{
    const MappingEngine e = engine(R"([{"target":"out","source":")" + source + R"("}])");
    const auto result = e.map(json(record));
    return result ? QStringLiteral("MAPPED") : result.error().hint;
}

/// A record with f01 ... f12 before the fields given, so that these are past what a hint lists.
QByteArray behindTwelve(const QByteArray &fields)
{
    return R"({"f01":1,"f02":2,"f03":3,"f04":4,"f05":5,"f06":6,"f07":7,"f08":8,"f09":9,"f10":10,"f11":11,"f12":12,)"
        + fields + '}';
}

} // namespace

void TestFieldHints::editDistanceCountsASwapAsOneEdit()
{
    QCOMPARE(editDistance(u"name", u"name"), 0);
    QCOMPARE(editDistance(u"nmae", u"name"), 1);
    QCOMPARE(editDistance(u"titel", u"title"), 1);
    QCOMPARE(editDistance(u"nam", u"name"), 1);
    QCOMPARE(editDistance(u"", u"sku"), 3);
    QCOMPARE(editDistance(u"kitten", u"sitting"), 3);
    QCOMPARE(editDistance(u"Name", u"name"), 1);

    QVERIFY(isLikelySlip(u"descripton", u"description"));
    QVERIFY(isLikelySlip(u"desrciption", u"description"));
    QVERIFY(isLikelySlip(u"Description", u"description"));
    QVERIFY(isLikelySlip(u"descriptionn", u"description"));
    QVERIFY(!isLikelySlip(u"weight", u"height"));
    QVERIFY(!isLikelySlip(u"minQty", u"maxQty"));
    QVERIFY(!isLikelySlip(u"company", u"companyId"));
    QVERIFY(isLikelySlip(u"nmae", u"name"));
    QVERIFY(isLikelySlip(u"namme", u"name"));
    QVERIFY(!isLikelySlip(u"txa", u"tax")); // too short to tell
    QVERIFY(!isLikelySlip(u"nme", u"name"));
    QVERIFY(!isLikelySlip(u"description", u"description"));
}

void TestFieldHints::theFieldMeantComesFirst_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<QString>("hint");
    const QString twelve = QStringLiteral("f01, f02, f03, f04, f05, f06, f07, f08, f09, f10");
    QTest::newRow("swapped letters") << QByteArray("nmae") << QByteArray(R"("sku":"A","name":"Desk")")
                                     << QStringLiteral(R"(Did you mean "name"? The record has these fields: name, )")
            + twelve + QStringLiteral(", f11, … (and 2 more).");
    QTest::newRow("other case") << QByteArray("SKU") << QByteArray(R"("name":"Desk","sku":"A")")
                                << QStringLiteral(R"(Did you mean "sku"? The record has these fields: sku, )") + twelve
            + QStringLiteral(", f11, … (and 2 more).");
    QTest::newRow("contained") << QByteArray("price") << QByteArray(R"("name":"Desk","listPrice":"12.50")")
                               << QStringLiteral(
                                      R"(Did you mean "listPrice"? The record has these fields: listPrice, )")
            + twelve + QStringLiteral(", f11, … (and 2 more).");
    // The closer one is meant; the other is still listed before the rest.
    QTest::newRow("closest of two")
        << QByteArray("email") << QByteArray(R"("emailVerified":true,"eMail":"desk@example.com")")
        << QStringLiteral(R"(Did you mean "eMail"? The record has these fields: eMail, emailVerified, )") + twelve
            + QStringLiteral(", … (and 2 more).");
    // Equally close: both come first, neither is guessed.
    QTest::newRow("a tie") << QByteArray("nam") << QByteArray(R"("sku":"A","nap":1,"name":"Desk")")
                           << QStringLiteral("The record has these fields: nap, name, ") + twelve
            + QStringLiteral(", … (and 3 more).");
    QTest::newRow("two containing it") << QByteArray("price")
                                       << QByteArray(R"("name":"Desk","netPrice":"10","grossPrice":"12.50")")
                                       << QStringLiteral("The record has these fields: netPrice, grossPrice, ") + twelve
            + QStringLiteral(", … (and 3 more).");
    // Nothing close: the list as the record has it.
    QTest::newRow("nothing close") << QByteArray("title") << QByteArray(R"("sku":"A","name":"Desk")")
                                   << QStringLiteral("The record has these fields: ") + twelve
            + QStringLiteral(", f11, f12, … (and 2 more).");
    // Two letters are too short to be found inside another name, and too short for two typos.
    QTest::newRow("short name") << QByteArray("id") << QByteArray(R"("paid":true,"uuid":"x","kind":"a")")
                                << QStringLiteral("The record has these fields: ") + twelve
            + QStringLiteral(", f11, f12, … (and 3 more).");
}

void TestFieldHints::theFieldMeantComesFirst()
{
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, fields);
    QFETCH(QString, hint);
    QCOMPARE(hintFor(source, behindTwelve(fields)), hint);
}

void TestFieldHints::nestedFieldsToo()
{
    QCOMPARE(hintFor("address.ctiy", R"({"address":{"street":"Main St 1","zip":"8000","city":"Aarhus"}})"),
        QStringLiteral(R"(Did you mean "city"? "address" has these fields: city, street, zip.)"));
    // A field that is there with another case is what was meant.
    QCOMPARE(hintFor("Address.city", R"({"sku":"A","address":{"city":"Aarhus"}})"),
        QStringLiteral(R"(Did you mean "address"? The record has these fields: address, sku.)"));
}

QTEST_GUILESS_MAIN(TestFieldHints)
#include "tst_fieldhints.moc"

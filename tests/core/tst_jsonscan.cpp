// JsonScan: cutting a page into its records without parsing them, so one record a reader
// refuses costs that record only.
#include "domain/jsonscan.h"

#include <QTest>

using namespace Linkwright;

class TestJsonScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsThePageAtItsRecords();
    void stringsHideBracketsAndQuotes();
    void followsAPathAndATopLevelArray();
    void refusesWhatIsNotOneCompleteValue_data();
    void refusesWhatIsNotOneCompleteValue();
    void survivesDeepNestingAndBadBytes();
    void readsAStringMember();
};

namespace {

QList<QByteArray> texts(const JsonScan::Split &split)
{
    QList<QByteArray> out;
    for (const QByteArrayView item : split.items)
        out.append(item.toByteArray());
    return out;
}

} // namespace

void TestJsonScan::splitsThePageAtItsRecords()
{
    const QByteArray page("{\"items\": [ {\"sku\":\"A\"} , {\"sku\":\"B\",\"n\":[1,2]},3,null ],\"total\":4}");
    const auto split = JsonScan::splitArray(page, {QByteArray("items")});
    QVERIFY(split);
    QCOMPARE(texts(*split),
        QList<QByteArray>({QByteArray("{\"sku\":\"A\"}"), QByteArray("{\"sku\":\"B\",\"n\":[1,2]}"), QByteArray("3"),
            QByteArray("null")}));
    QCOMPARE(split->envelope, QByteArray("{\"items\": [],\"total\":4}"));

    const auto empty = JsonScan::splitArray(QByteArray("{\"items\":[ ]}"), {QByteArray("items")});
    QVERIFY(empty);
    QVERIFY(empty->items.isEmpty());
}

void TestJsonScan::stringsHideBracketsAndQuotes()
{
    const QByteArray page("{\"note\":\"] } [ {\",\"items\":[{\"name\":\"say \\\"]}\\\" \\\\\"},{\"x\":\"{\"}]}");
    const auto split = JsonScan::splitArray(page, {QByteArray("items")});
    QVERIFY(split);
    QCOMPARE(split->items.size(), 2);
    QCOMPARE(split->items.at(1).toByteArray(), QByteArray("{\"x\":\"{\"}"));
}

void TestJsonScan::followsAPathAndATopLevelArray()
{
    const QByteArray nested("{\"meta\":{\"page\":1},\"data\":{\"records\":[{\"a\":1},{\"a\":2}]}}");
    const auto split = JsonScan::splitArray(nested, {QByteArray("data"), QByteArray("records")});
    QVERIFY(split);
    QCOMPARE(split->items.size(), 2);
    QCOMPARE(split->envelope, QByteArray("{\"meta\":{\"page\":1},\"data\":{\"records\":[]}}"));
    QVERIFY(!JsonScan::splitArray(nested, {QByteArray("items")}));
    QVERIFY(!JsonScan::splitArray(nested, {QByteArray("meta")})); // an object, not a list

    const auto top = JsonScan::splitArray(QByteArray(" [1, {\"b\":[]}] \n"), {});
    QVERIFY(top);
    QCOMPARE(top->items.size(), 2);
    QCOMPARE(top->envelope, QByteArray(" [] \n"));
}

void TestJsonScan::refusesWhatIsNotOneCompleteValue_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("cut in a record") << QByteArray("{\"items\":[{\"sku\":\"A\"},{\"sk");
    QTest::newRow("cut in a string") << QByteArray("{\"items\":[\"abc");
    QTest::newRow("cut after the list") << QByteArray("{\"items\":[1,2]");
    QTest::newRow("crossed brackets") << QByteArray("{\"items\":[1,2}]");
    QTest::newRow("trailing text") << QByteArray("{\"items\":[1]} x");
    QTest::newRow("missing comma") << QByteArray("{\"items\":[1 2]}");
    QTest::newRow("html") << QByteArray("<html><body>502</body></html>");
    QTest::newRow("empty") << QByteArray();
}

void TestJsonScan::refusesWhatIsNotOneCompleteValue()
{
    QFETCH(QByteArray, text);
    QVERIFY(!JsonScan::splitArray(text, {QByteArray("items")}));
}

void TestJsonScan::survivesDeepNestingAndBadBytes()
{
    // What the simulator's hostile records hold: 100,000 levels and bytes that are not UTF-8.
    const QByteArray deep = QByteArray(100'000, '[') + QByteArray(100'000, ']');
    const QByteArray page = "{\"items\":[{\"sku\":\"DEEP\",\"d\":" + deep + "},{\"sku\":\"\x80\xC3(\xFF\xFE\"},{}]}";
    const auto split = JsonScan::splitArray(page, {QByteArray("items")});
    QVERIFY(split);
    QCOMPARE(split->items.size(), 3);
    QCOMPARE(JsonScan::stringMember(split->items.at(0), "sku"), std::optional<QByteArray>(QByteArray("DEEP")));
    QCOMPARE(
        JsonScan::stringMember(split->items.at(1), "sku"), std::optional<QByteArray>(QByteArray("\x80\xC3(\xFF\xFE")));
}

void TestJsonScan::readsAStringMember()
{
    const QByteArray record("{\"id\":7,\"nested\":{\"sku\":\"no\"},\"sku\":\"A\\\"1\\\\\\u00e9\\n\",\"n\":12}");
    QCOMPARE(JsonScan::stringMember(record, "sku"), std::optional<QByteArray>(QByteArray("A\"1\\\xC3\xA9\n")));
    QCOMPARE(JsonScan::stringMember(record, "n"), std::nullopt); // a number, not a string
    QCOMPARE(JsonScan::stringMember(record, "missing"), std::nullopt);
    QCOMPARE(JsonScan::stringMember(QByteArray("[\"sku\"]"), "sku"), std::nullopt);
    QCOMPARE(JsonScan::stringMember(QByteArray("{\"sku\":\"cut"), "sku"), std::nullopt);
}

QTEST_GUILESS_MAIN(TestJsonScan)
#include "tst_jsonscan.moc"

#include "domain/json.h"

#include <QBuffer>
#include <QTest>

#include <cstring>

using namespace Linkwright;

namespace {

QList<QByteArray> namesOf(const Value &object)
{
    QList<QByteArray> names;
    for (const Member &member : object.members())
        names.append(member.name);
    return names;
}

} // namespace

class TestJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void numbersKeepEveryDigit();
    void objectsKeepOrderAndFindMembers();
    void rejects_data();
    void rejects();
    void deepNestingIsRefusedNotACrash();
    void largeStringsSurvive();
    void escapesOnOutput();
    void parsingInPlaceReadsTheSame();
    void escapesAtEveryPositionOfALongString();
    void projectionTakesTheLastOfARepeatedMember();
    void numberGrammar_data();
    void numberGrammar();
    void projectionReadsOnlyTheMembersAsked();
    void projectionKeepsEachRecordsWholeText();
    void projectionFindsRecordsOnlyWhereTold();
    void projectionStillRefusesWhatItReads();
    void projectionFindsNamesOfEveryLength();
    void escapedMemberNamesAreReadUnescaped();
};

void TestJson::roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("object") << QByteArray(
        R"({"sku":"A-1","price":"19.90","qty":3,"tags":["x","y"],"ok":true,"n":null})");
    QTest::newRow("nested") << QByteArray(R"({"a":{"b":{"c":[1,2,{"d":-0.5e10}]}}})");
    QTest::newRow("array root") << QByteArray(R"([1,"two",false])");
    QTest::newRow("number root") << QByteArray("12.50");
    QTest::newRow("string root") << QByteArray(R"("plain")");
    QTest::newRow("null root") << QByteArray("null");
    QTest::newRow("unicode") << QByteArray(R"({"name":"Grüße – 東京 🚚"})");
    QTest::newRow("empty containers") << QByteArray(R"({"a":[],"b":{}})");
    // More distinct keys than the reader's key cache has slots: names must never mix up.
    QByteArray many = "[";
    for (int i = 0; i < 3000; ++i)
        many += (i > 0 ? ",{\"" : "{\"") + QByteArray::number(i * 7919) + "\":" + QByteArray::number(i) + '}';
    many += ']';
    QTest::newRow("many keys") << many;
}

void TestJson::roundTrip()
{
    QFETCH(QByteArray, json);
    const auto value = Json::parse(json);
    QVERIFY2(value.has_value(), value ? "" : qPrintable(value.error().message));
    QCOMPARE(Json::serialize(*value), json);
}

void TestJson::numbersKeepEveryDigit()
{
    const QByteArray json =
        R"({"id":123456789012345678901234567890,"big":9007199254740993,"money":19.90,"tiny":1e-300})";
    const auto value = Json::parse(json);
    QVERIFY(value.has_value());
    QCOMPARE(value->find("id")->text(), QStringLiteral("123456789012345678901234567890"));
    QCOMPARE(value->find("big")->text(), QStringLiteral("9007199254740993"));
    QCOMPARE(value->find("money")->text(), QStringLiteral("19.90"));
    QVERIFY(value->find("money")->isNumber());
    QCOMPARE(Json::serialize(*value), json);
}

void TestJson::objectsKeepOrderAndFindMembers()
{
    const auto value = Json::parse(R"({"z":1,"a":2,"m":3,"a":4})");
    QVERIFY(value.has_value());
    QList<QByteArray> names;
    for (const Member &member : value->members())
        names.append(member.name);
    QCOMPARE(names, (QList<QByteArray>{"z", "a", "m"}));
    QCOMPARE(value->find("a")->text(), QStringLiteral("4")); // a repeated key replaces the first
    QVERIFY(!value->find("missing"));

    // A check for repeated keys sees each of them, the first one first.
    JsonReader reader;
    reader.setKeepsRepeatedMembers(true);
    const auto every = reader.parse(R"({"z":1,"a":2,"m":{"\u0061":5,"a":6},"a":4})");
    QVERIFY(every.has_value());
    QCOMPARE(namesOf(*every), (QList<QByteArray>{"z", "a", "m", "a"}));
    QCOMPARE(every->find("a")->text(), QStringLiteral("2"));
    QCOMPARE(namesOf(*every->find("m")), (QList<QByteArray>{"a", "a"}));
}

void TestJson::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray("  ") << QStringLiteral("the body is empty");
    QTest::newRow("invalid utf-8") << QByteArray("{\"name\":\"\xff\xfe\"}")
                                   << QStringLiteral("the text is not valid UTF-8");
    QTest::newRow("truncated") << QByteArray(R"({"items":[{"sku":"A"},{"sk)") << QString();
    QTest::newRow("trailing") << QByteArray(R"({"a":1} {"b":2})") << QString();
    QTest::newRow("bad number") << QByteArray(R"({"a":01})") << QString();
    QTest::newRow("html error page") << QByteArray("<html><body>502 Bad Gateway</body></html>") << QString();
    QTest::newRow("raw newline in string") << QByteArray("{\"a\":\"x\ny\"}") << QString();
    // A body cut off inside a null (the simulator's "truncated" fault) used to throw from simdjson.
    QTest::newRow("cut inside null") << QByteArray("{\"items\":[{\"note\":nu") << QString();
    QTest::newRow("cut after n") << QByteArray("[1,n") << QString();
    QTest::newRow("misspelt null") << QByteArray("{\"note\":nul}") << QString();
    QTest::newRow("bare word") << QByteArray(R"({"ok":yes})")
                               << QStringLiteral(
                                      "the text is not built as JSON is (a missing comma, colon or bracket, a "
                                      "word without quotes, or cut off)");
    QTest::newRow("missing comma") << QByteArray(R"({"a":1 "b":2})") << QString();
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << QString();
}

void TestJson::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto value = Json::parse(json);
    QVERIFY(!value.has_value());
    QCOMPARE(value.error().code, ErrorCode::InvalidJson);
    QVERIFY(!value.error().message.isEmpty());
    // Every caller says "not valid JSON" itself ("the answer is not valid JSON: ..."): the
    // reason must not say it again.
    QVERIFY2(!value.error().message.contains(QLatin1StringView("not valid JSON")), qPrintable(value.error().message));
    if (!message.isEmpty())
        QCOMPARE(value.error().message, message);
}

void TestJson::deepNestingIsRefusedNotACrash()
{
    for (const int depth : {2'000, 100'000}) {
        const QByteArray json = QByteArray(depth, '[').append(QByteArray(depth, ']'));
        const auto value = Json::parse(json);
        QVERIFY(!value.has_value());
        QVERIFY2(value.error().message.contains(QStringLiteral("nested deeper")), qPrintable(value.error().message));
    }
    // Just inside the limit still parses.
    const int ok = JsonReader::DefaultMaxDepth - 1;
    QVERIFY(Json::parse(QByteArray(ok, '[').append(QByteArray(ok, ']'))).has_value());
}

void TestJson::largeStringsSurvive()
{
    const QByteArray big(10 * 1024 * 1024, 'x');
    const auto value = Json::parse(QByteArray("{\"blob\":\"").append(big).append("\"}"));
    QVERIFY(value.has_value());
    QCOMPARE(value->find("blob")->utf8(), big);
}

void TestJson::escapesOnOutput()
{
    const Value value = Value::object({{QByteArray("q\"k"), Value::string(QStringLiteral("a\\b\n\t\x01\"c"))},
        {QByteArray("n\\2"),
            Value::object({{QByteArray("\x1f"), Value::array({})}, {QByteArray("e"), Value::object({})}})}});
    const QByteArray json = Json::serialize(value);
    // Escaped names after the first carry their comma and colon as plain ones do.
    QCOMPARE(json, QByteArray("{\"q\\\"k\":\"a\\\\b\\n\\t\\u0001\\\"c\",\"n\\\\2\":{\"\\u001f\":[],\"e\":{}}}"));
    const auto back = Json::parse(json);
    QVERIFY(back.has_value());
    QCOMPARE(*back, value);
}

void TestJson::parsingInPlaceReadsTheSame()
{
    // A text with room after it is read where it is. What lies past its terminator (here digits
    // and brackets, which would change a root number or close a list) must not change the result.
    const JsonProjection items{{{"items"}}, {"sku"}};
    for (const QByteArray &text : {QByteArray("12"), QByteArray("[1,2"), QByteArray(R"({"items":[{"sku":"A","x":1}]})"),
             QByteArray(R"("text")"), QByteArray("nul"), QByteArray(R"({"items":[{"sku":"B"}]} x)")}) {
        QByteArray roomy = text;
        roomy.reserve(text.size() + JsonReader::Padding + 1);
        char *past = roomy.data() + roomy.size() + 1; // after the terminator Qt keeps
        std::memset(past, '9', static_cast<std::size_t>(JsonReader::Padding));
        std::memcpy(past, "]}", 2);
        QVERIFY(JsonReader::readsInPlace(roomy));
        JsonReader copying;
        JsonReader inPlace;
        const auto expected = copying.parse(text, items);
        const auto actual = inPlace.parseOwned(roomy, items);
        QCOMPARE(actual.has_value(), expected.has_value());
        if (expected) {
            QCOMPARE(*actual, *expected);
            QCOMPARE(Json::serialize(*actual), Json::serialize(*expected));
        } else {
            QCOMPARE(actual.error().message, expected.error().message);
        }
    }

    // Free space before the data counts in capacity() but is no room after it: such a text
    // (what HttpResponseParser leaves after cutting the headers off) is copied, not read past.
    QByteArray cut(200, 'x');
    cut.remove(0, 150);
    cut.replace(0, cut.size(), R"({"items":[{"sku":"D"}]})");
    QVERIFY(cut.capacity() - cut.size() >= JsonReader::Padding);
    QVERIFY(!JsonReader::readsInPlace(cut));
    JsonReader reader;
    const auto fromCut = reader.parseOwned(cut, items);
    QVERIFY(fromCut.has_value());
    QCOMPARE(fromCut->find("items")->items().at(0).find("sku")->text(), QStringLiteral("D"));

    QBuffer device;
    device.setData(R"({"items":[{"sku":"C"}]})");
    QVERIFY(device.open(QIODevice::ReadOnly));
    const QByteArray read = Json::readPadded(device);
    QCOMPARE(read, device.data());
    QVERIFY(JsonReader::readsInPlace(read));
    const auto page = reader.parseOwned(read, items);
    QVERIFY(page.has_value());
    QCOMPARE(page->find("items")->items().at(0).find("sku")->text(), QStringLiteral("C"));
    QVERIFY(!JsonReader::readsInPlace(QByteArray::fromRawData("[1]", 3)));
}

void TestJson::escapesAtEveryPositionOfALongString()
{
    // Strings are checked eight bytes a step: a byte that needs an escape must be found in
    // every lane, and its neighbours in the code table ('!', '#', '[', ']', space, DEL, UTF-8)
    // must not be taken for one.
    const QByteArray base = "abcdefghijklmnopqrstu!#[] \x7f\xc3\xa9";
    const auto reference = [](const QByteArray &text) {
        QByteArray out = "\"";
        for (const char c : text) {
            const auto byte = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\')
                out += '\\' + QByteArray(1, c);
            else if (c == '\n')
                out += "\\n";
            else if (byte < 0x20)
                out += QByteArray("\\u00") + QByteArray::number(byte, 16).rightJustified(2, '0');
            else
                out += c;
        }
        out += '"';
        return out;
    };
    QCOMPARE(Json::serialize(Value::utf8(base)), reference(base));
    for (const char special : {'"', '\\', '\n', '\x1f', '\x01'}) {
        for (qsizetype at = 0; at < base.size(); ++at) {
            QByteArray text = base;
            text[at] = special;
            const QByteArray json = Json::serialize(Value::utf8(text));
            QCOMPARE(json, reference(text));
            if (at >= base.size() - 2)
                continue; // it broke the last character's UTF-8, which parse() refuses
            const auto back = Json::parse(json);
            QVERIFY(back.has_value());
            QCOMPARE(back->utf8(), text);
        }
    }
}

void TestJson::projectionTakesTheLastOfARepeatedMember()
{
    JsonReader reader;
    const auto value =
        reader.parse(R"({"items":[{"sku":"A","name":"x","sku":"B"},{"name":"y"}]})", {{{"items"}}, {"sku", "name"}});
    QVERIFY2(value.has_value(), value ? "" : qPrintable(value.error().message));
    const QList<Value> &records = value->find("items")->items();
    QCOMPARE(records.at(0).members().size(), 2);
    QCOMPARE(records.at(0).find("sku")->text(), QStringLiteral("B"));
    QCOMPARE(records.at(1).find("name")->text(), QStringLiteral("y"));
    QVERIFY(!records.at(1).find("sku"));

    // Names are first told apart by their length; long ones share one mark.
    const QByteArray longName(70, 'n');
    const QByteArray otherLong(64, 'n');
    const QByteArray page = "[{\"" + otherLong + "\":1,\"" + longName + "\":2,\"sk\":3,\"sku\":4}]";
    const auto longs = reader.parse(page, {{{}}, {longName, "sku"}});
    QVERIFY2(longs.has_value(), longs ? "" : qPrintable(longs.error().message));
    const Value &record = longs->items().at(0);
    QCOMPARE(record.members().size(), 2);
    QCOMPARE(record.find(longName)->utf8(), QByteArray("2"));
    QCOMPARE(record.find("sku")->utf8(), QByteArray("4"));
}

void TestJson::numberGrammar_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    for (const char *good : {"0", "-0", "12", "19.90", "-3.5e+10", "1E5", "123456789012345678901234567890"})
        QTest::newRow(good) << QString::fromLatin1(good) << true;
    for (const char *bad : {"", "-", "01", "1.", ".5", "+1", "1e", "0x10", "NaN", "1.2.3", "12abc"})
        QTest::newRow(*bad ? bad : "empty") << QString::fromLatin1(bad) << false;
}

void TestJson::numberGrammar()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(Json::isNumber(text.toLatin1()), valid);
}

namespace {

JsonProjection itemsProjection(QList<QByteArray> keep)
{
    return {{{QByteArray("items")}, {}}, std::move(keep)};
}

} // namespace

void TestJson::projectionReadsOnlyTheMembersAsked()
{
    const QByteArray page = "{\"total\":2,\"items\":[{\"id\":7,\"sku\":\"A\",\"dims\":{\"l\":1.50},\"tags\":[1,2],"
                            "\"name\":\"x\"},{\"sku\":\"B\",\"name\":\"y\",\"extra\":null}]}";
    JsonReader reader;
    const auto value = reader.parse(page, itemsProjection({"sku", "dims", "id"}));
    QVERIFY2(value.has_value(), value ? "" : qPrintable(value.error().message));
    const QList<Value> &records = value->find("items")->items();
    QCOMPARE(records.size(), 2);
    // The order of the record, not of the projection; what is not asked for is not there.
    QCOMPARE(namesOf(records.at(0)), (QList<QByteArray>{"id", "sku", "dims"}));
    QCOMPARE(namesOf(records.at(1)), (QList<QByteArray>{"sku"}));
    QCOMPARE(records.at(0).find("dims")->find("l")->utf8(), QByteArray("1.50"));
    QVERIFY(records.at(0).isPartial());
    // The envelope is read whole.
    QCOMPARE(value->find("total")->utf8(), QByteArray("2"));
    QVERIFY(!value->isPartial());
}

void TestJson::projectionKeepsEachRecordsWholeText()
{
    const QByteArray first = "{\"sku\":\"A\",  \"note\":\"q\\\"uote }\" , \"n\":[{\"x\":1}]}";
    const QByteArray second = "{\"sku\":\"B\"}";
    const QByteArray page = "[ " + first + " ,\n" + second + "\n]";
    JsonReader reader;
    const auto value = reader.parse(page, {{{}}, {"sku"}});
    QVERIFY2(value.has_value(), value ? "" : qPrintable(value.error().message));
    QCOMPARE(value->items().size(), 2);
    // A record serialises to its text as it arrived, so a failure keeps every field of it.
    QCOMPARE(Json::serialize(value->items().at(0)), first);
    QCOMPARE(Json::serialize(value->items().at(1)), second);
    const auto whole = Json::parse(Json::serialize(value->items().at(0)));
    QVERIFY(whole.has_value());
    QCOMPARE(namesOf(*whole), (QList<QByteArray>{"sku", "note", "n"}));
    QCOMPARE(whole->find("note")->utf8(), QByteArray("q\"uote }"));
}

void TestJson::projectionFindsRecordsOnlyWhereTold()
{
    // Objects elsewhere (the envelope, a list under another name, a nested list) stay whole.
    const QByteArray page = "{\"meta\":{\"a\":1,\"b\":2},\"other\":[{\"a\":1,\"b\":2}],"
                            "\"items\":[{\"a\":1,\"b\":[{\"a\":1,\"b\":2}]}]}";
    JsonReader reader;
    const auto value = reader.parse(page, itemsProjection({"b"}));
    QVERIFY(value.has_value());
    QCOMPARE(namesOf(*value->find("meta")), (QList<QByteArray>{"a", "b"}));
    QCOMPARE(namesOf(value->find("other")->items().at(0)), (QList<QByteArray>{"a", "b"}));
    const Value &record = value->find("items")->items().at(0);
    QCOMPARE(namesOf(record), (QList<QByteArray>{"b"}));
    QCOMPARE(namesOf(record.find("b")->items().at(0)), (QList<QByteArray>{"a", "b"}));
    // Without members to keep, nothing is projected.
    const auto plain = reader.parse(page, itemsProjection({}));
    QVERIFY(plain.has_value());
    QVERIFY(!plain->find("items")->items().at(0).isPartial());
    QCOMPARE(Json::serialize(*plain), page);
}

void TestJson::projectionFindsNamesOfEveryLength()
{
    // Names are looked up by their length: many of one length, one past 64 bytes, an empty
    // one, and names that differ from a kept one only in their last byte.
    const QByteArray longName(70, 'n');
    const QByteArray otherLong = QByteArray(69, 'n') + 'm';
    const QList<QByteArray> kept{"ab", "cd", "ef", "gh", "ij", "", longName, "sku"};
    QByteArray record = "{";
    const QList<QByteArray> all{"ab", "cd", "ef", "gh", "ij", "kl", "", longName, otherLong, "sku", "skv", "x"};
    for (qsizetype i = 0; i < all.size(); ++i)
        record += (i ? "," : "") + ("\"" + all.at(i) + "\":") + QByteArray::number(i);
    record += "}";
    JsonReader reader;
    const QByteArray page = "[" + record + "," + record + "]";
    const auto value = reader.parse(page, {{{}}, kept});
    QVERIFY2(value.has_value(), value ? "" : qPrintable(value.error().message));
    for (const Value &item : value->items()) {
        QCOMPARE(namesOf(item), (QList<QByteArray>{"ab", "cd", "ef", "gh", "ij", "", longName, "sku"}));
        QCOMPARE(item.find(longName)->utf8(), QByteArray("7"));
        QCOMPARE(item.find("sku")->utf8(), QByteArray("9"));
        QCOMPARE(item.find("ij")->utf8(), QByteArray("4"));
    }
    // The reader asked for other names next reads those only.
    const QByteArray one = "[" + record + "]";
    const auto next = reader.parse(one, {{{}}, {"kl", otherLong, "x"}});
    QVERIFY(next.has_value());
    QCOMPARE(namesOf(next->items().at(0)), (QList<QByteArray>{"kl", otherLong, "x"}));
}

void TestJson::projectionStillRefusesWhatItReads()
{
    JsonReader reader(8);
    // A member it reads that nests too deep is refused as before ...
    QByteArray deep = "[{\"a\":" + QByteArray(20, '[') + QByteArray(20, ']') + "}]";
    QVERIFY(!reader.parse(deep, {{{}}, {"a"}}).has_value());
    // ... and a broken text is refused whole, read or not.
    QVERIFY(!reader.parse("[{\"a\":1,\"b\":\"cut", {{{}}, {"a"}}).has_value());
    QVERIFY(!reader.parse("[{\"a\":1,\"b\":\"\xff\"}]", {{{}}, {"a"}}).has_value());
    // The reader is left fit for a whole read after a projected one.
    const auto next = reader.parse("{\"a\":[1,{\"b\":2}]}");
    QVERIFY(next.has_value());
    QCOMPARE(Json::serialize(*next), QByteArray("{\"a\":[1,{\"b\":2}]}"));
}

void TestJson::escapedMemberNamesAreReadUnescaped()
{
    // Names are compared as they stand in the text unless they hold an escape: "\u0073ku" is
    // "sku", "s\"ku" is not, and a name with a broken escape is refused like a broken value.
    const QByteArray page = "{\"items\":[{\"\\u0073ku\":\"A\",\"s\\\"ku\":\"no\",\"na\\/me\":\"x\"},"
                            "{\"sku\":\"B\",\"name\":\"y\"}]}";
    JsonReader reader;
    const auto projected = reader.parse(page, itemsProjection({"sku", "na/me", "s\"ku"}));
    QVERIFY2(projected.has_value(), projected ? "" : qPrintable(projected.error().message));
    const QList<Value> &records = projected->find("items")->items();
    QCOMPARE(records.at(0).find("sku")->utf8(), QByteArray("A"));
    QCOMPARE(records.at(0).find("s\"ku")->utf8(), QByteArray("no"));
    QCOMPARE(records.at(0).find("na/me")->utf8(), QByteArray("x"));
    QCOMPARE(records.at(1).find("sku")->utf8(), QByteArray("B"));
    QVERIFY(!records.at(1).find("na/me"));
    const auto whole = reader.parse(page);
    QVERIFY(whole.has_value());
    QCOMPARE(namesOf(whole->find("items")->items().at(0)), (QList<QByteArray>{"sku", "s\"ku", "na/me"}));

    for (const QByteArray &broken :
        {QByteArray("{\"items\":[{\"s\\xku\":\"A\"}]}"), QByteArray("{\"items\":[{\"sku\":\"A\",\"\\u12\":1}]}")}) {
        QVERIFY2(!reader.parse(broken).has_value(), broken.constData());
        QVERIFY2(!reader.parse(broken, itemsProjection({"sku"})).has_value(), broken.constData());
    }
}

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"

#include "mapping/mappingpreview.h"
#include "mappingtesthelpers.h"

#include <QTest>

using namespace Linkwright;
using namespace Linkwright::Testing;

class TestMappingEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noMappingsCopiesTheRecord();
    void targetFollowsMappingOrder();
    void oneTargetMapsOnItsOwn();
    void paths_data();
    void paths();
    void missingFieldNamesTheMappingAndListsTheFields();
    void missingNestedFieldListsItsParent();
    void missingItemAndWrongShape();
    void presentNullIsAValue();
    void defaultFirstOrConstantAllowMissing();
    void concatJoinsSeveralSources();
    void nestedTargetsBuildObjects();
    void compileRefuses_data();
    void compileRefuses();
    void typeCheck_data();
    void typeCheck();
    void aDateTheCalendarLacksIsTheRecordsFault();
    void required_data();
    void required();
    void exactMoneyEndToEnd();
    void simulatorProductToShopShape();
    void previewShowsInputNextToOutput();
    void recordThatIsNotAnObject();
};

void TestMappingEngine::noMappingsCopiesTheRecord()
{
    const auto compiled = MappingEngine::compile(DataPointConfig{});
    QVERIFY(compiled);
    QVERIFY(compiled->isPassThrough());
    const Value record = json(R"({"b":1,"a":{"x":[1,2]},"price":19.90})");
    QCOMPARE(serialized(*compiled->map(record)), serialized(record));
    // Even what is not an object passes: there is nothing to map.
    QCOMPARE(serialized(*MappingEngine().map(json("[1,2]"))), QByteArray("[1,2]"));
    // But for the source's own id and stamp: a target took the id for one of its own records,
    // and a record touched without a change was written again. Nested ones are data.
    const Value stamped = json(R"({"id":100003,"sku":"A","modifiedAt":"2026-11-01T10:00:00Z","line":{"id":7}})");
    QCOMPARE(serialized(*compiled->map(stamped)), QByteArray(R"({"sku":"A","line":{"id":7}})"));
    DataPointConfig byId;
    byId.keyField = QStringLiteral("id");
    QCOMPARE(serialized(*MappingEngine::compile(byId)->map(stamped)),
        QByteArray(R"({"id":100003,"sku":"A","line":{"id":7}})"));
}

void TestMappingEngine::targetFollowsMappingOrder()
{
    const MappingEngine e = engine(R"([
        {"target":"title","source":"name"},
        {"target":"sku","source":"itemNo"},
        {"target":"price","source":"amount"}])");
    QCOMPARE(mapped(e, json(R"({"amount":"19.90","itemNo":"A-1","name":"Desk","unused":true})")),
        QByteArray(R"({"title":"Desk","sku":"A-1","price":"19.90"})"));
    QCOMPARE(e.mappingCount(), 3);
}

void TestMappingEngine::oneTargetMapsOnItsOwn()
{
    // The key of a record that another mapping refuses: what the sync names its failure by.
    const MappingEngine e = engine(R"([
        {"target":"sku","source":"itemNo","transforms":[{"op":"trim"},{"op":"upper"}],"required":true},
        {"target":"title","source":"name","required":true}])");
    const Value broken = json(R"({"itemNo":" a-1 ","name":""})");
    QVERIFY(!e.map(broken));
    QCOMPARE(Json::serialize(*e.mapOne(QStringLiteral("sku"), broken)), QByteArray(R"("A-1")"));
    QVERIFY(!e.mapOne(QStringLiteral("title"), broken)); // its own mapping fails
    QVERIFY(!e.mapOne(QStringLiteral("price"), broken)); // no mapping writes it
    QVERIFY(!e.mapOne(QStringLiteral("sku"), json(R"({"name":"Desk"})")));
    QVERIFY(!e.mapOne(QStringLiteral("sku"), json("[1]")));
    // Without mappings a record is its own result.
    QCOMPARE(Json::serialize(*MappingEngine().mapOne(QStringLiteral("sku"), json(R"({"sku":"B-2"})"))),
        QByteArray(R"("B-2")"));
}

void TestMappingEngine::paths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("output");
    const QByteArray record = R"({"name":"Desk","address":{"city":"Aarhus","geo":{"lat":56.15}},
        "lines":[{"sku":"A"},{"sku":"B"}],"size.cm":12,"a[1]":"bracket","none":null,"deep":[[1,[2,3]]]})";
    QTest::newRow("field") << QStringLiteral("name") << QByteArray(R"("Desk")");
    QTest::newRow("nested") << QStringLiteral("address.city") << QByteArray(R"("Aarhus")");
    QTest::newRow("deeper") << QStringLiteral("address.geo.lat") << QByteArray("56.15");
    QTest::newRow("object") << QStringLiteral("address.geo") << QByteArray(R"({"lat":56.15})");
    QTest::newRow("array item") << QStringLiteral("lines[0].sku") << QByteArray(R"("A")");
    QTest::newRow("last item") << QStringLiteral("lines[-1].sku") << QByteArray(R"("B")");
    QTest::newRow("whole array") << QStringLiteral("lines") << QByteArray(R"([{"sku":"A"},{"sku":"B"}])");
    QTest::newRow("nested arrays") << QStringLiteral("deep[0][1][0]") << QByteArray("2");
    QTest::newRow("escaped dot") << QStringLiteral("size\\.cm") << QByteArray("12");
    QTest::newRow("escaped bracket") << QStringLiteral("a\\[1\\]") << QByteArray(R"("bracket")");
    QTest::newRow("null field") << QStringLiteral("none") << QByteArray("null");
    QTest::newRow("through null") << QStringLiteral("none.city") << QByteArray("null");
    QTest::newRow("index through null") << QStringLiteral("none[0].x") << QByteArray("null");
}

void TestMappingEngine::paths()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, output);
    const QByteArray record = R"({"name":"Desk","address":{"city":"Aarhus","geo":{"lat":56.15}},
        "lines":[{"sku":"A"},{"sku":"B"}],"size.cm":12,"a[1]":"bracket","none":null,"deep":[[1,[2,3]]]})";
    DataPointConfig c;
    c.mappings.append({QStringLiteral("out"), {path}, {}, false});
    const auto compiled = MappingEngine::compile(c);
    QVERIFY2(compiled, compiled ? "" : qPrintable(compiled.error().toString()));
    const auto result = compiled->map(json(record));
    QVERIFY2(result, result ? "" : qPrintable(result.error().toString()));
    QCOMPARE(serialized(*result->find("out")), output);
}

void TestMappingEngine::missingFieldNamesTheMappingAndListsTheFields()
{
    const MappingEngine e = engine(R"([
        {"target":"sku","source":"f01"},
        {"target":"price","source":"f02"},
        {"target":"name","source":"title","transforms":[{"op":"trim"}]}])");
    const Value record = json(R"({"f01":1,"f02":2,"f03":3,"f04":4,"f05":5,"f06":6,"f07":7,"f08":8,"f09":9,
        "f10":10,"f11":11,"f12":12,"f13":13,"f14":14})");
    const auto result = e.map(record);
    QVERIFY(!result);
    const MappingFailure &failure = result.error();
    QCOMPARE(failure.mappingIndex, 2);
    QCOMPARE(failure.target, QStringLiteral("name"));
    QCOMPARE(failure.kind, MappingFailure::FailureKind::Map);
    QCOMPARE(failure.message, QStringLiteral(R"(mappings[2] (target "name"): the source record has no field "title")"));
    QCOMPARE(failure.hint,
        QStringLiteral("The record has these fields: f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, … "
                       "(and 2 more)."));
    QCOMPARE(failure.toString(), failure.message + QStringLiteral("\n  hint: ") + failure.hint);

    const auto few = e.map(json(R"({"f01":1,"f02":2,"name":"Desk"})"));
    QVERIFY(!few);
    QCOMPARE(few.error().hint, QStringLiteral("The record has these fields: f01, f02, name."));

    const MappingEngine single = engine(R"([{"target":"name","source":"title"}])");
    const auto empty = single.map(json("{}"));
    QVERIFY(!empty);
    QCOMPARE(empty.error().hint, QStringLiteral("The record has no fields."));
}

void TestMappingEngine::missingNestedFieldListsItsParent()
{
    const MappingEngine e = engine(R"([{"target":"city","source":"address.town"}])");
    const auto result = e.map(json(R"({"address":{"street":"Main St 1","city":"Aarhus"}})"));
    QVERIFY(!result);
    QCOMPARE(result.error().message,
        QStringLiteral(
            R"(mappings[0] (target "city"): the source record has no field "address.town" ("address" has no "town"))"));
    QCOMPARE(result.error().hint, QStringLiteral(R"("address" has these fields: street, city.)"));

    // A shop that sends [] for an empty object: the field is missing, not misshapen.
    const auto emptyArray = e.map(json(R"({"address":[]})"));
    QVERIFY(!emptyArray);
    QCOMPARE(emptyArray.error().hint, QStringLiteral(R"("address" has no fields.)"));
}

void TestMappingEngine::missingItemAndWrongShape()
{
    const MappingEngine item = engine(R"([{"target":"sku","source":"lines[3].sku"}])");
    const auto past = item.map(json(R"({"lines":[{"sku":"A"},{"sku":"B"}]})"));
    QVERIFY(!past);
    QCOMPARE(past.error().message,
        QStringLiteral(R"(mappings[0] (target "sku"): the source record has no "lines[3]" ("lines" has 2 items))"));
    QCOMPARE(past.error().hint, QStringLiteral("Use an index from 0 to 1, or -1 for the last item."));

    const MappingEngine shape = engine(R"([{"target":"city","source":"address.city"}])");
    const auto text = shape.map(json(R"({"address":"Main St 1"})"));
    QVERIFY(!text);
    QCOMPARE(text.error().message,
        QStringLiteral(
            R"(mappings[0] (target "city"): cannot read "address.city": "address" is the text "Main St 1", not an object)"));
    // A misshapen record is a failure even with a default: it is not a missing field.
    const MappingEngine withDefault =
        engine(R"([{"target":"city","source":"address.city","transforms":[{"op":"default","value":"?"}]}])");
    QVERIFY(!withDefault.map(json(R"({"address":5})")));
    const MappingEngine index = engine(R"([{"target":"sku","source":"lines[0]"}])");
    const auto notArray = index.map(json(R"({"lines":{"a":1}})"));
    QVERIFY(!notArray);
    QCOMPARE(notArray.error().message,
        QStringLiteral(R"(mappings[0] (target "sku"): cannot read "lines[0]": "lines" is an object, not an array)"));
}

void TestMappingEngine::presentNullIsAValue()
{
    const MappingEngine e = engine(R"([{"target":"description","source":"description","transforms":[{"op":"trim"}]}])");
    QCOMPARE(mapped(e, json(R"({"description":null})")), QByteArray(R"({"description":null})"));
    QCOMPARE(mapped(e, json("{}")).left(5), QByteArray("FAIL:"));
}

void TestMappingEngine::defaultFirstOrConstantAllowMissing()
{
    const MappingEngine first = engine(
        R"([{"target":"note","source":"comment","transforms":[{"op":"default","value":"none"},{"op":"upper"}]}])");
    QCOMPARE(mapped(first, json("{}")), QByteArray(R"({"note":"NONE"})"));
    QCOMPARE(mapped(first, json(R"({"comment":""})")), QByteArray(R"({"note":"NONE"})"));
    QCOMPARE(mapped(first, json(R"({"comment":"hi"})")), QByteArray(R"({"note":"HI"})"));
    // A typo in the source is not a missing field: "comment" a slip away from "coment" filled in
    // the default on every record, and the target's notes were overwritten with it.
    const MappingEngine typo =
        engine(R"([{"target":"note","source":"coment","transforms":[{"op":"default","value":""}]}])");
    const QByteArray failed = mapped(typo, json(R"({"comment":"hi"})"));
    QVERIFY2(failed.startsWith(R"(FAIL: mappings[0] (target "note"): the source record has no field "coment")"),
        failed.constData());
    const MappingEngine cased =
        engine(R"([{"target":"note","source":"Comment","transforms":[{"op":"default","value":""}]}])");
    QVERIFY(mapped(cased, json(R"({"comment":"hi"})")).startsWith("FAIL:"));
    QCOMPARE(mapped(typo, json(R"({"sku":"A"})")), QByteArray(R"({"note":""})"));
    // A letter replaced makes another word: "weight" beside "height", "minQty" beside "maxQty".
    const MappingEngine other = engine(R"([{"target":"w","source":"weight","transforms":[{"op":"default","value":"0"}]},
        {"target":"q","source":"minQty","transforms":[{"op":"default","value":"1"}]}])");
    QCOMPARE(mapped(other, json(R"({"height":"2","maxQty":"9"})")), QByteArray(R"({"w":"0","q":"1"})"));
    // A field another mapping reads is a field of its own, whatever its name.
    const MappingEngine both = engine(R"([{"target":"a","source":"colour","transforms":[{"op":"default","value":""}]},
        {"target":"b","source":"color"}])");
    QCOMPARE(mapped(both, json(R"({"color":"red"})")), QByteArray(R"({"a":"","b":"red"})"));
    // Nor one inside, or holding, what another mapping reads.
    const MappingEngine nested =
        engine(R"([{"target":"a","source":"billTo.county","transforms":[{"op":"default","value":""}]},
        {"target":"b","source":"billTo.country"},
        {"target":"c","source":"weight.vaule","transforms":[{"op":"default","value":"0"}]},
        {"target":"d","source":"weight.value"}])");
    QCOMPARE(mapped(nested, json(R"({"billTo":{"country":"GB"},"weight":{"value":"2"}})")),
        QByteArray(R"({"a":"","b":"GB","c":"0","d":"2"})"));
    // Two fields that differ by a digit or a plural are two fields.
    const MappingEngine second =
        engine(R"([{"target":"line2","source":"street2","transforms":[{"op":"default","value":""}]},
        {"target":"picture","source":"image","transforms":[{"op":"default","value":""}]}])");
    QCOMPARE(mapped(second, json(R"({"street1":"Main St","images":[]})")), QByteArray(R"({"line2":"","picture":""})"));

    // A default later in the chain does not excuse a missing field: it fills empty values only.
    const MappingEngine later = engine(
        R"([{"target":"note","source":"comment","transforms":[{"op":"trim"},{"op":"default","value":"none"}]}])");
    QCOMPARE(mapped(later, json("{}")),
        QByteArray(R"(FAIL: mappings[0] (target "note"): the source record has no field "comment")"));
    QCOMPARE(mapped(later, json(R"({"comment":"  "})")), QByteArray(R"({"note":"none"})"));

    const MappingEngine constant = engine(R"([
        {"target":"currency","transforms":[{"op":"constant","value":"EUR"}]},
        {"target":"status","source":"state","transforms":[{"op":"constant","value":"publish"}]}])");
    QCOMPARE(mapped(constant, json("{}")), QByteArray(R"({"currency":"EUR","status":"publish"})"));
}

void TestMappingEngine::concatJoinsSeveralSources()
{
    const MappingEngine e = engine(R"([{"target":"name","source":["first","middle","last"],
        "transforms":[{"op":"trim"},{"op":"concat","separator":" "},{"op":"upper"}]}])");
    QCOMPARE(mapped(e, json(R"({"first":" Ada ","middle":null,"last":"Lovelace "})")),
        QByteArray(R"({"name":"ADA LOVELACE"})"));
    QCOMPARE(mapped(e, json(R"({"first":"Ada","last":"Lovelace"})")),
        QByteArray(R"(FAIL: mappings[0] (target "name"): the source record has no field "middle")"));
    QCOMPARE(mapped(e, json(R"({"first":null,"middle":null,"last":null})")), QByteArray(R"({"name":null})"));

    // A default first applies to every source on its own.
    const MappingEngine optional = engine(R"([{"target":"street","source":["street1","street2"],
        "transforms":[{"op":"default","value":null},{"op":"concat","separator":", "}]}])");
    QCOMPARE(mapped(optional, json(R"({"street1":"Main St 1"})")), QByteArray(R"({"street":"Main St 1"})"));
    QCOMPARE(mapped(optional, json(R"({"street1":"Main St 1","street2":"Floor 3"})")),
        QByteArray(R"({"street":"Main St 1, Floor 3"})"));
}

void TestMappingEngine::nestedTargetsBuildObjects()
{
    const MappingEngine e = engine(R"([
        {"target":"sku","source":"sku"},
        {"target":"dimensions.length","source":"l"},
        {"target":"meta.unit","source":"u"},
        {"target":"dimensions.width","source":"w"},
        {"target":"meta.source.system","transforms":[{"op":"constant","value":"erp"}]}])");
    QCOMPARE(mapped(e, json(R"({"sku":"A","l":"10.0","w":"5.5","u":"cm"})")),
        QByteArray(
            R"({"sku":"A","dimensions":{"length":"10.0","width":"5.5"},"meta":{"unit":"cm","source":{"system":"erp"}}})"));
}

void TestMappingEngine::compileRefuses_data()
{
    QTest::addColumn<QByteArray>("mappings");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");
    const auto add = [](const char *name, const char *mappings, const char *where, const char *message) {
        QTest::newRow(name) << QByteArray(mappings) << QString::fromUtf8(where) << QString::fromUtf8(message);
    };
    add("same target twice", R"([{"target":"a","source":"x"},{"target":"a","source":"y"}])", "mappings[1].target",
        R"("a" is already mapped by mappings[0])");
    add("target inside a target", R"([{"target":"dim","source":"x"},{"target":"dim.l","source":"y"}])",
        "mappings[1].target", R"("dim.l" overlaps the target of mappings[0])");
    add("target around targets", R"([{"target":"dim.l","source":"x"},{"target":"dim","source":"y"}])",
        "mappings[1].target", R"("dim" overlaps the target of mappings[0])");
    add("target with an index", R"([{"target":"lines[0]","source":"x"}])", "mappings[0].target",
        R"("lines[0]" names an array item, but a target can only name fields)");
    add("empty name in a path", R"([{"target":"a","source":"address..city"}])", "mappings[0].source",
        R"("address..city" has an empty field name)");
    add("path ending in a dot", R"([{"target":"a","source":"address."}])", "mappings[0].source",
        R"("address." ends with a dot)");
    add("bad index", R"([{"target":"a","source":"lines[first]"}])", "mappings[0].source",
        R"("lines[first]" has [first], which is not an array index)");
    add("open bracket", R"([{"target":"a","source":"lines[0"}])", "mappings[0].source",
        R"("lines[0" has a "[" without a "]")");
    add("text after an index", R"([{"target":"a","source":"lines[0]sku"}])", "mappings[0].source",
        R"("lines[0]sku" needs a dot after lines[0])");
    add("bad path among several", R"([{"target":"a","source":["x","y]"],"transforms":[{"op":"concat"}]}])",
        "mappings[0].source[1]", R"("y]" has a "]" without a "[")");
    add("no source", R"([{"target":"a","transforms":[{"op":"trim"}]}])", "mappings[0].source",
        R"(names no source field, and no "constant" gives the value)");
    add("several sources, nothing joins", R"([{"target":"a","source":["x","y"]}])", "mappings[0].source",
        "names 2 fields but no transform combines them");
}

void TestMappingEngine::compileRefuses()
{
    QFETCH(QByteArray, mappings);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const auto compiled = compile(mappings);
    QVERIFY(!compiled);
    QCOMPARE(compiled.error().where, QStringLiteral("dataPoints.products.") + where);
    QCOMPARE(compiled.error().message, message);
}

void TestMappingEngine::typeCheck_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("output");
    const auto add = [](const char *name, const char *type, const char *input, const QByteArray &output) {
        QTest::newRow(name) << QString::fromLatin1(type) << QByteArray(input) << output;
    };
    const auto fail = [](const char *message) -> QByteArray {
        return QByteArray(R"(FAIL: mappings[0] (target "out"): )") + QByteArray(message);
    };
    add("string", "string", R"("x")", R"("x")");
    add("string from number keeps digits", "string", "123456789012345678901234567890",
        R"("123456789012345678901234567890")");
    add("string from money", "string", "19.90", R"("19.90")");
    add("string from bool", "string", "true", fail(R"(the value must be text (type "string"), found true)"));
    add("string from object", "string", "{}", fail(R"(the value must be text (type "string"), found an object)"));
    add("integer", "integer", "12", "12");
    add("integer negative", "integer", "-12", "-12");
    add("integer from text", "integer", R"("12")", "12");
    add("integer whole decimal", "integer", "12.00", "12");
    add("integer exponent", "integer", "1e3", "1000");
    add("integer max", "integer", "9223372036854775807", "9223372036854775807");
    add("integer min", "integer", "-9223372036854775808", "-9223372036854775808");
    add("integer past max", "integer", "9223372036854775808",
        fail(
            R"(the value must be a whole number within ±2^63 (type "integer"), found the number 9223372036854775808; it is never rounded)"));
    add("integer 30 digits", "integer", "123456789012345678901234567890",
        fail(
            R"(the value must be a whole number within ±2^63 (type "integer"), found the number 123456789012345678901234567890; it is never rounded)"));
    add("integer 40 digits", "integer", "1234567890123456789012345678901234567890",
        fail(
            R"(the value must be a whole number within ±2^63 (type "integer"), found the number 1234567890123456789012345678901234567890; it is never rounded)"));
    add("integer fraction", "integer", "12.5",
        fail(R"(the value must be a whole number (type "integer"), found the number 12.5)"));
    add("integer from words", "integer", R"("twelve")",
        fail(R"(the value must be a whole number (type "integer"), found the text "twelve")"));
    add("integer from bool", "integer", "false",
        fail(R"(the value must be a whole number (type "integer"), found false)"));
    add("decimal", "decimal", "19.90", "19.90");
    add("decimal from text", "decimal", R"("19.90")", "19.90");
    add("decimal from padded text", "decimal", R"(" +19.90 ")", "19.90");
    add("decimal keeps a huge number", "decimal", "123456789012345678901234567890123456789012",
        "123456789012345678901234567890123456789012");
    add("decimal from text with unit", "decimal", R"("19.90 EUR")",
        fail(R"(the value must be a decimal number (type "decimal"), found the text "19.90 EUR")"));
    add("decimal from huge text", "decimal", R"("1e400")",
        fail("1e400 is too large to calculate exactly (more than 38 digits)"));
    add("boolean", "boolean", "true", "true");
    add("boolean from text", "boolean", R"("true")",
        fail(R"(the value must be true or false (type "boolean"), found the text "true")"));
    add("date", "date", R"("2026-03-01")", R"("2026-03-01")");
    add("date invalid", "date", R"("2026-02-30")",
        fail(R"(the value must be a date (yyyy-MM-dd) (type "date"), found the text "2026-02-30")"));
    add("date with time", "date", R"("2026-03-01T00:00:00Z")",
        fail(R"(the value must be a date (yyyy-MM-dd) (type "date"), found the text "2026-03-01T00:00:00Z")"));
    add("datetime", "datetime", R"("2026-03-01T12:30:00Z")", R"("2026-03-01T12:30:00Z")");
    add("datetime with offset and ms", "datetime", R"("2026-03-01T12:30:00.250+02:00")",
        R"("2026-03-01T12:30:00.250+02:00")");
    add("datetime date only", "datetime", R"("2026-03-01")",
        fail(R"(the value must be a date and time (ISO 8601) (type "datetime"), found the text "2026-03-01")"));
    add("object", "object", R"({"a":1})", R"({"a":1})");
    add("object from array", "object", "[]",
        fail(R"(the value must be an object (type "object"), found an empty array)"));
    add("array", "array", "[1]", "[1]");
    add("array from text", "array", R"("1")", fail(R"(the value must be an array (type "array"), found the text "1")"));
    add("any", "any", R"({"a":[1]})", R"({"a":[1]})");
    add("null passes a type", "integer", "null", "null");
}

void TestMappingEngine::typeCheck()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, output);
    const MappingEngine e =
        engine(QByteArray(R"([{"target":"out","source":"in","type":")") + type.toLatin1() + QByteArray("\"}]"));
    QByteArray result = mapped(e, json(QByteArray(R"({"in":)") + input + '}'));
    if (!result.startsWith("FAIL"))
        result = serialized(*json(result).find("out"));
    QCOMPARE(result, output);
    if (output.startsWith("FAIL")) {
        const auto failure = e.map(json(QByteArray(R"({"in":)") + input + '}'));
        QCOMPARE(failure.error().kind, MappingFailure::FailureKind::Validate);
        QVERIFY(!failure.error().hint.isEmpty() || type == u"object" || type == u"array" || type == u"string");
    }
}

void TestMappingEngine::aDateTheCalendarLacksIsTheRecordsFault()
{
    // "2026-02-30" under type "date" was told to add a date transform, which would not mend it.
    for (const char *type : {"date", "datetime"}) {
        const MappingEngine e =
            engine(QByteArray(R"([{"target":"out","source":"in","type":")") + QByteArray(type) + QByteArray("\"}]"));
        const QByteArray input = qstrcmp(type, "date") == 0 ? R"("2026-02-30")" : R"("2026-02-30T10:00:00Z")";
        const auto failure = e.map(json(QByteArray(R"({"in":)") + input + '}'));
        QVERIFY(!failure);
        QVERIFY2(failure.error().hint.contains(QStringLiteral("the calendar has no such day")),
            qPrintable(failure.error().hint));
        // A text in another form still gets the transform's hint.
        const auto other = e.map(json(QByteArray(R"({"in":"30.01.2026"})")));
        QVERIFY(!other);
        QVERIFY2(other.error().hint.contains(QStringLiteral("\"date\" transform")), qPrintable(other.error().hint));
    }
}

void TestMappingEngine::required_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QByteArray>("output");
    const QByteArray prefix = R"(FAIL: mappings[0] (target "sku"): )";
    QTest::newRow("value") << QByteArray(R"({"sku":"A"})") << QByteArray(R"({"sku":"A"})");
    QTest::newRow("zero is a value") << QByteArray(R"({"sku":0})") << QByteArray(R"({"sku":0})");
    QTest::newRow("null") << QByteArray(R"({"sku":null})") << prefix + "a value is required, found null";
    QTest::newRow("empty") << QByteArray(R"({"sku":""})") << prefix + "a value is required, found an empty text";
    QTest::newRow("spaces trimmed to empty")
        << QByteArray(R"({"sku":"   "})") << prefix + "a value is required, found an empty text";
    QTest::newRow("missing") << QByteArray("{}") << prefix + R"(the source record has no field "sku")";
}

void TestMappingEngine::required()
{
    QFETCH(QByteArray, record);
    QFETCH(QByteArray, output);
    const MappingEngine e = engine(R"([{"target":"sku","source":"sku","required":true,"transforms":[{"op":"trim"}]}])");
    QCOMPARE(mapped(e, json(record)), output);
    const MappingEngine plain = engine(R"([{"target":"sku","source":"sku","required":true}])");
    QCOMPARE(mapped(plain, json(R"({"sku":false})")), QByteArray(R"({"sku":false})"));
    const auto result = e.map(json(record));
    if (!result) {
        QCOMPARE(result.error().kind,
            record == "{}" ? MappingFailure::FailureKind::Map : MappingFailure::FailureKind::Validate);
        QCOMPARE(result.error().hint.isEmpty(), false);
    }
}

void TestMappingEngine::exactMoneyEndToEnd()
{
    const MappingEngine e = engine(R"([
        {"target":"net","source":"price","type":"decimal"},
        {"target":"gross","source":"price","type":"decimal",
         "transforms":[{"op":"scale","factor":"1.19"},{"op":"round","decimals":2}]},
        {"target":"grossText","source":"price","type":"string",
         "transforms":[{"op":"convert","factor":1.19,"decimals":2}]},
        {"target":"dkk","source":"price","transforms":[{"op":"convert","factor":"7.4604","decimals":2}]},
        {"target":"cents","source":"price","type":"integer","transforms":[{"op":"scale","factor":100}]},
        {"target":"id","source":"id","type":"string"}])");
    // 19.90 * 1.19 = 23.681 -> 23.68; 19.90 * 7.4604 = 148.46196 -> 148.46.
    QCOMPARE(mapped(e, json(R"({"price":"19.90","id":9007199254740993})")),
        QByteArray(
            R"({"net":19.90,"gross":23.68,"grossText":"23.68","dkk":148.46,"cents":1990,"id":"9007199254740993"})"));
    // 19.99 * 1.19 = 23.7881 -> 23.79; 100.00 EUR -> 746.04 DKK.
    QCOMPARE(mapped(e, json(R"({"price":19.99,"id":1})")),
        QByteArray(R"({"net":19.99,"gross":23.79,"grossText":"23.79","dkk":149.13,"cents":1999,"id":"1"})"));
    QCOMPARE(serialized(*e.map(json(R"({"price":"100.00","id":1})"))->find("dkk")), QByteArray("746.04"));
    // A price with a fraction of a cent cannot become whole cents silently.
    QCOMPARE(mapped(e, json(R"({"price":"19.905","id":1})")),
        QByteArray(
            R"(FAIL: mappings[4] (target "cents"): the value must be a whole number (type "integer"), found the number 1990.500)"));
}

void TestMappingEngine::simulatorProductToShopShape()
{
    // A product as linkwright-sim's ERP serves it (app/sim/simulatordata.cpp).
    const Value product = json(R"({
        "sku":"LW-000042","name":"Nordic Oak Desk","description":"Nordic Oak Desk for workplaces that value good design.",
        "category":"Furniture/Desks","categories":[{"code":"furniture-desks","path":"Furniture/Desks"},
            {"code":"highlights-new","path":"Highlights/New"}],
        "brand":"Linkwright Furniture","unit":"pcs","minOrderQuantity":1,"ean":"5701234567892",
        "weight":{"value":"23.500","unit":"kg"},
        "dimensions":{"length":"140.0","width":"70.0","height":"74.5","unit":"cm"},
        "listPrice":"349.90","currency":"EUR","taxClass":"standard","active":true,
        "variants":[{"sku":"LW-000042-OAK","attributes":{"colour":"Oak"},"ean":"5701234567908","active":true},
            {"sku":"LW-000042-ASH","attributes":{"colour":"Ash"},"ean":"5701234567915","active":false}],
        "modifiedAt":"2026-02-14T09:30:00.000Z"})");
    const MappingEngine e = engine(R"([
        {"target":"sku","source":"sku","required":true,"type":"string","transforms":[{"op":"trim"},{"op":"upper"}]},
        {"target":"name","source":"name","required":true,"transforms":[{"op":"trim"}]},
        {"target":"type","source":"variants","transforms":[{"op":"constant","value":"variable"}]},
        {"target":"regular_price","source":"listPrice","type":"string","transforms":[{"op":"convert","factor":"1.19","decimals":2}]},
        {"target":"status","source":"active","transforms":[{"op":"boolean","true":"publish","false":"draft"}]},
        {"target":"tax_class","source":"taxClass","transforms":[{"op":"lookup","table":{"standard":"","reduced":"reduced-rate"}}]},
        {"target":"categories","source":"categories[-1].path","transforms":[{"op":"split","separator":"/","index":-1}]},
        {"target":"brand","source":["brand","category"],"transforms":[{"op":"concat","separator":" | "}]},
        {"target":"weight","source":"weight.value","type":"string"},
        {"target":"dimensions.length","source":"dimensions.length","type":"string"},
        {"target":"dimensions.width","source":"dimensions.width","type":"string"},
        {"target":"dimensions.height","source":"dimensions.height","type":"string"},
        {"target":"first_variant","source":"variants[0].sku","transforms":[{"op":"default","value":null}]},
        {"target":"first_colour","source":"variants[0].attributes.colour","transforms":[{"op":"default","value":null},{"op":"lower"}]},
        {"target":"min_qty","source":"minOrderQuantity","type":"integer"},
        {"target":"date_modified_gmt","source":"modifiedAt","type":"string","transforms":[{"op":"date","from":"iso","to":"yyyy-MM-ddTHH:mm:ss"}]},
        {"target":"ean","source":"ean","type":"string","required":true}])");
    QCOMPARE(mapped(e, product),
        QByteArray(
            R"({"sku":"LW-000042","name":"Nordic Oak Desk","type":"variable","regular_price":"416.38",)"
            R"("status":"publish","tax_class":"","categories":"New","brand":"Linkwright Furniture | Furniture/Desks",)"
            R"("weight":"23.500","dimensions":{"length":"140.0","width":"70.0","height":"74.5"},)"
            R"("first_variant":"LW-000042-OAK","first_colour":"oak","min_qty":1,)"
            R"("date_modified_gmt":"2026-02-14T09:30:00","ean":"5701234567892"})"));

    // The same mapping on a product without variants and with another tax class.
    const Value simple = json(R"({"sku":" lw-7 ","name":"Pen","categories":[{"code":"c","path":"Office/Pens"}],
        "brand":"B","category":"Office/Pens","weight":{"value":"0.010"},"dimensions":{"length":"14.0","width":"1.0",
        "height":"1.0"},"listPrice":"1.99","taxClass":"reduced","active":false,"variants":[],"minOrderQuantity":10,
        "modifiedAt":"2026-01-02T03:04:05.000Z","ean":"4006381333931"})");
    QCOMPARE(mapped(e, simple),
        QByteArray(
            R"({"sku":"LW-7","name":"Pen","type":"variable","regular_price":"2.37","status":"draft",)"
            R"("tax_class":"reduced-rate","categories":"Pens","brand":"B | Office/Pens","weight":"0.010",)"
            R"("dimensions":{"length":"14.0","width":"1.0","height":"1.0"},"first_variant":null,)"
            R"("first_colour":null,"min_qty":10,"date_modified_gmt":"2026-01-02T03:04:05","ean":"4006381333931"})"));
}

void TestMappingEngine::previewShowsInputNextToOutput()
{
    const MappingEngine e = engine(R"([{"target":"sku","source":"sku","required":true},
        {"target":"price","source":"price","transforms":[{"op":"round","decimals":2}]}])");
    const QList<Value> records{json(R"({"sku":"A","price":"1.005"})"), json(R"({"price":"2"})"),
        json(R"({"sku":"","price":"3"})"), json(R"({"sku":"D","price":"x"})")};
    const QList<PreviewRow> rows = MappingPreview::preview(e, records);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(MappingPreview::succeeded(rows), 1);
    QCOMPARE(rows.at(0).index, 0);
    QVERIFY(rows.at(0).succeeded());
    QCOMPARE(serialized(rows.at(0).input), serialized(records.at(0)));
    QCOMPARE(serialized(*rows.at(0).result), QByteArray(R"({"sku":"A","price":1.01})"));
    QCOMPARE(rows.at(1).index, 1);
    QCOMPARE(rows.at(1).result.error().kind, MappingFailure::FailureKind::Map);
    QCOMPARE(rows.at(1).result.error().mappingIndex, 0);
    QCOMPARE(rows.at(2).result.error().kind, MappingFailure::FailureKind::Validate);
    QCOMPARE(rows.at(3).result.error().mappingIndex, 1);
    QCOMPARE(rows.at(3).result.error().target, QStringLiteral("price"));
    QVERIFY(MappingPreview::preview(e, {}).isEmpty());
}

void TestMappingEngine::recordThatIsNotAnObject()
{
    const MappingEngine e = engine(R"([{"target":"a","source":"a"}])");
    const auto result = e.map(json(R"(["a"])"));
    QVERIFY(!result);
    QCOMPARE(result.error().mappingIndex, -1);
    QCOMPARE(result.error().message, QStringLiteral("the source record is an array, not an object"));
    QVERIFY(!e.map(Value()));
}

QTEST_GUILESS_MAIN(TestMappingEngine)
#include "tst_mappingengine.moc"

#include "domain/transformspec.h"
#include "mapping/transformstep.h"
#include "mappingtesthelpers.h"

#include <QTest>

using namespace Linkwright;
using namespace Linkwright::Testing;

class TestTransforms final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_data();
    void apply();
    void compileRefuses_data();
    void compileRefuses();
    void everyCatalogueOpIsImplemented();
    void chainRunsInOrder();
    void failureHintsSayWhatToDo();
    void argumentsFromTheProjectFileStayExact();
};

namespace {

void row(const char *name, QByteArrayView transforms, QByteArrayView input, QByteArrayView output)
{
    QTest::newRow(name) << transforms.toByteArray() << input.toByteArray() << output.toByteArray();
}

} // namespace

void TestTransforms::apply_data()
{
    QTest::addColumn<QByteArray>("transforms");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("output");

    const QByteArrayView trim = R"([{"op":"trim"}])";
    row("trim", trim, R"("  Desk  ")", R"("Desk")");
    row("trim no-break space", trim, R"("\u00a0Desk\u00a0")", R"("Desk")");
    row("trim keeps inner spaces", trim, R"(" Oak  Desk ")", R"("Oak  Desk")");
    row("trim leaves a number", trim, "12.50", "12.50");
    row("trim passes null", trim, "null", "null");
    row("trim on an object", trim, R"({"a":1})", R"(FAIL: "trim" expects text, found an object)");

    const QByteArrayView upper = R"([{"op":"upper"}])";
    row("upper", upper, R"("desk-1")", R"("DESK-1")");
    row("upper unicode", upper, R"("grüße")", R"("GRÜSSE")");
    row("upper on an object", upper, R"({"a":1})", R"(FAIL: "upper" expects text, found an object)");
    row("upper on true", upper, "true", R"(FAIL: "upper" expects text, found true)");
    row("upper on an array", upper, R"(["a"])", R"(FAIL: "upper" expects text, found an array)");
    row("lower", R"([{"op":"lower"}])", R"("PCS")", R"("pcs")");
    row("lower unicode", R"([{"op":"lower"}])", R"("ÆØÅ")", R"("æøå")");

    const QByteArrayView replace = R"([{"op":"replace","from":"-","to":"/"}])";
    row("replace", replace, R"("A-1-2")", R"("A/1/2")");
    row("replace nothing found", replace, R"("A1")", R"("A1")");
    row("replace to nothing", R"([{"op":"replace","from":" ","to":""}])", R"("a b c")", R"("abc")");
    row("replace in a number", R"([{"op":"replace","from":".","to":","}])", "19.90", R"("19,90")");
    row("replace on an array", replace, "[1]", R"(FAIL: "replace" expects text, found an array)");

    row("prefix", R"([{"op":"prefix","value":"SKU-"}])", R"("100")", R"("SKU-100")");
    row("prefix a number", R"([{"op":"prefix","value":"SKU-"}])", "42", R"("SKU-42")");
    row("suffix", R"([{"op":"suffix","value":" cm"}])", R"("12.5")", R"("12.5 cm")");
    row("suffix on false", R"([{"op":"suffix","value":"x"}])", "false", R"(FAIL: "suffix" expects text, found false)");

    const QByteArrayView fallback = R"([{"op":"default","value":"n/a"}])";
    row("default on null", fallback, "null", R"("n/a")");
    row("default on empty text", fallback, R"("")", R"("n/a")");
    row("default keeps a value", fallback, R"("x")", R"("x")");
    row("default keeps zero", fallback, "0", "0");
    row("default keeps false", fallback, "false", "false");
    row("default with a number", R"([{"op":"default","value":0}])", "null", "0");

    row("constant", R"([{"op":"constant","value":"EUR"}])", R"("DKK")", R"("EUR")");
    row("constant object", R"([{"op":"constant","value":{"a":[1,true]}}])", "null", R"({"a":[1,true]})");

    const QByteArrayView concat = R"([{"op":"concat","separator":"/"}])";
    row("concat joins array items", concat, R"(["a","b",null,"c"])", R"("a/b/c")");
    row("concat numbers and booleans", concat, R"([1,2.50,true])", R"("1/2.50/true")");
    row("concat empty array", concat, "[]", "null");
    // An empty part is left out as null is: a first name "" gave " Lee", a null one "Lee".
    row("concat skips empty text", concat, R"(["","b","","c"])", R"("b/c")");
    row("concat only empty text", concat, R"(["",""])", "null");
    row("concat single value", concat, R"("x")", R"("x")");
    row("concat without separator", R"([{"op":"concat"}])", R"(["a","b"])", R"("ab")");
    row("concat nested array", concat, R"([["a"]])", R"(FAIL: "concat" expects text or numbers, found an array)");
    row("concat object item", concat, R"([{"a":1}])", R"(FAIL: "concat" expects text or numbers, found an object)");

    row("split", R"([{"op":"split","separator":",","index":1}])", R"("a,b,c")", R"("b")");
    row("split first", R"([{"op":"split","separator":",","index":0}])", R"("a,b,c")", R"("a")");
    row("split last", R"([{"op":"split","separator":",","index":-1}])", R"("a,b,c")", R"("c")");
    row("split from end", R"([{"op":"split","separator":",","index":-3}])", R"("a,b,c")", R"("a")");
    row("split past end", R"([{"op":"split","separator":",","index":3}])", R"("a,b,c")", "null");
    row("split before start", R"([{"op":"split","separator":",","index":-4}])", R"("a,b,c")", "null");
    row("split empty part", R"([{"op":"split","separator":",","index":1}])", R"("a,,c")", R"("")");
    row("split long separator", R"([{"op":"split","separator":" / ","index":1}])", R"("Office / Desks / Oak")",
        R"("Desks")");
    row("split no separator in text", R"([{"op":"split","separator":",","index":0}])", R"("abc")", R"("abc")");
    row("split an object", R"([{"op":"split","separator":",","index":0}])", "{}",
        R"(FAIL: "split" expects text, found an object)");

    row("scale text", R"([{"op":"scale","factor":"1.19"}])", R"("19.90")", "23.6810");
    row("scale number", R"([{"op":"scale","factor":100}])", "19.90", "1990.00");
    row("scale negative", R"([{"op":"scale","factor":"-1"}])", "0.5", "-0.5");
    row("scale not a number", R"([{"op":"scale","factor":"2"}])", R"("abc")",
        R"(FAIL: "scale" expects a number, found the text "abc")");
    row("scale money with currency", R"([{"op":"scale","factor":"2"}])", R"("19.90 EUR")",
        R"(FAIL: "scale" expects a number, found the text "19.90 EUR")");
    row("scale an object", R"([{"op":"scale","factor":"2"}])", "{}",
        R"(FAIL: "scale" expects a number, found an object)");
    row("scale true", R"([{"op":"scale","factor":"2"}])", "true", R"(FAIL: "scale" expects a number, found true)");
    row("scale overflow", R"([{"op":"scale","factor":"1000000000"}])", "123456789012345678901234567890",
        R"(FAIL: "scale": 123456789012345678901234567890 × 1000000000 has more digits than can be calculated exactly (38))");

    row("round", R"([{"op":"round","decimals":2}])", "2.345", "2.35");
    row("round negative", R"([{"op":"round","decimals":2}])", R"("-2.345")", "-2.35");
    row("round pads", R"([{"op":"round","decimals":2}])", "23", "23.00");
    row("round to whole", R"([{"op":"round","decimals":0}])", "0.5", "1");
    row("round text", R"([{"op":"round","decimals":1}])", R"("x")",
        R"(FAIL: "round" expects a number, found the text "x")");

    row("convert EUR to DKK", R"([{"op":"convert","factor":"7.4604","decimals":2}])", R"("100.00")", "746.04");
    row("convert without rounding", R"([{"op":"convert","factor":"7.4604"}])", "100.00", "746.040000");
    row("convert factor as JSON number", R"([{"op":"convert","factor":7.4604,"decimals":2}])", "100.00", "746.04");
    row("convert grams to kg", R"([{"op":"convert","factor":"0.001","decimals":3}])", "1250", "1.250");

    row("date iso to pattern", R"([{"op":"date","from":"iso","to":"dd.MM.yyyy"}])", R"("2026-03-01")",
        R"("01.03.2026")");
    row("date pattern to iso date", R"([{"op":"date","from":"dd.MM.yyyy","to":"iso"}])", R"("01.03.2026")",
        R"("2026-03-01")");
    row("date pattern with time to iso", R"([{"op":"date","from":"dd.MM.yyyy HH:mm","to":"iso"}])",
        R"("01.03.2026 12:30")", R"("2026-03-01T12:30:00Z")");
    row("date two-digit year of this century", R"([{"op":"date","from":"dd.MM.yy","to":"iso"}])", R"("01.03.26")",
        R"("2026-03-01")");
    row("date two-digit year of the last century", R"([{"op":"date","from":"dd.MM.yy","to":"iso"}])", R"("24.12.85")",
        R"("1985-12-24")");
    row("date two-digit year at the turn", R"([{"op":"date","from":"yy-MM-dd","to":"iso"}])", R"("68-12-31")",
        R"("2068-12-31")");
    row("date two-digit year, leap day of 2000", R"([{"op":"date","from":"dd.MM.yy","to":"iso"}])", R"("29.02.00")",
        R"("2000-02-29")");
    row("date two-digit year, one-digit day", R"([{"op":"date","from":"d.M.yy","to":"iso"}])", R"("1.3.26")",
        R"("2026-03-01")");
    row("date two-digit year, one-digit leap day", R"([{"op":"date","from":"d.M.yy","to":"iso"}])", R"("29.2.00")",
        R"("2000-02-29")");
    row("date four-digit year kept", R"([{"op":"date","from":"dd.MM.yyyy","to":"iso"}])", R"("01.03.1926")",
        R"("1926-03-01")");
    row("date iso to epoch", R"([{"op":"date","from":"iso","to":"epoch"}])", R"("2026-03-01T12:30:00Z")", "1772368200");
    row("date iso with offset to epoch", R"([{"op":"date","from":"iso","to":"epoch"}])",
        R"("2026-03-01T12:30:00+02:00")", "1772361000");
    row("date iso keeps offset", R"([{"op":"date","from":"iso","to":"iso"}])", R"("2026-03-01T12:30:00+02:00")",
        R"("2026-03-01T12:30:00+02:00")");
    row("date iso without zone is UTC", R"([{"op":"date","from":"iso","to":"epoch"}])", R"("2026-03-01T12:30:00")",
        "1772368200");
    row("date epoch to iso", R"([{"op":"date","from":"epoch","to":"iso"}])", "1772368200", R"("2026-03-01T12:30:00Z")");
    row("date epoch text to iso", R"([{"op":"date","from":"epoch","to":"iso"}])", R"("1772368200")",
        R"("2026-03-01T12:30:00Z")");
    row("date epoch-ms to iso", R"([{"op":"date","from":"epoch-ms","to":"iso"}])", "1772368200123",
        R"("2026-03-01T12:30:00.123Z")");
    row("date iso to epoch-ms", R"([{"op":"date","from":"iso","to":"epoch-ms"}])", R"("2026-03-01T12:30:00.123Z")",
        "1772368200123");
    // A finer fraction than a millisecond is cut, never rounded into the next day or year.
    row("date sub-millisecond iso cut", R"([{"op":"date","from":"iso","to":"yyyy-MM-dd"}])",
        R"("2026-12-31T23:59:59.9995Z")", R"("2026-12-31")");
    row("date sub-millisecond iso to iso", R"([{"op":"date","from":"iso","to":"iso"}])",
        R"("2026-12-31T23:59:59.999999Z")", R"("2026-12-31T23:59:59.999Z")");
    row("date sub-millisecond epoch cut", R"([{"op":"date","from":"epoch","to":"iso"}])", "1.0005",
        R"("1970-01-01T00:00:01Z")");
    row("date sub-millisecond epoch-ms cut", R"([{"op":"date","from":"epoch-ms","to":"iso"}])", "1769862600.5",
        R"("1970-01-21T11:37:42.600Z")");
    row("date sub-millisecond before 1970 cut", R"([{"op":"date","from":"epoch","to":"iso"}])", "-0.0005",
        R"("1969-12-31T23:59:59.999Z")");
    row("date before 1970 to epoch", R"([{"op":"date","from":"iso","to":"epoch"}])", R"("1969-12-31T23:59:59.500Z")",
        "-1");
    row("date month name", R"([{"op":"date","from":"d MMMM yyyy","to":"iso"}])", R"("1 March 2026")",
        R"("2026-03-01")");
    row("date to pattern with literal", R"([{"op":"date","from":"iso","to":"yyyy-MM-dd'T'HH:mm"}])",
        R"("2026-03-01T12:30:00Z")", R"("2026-03-01T12:30")");
    // A date in the format that does not exist was told "expects the format", which sent the
    // reader to the mapping instead of the record.
    row("date in the format, no such day", R"([{"op":"date","from":"dd.MM.yyyy","to":"iso"}])", R"("29.02.2026")",
        R"(FAIL: "date": the text "29.02.2026" is no day of the calendar: month 2 of 2026 has 28 days)");
    row("date in the format, no such month", R"([{"op":"date","from":"dd.MM.yyyy","to":"iso"}])", R"("01.13.2026")",
        R"(FAIL: "date": the text "01.13.2026" names month 13; months run from 1 to 12)");
    row("date in the format, no such time", R"([{"op":"date","from":"dd.MM.yyyy HH:mm","to":"iso"}])",
        R"("01.03.2026 24:30")",
        R"(FAIL: "date": the text "01.03.2026 24:30" is no time of day: hours run from 0 to 23, minutes and seconds from 0 to 59)");
    row("date iso, no such day", R"([{"op":"date","from":"iso","to":"iso"}])", R"("2026-04-31T10:00:00Z")",
        R"(FAIL: "date": the text "2026-04-31T10:00:00Z" is no day of the calendar: month 4 of 2026 has 30 days)");
    row("date in another format", R"([{"op":"date","from":"dd.MM.yyyy","to":"iso"}])", R"("2026-02-28")",
        R"(FAIL: "date" expects a date in the format "dd.MM.yyyy", found the text "2026-02-28")");
    row("date not iso", R"([{"op":"date","from":"iso","to":"iso"}])", R"("yesterday")",
        R"(FAIL: "date" expects an ISO 8601 date such as 2026-03-01 or 2026-03-01T12:30:00Z, found the text "yesterday")");
    row("date number for iso", R"([{"op":"date","from":"iso","to":"iso"}])", "5",
        R"(FAIL: "date" expects a date as text, found the number 5)");
    row("date epoch out of range", R"([{"op":"date","from":"epoch","to":"iso"}])", "100000000000000000",
        R"(FAIL: "date": the number 100000000000000000 is not a time between the years 1 and 9999)");
    row("date epoch text not a number", R"([{"op":"date","from":"epoch","to":"iso"}])", R"("soon")",
        R"(FAIL: "date" expects a number of seconds or milliseconds, found the text "soon")");

    const QByteArrayView units = R"([{"op":"lookup","table":{"pcs":"piece","kg":"kilogram"}}])";
    row("lookup", units, R"("pcs")", R"("piece")");
    row("lookup trims the value", units, R"(" kg ")", R"("kilogram")");
    row("lookup is case-sensitive", units, R"("PCS")", R"(FAIL: "lookup" has no entry for "PCS")");
    row("lookup no entry", units, R"("box")", R"(FAIL: "lookup" has no entry for "box")");
    row("lookup default", R"([{"op":"lookup","table":{"pcs":"piece"},"default":"unit"}])", R"("box")", R"("unit")");
    row("lookup default null", R"([{"op":"lookup","table":{"pcs":"piece"},"default":null}])", R"("box")", "null");
    row("lookup number", R"([{"op":"lookup","table":{"1":"one","2":"two"}}])", "2", R"("two")");
    row("lookup boolean", R"([{"op":"lookup","table":{"true":"active","false":"hidden"}}])", "false", R"("hidden")");
    row("lookup to any value", R"([{"op":"lookup","table":{"A":{"id":7}}}])", R"("A")", R"({"id":7})");
    row("lookup on an object", units, "{}", R"(FAIL: "lookup" expects text or a number, found an object)");
    row("lookup passes null", units, "null", "null");

    const QByteArrayView yesNo = R"([{"op":"boolean","true":"Y","false":"N"}])";
    row("boolean true out", yesNo, "true", R"("Y")");
    row("boolean false out", yesNo, "false", R"("N")");
    row("boolean true in", yesNo, R"("Y")", "true");
    row("boolean false in", yesNo, R"("N")", "false");
    row("boolean unknown", yesNo, R"("maybe")",
        R"(FAIL: "boolean" expects true, false, the text "Y" or the text "N", found the text "maybe")");
    row("boolean numbers", R"([{"op":"boolean","true":1,"false":0}])", "0", "false");
    row("boolean number as text", R"([{"op":"boolean","true":1,"false":0}])", R"("1")", "true");
    row("boolean text to bool", R"([{"op":"boolean","true":true,"false":false}])", R"("true")", "true");
    row("boolean passes null", yesNo, "null", "null");
}

void TestTransforms::apply()
{
    QFETCH(QByteArray, transforms);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, output);
    QCOMPARE(throughStep(transforms, input), output);
}

void TestTransforms::compileRefuses_data()
{
    QTest::addColumn<QByteArray>("transforms");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");
    const auto add = [](const char *name, QByteArrayView transforms, const char *where, const char *message) {
        QTest::newRow(name) << transforms.toByteArray() << QString::fromUtf8(where) << QString::fromUtf8(message);
    };
    add("unknown op", R"([{"op":"trimm"}])", "transforms[0]", R"("trimm" is not a transform)");
    add("missing argument", R"([{"op":"trim"},{"op":"prefix"}])", "transforms[1]",
        R"("value" is required by "prefix")");
    add("unknown argument", R"([{"op":"prefix","value":"x","valeu":"y"}])", "transforms[0]",
        R"("prefix" has no argument "valeu")");
    add("argument of the wrong type", R"([{"op":"prefix","value":1}])", "transforms[0]", R"("value" must be text)");
    add("replace nothing", R"([{"op":"replace","from":"","to":"x"}])", "transforms[0]", R"("from" is empty)");
    add("split on nothing", R"([{"op":"split","separator":"","index":0}])", "transforms[0]", R"("separator" is empty)");
    add("split index not whole", R"([{"op":"split","separator":",","index":1.5}])", "transforms[0]",
        R"("index" must be a whole number from -1000000000 to 1000000000)");
    add("round too far", R"([{"op":"round","decimals":31}])", "transforms[0]",
        R"("decimals" must be a whole number from 0 to 30)");
    add("round negative", R"([{"op":"round","decimals":-1}])", "transforms[0]",
        R"("decimals" must be a whole number from 0 to 30)");
    add("factor not a number", R"([{"op":"scale","factor":"abc"}])", "transforms[0]",
        R"("factor": "abc" is not a number)");
    add("factor a boolean", R"([{"op":"convert","factor":true}])", "transforms[0]", R"("factor" must be a number)");
    add("factor too precise", R"([{"op":"scale","factor":"0.0000000000000000000000000000001"}])", "transforms[0]",
        R"("factor": 0.0000000000000000000000000000001 has more than 30 decimal places)");
    add("date format of another library", R"([{"op":"date","from":"YYYY-MM-DD","to":"iso"}])", "transforms[0]",
        R"("from": "Y" is not a date field in "YYYY-MM-DD")");
    add("date format without a field", R"([{"op":"date","from":"iso","to":"'today'"}])", "transforms[0]",
        R"("to": "'today'" has no date or time field)");
    add("date format with an open quote", R"([{"op":"date","from":"dd.MM.yyyy 'at","to":"iso"}])", "transforms[0]",
        R"("from": "dd.MM.yyyy 'at" has a quote that is not closed)");
    add("lookup keys collide when trimmed", R"([{"op":"lookup","table":{"A":"x","A ":"y"}}])", "transforms[0]",
        R"("table" has the keys "A" and "A ", which are the same once the spaces around them are cut)");
    add("lookup empty table", R"([{"op":"lookup","table":{}}])", "transforms[0]",
        R"("table" is empty, so every value would fail)");
    add("lookup table not an object", R"([{"op":"lookup","table":"x"}])", "transforms[0]",
        R"("table" must be an object)");
    add("boolean both the same", R"([{"op":"boolean","true":"Y","false":"Y"}])", "transforms[0]",
        R"("true" and "false" are both the text "Y")");
}

void TestTransforms::compileRefuses()
{
    QFETCH(QByteArray, transforms);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const auto compiled =
        compile(QByteArray(R"([{"target":"a","source":"b"},{"target":"out","source":"in","transforms":)") + transforms
            + QByteArray("}]"));
    QVERIFY(!compiled);
    QCOMPARE(compiled.error().code, ErrorCode::InvalidProject);
    QCOMPARE(compiled.error().where, QStringLiteral("dataPoints.products.mappings[1].") + where);
    QCOMPARE(compiled.error().message, message);
}

void TestTransforms::everyCatalogueOpIsImplemented()
{
    // Minimal valid arguments per op: an op added to the catalogue must be added here, and the
    // engine must accept it.
    const QHash<QString, QJsonObject> args{
        {QStringLiteral("replace"), {{QStringLiteral("from"), QStringLiteral("a")}, {QStringLiteral("to"), QString()}}},
        {QStringLiteral("prefix"), {{QStringLiteral("value"), QStringLiteral("x")}}},
        {QStringLiteral("suffix"), {{QStringLiteral("value"), QStringLiteral("x")}}},
        {QStringLiteral("default"), {{QStringLiteral("value"), 1}}},
        {QStringLiteral("constant"), {{QStringLiteral("value"), 1}}},
        {QStringLiteral("split"), {{QStringLiteral("separator"), QStringLiteral(",")}, {QStringLiteral("index"), 0}}},
        {QStringLiteral("scale"), {{QStringLiteral("factor"), QStringLiteral("2")}}},
        {QStringLiteral("round"), {{QStringLiteral("decimals"), 2}}},
        {QStringLiteral("convert"), {{QStringLiteral("factor"), QStringLiteral("2")}}},
        {QStringLiteral("date"),
            {{QStringLiteral("from"), QStringLiteral("iso")}, {QStringLiteral("to"), QStringLiteral("epoch")}}},
        {QStringLiteral("lookup"), {{QStringLiteral("table"), QJsonObject{{QStringLiteral("a"), 1}}}}},
        {QStringLiteral("boolean"), {{QStringLiteral("true"), 1}, {QStringLiteral("false"), 0}}},
    };
    for (const TransformSpec &spec : Transforms::catalogue()) {
        const auto step = TransformStep::compile({spec.name(), args.value(spec.name())});
        QVERIFY2(step, qPrintable(spec.name() + QStringLiteral(": ") + (step ? QString() : step.error().message)));
        QCOMPARE(step->name(), spec.name());
    }
}

void TestTransforms::chainRunsInOrder()
{
    QCOMPARE(through(R"([{"op":"trim"},{"op":"upper"},{"op":"prefix","value":"SKU-"}])", R"("  desk-1 ")"),
        QByteArray(R"("SKU-DESK-1")"));
    // The order matters: the prefix is upper-cased when it comes first.
    QCOMPARE(through(R"([{"op":"prefix","value":"sku-"},{"op":"upper"}])", R"("a")"), QByteArray(R"("SKU-A")"));
    QCOMPARE(through(R"([{"op":"upper"},{"op":"prefix","value":"sku-"}])", R"("a")"), QByteArray(R"("sku-A")"));
    // split, then a lookup on the part, then a default for what the table does not know.
    QCOMPARE(
        through(
            R"([{"op":"split","separator":"/","index":0},{"op":"lookup","table":{"Office":"office"},"default":"other"}])",
            R"("Office/Desks")"),
        QByteArray(R"("office")"));
    // A number through text steps and back: prefix makes text, which scale reads again.
    QCOMPARE(through(R"([{"op":"replace","from":",","to":"."},{"op":"scale","factor":"2"}])", R"("9,95")"),
        QByteArray("19.90"));
    // split out of range gives null; default fills it.
    QCOMPARE(through(R"([{"op":"split","separator":",","index":5},{"op":"default","value":"none"}])", R"("a,b")"),
        QByteArray(R"("none")"));
}

void TestTransforms::failureHintsSayWhatToDo()
{
    const MappingEngine e = engine(
        R"([{"target":"unit","source":"unit","transforms":[{"op":"lookup","table":{"pcs":"piece","kg":"kilogram"}}]}])");
    const auto result = e.map(json(R"({"unit":"box"})"));
    QVERIFY(!result);
    QCOMPARE(result.error().kind, MappingFailure::FailureKind::Map);
    QCOMPARE(result.error().message, QStringLiteral(R"(mappings[0] (target "unit"): "lookup" has no entry for "box")"));
    QCOMPARE(result.error().hint,
        QStringLiteral(R"(The table has "kg", "pcs". Add "box" to it, or give the lookup a "default".)"));

    const MappingEngine upper = engine(R"([{"target":"name","source":"address","transforms":[{"op":"upper"}]}])");
    const auto onObject = upper.map(json(R"({"address":{"city":"Aarhus"}})"));
    QVERIFY(!onObject);
    QCOMPARE(onObject.error().message,
        QStringLiteral(R"(mappings[0] (target "name"): "upper" expects text, found an object)"));
    QCOMPARE(onObject.error().hint, QStringLiteral(R"(Map a field inside it instead, such as "address.city".)"));
}

void TestTransforms::argumentsFromTheProjectFileStayExact()
{
    // Project files are read with QJsonDocument, so a factor written as a JSON number arrives as a
    // double; it is turned back into the shortest text that reads the same, never 7.46039999...
    QCOMPARE(Mapping::numberText(7.4604), QByteArray("7.4604"));
    QCOMPARE(Mapping::numberText(1.19), QByteArray("1.19"));
    QCOMPARE(Mapping::numberText(0.1), QByteArray("0.1"));
    QCOMPARE(Mapping::numberText(100), QByteArray("100"));
    QCOMPARE(Mapping::numberText(-3), QByteArray("-3"));
    // Digits, never an exponent: a constant 100000000000000000000 reached the target as 1e+20.
    QCOMPARE(Mapping::numberText(1e20), QByteArray("100000000000000000000"));
    QCOMPARE(Mapping::numberText(-2.5e-7), QByteArray("-0.00000025"));
    QCOMPARE(through(R"([{"op":"scale","factor":0.1}])", "0.2"), QByteArray("0.02"));
}

QTEST_GUILESS_MAIN(TestTransforms)
#include "tst_transforms.moc"

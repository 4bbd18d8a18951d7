#include "domain/transformspec.h"
#include "mapping/mappingpreview.h"
#include "mappingtesthelpers.h"

#include <QTest>

using namespace Linkwright;
using namespace Linkwright::Testing;

namespace {

constexpr qsizetype TenMegabytes = 10 * 1024 * 1024;

/// A message a person can read: hostile values are shortened, never copied whole.
bool readable(const MappingFailure &failure)
{
    return failure.message.size() < 600 && failure.hint.size() < 1200;
}

Value record(const Value &in)
{
    return Value::object({{"in", in}});
}

} // namespace

class TestHostile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tenMegabyteStringsThroughEveryTextTransform_data();
    void tenMegabyteStringsThroughEveryTextTransform();
    void growthIsBounded();
    void thirtyDigitIntegersThroughNumberTransforms();
    void hugeNumbersFailCleanly();
    void everyTransformOnEveryWrongType();
    void deepValuesBuiltByHand();
    void emptyAndHugeRecords();
    void invalidUtf8DoesNotCrash();
};

void TestHostile::tenMegabyteStringsThroughEveryTextTransform_data()
{
    QTest::addColumn<QByteArray>("transforms");
    QTest::addColumn<qsizetype>("outputSize"); // -1: a clean failure, -2: null
    QTest::newRow("trim") << QByteArray(R"([{"op":"trim"}])") << TenMegabytes - 2;
    QTest::newRow("upper") << QByteArray(R"([{"op":"upper"}])") << TenMegabytes;
    QTest::newRow("lower") << QByteArray(R"([{"op":"lower"}])") << TenMegabytes;
    QTest::newRow("replace") << QByteArray(R"([{"op":"replace","from":"a","to":"bb"}])") << 2 * TenMegabytes - 3;
    QTest::newRow("prefix") << QByteArray(R"([{"op":"prefix","value":"SKU-"}])") << TenMegabytes + 4;
    QTest::newRow("suffix") << QByteArray(R"([{"op":"suffix","value":"-X"}])") << TenMegabytes + 2;
    QTest::newRow("default") << QByteArray(R"([{"op":"default","value":"x"}])") << TenMegabytes;
    QTest::newRow("concat") << QByteArray(R"([{"op":"concat","separator":","}])") << TenMegabytes;
    QTest::newRow("split first") << QByteArray(R"([{"op":"split","separator":"a","index":0}])") << qsizetype(2);
    QTest::newRow("split last") << QByteArray(R"([{"op":"split","separator":"a","index":-1}])") << qsizetype(1);
    QTest::newRow("split far") << QByteArray(R"([{"op":"split","separator":"a","index":999999999}])") << qsizetype(-2);
    QTest::newRow("scale") << QByteArray(R"([{"op":"scale","factor":"2"}])") << qsizetype(-1);
    QTest::newRow("round") << QByteArray(R"([{"op":"round","decimals":2}])") << qsizetype(-1);
    QTest::newRow("date") << QByteArray(R"([{"op":"date","from":"dd.MM.yyyy","to":"iso"}])") << qsizetype(-1);
    QTest::newRow("date iso") << QByteArray(R"([{"op":"date","from":"iso","to":"iso"}])") << qsizetype(-1);
    QTest::newRow("lookup") << QByteArray(R"([{"op":"lookup","table":{"a":"b"}}])") << qsizetype(-1);
    QTest::newRow("boolean") << QByteArray(R"([{"op":"boolean","true":"Y","false":"N"}])") << qsizetype(-1);
}

void TestHostile::tenMegabyteStringsThroughEveryTextTransform()
{
    QFETCH(QByteArray, transforms);
    QFETCH(qsizetype, outputSize);
    const MappingEngine e =
        engine(QByteArray(R"([{"target":"out","source":"in","transforms":)") + transforms + QByteArray("}]"));
    // " b" + 10 MB of "a"s with one "b" inside + " ": text steps must cope, number and date steps
    // must say no without quoting all of it.
    QByteArray text(TenMegabytes, 'a');
    text[0] = ' ';
    text[1] = 'c';
    text[text.size() - 1] = ' ';
    const auto result = e.map(record(Value::utf8(text)));
    if (outputSize == -1) {
        QVERIFY(!result);
        QVERIFY2(readable(result.error()), qPrintable(result.error().message.left(200)));
        return;
    }
    QVERIFY2(result, result ? "" : qPrintable(result.error().message.left(200)));
    const Value *out = result->find("out");
    QVERIFY(out);
    if (outputSize == -2) {
        QVERIFY(out->isNull());
        return;
    }
    QCOMPARE(out->utf8().size(), outputSize);
}

void TestHostile::growthIsBounded()
{
    // 10 MB of "a", each replaced by 10 bytes, would be 100 MB: refused, not attempted.
    const MappingEngine e =
        engine(R"([{"target":"out","source":"in","transforms":[{"op":"replace","from":"a","to":"0123456789"}]}])");
    const auto result = e.map(record(Value::utf8(QByteArray(TenMegabytes, 'a'))));
    QVERIFY(!result);
    QCOMPARE(result.error().message,
        QStringLiteral(R"(mappings[0] (target "out"): "replace" would make the text longer than 64 MB)"));

    // Seven sources of 10 MB joined: still fine; the limit is on the result.
    const MappingEngine join =
        engine(R"([{"target":"out","source":["a","b","c","d","e","f","g"],"transforms":[{"op":"concat"}]}])");
    const Value big = Value::utf8(QByteArray(TenMegabytes, 'x'));
    QList<Member> members;
    for (const char *name : {"a", "b", "c", "d", "e", "f", "g"})
        members.append({name, big});
    const auto joined = join.map(Value::object(members));
    QVERIFY(!joined);
    QVERIFY(joined.error().message.endsWith(QStringLiteral("longer than 64 MB")));
}

void TestHostile::thirtyDigitIntegersThroughNumberTransforms()
{
    const MappingEngine e = engine(R"([
        {"target":"id","source":"id","type":"string"},
        {"target":"scaled","source":"id","transforms":[{"op":"scale","factor":"1.19"}]},
        {"target":"rounded","source":"id","transforms":[{"op":"round","decimals":2}]},
        {"target":"converted","source":"id","type":"decimal","transforms":[{"op":"convert","factor":"1.19","decimals":0}]}])");
    QCOMPARE(mapped(e, json(R"({"id":123456789012345678901234567890})")),
        QByteArray(R"({"id":"123456789012345678901234567890","scaled":146913578924691357892469135789.10,)"
                   R"("rounded":123456789012345678901234567890.00,"converted":146913578924691357892469135789})"));
    // Where a whole number is required, 30 digits fail; they are never rounded into range.
    const MappingEngine integer = engine(R"([{"target":"id","source":"id","type":"integer"}])");
    const auto result = integer.map(json(R"({"id":123456789012345678901234567890})"));
    QVERIFY(!result);
    QCOMPARE(result.error().kind, MappingFailure::FailureKind::Validate);
    QVERIFY(result.error().message.contains(QStringLiteral("it is never rounded")));
}

void TestHostile::hugeNumbersFailCleanly()
{
    const MappingEngine e = engine(R"([{"target":"out","source":"in","transforms":[{"op":"scale","factor":"2"}]}])");
    // A number Value with 10 MB of digits (JSON allows it; JsonReader keeps it as text).
    QByteArray digits(TenMegabytes, '9');
    const auto result = e.map(record(Value::number(digits)));
    QVERIFY(!result);
    QVERIFY(readable(result.error()));
    QVERIFY(result.error().message.contains(QStringLiteral("has more digits than can be calculated exactly")));
    // 10 MB of leading zeros are no digits at all.
    QByteArray zeros(TenMegabytes, '0');
    zeros.append("1.5");
    QCOMPARE(serialized(*e.map(record(Value::utf8(zeros)))->find("out")), QByteArray("3.0"));
    // Exponents that would need a billion zeros.
    QVERIFY(!e.map(record(Value::number("1e999999999999999999"))));
    QVERIFY(!e.map(record(Value::number("1e-999999999999999999"))));
    const MappingEngine date =
        engine(R"([{"target":"out","source":"in","transforms":[{"op":"date","from":"epoch","to":"iso"}]}])");
    QVERIFY(!date.map(record(Value::number("99999999999999999999999999999999"))));
    QVERIFY(!date.map(record(Value::number("-1e30"))));
}

void TestHostile::everyTransformOnEveryWrongType()
{
    const QList<QByteArray> transforms{
        R"({"op":"trim"})",
        R"({"op":"upper"})",
        R"({"op":"lower"})",
        R"({"op":"replace","from":"a","to":"b"})",
        R"({"op":"prefix","value":"p"})",
        R"({"op":"suffix","value":"s"})",
        R"({"op":"default","value":"d"})",
        R"({"op":"constant","value":"c"})",
        R"({"op":"concat","separator":","})",
        R"({"op":"split","separator":",","index":1})",
        R"({"op":"scale","factor":"2"})",
        R"({"op":"round","decimals":1})",
        R"({"op":"convert","factor":"2","decimals":1})",
        R"({"op":"date","from":"iso","to":"epoch"})",
        R"({"op":"date","from":"epoch","to":"iso"})",
        R"({"op":"lookup","table":{"a":"b"}})",
        R"({"op":"boolean","true":"Y","false":"N"})",
    };
    QCOMPARE(transforms.size(), Transforms::catalogue().size() + 1);
    const QList<QByteArray> inputs{"null", "true", "false", "0", "-0.0", "1e308", R"("")", R"("a,b")", "[]", "[[[]]]",
        "{}", R"({"a":{"b":[1]}})", R"([1,"a",null,true])", R"("\u0000")", R"("2026-13-45")"};
    int failures = 0;
    for (const QByteArray &transform : transforms) {
        const MappingEngine e =
            engine(QByteArray(R"([{"target":"out","source":"in","transforms":[)") + transform + QByteArray("]}]"));
        for (const QByteArray &input : inputs) {
            const auto result = e.map(json(QByteArray(R"({"in":)") + input + '}'));
            if (!result) {
                ++failures;
                QVERIFY(result.error().message.startsWith(QStringLiteral(R"(mappings[0] (target "out"): )")));
                QCOMPARE(result.error().kind, MappingFailure::FailureKind::Map);
            }
        }
    }
    QVERIFY(failures > 50); // wrong types were refused, not waved through
}

void TestHostile::deepValuesBuiltByHand()
{
    // JsonReader refuses documents deeper than 128 levels, but a Value can be built by hand.
    // The engine never recurses into a value, so depth costs nothing but the path's own steps.
    constexpr int Depth = 5000;
    Value deep = Value::string(QStringLiteral("bottom"));
    for (int i = 0; i < Depth; ++i)
        deep = i % 2 ? Value::array({deep}) : Value::object({{"a", deep}});
    const Value source = Value::object({{"deep", deep}});

    const MappingEngine e = engine(R"([
        {"target":"whole","source":"deep","type":"array"},
        {"target":"two","source":"deep[0].a","type":"array"},
        {"target":"text","source":"deep","transforms":[{"op":"default","value":"x"}]}])");
    const auto result = e.map(source);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QVERIFY(result->find("whole")->isArray());

    for (const char *op : {R"({"op":"upper"})", R"({"op":"concat"})", R"({"op":"scale","factor":"2"})",
             R"({"op":"lookup","table":{"a":1}})", R"({"op":"boolean","true":1,"false":0})"}) {
        const MappingEngine failing =
            engine(QByteArray(R"([{"target":"out","source":"deep","transforms":[)") + op + QByteArray("]}]"));
        const auto failed = failing.map(source);
        QVERIFY(!failed);
        QVERIFY(readable(failed.error()));
    }

    // A path 200 levels down a hand-built value.
    QByteArray path = "deep";
    for (int i = 0; i < 100; ++i)
        path += "[0].a";
    const MappingEngine down = engine(QByteArray(R"([{"target":"out","source":")") + path + QByteArray(R"("}])"));
    const auto found = down.map(source);
    QVERIFY(found);
    QVERIFY(found->find("out")->isArray());

    const QList<PreviewRow> rows = MappingPreview::preview(e, {source, source});
    QCOMPARE(MappingPreview::succeeded(rows), 2);
}

void TestHostile::emptyAndHugeRecords()
{
    const MappingEngine e = engine(R"([{"target":"sku","source":"sku","required":true}])");
    QVERIFY(!e.map(json("{}")));
    QCOMPARE(serialized(*MappingEngine().map(json("{}"))), QByteArray("{}"));

    // 100,000 fields, and a field name of 1 MB: the hint stays short.
    QList<Member> members;
    members.append({QByteArray(1024 * 1024, 'n'), Value()});
    for (int i = 0; i < 100000; ++i)
        members.append({"f" + QByteArray::number(i), Value::number(i)});
    const auto result = e.map(Value::object(members));
    QVERIFY(!result);
    QVERIFY(readable(result.error()));
    QVERIFY(result.error().hint.endsWith(QStringLiteral("… (and 99989 more).")));

    // A target the last of 100,000 fields, found by a linear scan per record: fine.
    const MappingEngine last = engine(R"([{"target":"x","source":"f99999"}])");
    QCOMPARE(serialized(*last.map(Value::object(members))->find("x")), QByteArray("99999"));
}

void TestHostile::invalidUtf8DoesNotCrash()
{
    // Values from JsonReader are valid UTF-8; a hand-built one may not be. It must not crash.
    const QByteArray broken("\xff\xfe caf\xc3 \xe9 ");
    for (const char *op : {R"({"op":"trim"})", R"({"op":"upper"})", R"({"op":"lower"})",
             R"({"op":"lookup","table":{"a":1},"default":0})", R"({"op":"date","from":"iso","to":"iso"})"}) {
        const MappingEngine e =
            engine(QByteArray(R"([{"target":"out","source":"in","transforms":[)") + op + QByteArray("]}]"));
        const auto result = e.map(record(Value::utf8(broken)));
        if (!result)
            QVERIFY(readable(result.error()));
    }
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"

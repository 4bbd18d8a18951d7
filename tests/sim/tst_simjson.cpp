#include "simulatorcollection.h"
#include "simulatorjsonscan.h"
#include "simulatorschema.h"

#include <QJsonDocument>
#include <QTest>

using namespace Linkwright;

namespace {

SimulatorCollection::UpsertResult upsert(SimulatorCollection &collection, const QByteArray &record, qint64 at)
{
    const auto members = SimulatorJsonScan::topLevelMembers(record);
    Q_ASSERT(members);
    QString key;
    for (const SimulatorJsonScan::Member &member : *members) {
        if (member.name == "sku")
            key = SimulatorJsonScan::stringValue(member.value).value_or(QString());
    }
    return collection.upsert(key, *members, at);
}

} // namespace

/// The text-level JSON handling the simulator uses instead of QJsonDocument on its hot paths.
class TestSimJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateFollowsTheGrammar_data();
    void validateFollowsTheGrammar();
    void membersAndElements();
    void mergeComparesValuesNotText();
    void storedValuesStayExact();
};

void TestSimJson::validateFollowsTheGrammar_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    const auto row = [](const QByteArray &text, bool valid) {
        QTest::newRow(text.isEmpty() ? "(empty)" : text.constData()) << text << valid;
    };
    row("{}", true);
    row("[]", true);
    row(R"({"a":1,"b":[true,false,null],"c":{"d":"e"}})", true);
    row(" [ 1 , -2.5e+3 , 0.25 , -0 , 1E2 ] ", true);
    row("[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\"]", true);
    row("123", true);
    row("\"text\"", true);
    row("", false);
    row("[", false);
    row("[1,]", false);
    row("[,1]", false);
    row("{\"a\"}", false);
    row("{\"a\":}", false);
    row("{\"a\":1,}", false);
    row("{a:1}", false);
    row("[01]", false);
    row("[1.]", false);
    row("[.5]", false);
    row("[1e]", false);
    row("[+1]", false);
    row("[tru]", false);
    row("[truex]", false);
    row("[\"\\x\"]", false);
    row("[\"\\u12G4\"]", false);
    row("[\"a\tb\"]", false);
    row("[\"open]", false);
    row("[1] [2]", false);
    row("{\"a\":1]", false);
    row("[1}", false);
}

void TestSimJson::validateFollowsTheGrammar()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    const auto problem = SimulatorJsonScan::validate(text);
    QCOMPARE(!problem.has_value(), valid);
    if (problem) {
        QVERIFY(!problem->message.isEmpty());
        QVERIFY(problem->offset >= 0 && problem->offset <= text.size());
    }
    // Where the grammar accepts an object or array, Qt's parser must agree (it is more lenient
    // elsewhere: it takes "1." and raw tabs in strings).
    if (valid && (text.trimmed().startsWith('{') || text.trimmed().startsWith('['))) {
        QJsonParseError error;
        QJsonDocument::fromJson(text, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }
}

void TestSimJson::membersAndElements()
{
    const QByteArray deep = "{\"sku\":\"LW-1\",\"x\":" + QByteArray(3000, '[') + QByteArray(3000, ']') + ",\"n\":5}";
    const auto members = SimulatorJsonScan::topLevelMembers(deep);
    QVERIFY(members);
    QCOMPARE(members->size(), 3);
    QCOMPARE(members->at(2).value, QByteArrayView("5"));
    QVERIFY(SimulatorJsonScan::validate(deep).has_value());

    const QByteArray list = R"([ {"a": 1}, "x" , [1, {"b": "]"}] ])";
    const QList<QByteArrayView> elements = SimulatorJsonScan::arrayElements(list);
    QCOMPARE(elements.size(), 3);
    QCOMPARE(elements.at(2), QByteArrayView("[1, {\"b\": \"]\"}]"));
    QCOMPARE(SimulatorJsonScan::compact(elements.at(2)), QByteArray("[1,{\"b\":\"]\"}]"));
    QCOMPARE(SimulatorJsonScan::compact("{ \"a b\" : \" c \" }"), QByteArray("{\"a b\":\" c \"}"));

    const QByteArray escaped = "\"a\\\"b\"";
    QCOMPARE(SimulatorJsonScan::stringValue(escaped), std::optional<QString>(QStringLiteral("a\"b")));
    QCOMPARE(SimulatorJsonScan::stringValue("42"), std::nullopt);
    QCOMPARE(SimulatorJsonScan::integerValue("100001"), std::optional<qint64>(100001));
    QCOMPARE(SimulatorJsonScan::integerValue("123456789012345678901234567890"), std::nullopt);
    QVERIFY(!SimulatorJsonScan::topLevelMembers("[1]"));
    QVERIFY(!SimulatorJsonScan::topLevelMembers("{\"a\":1} x"));
}

void TestSimJson::mergeComparesValuesNotText()
{
    SimulatorCollection products(QStringLiteral("sku"), 1);
    QCOMPARE(upsert(products, R"({"sku":"A","dim":{"w":1,"h":2},"name":"Desk"})", 1000).outcome,
        SimulatorCollection::Outcome::Created);
    // The same values written differently: other order inside an object, spaces, an id sent along.
    QCOMPARE(upsert(products, R"({ "id": 7, "name" : "Desk", "dim": {"h": 2, "w": 1}, "sku": "A" })", 2000).outcome,
        SimulatorCollection::Outcome::Unchanged);
    QCOMPARE(products.find(QStringLiteral("A"))->value(QStringLiteral("modifiedAt")).toString(),
        SimulatorSchema::timestamp(1000));

    QCOMPARE(upsert(products, R"({"sku":"A","seo":"x"})", 3000).outcome, SimulatorCollection::Outcome::Updated);
    const QJsonObject merged = *products.find(QStringLiteral("A"));
    QCOMPARE(merged.value(QStringLiteral("name")).toString(), QStringLiteral("Desk"));
    QCOMPARE(merged.value(QStringLiteral("seo")).toString(), QStringLiteral("x"));
    QCOMPARE(merged.value(QStringLiteral("id")).toInteger(), 1);
    QCOMPARE(merged.value(QStringLiteral("modifiedAt")).toString(), SimulatorSchema::timestamp(3000));
    QCOMPARE(products.size(), 1);

    // Numbers compare by their digits: as doubles, ...902 was ...901 and the update was dropped.
    QCOMPARE(upsert(products, R"({"sku":"A","ean":123456789012345678901,"price":19.999999999999999999})", 4000).outcome,
        SimulatorCollection::Outcome::Updated);
    QCOMPARE(upsert(products, R"({"sku":"A","ean":123456789012345678902,"price":19.999999999999999998})", 5000).outcome,
        SimulatorCollection::Outcome::Updated);
    const QByteArray exact = *products.findJson(QStringLiteral("A"));
    QVERIFY2(exact.contains("\"ean\":123456789012345678902") && exact.contains("\"price\":19.999999999999999998"),
        exact.constData());
    // Stored as sent: 1.0 for 1 is a change too.
    QCOMPARE(
        upsert(products, R"({"sku":"A","dim":{"w":1.0,"h":2}})", 6000).outcome, SimulatorCollection::Outcome::Updated);
    QCOMPARE(
        upsert(products, R"({"sku":"A","name":"Des\u006b"})", 7000).outcome, SimulatorCollection::Outcome::Unchanged);
}

void TestSimJson::storedValuesStayExact()
{
    SimulatorCollection products(QStringLiteral("sku"), 1);
    QCOMPARE(upsert(products,
                 "{\"sku\":\"B\",\"big\":123456789012345678901234567890,\"price\":\"19.90\",\n \"x\":1,\"x\":2}", 1000)
                 .outcome,
        SimulatorCollection::Outcome::Created);
    const QByteArray stored = *products.findJson(QStringLiteral("B"));
    QVERIFY(stored.contains("\"big\":123456789012345678901234567890"));
    QVERIFY(stored.contains("\"price\":\"19.90\""));
    QVERIFY(!stored.contains('\n'));
    // A name given twice counts once, with its last value, as a JSON parser reads it.
    QCOMPARE(stored.count("\"x\":"), 1);
    QVERIFY(stored.contains("\"x\":2"));
}

QTEST_GUILESS_MAIN(TestSimJson)
#include "tst_simjson.moc"

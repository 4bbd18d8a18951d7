// The answer to a batch POST read two ways: from its text for the usual shapes, and through a
// Value tree for every shape. Where the first reads an answer, both must agree on every record.

#include "connectors/rest/restconnector.h"
#include "domain/json.h"
#include "secrets/redactor.h"

#include <QTest>

using namespace Linkwright;

class TestRestWriteAnswer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothReadersAgree_data();
    void bothReadersAgree();
    void flatListKeepsNumbersExactAndSkipsOtherMembers();
    void flatListRefusesWhatAFullParseRefuses();
    void answersWithoutResults_data();
    void answersWithoutResults();
    void aListOfIdsNamesTheRecords();
};

void TestRestWriteAnswer::bothReadersAgree_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("sent");
    QTest::addColumn<bool>("flat"); // whether the text reader takes it

    QTest::newRow("the simulator's shape")
        << QByteArray(R"({"created":2,"updated":0,"unchanged":0,"results":[{"key":"A1","id":1,"outcome":"created"},)"
                      R"({"key":"A2","id":2,"outcome":"updated"}]})")
        << 2 << true;
    QTest::newRow("a list at the root, status instead of outcome")
        << QByteArray(R"([{"id":"x-1","status":"updated"},{"id":"x-2","status":"unchanged"}])") << 2 << true;
    QTest::newRow("errors as text") << QByteArray(
        R"({"results":[{"id":7,"outcome":"created"},{"ok":false,"error":"price must be positive"}]})")
                                    << 2 << true;
    QTest::newRow("errors when error is null")
        << QByteArray(R"({"results":[{"error":null,"errors":"sku taken"},{"error":"","errors":""}]})") << 2 << true;
    QTest::newRow("an outcome that is not text falls back to status")
        << QByteArray(R"({"results":[{"outcome":1,"status":"updated"},{"outcome":null}]})") << 2 << true;
    QTest::newRow("refused by outcome") << QByteArray(
        R"({"results":[{"outcome":"failed"},{"outcome":"rejected","ok":true},{"status":"error"}]})")
                                        << 3 << true;
    QTest::newRow("ok as text is not a refusal")
        << QByteArray(R"({"results":[{"ok":"false","id":true}]})") << 1 << true;
    QTest::newRow("a repeated member: the last one") << QByteArray(R"({"results":[{"id":1,"id":2}]})") << 1 << true;
    QTest::newRow("a repeated list: the last one")
        << QByteArray(R"({"results":[{"id":1}],"results":[{"id":2},{"id":3}]})") << 2 << true;
    QTest::newRow("fewer results than records")
        << QByteArray(R"({"results":[{"id":1,"outcome":"created"}]})") << 3 << true;
    QTest::newRow("more results than records") << QByteArray(R"([{"id":1},{"id":2},{"id":3}])") << 2 << true;
    QTest::newRow("escapes and non-ASCII")
        << QByteArray(R"({"results":[{"id":"a\"b\u00e9\/","outcome":"created","error":"\u00fcber"}]})") << 1 << true;
    QTest::newRow("nested members beside the ones read") << QByteArray(
        R"({"meta":{"a":[1,{"b":2}]},"results":[{"id":1,"x":{"deep":[1,2,{"y":[]}]},"outcome":"created"}]})")
                                                         << 1 << true;
    QTest::newRow("an error object") << QByteArray(R"({"results":[{"ok":false,"error":{"message":"too long"}}]})") << 1
                                     << false;
    QTest::newRow("an id that is a list") << QByteArray(R"({"results":[{"id":[1,2]}]})") << 1 << false;
    QTest::newRow("an item that is not an object") << QByteArray(R"([1,{"id":2}])") << 2 << false;
    QTest::newRow("results that are not a list") << QByteArray(R"({"results":null})") << 2 << false;
    QTest::newRow("no results") << QByteArray(R"({"created":2})") << 2 << false;
    QTest::newRow("a string at the root") << QByteArray(R"("done")") << 1 << false;
}

void TestRestWriteAnswer::bothReadersAgree()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, sent);
    QFETCH(bool, flat);

    Redactor redactor;
    redactor.addSecret(QStringLiteral("sku taken"));
    const auto tree = Json::parse(answer);
    QVERIFY2(tree.has_value(), tree ? "" : qPrintable(tree.error().message));
    const auto full = RestConnector::readWriteAnswer(*tree, sent, redactor);
    QVERIFY(full.has_value());

    JsonReader reader;
    const auto fast = RestConnector::readWriteAnswer(reader, answer, sent, redactor);
    QCOMPARE(fast.has_value(), flat);
    if (!fast)
        return;
    QCOMPARE(fast->records.size(), full->records.size());
    for (qsizetype i = 0; i < full->records.size(); ++i) {
        const RecordWriteResult &a = fast->records.at(i);
        const RecordWriteResult &b = full->records.at(i);
        QCOMPARE(a.ok, b.ok);
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.outcome, b.outcome);
        QCOMPARE(a.error, b.error);
    }
    QCOMPARE(fast->created, full->created);
    QCOMPARE(fast->updated, full->updated);
    QCOMPARE(fast->unchanged, full->unchanged);
    QCOMPARE(fast->failed, full->failed);
}

void TestRestWriteAnswer::flatListKeepsNumbersExactAndSkipsOtherMembers()
{
    JsonReader reader;
    const std::array<std::string_view, 3> names{"id", "ok", "note"};
    const auto list = reader.readFlatList(
        R"( {"items":[{"id":123456789012345678901234567890,"skip":{"x":[1]},"ok":false},{"note":null}]} )", "items",
        names);
    QVERIFY(list.has_value());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).at(0).kind, FlatScalar::Kind::Number);
    QCOMPARE(list->at(0).at(0).text, QStringLiteral("123456789012345678901234567890"));
    QCOMPARE(list->at(0).at(1).kind, FlatScalar::Kind::Bool);
    QVERIFY(!list->at(0).at(1).flag);
    QCOMPARE(list->at(0).at(2).kind, FlatScalar::Kind::Absent);
    QCOMPARE(list->at(1).at(0).kind, FlatScalar::Kind::Absent);
    QCOMPARE(list->at(1).at(2).kind, FlatScalar::Kind::Null);
    // The reader is reused: a second text does not see the first one's records.
    const auto empty = reader.readFlatList("[]", "items", names);
    QVERIFY(empty.has_value());
    QVERIFY(empty->isEmpty());
}

void TestRestWriteAnswer::flatListRefusesWhatAFullParseRefuses()
{
    JsonReader reader;
    const std::array<std::string_view, 2> names{"id", "outcome"};
    for (const QByteArray &broken : {
             QByteArray(R"({"results":[{"id":1})"), // cut off
             QByteArray(R"([{"id":1}] x)"), // trailing text
             QByteArray(R"([{"id":01}])"), // not a JSON number
             QByteArray(R"([{"id":1,"outcome":"cr)"), // an unclosed string
             QByteArray("[{\"id\":\"\xff\"}]"), // not UTF-8
             QByteArray(R"([{"id":tru}])"),
             // Members not read are still checked, in the items and beside the list.
             QByteArray(R"([{"id":1,"x":tru}])"),
             QByteArray(R"([{"id":1,"x":01}])"),
             QByteArray(R"([{"id":1,"x":"\q"}])"),
             QByteArray(R"([{"id":1,"x":"\u12"}])"),
             QByteArray(R"([{"id":1,"x":[1 2]}])"),
             QByteArray(R"([{"id":1,"x":{"a" 1}}])"),
             QByteArray(R"([{"id":1,"x":[1,,]}])"),
             QByteArray(R"({"meta":nul,"results":[{"id":1}]})"),
             QByteArray(R"({"results":[{"id":1}],"meta":[1,}})"),
             QByteArray("[{\"id\":1,\"x\":" + QByteArray(130, '[') + QByteArray(130, ']') + "}]"), // 130 deep
             QByteArray(),
             QByteArray("   "),
         }) {
        QVERIFY2(!reader.readFlatList(broken, "results", names).has_value(), broken.constData());
        QVERIFY2(!Json::parse(broken).has_value(), broken.constData());
    }
}

void TestRestWriteAnswer::answersWithoutResults_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("taken");
    QTest::addColumn<QString>("says"); // in each record's error when not taken

    // Nothing per record: the status said success, so every record is taken.
    QTest::newRow("counts only") << QByteArray(R"({"created":2})") << true << QString();
    QTest::newRow("a word") << QByteArray(R"("done")") << true << QString();
    QTest::newRow("an error that is null") << QByteArray(R"({"error":null,"ok":true})") << true << QString();
    QTest::newRow("no errors") << QByteArray(R"({"success":true,"errors":[],"error":""})") << true << QString();
    QTest::newRow("errors as nothing") << QByteArray(R"({"error":false,"errors":{},"failed":0})") << true << QString();
    // A 2xx that says otherwise takes none.
    QTest::newRow("an error") << QByteArray(R"({"error":"quota exceeded"})") << false
                              << QStringLiteral("quota exceeded");
    QTest::newRow("errors") << QByteArray(R"({"errors":["sku taken"]})") << false << QStringLiteral("sku taken");
    QTest::newRow("ok false") << QByteArray(R"({"ok":false})") << false << QStringLiteral("\"ok\": false");
    QTest::newRow("results that are null")
        << QByteArray(R"({"results":null})") << false << QStringLiteral("not a list");
    QTest::newRow("results that are an object")
        << QByteArray(R"({"results":{"id":1}})") << false << QStringLiteral("not a list");
}

void TestRestWriteAnswer::answersWithoutResults()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, taken);
    QFETCH(QString, says);
    const auto tree = Json::parse(answer);
    QVERIFY(tree);
    const auto result = RestConnector::readWriteAnswer(*tree, 2, Redactor());
    QVERIFY(result);
    QCOMPARE(result->records.size(), 2);
    for (const RecordWriteResult &record : result->records) {
        QCOMPARE(record.ok, taken);
        QVERIFY2(record.error.contains(says), qPrintable(record.error));
    }
    QCOMPARE(result->failed, taken ? 0 : 2);
}

void TestRestWriteAnswer::aListOfIdsNamesTheRecords()
{
    const auto result = RestConnector::readWriteAnswer(*Json::parse(R"([101,"x-2"])"), 2, Redactor());
    QVERIFY(result);
    QCOMPARE(result->records.size(), 2);
    QCOMPARE(result->records.at(0).id, QStringLiteral("101"));
    QCOMPARE(result->records.at(1).id, QStringLiteral("x-2"));
    QVERIFY(result->records.at(0).ok && result->records.at(1).ok);
}

QTEST_GUILESS_MAIN(TestRestWriteAnswer)
#include "tst_restwriteanswer.moc"

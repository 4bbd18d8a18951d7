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
    void resultsGoToTheirRecords_data();
    void resultsGoToTheirRecords();
    void whatAResultSays_data();
    void whatAResultSays();
};

namespace {

/// The answer read both ways: the Value tree's reading, after checking that the text reader,
/// where it takes the answer, reads it the same.
std::optional<WriteResult> readBoth(const QByteArray &answer, qsizetype sent, const WriteKeys &keys)
{
    Redactor redactor;
    const auto tree = Json::parse(answer);
    if (!tree)
        return std::nullopt;
    auto full = RestConnector::readWriteAnswer(*tree, sent, redactor, keys);
    if (!full)
        return std::nullopt;
    JsonReader reader;
    if (const auto fast = RestConnector::readWriteAnswer(reader, answer, sent, redactor, keys)) {
        if (fast->records.size() != full->records.size() || fast->failed != full->failed
            || fast->created != full->created || fast->updated != full->updated)
            return std::nullopt;
        for (qsizetype i = 0; i < full->records.size(); ++i) {
            const RecordWriteResult &a = fast->records.at(i);
            const RecordWriteResult &b = full->records.at(i);
            if (a.ok != b.ok || a.id != b.id || a.outcome != b.outcome || a.error != b.error
                || a.failureClass != b.failureClass)
                return std::nullopt;
        }
    }
    return std::move(*full);
}

/// A record's result in a few words: "ok <outcome> <id>" ("-" for nothing), "refused <part of
/// the error>" for a record the server refused, "unsaid <part of the error>" for one whose fate
/// the answer does not tell (a transient failure).
QString verdict(const RecordWriteResult &record)
{
    if (record.ok) {
        return QStringLiteral("ok %1 %2")
            .arg(record.outcome.isEmpty() ? QStringLiteral("-") : record.outcome,
                record.id.isEmpty() ? QStringLiteral("-") : record.id);
    }
    return (record.failureClass == FailureClass::Transient ? QStringLiteral("unsaid ") : QStringLiteral("refused "))
        + record.error;
}

bool matches(const QString &actual, const QString &expected)
{
    // An expected failure names a part of the message; a success all of it.
    return expected.startsWith(u"ok ")
        ? actual == expected
        : actual.section(u' ', 0, 0) == expected.section(u' ', 0, 0) && actual.contains(expected.section(u' ', 1));
}

} // namespace

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
    QTest::newRow("errors true, as Elasticsearch's bulk API says it")
        << QByteArray(R"({"took":3,"errors":true,"items":[{"index":{"_id":"1","status":201}},)"
                      R"({"index":{"_id":"2","status":400,"error":{"type":"mapper_parsing_exception"}}}]})")
        << false << QStringLiteral("\"errors\": true");
    QTest::newRow("errors false, as Elasticsearch's bulk API says it")
        << QByteArray(R"({"errors":false,"items":[{"index":{"_id":"1","status":201}}]})") << true << QString();
    QTest::newRow("success false with a message")
        << QByteArray(R"({"success":false,"message":"shop is in maintenance"})") << false
        << QStringLiteral("shop is in maintenance");
    QTest::newRow("success false") << QByteArray(R"({"success":false})") << false
                                   << QStringLiteral("\"success\": false");
    QTest::newRow("ok false with a message")
        << QByteArray(R"({"ok":false,"message":"quota"})") << false << QStringLiteral("quota");
    QTest::newRow("an error that is only true, with a message")
        << QByteArray(R"({"error":true,"message":"read-only"})") << false << QStringLiteral("read-only");
    QTest::newRow("success true") << QByteArray(R"({"success":true,"message":"stored"})") << true << QString();
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

void TestRestWriteAnswer::resultsGoToTheirRecords_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("keyField");
    QTest::addColumn<QStringList>("sent"); // the records' keys, in the order sent
    QTest::addColumn<QStringList>("expected"); // a verdict() per record sent

    const QStringList three{QStringLiteral("SKU-001"), QStringLiteral("SKU-002"), QStringLiteral("SKU-003")};
    QTest::newRow("the other way round, by key")
        << QByteArray(R"({"results":[{"key":"SKU-003","outcome":"error","error":"price missing"},)"
                      R"({"key":"SKU-002","id":2,"outcome":"updated"},{"key":"SKU-001","id":1,"outcome":"created"}]})")
        << QStringLiteral("sku") << three
        << QStringList{
               QStringLiteral("ok created 1"), QStringLiteral("ok updated 2"), QStringLiteral("refused price missing")};
    QTest::newRow("the other way round, by the key field")
        << QByteArray(R"([{"sku":"SKU-003","id":3,"outcome":"created"},{"sku":"SKU-002","ok":false,"error":"no"},)"
                      R"({"sku":"SKU-001","id":1,"outcome":"updated"}])")
        << QStringLiteral("sku") << three
        << QStringList{QStringLiteral("ok updated 1"), QStringLiteral("refused no"), QStringLiteral("ok created 3")};
    QTest::newRow("a key that is a number, by a key field the other members do not use")
        << QByteArray(R"({"results":[{"code":2,"outcome":"created"},{"code":1,"outcome":"updated"}]})")
        << QStringLiteral("code") << QStringList{QStringLiteral("1"), QStringLiteral("2")}
        << QStringList{QStringLiteral("ok updated -"), QStringLiteral("ok created -")};
    // An "id" in an answer is the target's own, even where the key field is called so.
    QTest::newRow("the key field is the id")
        << QByteArray(R"({"results":[{"id":"b","outcome":"created"},{"id":"a","outcome":"updated"}]})")
        << QStringLiteral("id") << QStringList{QStringLiteral("a"), QStringLiteral("b")}
        << QStringList{QStringLiteral("ok created b"), QStringLiteral("ok updated a")};
    // Echoed records with a "key" attribute of their own: the key field names them.
    QTest::newRow("the key field before key")
        << QByteArray(R"({"results":[{"sku":"SKU-002","key":"desk","id":2},{"sku":"SKU-001","key":"lamp","id":1}]})")
        << QStringLiteral("sku") << QStringList{QStringLiteral("SKU-001"), QStringLiteral("SKU-002")}
        << QStringList{QStringLiteral("ok - 1"), QStringLiteral("ok - 2")};
    // Keys the server writes its own way ("007" as 7) match none: by position, as without keys.
    QTest::newRow("keys written another way")
        << QByteArray(R"({"results":[{"sku":7,"id":1},{"sku":8,"id":2}]})") << QStringLiteral("sku")
        << QStringList{QStringLiteral("007"), QStringLiteral("008")}
        << QStringList{QStringLiteral("ok - 1"), QStringLiteral("ok - 2")};
    QTest::newRow("the refused record left out")
        << QByteArray(R"({"results":[{"key":"SKU-003","id":3,"outcome":"created"},)"
                      R"({"key":"SKU-001","id":1,"outcome":"created"}]})")
        << QStringLiteral("sku") << three
        << QStringList{QStringLiteral("ok created 1"), QStringLiteral("unsaid no result for this record"),
               QStringLiteral("ok created 3")};
    QTest::newRow("the last record left out, the rest in order")
        << QByteArray(R"({"results":[{"key":"SKU-001","id":1},{"key":"SKU-002","id":2}]})") << QStringLiteral("sku")
        << three
        << QStringList{
               QStringLiteral("ok - 1"), QStringLiteral("ok - 2"), QStringLiteral("unsaid no result for this record")};
    // A result for a record not sent says its names cannot be matched: as without keys, and
    // four results for three records say nothing for sure.
    QTest::newRow("a result for a record not sent, and one twice")
        << QByteArray(R"([{"key":"SKU-009","error":"what?"},{"key":"SKU-002","id":2},{"key":"SKU-002","id":7},)"
                      R"({"key":"SKU-001","id":1}])")
        << QStringLiteral("sku") << three
        << QStringList{QStringLiteral("unsaid 4 results for 3 records"),
               QStringLiteral("unsaid 4 results for 3 records"), QStringLiteral("unsaid 4 results for 3 records")};
    QTest::newRow("a key sent twice takes its results in turn")
        << QByteArray(R"([{"key":"B","id":3},{"key":"A","id":1},{"key":"A","id":2}])") << QStringLiteral("sku")
        << QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("A")}
        << QStringList{QStringLiteral("ok - 1"), QStringLiteral("ok - 3"), QStringLiteral("ok - 2")};
    QTest::newRow("keys in the order sent, one result without: by position")
        << QByteArray(R"([{"key":"SKU-001","id":1},{"error":"too long"},{"key":"SKU-003","id":3}])")
        << QStringLiteral("sku") << three
        << QStringList{QStringLiteral("ok - 1"), QStringLiteral("refused too long"), QStringLiteral("ok - 3")};
    QTest::newRow("no keys, as many results: by position")
        << QByteArray(R"({"results":[{"id":1},{"id":2,"outcome":"rejected"},{"id":3}]})") << QStringLiteral("sku")
        << three
        << QStringList{
               QStringLiteral("ok - 1"), QStringLiteral("refused the server refused"), QStringLiteral("ok - 3")};
    QTest::newRow("no keys, fewer results: none confirmed")
        << QByteArray(R"({"results":[{"id":1,"outcome":"created"},{"id":2,"outcome":"created"}]})")
        << QStringLiteral("sku") << three
        << QStringList(3, QStringLiteral("unsaid the server's answer has 2 results for 3 records"));
    QTest::newRow("no keys, more results: none confirmed")
        << QByteArray(R"([1,2,3,4])") << QStringLiteral("sku") << three
        << QStringList(3, QStringLiteral("unsaid the server's answer has 4 results for 3 records"));
    QTest::newRow("no results at all: none confirmed")
        << QByteArray(R"({"results":[]})") << QStringLiteral("sku") << three
        << QStringList(3, QStringLiteral("unsaid the server's answer has 0 results for 3 records"));
    QTest::newRow("keys, but the records' keys not known: as many results, by position")
        << QByteArray(R"([{"key":"B","id":2},{"key":"A","id":1}])") << QStringLiteral("sku") << QStringList()
        << QStringList{QStringLiteral("ok - 2"), QStringLiteral("ok - 1")};
}

void TestRestWriteAnswer::resultsGoToTheirRecords()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, keyField);
    QFETCH(QStringList, sent);
    QFETCH(QStringList, expected);

    const qsizetype count = sent.isEmpty() ? expected.size() : sent.size();
    const auto result = readBoth(answer, count, WriteKeys{keyField, sent});
    QVERIFY2(result, "the two readers differ");
    QCOMPARE(result->records.size(), count);
    for (qsizetype i = 0; i < count; ++i) {
        const QString actual = verdict(result->records.at(i));
        QVERIFY2(matches(actual, expected.at(i)), qPrintable(QStringLiteral("record %1: %2").arg(i).arg(actual)));
    }
    QCOMPARE(result->failed, std::ranges::count_if(expected, [](const QString &v) { return !v.startsWith(u"ok "); }));
}

void TestRestWriteAnswer::whatAResultSays_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("expected"); // verdict() of the one record

    // HTTP-style results per record.
    QTest::newRow("a status of 422 with a message")
        << QByteArray(R"({"results":[{"id":1,"status":422,"message":"price must be > 0"}]})")
        << QStringLiteral("refused price must be > 0");
    QTest::newRow("a status of 400 without a message")
        << QByteArray(R"([{"status":400}])") << QStringLiteral("refused the server refused the record");
    QTest::newRow("a status of 201") << QByteArray(R"([{"id":1,"status":201,"message":"created"}])")
                                     << QStringLiteral("ok - 1");
    QTest::newRow("an error beats the message")
        << QByteArray(R"([{"status":409,"error":"sku taken","message":"Conflict"}])")
        << QStringLiteral("refused sku taken");
    // Words for a refusal in an outcome; a status only with the three words it always had: a
    // result that echoes its record may carry the record's own status (a payment "Denied").
    for (const char *word : {"invalid", "failure", "refused", "denied", "error", "failed", "rejected", "Invalid"}) {
        QTest::addRow("outcome %s", word) << R"([{"outcome":")" + QByteArray(word) + R"("}])"
                                          << QStringLiteral("refused the server refused the record");
    }
    for (const char *word : {"error", "failed", "rejected"}) {
        QTest::addRow("status %s", word) << R"({"results":[{"id":5,"status":")" + QByteArray(word)
                + R"(","message":"why"}]})"
                                         << QStringLiteral("refused why");
    }
    for (const char *word : {"Denied", "FAILED", "invalid"}) {
        QTest::addRow("an echoed record's own status %s", word) << R"({"results":[{"id":5,"status":")"
                + QByteArray(word) + R"("}]})" << QStringLiteral("ok %1 5").arg(QString::fromLatin1(word));
    }
    QTest::newRow("success false") << QByteArray(R"([{"id":1,"success":false,"message":"out of stock"}])")
                                   << QStringLiteral("refused out of stock");
    QTest::newRow("success false and nothing said")
        << QByteArray(R"([{"success":false}])") << QStringLiteral("refused the server refused the record");
    QTest::newRow("an error that is only true")
        << QByteArray(R"([{"error":true}])") << QStringLiteral("refused the server refused the record");
    // Salesforce's composite answer: an empty list of errors says there were none.
    QTest::newRow("success with no errors")
        << QByteArray(R"([{"id":"001xx","success":true,"errors":[]}])") << QStringLiteral("ok - 001xx");
    QTest::newRow("errors null") << QByteArray(R"([{"id":"a","success":true,"errors":null}])")
                                 << QStringLiteral("ok - a");
    QTest::newRow("errors false") << QByteArray(R"([{"id":"a","errors":false}])") << QStringLiteral("ok - a");
    QTest::newRow("errors empty text") << QByteArray(R"([{"id":"a","errors":""}])") << QStringLiteral("ok - a");
    QTest::newRow("error an empty object") << QByteArray(R"([{"id":"a","error":{}}])") << QStringLiteral("ok - a");
    QTest::newRow("errors that say something")
        << QByteArray(R"([{"id":"a","success":false,"errors":[{"message":"REQUIRED_FIELD_MISSING"}]}])")
        << QStringLiteral("refused REQUIRED_FIELD_MISSING");
    QTest::newRow("a message beside a success is no refusal")
        << QByteArray(R"([{"id":"a","outcome":"created","message":"ok"}])") << QStringLiteral("ok created a");
}

void TestRestWriteAnswer::whatAResultSays()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, expected);

    const auto result = readBoth(answer, 1, WriteKeys());
    QVERIFY2(result, "the two readers differ");
    QCOMPARE(result->records.size(), 1);
    const QString actual = verdict(result->records.constFirst());
    QVERIFY2(matches(actual, expected), qPrintable(actual));
    QCOMPARE(result->failed, expected.startsWith(u"ok ") ? 0 : 1);
}

QTEST_GUILESS_MAIN(TestRestWriteAnswer)
#include "tst_restwriteanswer.moc"

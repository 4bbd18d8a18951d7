// A shop whose answer to a batch lists the results in its own order, or leaves one out: each
// record keeps its own result, found by its key, and a record without one is tried again. Taken
// by position, a refusal was logged against another record and the refused one stored as
// written, never to be sent again.
#include "syncfixture.h"
#include "testservers.h"

#include "domain/json.h"

#include <QTest>

using namespace Linkwright;
using namespace Linkwright::Testing;

class TestSyncWriteAnswers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultsInAnotherOrderGoToTheirRecords();
    void aRecordLeftOutOfTheAnswerIsTriedAgain();
    void fewerResultsWithoutKeysConfirmNoRecord();
};

namespace {

SimulatorDataOptions small()
{
    SimulatorDataOptions data;
    data.products = 5;
    data.customers = 2;
    data.orders = 2;
    return data;
}

/// The keys ("sku") of the records a batch POST carried, in the order sent.
QStringList keysOf(const SeenRequest &request)
{
    QStringList keys;
    const auto records = Json::parse(request.body);
    if (!records || !records->isArray())
        return keys;
    for (const Value &record : records->items()) {
        const Value *sku = record.find("sku");
        keys.append(sku ? sku->text() : QString());
    }
    return keys;
}

/// How a shop answers a batch: the result of each record, by its key; empty leaves it out.
using Answerer = std::function<QByteArray(const QString &key, qsizetype position)>;

/// A shop that answers GETs with no records and each batch POST with results built by answerer,
/// the last record's first; it keeps the keys of every batch it was sent.
struct Shop {
    FakeHttpServer server;
    QList<QStringList> batches;

    explicit Shop(Answerer answerer)
        : server([this, answerer](const SeenRequest &request) {
            if (request.method != "POST")
                return answer(200, "[]");
            const QStringList keys = keysOf(request);
            batches.append(keys);
            QByteArray results;
            for (qsizetype i = keys.size() - 1; i >= 0; --i) {
                const QByteArray result = answerer(keys.at(i), i);
                if (result.isEmpty())
                    continue;
                results += QByteArray(results.isEmpty() ? "" : ",") + result;
            }
            return answer(200, "{\"results\":[" + results + "]}");
        })
    {
    }
};

/// Starts shop and points the fixture's shop at it; false when either cannot be used.
[[nodiscard]] bool writeTo(SyncFixture &fixture, Shop &shop)
{
    if (!fixture.isValid() || !shop.server.listen())
        return false;
    fixture.project().shop.baseUrl = shop.server.url(QStringLiteral("/shop/"));
    fixture.rebuild();
    return true;
}

} // namespace

void TestSyncWriteAnswers::resultsInAnotherOrderGoToTheirRecords()
{
    // Results last record first, named by "key" or by the key field, and the second record refused.
    QString refused;
    Shop shop([&](const QString &key, qsizetype position) -> QByteArray {
        if (position == 1 && refused.isEmpty())
            refused = key;
        if (key == refused)
            return R"({"key":")" + key.toUtf8() + R"(","outcome":"error","error":"price missing"})";
        const QByteArray member = position % 2 == 0 ? "key" : "sku";
        return "{\"" + member + "\":\"" + key.toUtf8() + R"(","outcome":"created"})";
    });
    SyncFixture fixture(small());
    QVERIFY(writeTo(fixture, shop));

    auto report = fixture.runner().run(DataPointKind::Products);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(shop.batches.size(), 1);
    QCOMPARE(shop.batches.constFirst().size(), 5);
    QCOMPARE(report->run.counts.failed, 1);
    QCOMPARE(report->run.counts.created, 4);
    const QList<Failure> failures = fixture.waitingFailures(DataPointKind::Products);
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.constFirst().key, refused);
    QVERIFY2(failures.constFirst().message.contains(u"price missing"), qPrintable(failures.constFirst().message));
    QCOMPARE(failures.constFirst().errorClass, ErrorClass::Permanent);
    const auto stored = fixture.store().recordHashes(DataPointKind::Products);
    QVERIFY(stored);
    QVERIFY2(!stored->contains(refused), "the refused record was stored as written");
    QCOMPARE(stored->size(), 4);

    // A retry of the failure log sends the refused record again, and only that one.
    QVERIFY(fixture.runner().retry(FailureFilter{}));
    QCOMPARE(shop.batches.size(), 2);
    QCOMPARE(shop.batches.at(1), QStringList{refused});
}

void TestSyncWriteAnswers::aRecordLeftOutOfTheAnswerIsTriedAgain()
{
    // The shop says nothing of the second record it was sent; the others' results name them.
    QString missing;
    Shop shop([&](const QString &key, qsizetype position) -> QByteArray {
        if (position == 1 && missing.isEmpty())
            missing = key;
        if (key == missing)
            return {};
        return R"({"sku":")" + key.toUtf8() + R"(","id":)" + QByteArray::number(position + 1)
            + R"(,"outcome":"created"})";
    });
    SyncFixture fixture(small());
    QVERIFY(writeTo(fixture, shop));

    auto report = fixture.runner().run(DataPointKind::Products);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->run.counts.failed, 1);
    QCOMPARE(report->run.counts.created, 4);
    const QList<Failure> failures = fixture.waitingFailures(DataPointKind::Products);
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.constFirst().key, missing);
    QVERIFY2(failures.constFirst().message.contains(u"no result for this record"),
        qPrintable(failures.constFirst().message));
    // Transient: the failure log sends it again by itself (writes are upserts).
    QCOMPARE(failures.constFirst().errorClass, ErrorClass::Transient);
    const auto stored = fixture.store().recordHashes(DataPointKind::Products);
    QVERIFY(stored);
    QVERIFY(!stored->contains(missing));
    QCOMPARE(stored->size(), 4);

    QVERIFY(fixture.makeFailuresDue());
    FailureFilter due;
    due.errorClass = ErrorClass::Transient;
    QVERIFY(fixture.runner().retry(due));
    QCOMPARE(shop.batches.size(), 2);
    QCOMPARE(shop.batches.at(1), QStringList{missing});
}

void TestSyncWriteAnswers::fewerResultsWithoutKeysConfirmNoRecord()
{
    // Four results without keys for five records: which one is missing is not known, so no
    // record counts as written, and each is tried again.
    Shop shop([](const QString &, qsizetype position) -> QByteArray {
        return position == 0 ? QByteArray() : QByteArray(R"({"outcome":"created"})");
    });
    SyncFixture fixture(small());
    QVERIFY(writeTo(fixture, shop));

    auto report = fixture.runner().run(DataPointKind::Products);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->run.counts.created, 0);
    QCOMPARE(report->run.counts.failed, 5);
    const QList<Failure> failures = fixture.waitingFailures(DataPointKind::Products);
    QCOMPARE(failures.size(), 5);
    for (const Failure &failure : failures) {
        QVERIFY2(failure.message.contains(u"4 results for 5 records"), qPrintable(failure.message));
        QCOMPARE(failure.errorClass, ErrorClass::Transient);
    }
    const auto stored = fixture.store().recordHashes(DataPointKind::Products);
    QVERIFY(stored);
    QVERIFY(stored->isEmpty());
}

QTEST_GUILESS_MAIN(TestSyncWriteAnswers)
#include "tst_sync_writeanswers.moc"

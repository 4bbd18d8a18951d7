// BatchWriter against a target that answers at once: batch sizes, and writes queued from inside
// an outcome's callback (a two-way update that made a stub queues the rest of the record).
#include "connectors/connector.h"
#include "secrets/redactor.h"
#include "sync/batchwriter.h"

#include <QTest>

using namespace Linkwright;

namespace {

/// Takes every record; a body starting with "stub" is answered "created", "unsaid" gets no result
/// (as a connector reports a record its answer left out), the rest "updated".
class AnsweringTarget final : public Connector
{
public:
    QList<qsizetype> batchSizes;
    QList<WriteKeys> keysSeen;

    const Endpoint &endpoint() const override { return m_endpoint; }
    Redactor &redactor() override { return m_redactor; }
    ConnectorResult<void> prepare() override { return {}; }
    ConnectorResult<PendingFetch> startFetch(DataPointKind, const PageRequest &) override { return PendingFetch{}; }
    ConnectorResult<Page> finishFetch(const PendingFetch &) override { return Page{}; }
    ConnectorResult<PendingWrite> startWrite(
        DataPointKind, const QList<QByteArray> &bodies, const WriteKeys &keys) override
    {
        batchSizes.append(bodies.size());
        keysSeen.append(keys);
        WriteResult written;
        for (const QByteArray &body : bodies) {
            RecordWriteResult record;
            record.outcome = body.startsWith("stub") ? QStringLiteral("created") : QStringLiteral("updated");
            if (body.startsWith("unsaid"))
                record = RecordWriteResult{false, {}, {}, QStringLiteral("no result"), FailureClass::Transient};
            written.records.append(record);
        }
        written.attempts = 1;
        PendingWrite pending;
        pending.count = bodies.size();
        pending.parsed = std::make_shared<std::optional<WriteResult>>(std::move(written));
        return pending;
    }
    ConnectorResult<WriteResult> finishWrite(const PendingWrite &pending) override { return **pending.parsed; }
    ConnectorResult<RemoveOutcome> remove(DataPointKind, const QString &) override { return RemoveOutcome::Deleted; }
    ConnectorResult<int> probe() override { return 200; }
    QUrl resourceUrl(DataPointKind) const override { return QUrl(QStringLiteral("http://target.invalid/")); }

private:
    Endpoint m_endpoint;
    Redactor m_redactor;
};

WriteItem update(const char *key, const char *body)
{
    WriteItem item;
    item.key = QString::fromLatin1(key);
    item.body = body;
    item.action = PlanAction::Update;
    return item;
}

} // namespace

class TestBatchWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWriteQueuedByACallbackIsSentInBatchesOfTheSize();
    void theKeysGoWithTheRecordsAndAnUnsaidRecordIsRetried();
};

void TestBatchWriter::aWriteQueuedByACallbackIsSentInBatchesOfTheSize()
{
    // Two to a batch, one on the wire: the stub's answer comes while the third record makes room,
    // and its follow-up joins the queue then. Every record goes, none twice, no batch is empty
    // or larger than two (a target capping its batches would refuse all of a larger one).
    AnsweringTarget target;
    BatchWriter writer(target, DataPointKind::Customers, QStringLiteral("code"), 2, 1);
    QStringList accepted;
    writer.onAccepted([&](const WriteItem &item, const RecordWriteResult &result, int) {
        accepted.append(item.key + (item.completesStub ? QStringLiteral(" whole") : QString()));
        if (!item.completesStub && result.outcome == u"created") {
            WriteItem whole = item;
            whole.body = "whole";
            whole.completesStub = true;
            writer.add(std::move(whole));
        }
    });
    for (const char *key : {"A", "B", "C", "D"})
        writer.add(update(key, key == QByteArrayView("A") ? "stub" : "update"));
    writer.finish();
    accepted.sort();
    QCOMPARE(accepted,
        QStringList({QStringLiteral("A"), QStringLiteral("A whole"), QStringLiteral("B"), QStringLiteral("C"),
            QStringLiteral("D")}));
    QCOMPARE(writer.sent(), 5);
    for (const qsizetype size : std::as_const(target.batchSizes))
        QVERIFY2(size >= 1 && size <= 2, qPrintable(QStringLiteral("a batch of %1").arg(size)));
}

void TestBatchWriter::theKeysGoWithTheRecordsAndAnUnsaidRecordIsRetried()
{
    // The target may answer in its own order: it needs each record's key and where it is.
    AnsweringTarget target;
    BatchWriter writer(target, DataPointKind::Customers, QStringLiteral("code"), 3, 1);
    QHash<QString, FailureClass> refused;
    writer.onRefused(
        [&](const WriteItem &item, const ConnectorError &error) { refused.insert(item.key, error.failureClass); });
    writer.add(update("A", "update"));
    writer.add(update("B", "unsaid"));
    writer.finish();
    QCOMPARE(target.keysSeen.size(), 1);
    QCOMPARE(target.keysSeen.constFirst().field, QStringLiteral("code"));
    QCOMPARE(target.keysSeen.constFirst().keys, QStringList({QStringLiteral("A"), QStringLiteral("B")}));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.value(QStringLiteral("B")), FailureClass::Transient);
}

QTEST_GUILESS_MAIN(TestBatchWriter)
#include "tst_batchwriter.moc"

#include "storetesthelpers.h"

#include "store/sqliteschema.h"
#include "store/sqlitestore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Linkwright;
using namespace StoreTest;

class TestStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void opensAndCreatesFolders();
    void connectionSettings();
    void migratesEmptyFileAndReopenIsNoOp();
    void migratesFromOlderVersion();
    void searchesWithLikeWithoutFullText();
    void reopenKeepsData();
    void newerSchemaIsRefusedUntouched();
    void notADatabaseIsRefused();
    void foreignDatabaseIsRefused();
    void readOnlyFileIsRefused();
    void folderIsRefused();
    void twoStoresOnOneFile();
    void aRunWhoseProcessEndedIsClosed();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStore::opensAndCreatesFolders()
{
    const QString path = m_dir->filePath(QStringLiteral("a/b/c/state.sqlite"));
    {
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->path(), path);
        QVERIFY(store->hasFullTextSearch());
    }
    QVERIFY(QFile::exists(path));
    RawDatabase raw(path);
    QCOMPARE(scalar(raw.db(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(raw.db(), QStringLiteral("PRAGMA user_version")).toInt(), SqliteSchema::currentVersion());
    QCOMPARE(scalar(raw.db(), QStringLiteral("PRAGMA application_id")).toInt(), SqliteSchema::ApplicationId);
    for (const char *table :
        {"runs", "record_state", "identity_map", "watermarks", "plans", "plan_items", "failures", "failures_fts"}) {
        QVERIFY2(
            scalar(raw.db(),
                QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'").arg(QLatin1StringView(table)))
                    .toInt()
                == 1,
            table);
    }
    QCOMPARE(scalar(raw.db(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestStore::connectionSettings()
{
    auto store = openStore(m_dir->filePath(QStringLiteral("state.sqlite")));
    QVERIFY(store);
    QCOMPARE(storeScalar(*store, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    QCOMPARE(storeScalar(*store, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(storeScalar(*store, QStringLiteral("PRAGMA busy_timeout")).toInt(), SqliteStore::BusyTimeoutMs);
    QCOMPARE(storeScalar(*store, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void TestStore::migratesEmptyFileAndReopenIsNoOp()
{
    const QString path = m_dir->filePath(QStringLiteral("empty.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly)); // zero bytes: SQLite's empty database
    }
    QString schema;
    {
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->migrationsApplied(), SqliteSchema::currentVersion());
        schema = schemaText(QSqlDatabase::database(store->connectionName()));
    }
    QVERIFY(schema.contains(QStringLiteral("CREATE TABLE failures")));
    auto again = openStore(path);
    QVERIFY(again);
    QCOMPARE(again->migrationsApplied(), 0);
    QCOMPARE(schemaText(QSqlDatabase::database(again->connectionName())), schema);
}

void TestStore::migratesFromOlderVersion()
{
    // A file left at schema version 1 with failures in it: step 2 adds the full-text index and
    // must index what is already there.
    QVERIFY(SqliteSchema::currentVersion() >= 2);
    const QString path = m_dir->filePath(QStringLiteral("v1.sqlite"));
    {
        RawDatabase raw(path);
        for (const QString &sql : SqliteSchema::migrations().at(0).statements)
            QVERIFY2(raw.exec(sql), qPrintable(sql));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(SqliteSchema::ApplicationId)));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO failures (data_point, direction, key, step, error_class, message, created_at, updated_at, "
            "status) VALUES ('products', 'erp-to-shop', 'SKU-1', 'write', 'permanent', 'price below zero', "
            "'2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', 'open')")));
        // Step 4 copies these tables into clustered ones: their rows must come along.
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO record_state (data_point, key, source_hash, field_values, "
                                        "synced_at) VALUES ('products', 'SKU-1', x'0102', '{\"a\":1}', "
                                        "'2024-01-01T00:00:00.000Z')")));
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO identity_map (data_point, key, erp_id, shop_id) VALUES ('products', 'SKU-1', 'E-1', 'S-1')")));
    }
    auto store = openStore(path);
    QVERIFY(store);
    QCOMPARE(store->migrationsApplied(), SqliteSchema::currentVersion() - 1);
    const auto states = store->recordStates(DataPointKind::Products);
    QVERIFY(states);
    QCOMPARE(states->value(QStringLiteral("SKU-1")).sourceHash, QByteArray("\x01\x02"));
    QCOMPARE(states->value(QStringLiteral("SKU-1")).values, QByteArray("{\"a\":1}"));
    const auto links = store->identityLinks(DataPointKind::Products);
    QVERIFY(links);
    QCOMPARE(links->value(QStringLiteral("SKU-1")).erpId, QStringLiteral("E-1"));
    QCOMPARE(links->value(QStringLiteral("SKU-1")).shopId, QStringLiteral("S-1"));
    FailureFilter filter;
    filter.text = QStringLiteral("price");
    auto found = store->failures(filter);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->constFirst().key, QStringLiteral("SKU-1"));
}

void TestStore::searchesWithLikeWithoutFullText()
{
    // A database created where SQLite had no FTS5: current version, no index. Text search still
    // works, by LIKE, and the store says so in the log.
    const QString path = m_dir->filePath(QStringLiteral("nofts.sqlite"));
    {
        RawDatabase raw(path);
        for (const QString &sql : SqliteSchema::migrations().at(0).statements)
            QVERIFY2(raw.exec(sql), qPrintable(sql));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(SqliteSchema::ApplicationId)));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(SqliteSchema::currentVersion())));
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("FTS5.*LIKE")));
    auto store = openStore(path);
    QVERIFY(store);
    QVERIFY(!store->hasFullTextSearch());
    const QStringList messages{QStringLiteral("gateway timeout"), QStringLiteral("discount 100% off"),
        QStringLiteral("field a_b missing"), QStringLiteral("field axb missing")};
    for (const QString &message : messages) {
        Failure failure;
        failure.message = message;
        failure.key = QStringLiteral("SKU-") + QString::number(messages.indexOf(message));
        QVERIFY(store->addFailure(failure));
    }
    auto count = [&](const QString &text) {
        FailureFilter filter;
        filter.text = text;
        const auto found = store->failures(filter);
        return found ? found->size() : -1;
    };
    QCOMPARE(count(QStringLiteral("TIMEOUT")), 1);
    QCOMPARE(count(QStringLiteral("%")), 1); // the user's % is a character, not a wildcard
    QCOMPARE(count(QStringLiteral("a_b")), 1); // and _ too
    QCOMPARE(count(QStringLiteral("SKU-3")), 1);
    QCOMPARE(count(QStringLiteral("'; DROP TABLE failures; --")), 0);
    QCOMPARE(storeScalar(*store, QStringLiteral("SELECT count(*) FROM failures")).toInt(), messages.size());
}

void TestStore::reopenKeepsData()
{
    const QString path = m_dir->filePath(QStringLiteral("state.sqlite"));
    qint64 runId = 0;
    {
        auto store = openStore(path);
        QVERIFY(store);
        auto run = store->beginRun(RunRecord{});
        QVERIFY(run);
        runId = *run;
        QVERIFY(store->setWatermark(DataPointKind::Orders, Side::Shop, QStringLiteral("cursor-42")));
        QVERIFY(store->saveRecordStates({RecordState{DataPointKind::Products, QStringLiteral("SKU-1"),
            QByteArray("hash"), QByteArray("{}"), utc(2024, 5, 1, 10, 0), runId, {}, {}}}));
        Failure failure;
        failure.runId = runId;
        failure.message = QStringLiteral("kept");
        QVERIFY(store->addFailure(failure));
    }
    auto store = openStore(path);
    QVERIFY(store);
    QCOMPARE(store->watermark(DataPointKind::Orders, Side::Shop).value_or(QString()), QStringLiteral("cursor-42"));
    QCOMPARE(store->recordStates(DataPointKind::Products)->value(QStringLiteral("SKU-1")).runId, runId);
    QCOMPARE(store->countFailures({}).value_or(-1), 1);
    QVERIFY(store->run(runId).value_or(std::nullopt).has_value());
}

void TestStore::newerSchemaIsRefusedUntouched()
{
    const QString path = m_dir->filePath(QStringLiteral("newer.sqlite"));
    {
        RawDatabase raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE future (x)")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(SqliteSchema::ApplicationId)));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(SqliteSchema::currentVersion() + 1)));
    }
    const QByteArray before = readAll(path);
    QVERIFY(!before.isEmpty());
    auto store = SqliteStore::open(path);
    QVERIFY(!store);
    QCOMPARE(store.error().code, ErrorCode::UnsupportedVersion);
    QVERIFY(store.error().where.contains(path));
    QVERIFY(store.error().message.contains(QString::number(SqliteSchema::currentVersion() + 1)));
    QVERIFY(!store.error().hint.isEmpty());
    QCOMPARE(readAll(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestStore::notADatabaseIsRefused()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.txt"));
    QByteArray text;
    for (int i = 0; i < 200; ++i)
        text += "These are meeting notes, not a database. ";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    auto store = SqliteStore::open(path);
    QVERIFY(!store);
    QCOMPARE(store.error().code, ErrorCode::FileUnreadable);
    QVERIFY(store.error().where.contains(path));
    QVERIFY(!store.error().message.isEmpty());
    QVERIFY(!store.error().hint.isEmpty());
    QCOMPARE(readAll(path), text);
}

void TestStore::foreignDatabaseIsRefused()
{
    const QString path = m_dir->filePath(QStringLiteral("other.sqlite"));
    {
        RawDatabase raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total TEXT)")));
    }
    const QByteArray before = readAll(path);
    auto store = SqliteStore::open(path);
    QVERIFY(!store);
    QCOMPARE(store.error().code, ErrorCode::FileUnreadable);
    QCOMPARE(readAll(path), before);
}

void TestStore::readOnlyFileIsRefused()
{
    const QString path = m_dir->filePath(QStringLiteral("readonly.sqlite"));
    {
        auto store = openStore(path);
        QVERIFY(store);
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    bool immutable = false;
    if (::geteuid() == 0) {
        // Root writes to any file regardless of its mode; only the immutable attribute stops it.
        immutable = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0;
        if (!immutable)
            QSKIP("running as root without chattr: cannot make a file read-only");
    }
    auto store = SqliteStore::open(path);
    if (immutable)
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(!store);
    QCOMPARE(store.error().code, ErrorCode::FileUnwritable);
    QVERIFY(store.error().where.contains(path));
    QVERIFY(!store.error().hint.isEmpty());
}

void TestStore::folderIsRefused()
{
    auto store = SqliteStore::open(m_dir->path());
    QVERIFY(!store);
    QCOMPARE(store.error().code, ErrorCode::FileUnwritable);
}

void TestStore::aRunWhoseProcessEndedIsClosed()
{
    // A CLI run stopped by two SIGTERMs (or a crash) stayed "running" in the table for ever;
    // later runs did not clean it up.
    const QString path = m_dir->filePath(QStringLiteral("runs.sqlite"));
    qint64 left = 0;
    qint64 done = 0;
    {
        auto first = openStore(path);
        QVERIFY(first);
        auto live = first->beginRun(RunRecord{});
        auto finished = first->beginRun(RunRecord{});
        QVERIFY(live && finished);
        QVERIFY(first->finishRun(*finished, RunStatus::Succeeded, {}, {}));
        // Another store on the file (another process, or a run's second connection) leaves a
        // run that goes on alone.
        {
            auto second = openStore(path);
            QVERIFY(second);
            QCOMPARE(second->run(*live).value_or(std::nullopt)->status, RunStatus::Running);
        }
        left = *live;
        done = *finished;
    } // the process "ends" without finishing the run
    auto later = openStore(path);
    QVERIFY(later);
    const auto abandoned = later->run(left).value_or(std::nullopt);
    QVERIFY(abandoned);
    QCOMPARE(abandoned->status, RunStatus::Failed);
    QVERIFY2(abandoned->message.contains(QStringLiteral("the process ended during the run")),
        qPrintable(abandoned->message));
    QVERIFY(abandoned->finishedAt.isValid());
    QCOMPARE(later->run(done).value_or(std::nullopt)->status, RunStatus::Succeeded);
    QVERIFY(!QFile::exists(path + QStringLiteral(".run-%1.lock").arg(left)));
}

void TestStore::twoStoresOnOneFile()
{
    const QString path = m_dir->filePath(QStringLiteral("shared.sqlite"));
    auto first = openStore(path);
    auto second = openStore(path);
    QVERIFY(first && second);
    QVERIFY(first->connectionName() != second->connectionName());
    QVERIFY(first->setWatermark(DataPointKind::Products, Side::Erp, QStringLiteral("2024-06-01")));
    QCOMPARE(second->watermark(DataPointKind::Products, Side::Erp).value_or(QString()), QStringLiteral("2024-06-01"));
}
QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"

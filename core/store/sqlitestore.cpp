#include "sqlitestore.h"

#include "store/sqliterawstatement.h"
#include "store/sqliteschema.h"
#include "store/sqlitevalues.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace Linkwright {

// Debug lines (each schema step) only when asked for with QT_LOGGING_RULES.
Q_LOGGING_CATEGORY(lcStore, "linkwright.store", QtInfoMsg)

namespace {

// SQLite's primary result codes (sqlite3.h); Qt reports them as text in nativeErrorCode().
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    Constraint = 19,
    NotADatabase = 26,
};

QString memoryPath()
{
    return QStringLiteral(":memory:");
}

} // namespace

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const QString &path)
{
    const QString driver = QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return fail(ErrorCode::Internal, path, tr("The SQLite driver of Qt (QSQLITE) is not installed."),
            tr("Install the package libqt6sql6-sqlite."));
    }
    if (path != memoryPath()) {
        const QFileInfo info(path);
        if (info.isDir()) {
            return fail(ErrorCode::FileUnwritable, path, tr("This is a folder, not a state database."),
                tr("Give the path of a database file; it is created if it does not exist."));
        }
        // /dev/null opened "fine", failed as a disk I/O error, and left /dev/null-journal behind.
        if (info.exists() && !info.isFile()) {
            return fail(ErrorCode::FileUnwritable, path,
                tr("This is not a regular file (a device, a pipe or a socket), not a state database."),
                tr("Give the path of a database file; it is created if it does not exist."));
        }
        if (!QDir().mkpath(info.absolutePath())) {
            return fail(ErrorCode::FileUnwritable, info.absolutePath(),
                tr("The folder for the state database cannot be created."),
                tr("Check that this user may write to the folder above it."));
        }
    }

    // Connection names are process-wide in Qt SQL; a UUID keeps two stores on one file apart.
    const QString name = QStringLiteral("linkwright-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<SqliteStore> store(new SqliteStore(path, name));
    if (auto configured = store->configure(); !configured)
        return std::unexpected(configured.error());
    if (auto migrated = store->migrate(); !migrated)
        return std::unexpected(migrated.error());
    if (auto closed = store->closeAbandonedRuns(); !closed)
        return std::unexpected(closed.error());
    return store;
}

Store::Opener SqliteStore::opener() const
{
    if (m_path == memoryPath())
        return {};
    return [path = m_path]() -> Result<std::unique_ptr<Store>> {
        auto store = open(path);
        if (!store)
            return std::unexpected(store.error());
        // Its commits need no fsync of their own: in WAL mode every connection appends to one
        // log, and the opening connection's next commit (synchronous=FULL) syncs the whole log,
        // these frames included. A run's journal counts only once the run's own connection moves
        // the watermark after it, so nothing it stored can be lost that the watermark passed;
        // while an fsync per batch on a busy disk could hold the run up for most of a second.
        if (auto relaxed = (*store)->query(
                QStringLiteral("PRAGMA synchronous = NORMAL"), {}, QT_TR_NOOP("opening a second connection"));
            !relaxed)
            return std::unexpected(relaxed.error());
        return std::unique_ptr<Store>(std::move(*store));
    };
}

SqliteStore::SqliteStore(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
    , m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName))
    , m_thread(QThread::currentThread())
{
    m_db.setDatabaseName(path);
}

SqliteStore::~SqliteStore()
{
    checkThread();
    m_db.close();
    // removeDatabase warns while any QSqlDatabase still refers to the connection.
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<void> SqliteStore::configure()
{
    static constexpr const char *Purpose = QT_TR_NOOP("opening the database");
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!m_db.open())
        return std::unexpected(sqlError(m_db.lastError(), Purpose));
    // Settings of this connection only: none of them writes to the file, so a file refused
    // below stays untouched.
    const QStringList settings{
        QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        // Savepoints inside a transaction keep a statement journal; in temporary files that was
        // hundreds of thousands of small writes per large run, in memory it costs little.
        QStringLiteral("PRAGMA temp_store = MEMORY"),
    };
    for (const QString &sql : settings) {
        if (auto done = query(sql, {}, Purpose); !done)
            return std::unexpected(done.error());
    }
    return {};
}

Result<void> SqliteStore::migrate()
{
    static constexpr const char *Purpose = QT_TR_NOOP("checking the schema version");
    auto scalar = [this](const QString &sql) -> Result<QVariant> {
        auto result = query(sql, {}, Purpose);
        if (!result)
            return std::unexpected(result.error());
        return result->next() ? result->value(0) : QVariant();
    };

    // The first read of the file: a file that is no database fails here.
    const auto version = scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return std::unexpected(version.error());
    const auto applicationId = scalar(QStringLiteral("PRAGMA application_id"));
    if (!applicationId)
        return std::unexpected(applicationId.error());
    const auto tables = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite%'"));
    if (!tables)
        return std::unexpected(tables.error());

    const int current = SqliteSchema::currentVersion();
    const int found = version->toInt();
    const int foundId = applicationId->toInt();
    if ((foundId != 0 && foundId != SqliteSchema::ApplicationId) || (found == 0 && tables->toInt() > 0)) {
        return fail(ErrorCode::FileUnreadable, m_path,
            tr("This is an SQLite database of another program, not a Linkwright state database."),
            tr("Check the path; Linkwright keeps its state in a file of its own and changes nothing here."));
    }
    if (found > current) {
        return fail(ErrorCode::UnsupportedVersion, m_path,
            tr("The state database has schema version %1; this build of Linkwright knows versions up to %2.")
                .arg(found)
                .arg(current),
            tr("Use the newer Linkwright that wrote it. The file was left unchanged."));
    }

    // A file we may not write opens read-only without complaint. Find out now, not when the first
    // failure of a run cannot be logged: write the version back unchanged and roll that back (in
    // WAL mode BEGIN IMMEDIATE alone succeeds on a read-only file).
    if (auto probe = begin(); !probe)
        return std::unexpected(probe.error());
    auto written = query(QStringLiteral("PRAGMA user_version = %1").arg(found), {},
        QT_TR_NOOP("checking that the database is writable"));
    rollback();
    if (!written)
        return std::unexpected(written.error());

    // Persistent, unlike the settings above, so only after the checks.
    auto mode = scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return std::unexpected(mode.error());
    if (m_path != memoryPath() && mode->toString().compare(u"wal", Qt::CaseInsensitive) != 0)
        qCWarning(lcStore) << "journal mode of" << m_path << "stays" << mode->toString() << "instead of wal";

    const auto fullText = scalar(QStringLiteral("SELECT sqlite_compileoption_used('ENABLE_FTS5')"));
    if (!fullText)
        return std::unexpected(fullText.error());
    for (int next = found + 1; next <= current; ++next) {
        if (auto applied = applyMigration(next, fullText->toInt() == 1); !applied)
            return applied;
        ++m_migrationsApplied;
    }
    if (found > 0 && m_migrationsApplied > 0)
        qCInfo(lcStore) << "migrated" << m_path << "from schema version" << found << "to" << current;

    const auto index = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'failures_fts'"));
    if (!index)
        return std::unexpected(index.error());
    m_fullText = index->toInt() > 0;
    if (!m_fullText) {
        qCWarning(lcStore) << "SQLite has no FTS5 (or" << m_path
                           << "was created without it): the failure log searches text with LIKE, a full scan";
    }
    return {};
}

Result<void> SqliteStore::applyMigration(int version, bool fullTextAvailable)
{
    static constexpr const char *Purpose = QT_TR_NOOP("migrating the schema");
    const SqliteSchema::Migration &migration = SqliteSchema::migrations().at(version - 1);
    QStringList statements = migration.statements;
    if (fullTextAvailable) {
        statements += migration.fullTextStatements;
    } else if (!migration.fullTextStatements.isEmpty()) {
        qCWarning(lcStore) << "skipping the FTS5 part of schema step" << version << "(" << migration.description
                           << "): SQLite was built without FTS5";
    }
    // PRAGMA takes no bound values; both numbers are constants of this build.
    statements.append(QStringLiteral("PRAGMA application_id = %1").arg(SqliteSchema::ApplicationId));
    statements.append(QStringLiteral("PRAGMA user_version = %1").arg(version));

    if (auto begun = begin(); !begun)
        return begun;
    for (const QString &sql : std::as_const(statements)) {
        if (auto done = query(sql, {}, Purpose); !done) {
            rollback();
            return std::unexpected(done.error());
        }
    }
    if (auto committed = commit(); !committed) {
        rollback();
        return committed;
    }
    qCDebug(lcStore) << "applied schema step" << version << "(" << migration.description << ") to" << m_path;
    return {};
}

void SqliteStore::checkThread() const
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "SqliteStore",
        "a store must be used only from the thread that opened it (Qt SQL connections are per thread)");
}

QString SqliteStore::where(const char *purpose) const
{
    return m_path + QStringLiteral(" (") + tr(purpose) + u')';
}

Error SqliteStore::rawError(const SqliteRawStatement &statement, const char *purpose) const
{
    // The same wording and hints as any other statement's error.
    return sqlError(
        QSqlError(QString(), statement.errorText(), QSqlError::StatementError, QString::number(statement.errorCode())),
        purpose);
}

Error SqliteStore::sqlError(const QSqlError &error, const char *purpose) const
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const int code = error.nativeErrorCode().toInt() & 0xff;
    Error result{ErrorCode::Internal, where(purpose), tr("The state database reported an error: %1.").arg(detail), {}};
    const QString permissions = tr("Check that this user may write to the file and its folder: SQLite also keeps "
                                   "a -wal and a -shm file beside it.");
    switch (code) {
    case Busy:
    case Locked:
        result.code = ErrorCode::FileUnwritable;
        result.message = tr("The state database is locked by another process: %1.").arg(detail);
        result.hint = tr("Wait for the other run to finish, or close the program that holds the file open (a "
                         "database tool); one process writes at a time, and this one waited half a minute.");
        break;
    case ReadOnly:
        result.code = ErrorCode::FileUnwritable;
        result.message = tr("The state database is read-only: %1.").arg(detail);
        result.hint = permissions;
        break;
    case CantOpen:
        result.code = ErrorCode::FileUnwritable;
        result.message = tr("The state database cannot be opened: %1.").arg(detail);
        result.hint = permissions;
        break;
    case Full:
        result.code = ErrorCode::FileUnwritable;
        result.message = tr("The disk holding the state database is full: %1.").arg(detail);
        result.hint = tr("Free some space and run again; the interrupted change was not stored.");
        break;
    case IoError:
        result.code = ErrorCode::FileUnwritable;
        result.message = tr("Reading or writing the state database failed: %1.").arg(detail);
        result.hint = tr("Check the disk and the file system the file lives on.");
        break;
    case Corrupt:
    case NotADatabase:
        result.code = ErrorCode::FileUnreadable;
        result.message = tr("The file is not a state database, or it is damaged: %1.").arg(detail);
        result.hint = tr("Check the path. If it is a damaged state database, move it aside: Linkwright starts a "
                         "new one, with empty sync state and failure log.");
        break;
    case Constraint:
        result.code = ErrorCode::InvalidArgument;
        result.message = tr("The change breaks a rule of the state database: %1.").arg(detail);
        result.hint = tr("A run or plan it refers to may not exist in this database.");
        break;
    default:
        break;
    }
    return result;
}

Error SqliteStore::corrupt(const QString &column, const QString &value, const char *purpose) const
{
    return Error{ErrorCode::FileUnreadable, where(purpose),
        tr("The column %1 holds \"%2\", which this build does not know.").arg(column, value),
        tr("The file was changed by hand or by another program; restore it from a backup.")};
}

Error SqliteStore::notFound(const QString &message, const char *purpose) const
{
    return Error{ErrorCode::InvalidArgument, where(purpose), message,
        tr("The id may belong to another project's state database.")};
}

Result<QSqlQuery> SqliteStore::prepare(const QString &sql, const char *purpose)
{
    QSqlQuery statement(m_db);
    // Forward-only: Qt would otherwise cache every row read so far to allow seeking back.
    statement.setForwardOnly(true);
    if (!statement.prepare(sql))
        return std::unexpected(sqlError(statement.lastError(), purpose));
    return statement;
}

Result<void> SqliteStore::exec(QSqlQuery &statement, const char *purpose)
{
    if (!statement.exec())
        return std::unexpected(sqlError(statement.lastError(), purpose));
    return {};
}

Result<QSqlQuery> SqliteStore::query(const QString &sql, const QVariantList &values, const char *purpose)
{
    auto statement = prepare(sql, purpose);
    if (!statement)
        return statement;
    for (qsizetype i = 0; i < values.size(); ++i)
        statement->bindValue(static_cast<int>(i), values.at(i));
    if (auto done = exec(*statement, purpose); !done)
        return std::unexpected(done.error());
    return statement;
}

} // namespace Linkwright

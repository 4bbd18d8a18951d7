#pragma once

#include "store/store.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QSqlDatabase>
#include <QVariantList>

#include <map>
#include <memory>

class QSqlError;
class QSqlQuery;
class QThread;

namespace Linkwright {

class SqliteRawStatement;

/// The embedded store: one SQLite file per project through Qt SQL (QSQLITE).
///
/// WAL with synchronous=FULL, so a commit (a failure, a watermark) survives a power loss, not only
/// a crash. The schema carries a version (PRAGMA user_version) and migrates forward on open; a
/// file from a newer build is refused untouched.
///
/// A QSqlDatabase connection belongs to the thread that created it: use a store only from the
/// thread that opened it (debug builds assert this). Open a second store on the same file for
/// another thread; WAL lets readers run beside the writer, and writers wait up to BusyTimeoutMs.
///
/// Ids of runs in records, plans and failures: 0 means "no run"; any other id must name a run
/// begun in this store, or the write fails with ErrorCode::InvalidArgument.
class SqliteStore final : public Store
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::Store)

public:
    /// Another process holding the database for more than a few seconds (a person's database
    /// tool, a backup) failed a run at its end, after it had written everything: its record
    /// states or its outcome were lost. Half a minute, then a clear error.
    static constexpr int BusyTimeoutMs = 30'000;

    /// Opens or creates the database at path (its folders too) and migrates it to the current
    /// schema. ":memory:" opens a private in-memory database (tests).
    [[nodiscard]] static Result<std::unique_ptr<SqliteStore>> open(const QString &path);

    ~SqliteStore() override;
    SqliteStore(const SqliteStore &) = delete;
    SqliteStore &operator=(const SqliteStore &) = delete;

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] Opener opener() const override;
    /// The Qt SQL connection name, unique per instance; for diagnostics and tests only.
    [[nodiscard]] QString connectionName() const { return m_connectionName; }
    /// How many migrations this open applied (0 when the file was already current).
    [[nodiscard]] int migrationsApplied() const { return m_migrationsApplied; }
    /// False when SQLite lacks FTS5: text filters then scan the log with LIKE.
    [[nodiscard]] bool hasFullTextSearch() const { return m_fullText; }

    // Runs
    [[nodiscard]] Result<qint64> beginRun(const RunRecord &run) override;
    [[nodiscard]] Result<void> finishRun(
        qint64 runId, RunStatus status, const RunCounts &counts, const QString &message) override;
    [[nodiscard]] Result<std::optional<RunRecord>> run(qint64 runId) override;
    /// limit <= 0: all of them.
    [[nodiscard]] Result<QList<RunRecord>> runs(std::optional<DataPointKind> dataPoint, int limit) override;
    [[nodiscard]] Result<QHash<QString, qint64>> writtenPerDay(
        DataPointKind dataPoint, const QDate &from, const QDate &to) override;

    // Per-record state
    [[nodiscard]] Result<QHash<QString, RecordState>> recordStates(DataPointKind dataPoint) override;
    [[nodiscard]] Result<QHash<QString, QByteArray>> recordHashes(DataPointKind dataPoint) override;
    [[nodiscard]] Result<QHash<QString, RecordState>> recordStates(
        DataPointKind dataPoint, const QStringList &keys) override;
    /// Inserts or replaces by (data point, key); one transaction, one prepared statement.
    [[nodiscard]] Result<void> saveRecordStates(const QList<RecordState> &states) override;
    [[nodiscard]] Result<void> removeRecordStates(DataPointKind dataPoint, const QStringList &keys) override;

    // Identity map
    [[nodiscard]] Result<QHash<QString, IdentityLink>> identityLinks(DataPointKind dataPoint) override;
    /// Inserts or updates by (data point, key), in list order: an empty id keeps the one stored,
    /// so two links of one key, each knowing one side, end as one link knowing both.
    [[nodiscard]] Result<void> saveIdentityLinks(const QList<IdentityLink> &links) override;

    // Watermarks
    /// Empty when none was set.
    [[nodiscard]] Result<QString> watermark(DataPointKind dataPoint, Side side) override;
    [[nodiscard]] Result<QDateTime> endpointHold(Side side) override;
    [[nodiscard]] Result<void> setEndpointHold(Side side, const QDateTime &until) override;
    [[nodiscard]] Result<void> setWatermark(DataPointKind dataPoint, Side side, const QString &value) override;

    // Plans
    /// Stores the plan and its items (their ids and planId are assigned; createdAt defaults to now).
    [[nodiscard]] Result<qint64> savePlan(const Plan &plan, const QList<PlanItem> &items) override;
    [[nodiscard]] Result<std::optional<Plan>> plan(qint64 planId) override;
    /// In the order they were saved.
    [[nodiscard]] Result<QList<PlanItem>> planItems(qint64 planId) override;
    [[nodiscard]] Result<void> setPlanItemStatus(qint64 itemId, PlanItemStatus status) override;
    [[nodiscard]] Result<void> markPlanApplied(qint64 planId) override;

    // Failure log
    /// createdAt defaults to now, updatedAt to createdAt.
    [[nodiscard]] Result<qint64> addFailure(const Failure &failure) override;
    [[nodiscard]] Result<QList<qint64>> addFailures(const QList<Failure> &failures) override;
    /// Rewrites every field but id and createdAt; updatedAt becomes now.
    [[nodiscard]] Result<void> updateFailure(const Failure &failure) override;
    /// Newest first. limit <= 0: all that match. Text matches whole words of the message and the
    /// key, every word given; quotes and FTS5 operators in it are taken literally.
    [[nodiscard]] Result<QList<Failure>> failures(const FailureFilter &filter) override;
    /// Counts what failures(filter) would return without limit and beforeId.
    [[nodiscard]] Result<qint64> countFailures(const FailureFilter &filter) override;
    /// Marks open and retried failures of these keys resolved, noting runId as the resolving run.
    [[nodiscard]] Result<QSet<QString>> unresolvedFailureKeys(DataPointKind dataPoint) override;
    [[nodiscard]] Result<void> resolveFailures(
        DataPointKind dataPoint, const QStringList &keys, qint64 runId, KeyResolution how) override;
    [[nodiscard]] Result<void> resolveFailureIds(const QList<qint64> &ids, qint64 runId) override;
    [[nodiscard]] Result<void> resolveFlowFailures(
        DataPointKind dataPoint, const QList<std::pair<QString, Direction>> &flows, qint64 runId) override;
    [[nodiscard]] Result<qint64> moveFailures(const QList<qint64> &ids, FailureStatus from, FailureStatus to) override;
    /// How SQLite reads what failures(filter) asks for (EXPLAIN QUERY PLAN, a step a line): for
    /// tests and for finding out why a large log is slow to page.
    [[nodiscard]] Result<QString> failuresPlan(const FailureFilter &filter);

    /// Nests: an inner call is a savepoint, so an inner failure undoes only the inner work.
    [[nodiscard]] Result<void> transaction(const std::function<Result<void>()> &fn) override;

private:
    SqliteStore(const QString &path, const QString &connectionName);

    [[nodiscard]] Result<void> configure();
    [[nodiscard]] Result<void> migrate();
    [[nodiscard]] Result<void> applyMigration(int version, bool fullTextAvailable);

    void checkThread() const;
    [[nodiscard]] QString where(const char *purpose) const;
    [[nodiscard]] Error sqlError(const QSqlError &error, const char *purpose) const;
    [[nodiscard]] Error rawError(const SqliteRawStatement &statement, const char *purpose) const;
    /// Upserts count rows of width parameters through statements of many rows each; bind(statement,
    /// row, first parameter) binds one row.
    [[nodiscard]] Result<void> upsertRows(qsizetype count, const char *head, int width, const char *tail,
        const std::function<void(SqliteRawStatement &, qsizetype, int)> &bind, const char *purpose);
    [[nodiscard]] Error corrupt(const QString &column, const QString &value, const char *purpose) const;
    [[nodiscard]] Error notFound(const QString &message, const char *purpose) const;

    /// A statement run once, with values bound in order; purpose names it in errors (QT_TR_NOOP).
    [[nodiscard]] Result<QSqlQuery> prepare(const QString &sql, const char *purpose);
    [[nodiscard]] Result<void> exec(QSqlQuery &query, const char *purpose);
    [[nodiscard]] Result<QSqlQuery> query(const QString &sql, const QVariantList &values, const char *purpose);

    /// fn in a transaction of its own, or inside the open one without a savepoint.
    [[nodiscard]] Result<void> batch(const std::function<Result<void>()> &fn);
    [[nodiscard]] Result<void> begin();
    [[nodiscard]] Result<void> commit();
    void rollback();

    /// The FROM and WHERE of a failure query, built from a fixed set of clauses, and its values.
    struct FailureSql {
        QString source;
        QString idColumn; ///< what to order and page by: the FTS index's rowid when it drives the query
        QVariantList values;
    };
    /// needRows: for failures(), which pages and reads columns; countFailures() does neither.
    [[nodiscard]] FailureSql failureSql(const FailureFilter &filter, bool needRows) const;
    /// The whole statement failures() runs for filter, in source, with its values.
    [[nodiscard]] FailureSql failuresQuery(const FailureFilter &filter) const;
    [[nodiscard]] Result<Failure> readFailure(const QSqlQuery &query) const;
    [[nodiscard]] Result<RunRecord> readRun(const QSqlQuery &query) const;

    /// A run's lock file beside the database, held while the run goes: a run still "running" in
    /// the table whose lock no live process holds was abandoned (its process killed).
    [[nodiscard]] QString runLockPath(qint64 runId) const;
    /// Marks the runs abandoned that way as failed, saying so, so that they do not stay
    /// "running" for ever (two SIGTERMs, a crash, a power cut).
    [[nodiscard]] Result<void> closeAbandonedRuns();

    QString m_path;
    QString m_connectionName;
    std::map<qint64, std::unique_ptr<QLockFile>> m_runLocks;
    QSqlDatabase m_db;
    QThread *m_thread = nullptr;
    int m_depth = 0; ///< open transactions: 1 is the outer BEGIN, more are savepoints
    int m_failedAt = 0; ///< the level whose batch() failed half-way (0: none): it must roll back
    int m_migrationsApplied = 0;
    bool m_fullText = false;
};

} // namespace Linkwright

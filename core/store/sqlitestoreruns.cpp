// SqliteStore: run history and stored plans.

#include "sqlitestore.h"

#include "store/sqlitevalues.h"

#include <QSqlQuery>

namespace Linkwright {

using namespace SqliteValues;

namespace {

QString runColumns()
{
    return QStringLiteral("id, data_point, direction, dry_run, full_run, started_at, finished_at, status, fetched, "
                          "created, updated, unchanged, deleted, failed, message, mappings");
}

QString planColumns()
{
    return QStringLiteral("id, run_id, data_point, direction, created_at, watermark, applied");
}

QString planItemColumns()
{
    return QStringLiteral("id, plan_id, key, action, diff, payload, source_hash, status, source");
}

} // namespace

Result<RunRecord> SqliteStore::readRun(const QSqlQuery &query) const
{
    static constexpr const char *Purpose = QT_TR_NOOP("reading runs");
    RunRecord run;
    run.id = query.value(0).toLongLong();
    const QString dataPoint = query.value(1).toString();
    const QString direction = query.value(2).toString();
    const QString status = query.value(7).toString();
    const auto kind = DataPoints::fromKey(dataPoint);
    if (!kind)
        return std::unexpected(corrupt(QStringLiteral("runs.data_point"), dataPoint, Purpose));
    const auto dir = directionFromKey(direction);
    if (!dir)
        return std::unexpected(corrupt(QStringLiteral("runs.direction"), direction, Purpose));
    const auto runStatus = runStatusFromKey(status);
    if (!runStatus)
        return std::unexpected(corrupt(QStringLiteral("runs.status"), status, Purpose));
    run.dataPoint = *kind;
    run.direction = *dir;
    run.dryRun = query.value(3).toBool();
    run.full = query.value(4).toBool();
    run.startedAt = readTimestamp(query.value(5));
    run.finishedAt = readTimestamp(query.value(6));
    run.status = *runStatus;
    run.counts.fetched = query.value(8).toLongLong();
    run.counts.created = query.value(9).toLongLong();
    run.counts.updated = query.value(10).toLongLong();
    run.counts.unchanged = query.value(11).toLongLong();
    run.counts.deleted = query.value(12).toLongLong();
    run.counts.failed = query.value(13).toLongLong();
    run.message = query.value(14).toString();
    run.mappings = query.value(15).toString();
    return run;
}

Result<qint64> SqliteStore::beginRun(const RunRecord &run)
{
    checkThread();
    qint64 id = 0;
    // The lock is taken before the row is committed: another process that sees the run
    // "running" always finds its lock held, never a moment without one.
    auto begun = transaction([&]() -> Result<void> {
        auto inserted = query(QStringLiteral("INSERT INTO runs (data_point, direction, dry_run, full_run, started_at, "
                                             "finished_at, status, fetched, created, updated, unchanged, deleted, "
                                             "failed, message, mappings) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {DataPoints::key(run.dataPoint), directionKey(run.direction), boolean(run.dryRun), boolean(run.full),
                run.startedAt.isValid() ? timestamp(run.startedAt) : QVariant(now()), timestamp(run.finishedAt),
                runStatusKey(run.status), run.counts.fetched, run.counts.created, run.counts.updated,
                run.counts.unchanged, run.counts.deleted, run.counts.failed, text(run.message), text(run.mappings)},
            QT_TR_NOOP("starting a run"));
        if (!inserted)
            return std::unexpected(inserted.error());
        id = inserted->lastInsertId().toLongLong();
        if (!runLockPath(id).isEmpty()) {
            // Without it (a folder that takes no new files) the run goes on; only a process
            // killed during it would leave it "running".
            auto lock = std::make_unique<QLockFile>(runLockPath(id));
            lock->setStaleLockTime(0); // a long run is no stale lock; a dead process's is
            if (lock->tryLock(0))
                m_runLocks[id] = std::move(lock);
        }
        return {};
    });
    if (!begun) {
        m_runLocks.erase(id);
        return std::unexpected(begun.error());
    }
    return id;
}

QString SqliteStore::runLockPath(qint64 runId) const
{
    if (m_path == QStringLiteral(":memory:"))
        return {};
    return m_path + QStringLiteral(".run-%1.lock").arg(runId);
}

Result<void> SqliteStore::closeAbandonedRuns()
{
    static constexpr const char *Purpose = QT_TR_NOOP("closing runs whose process ended during them");
    auto running =
        query(QStringLiteral("SELECT id FROM runs WHERE status = ?"), {runStatusKey(RunStatus::Running)}, Purpose);
    if (!running)
        return std::unexpected(running.error());
    QList<qint64> abandoned;
    while (running->next()) {
        const qint64 id = running->value(0).toLongLong();
        if (runLockPath(id).isEmpty())
            continue;
        // Held by a live process (this one or another): the run goes on. A lock left by a
        // process that died is stale and taken; no lock at all, the same.
        QLockFile lock(runLockPath(id));
        lock.setStaleLockTime(0);
        if (lock.tryLock(0))
            abandoned.append(id);
    }
    for (const qint64 id : std::as_const(abandoned)) {
        auto closed = query(QStringLiteral("UPDATE runs SET status = ?, finished_at = ?, message = ? WHERE id = ? AND "
                                           "status = ?"),
            {runStatusKey(RunStatus::Failed), now(),
                tr("the process ended during the run (it was killed, or the machine stopped): what the run stored "
                   "before is kept, and the next run reads from where the last complete one left off"),
                id, runStatusKey(RunStatus::Running)},
            Purpose);
        if (!closed)
            return std::unexpected(closed.error());
    }
    return {};
}

Result<void> SqliteStore::finishRun(qint64 runId, RunStatus status, const RunCounts &counts, const QString &message)
{
    checkThread();
    static constexpr const char *Purpose = QT_TR_NOOP("finishing a run");
    auto updated =
        query(QStringLiteral("UPDATE runs SET finished_at = ?, status = ?, fetched = ?, created = ?, "
                             "updated = ?, unchanged = ?, deleted = ?, failed = ?, message = ? WHERE id = ?"),
            {now(), runStatusKey(status), counts.fetched, counts.created, counts.updated, counts.unchanged,
                counts.deleted, counts.failed, text(message), runId},
            Purpose);
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() == 0)
        return std::unexpected(notFound(tr("There is no run with id %1.").arg(runId), Purpose));
    m_runLocks.erase(runId); // unlocked and removed
    return {};
}

Result<std::optional<RunRecord>> SqliteStore::run(qint64 runId)
{
    checkThread();
    auto found = query(QStringLiteral("SELECT ") + runColumns() + QStringLiteral(" FROM runs WHERE id = ?"), {runId},
        QT_TR_NOOP("reading runs"));
    if (!found)
        return std::unexpected(found.error());
    if (!found->next())
        return std::optional<RunRecord>();
    auto record = readRun(*found);
    if (!record)
        return std::unexpected(record.error());
    return std::optional<RunRecord>(*record);
}

Result<QList<RunRecord>> SqliteStore::runs(std::optional<DataPointKind> dataPoint, int limit)
{
    checkThread();
    QString sql = QStringLiteral("SELECT ") + runColumns() + QStringLiteral(" FROM runs");
    QVariantList values;
    if (dataPoint) {
        sql += QStringLiteral(" WHERE data_point = ?");
        values.append(DataPoints::key(*dataPoint));
    }
    sql += QStringLiteral(" ORDER BY id DESC");
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values.append(limit);
    }
    auto found = query(sql, values, QT_TR_NOOP("reading runs"));
    if (!found)
        return std::unexpected(found.error());
    QList<RunRecord> list;
    while (found->next()) {
        auto record = readRun(*found);
        if (!record)
            return std::unexpected(record.error());
        list.append(*record);
    }
    return list;
}

Result<QHash<QString, qint64>> SqliteStore::writtenPerDay(DataPointKind dataPoint, const QDate &from, const QDate &to)
{
    checkThread();
    // Local days, as the ROI page shows them: the bounds are local midnights, and SQLite's
    // 'localtime' uses the same C library zone as Qt.
    const QDateTime start(from, QTime(0, 0));
    const QDateTime end(to.addDays(1), QTime(0, 0));
    auto found =
        query(QStringLiteral("SELECT date(started_at, 'localtime'), sum(created + updated + deleted) FROM runs "
                             "WHERE data_point = ? AND dry_run = 0 AND started_at >= ? AND started_at < ? "
                             "GROUP BY 1"),
            {DataPoints::key(dataPoint), timestamp(start), timestamp(end)}, QT_TR_NOOP("counting written records"));
    if (!found)
        return std::unexpected(found.error());
    QHash<QString, qint64> perDay;
    while (found->next()) {
        const qint64 written = found->value(1).toLongLong();
        if (written > 0)
            perDay.insert(found->value(0).toString(), written);
    }
    return perDay;
}

Result<qint64> SqliteStore::savePlan(const Plan &plan, const QList<PlanItem> &items)
{
    checkThread();
    static constexpr const char *Purpose = QT_TR_NOOP("saving a plan");
    qint64 planId = 0;
    auto saved = transaction([&]() -> Result<void> {
        auto inserted = query(QStringLiteral("INSERT INTO plans (run_id, data_point, direction, created_at, watermark, "
                                             "applied) VALUES (?, ?, ?, ?, ?, ?)"),
            {runRef(plan.runId), DataPoints::key(plan.dataPoint), directionKey(plan.direction),
                plan.createdAt.isValid() ? timestamp(plan.createdAt) : QVariant(now()), text(plan.watermark),
                boolean(plan.applied)},
            Purpose);
        if (!inserted)
            return std::unexpected(inserted.error());
        planId = inserted->lastInsertId().toLongLong();

        auto insert = prepare(QStringLiteral("INSERT INTO plan_items (plan_id, key, action, diff, payload, "
                                             "source_hash, status, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            Purpose);
        if (!insert)
            return std::unexpected(insert.error());
        for (const PlanItem &item : items) {
            insert->bindValue(0, planId);
            insert->bindValue(1, text(item.key));
            insert->bindValue(2, planActionKey(item.action));
            insert->bindValue(3, item.diff);
            insert->bindValue(4, item.payload);
            insert->bindValue(5, item.sourceHash);
            insert->bindValue(6, planItemStatusKey(item.status));
            insert->bindValue(7, item.source);
            if (auto done = exec(*insert, Purpose); !done)
                return done;
        }
        return {};
    });
    if (!saved)
        return std::unexpected(saved.error());
    return planId;
}

Result<std::optional<Plan>> SqliteStore::plan(qint64 planId)
{
    checkThread();
    static constexpr const char *Purpose = QT_TR_NOOP("reading a plan");
    auto found = query(
        QStringLiteral("SELECT ") + planColumns() + QStringLiteral(" FROM plans WHERE id = ?"), {planId}, Purpose);
    if (!found)
        return std::unexpected(found.error());
    if (!found->next())
        return std::optional<Plan>();
    Plan plan;
    plan.id = found->value(0).toLongLong();
    plan.runId = found->value(1).toLongLong();
    const QString dataPoint = found->value(2).toString();
    const QString direction = found->value(3).toString();
    const auto kind = DataPoints::fromKey(dataPoint);
    if (!kind)
        return std::unexpected(corrupt(QStringLiteral("plans.data_point"), dataPoint, Purpose));
    const auto dir = directionFromKey(direction);
    if (!dir)
        return std::unexpected(corrupt(QStringLiteral("plans.direction"), direction, Purpose));
    plan.dataPoint = *kind;
    plan.direction = *dir;
    plan.createdAt = readTimestamp(found->value(4));
    plan.watermark = found->value(5).toString();
    plan.applied = found->value(6).toBool();
    return std::optional<Plan>(plan);
}

Result<QList<PlanItem>> SqliteStore::planItems(qint64 planId)
{
    checkThread();
    static constexpr const char *Purpose = QT_TR_NOOP("reading a plan");
    auto found = query(QStringLiteral("SELECT ") + planItemColumns()
            + QStringLiteral(" FROM plan_items WHERE plan_id = ? ORDER BY id"),
        {planId}, Purpose);
    if (!found)
        return std::unexpected(found.error());
    QList<PlanItem> items;
    while (found->next()) {
        PlanItem item;
        item.id = found->value(0).toLongLong();
        item.planId = found->value(1).toLongLong();
        item.key = found->value(2).toString();
        const QString action = found->value(3).toString();
        const QString status = found->value(7).toString();
        const auto planAction = planActionFromKey(action);
        if (!planAction)
            return std::unexpected(corrupt(QStringLiteral("plan_items.action"), action, Purpose));
        const auto itemStatus = planItemStatusFromKey(status);
        if (!itemStatus)
            return std::unexpected(corrupt(QStringLiteral("plan_items.status"), status, Purpose));
        item.action = *planAction;
        item.diff = found->value(4).toByteArray();
        item.payload = found->value(5).toByteArray();
        item.sourceHash = found->value(6).toByteArray();
        item.status = *itemStatus;
        item.source = found->value(8).toByteArray();
        items.append(item);
    }
    return items;
}

Result<void> SqliteStore::setPlanItemStatus(qint64 itemId, PlanItemStatus status)
{
    checkThread();
    static constexpr const char *Purpose = QT_TR_NOOP("updating a plan");
    auto updated = query(
        QStringLiteral("UPDATE plan_items SET status = ? WHERE id = ?"), {planItemStatusKey(status), itemId}, Purpose);
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() == 0)
        return std::unexpected(notFound(tr("There is no plan item with id %1.").arg(itemId), Purpose));
    return {};
}

Result<void> SqliteStore::markPlanApplied(qint64 planId)
{
    checkThread();
    static constexpr const char *Purpose = QT_TR_NOOP("updating a plan");
    auto updated = query(QStringLiteral("UPDATE plans SET applied = 1 WHERE id = ?"), {planId}, Purpose);
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() == 0)
        return std::unexpected(notFound(tr("There is no plan with id %1.").arg(planId), Purpose));
    return {};
}

} // namespace Linkwright

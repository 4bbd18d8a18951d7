// SqliteStore: where failures stand (open, retried, resolved), changed by runs and retries.

#include "sqlitestore.h"

#include "store/sqlitevalues.h"

#include <QSqlQuery>

namespace Linkwright {

using namespace SqliteValues;

namespace {

/// The statement that resolves the waiting failures of one key (retried counts as waiting: it
/// is the state a failure is in while its retry runs), with a clause of its own after it.
QString resolveByKey(const char *clause)
{
    return QStringLiteral("UPDATE failures SET status = ?, updated_at = ?, resolved_by_run = ? "
                          "WHERE key = ? AND data_point = ? AND status IN (?, ?) ")
        + QLatin1StringView(clause);
}

/// Binds resolveByKey()'s own seven values; the clause's come after.
void bindResolution(QSqlQuery &query, const QString &resolvedAt, qint64 runId, const QString &key, const QString &kind)
{
    query.bindValue(0, failureStatusKey(FailureStatus::Resolved));
    query.bindValue(1, resolvedAt);
    query.bindValue(2, runRef(runId));
    query.bindValue(3, text(key));
    query.bindValue(4, kind);
    query.bindValue(5, failureStatusKey(FailureStatus::Open));
    query.bindValue(6, failureStatusKey(FailureStatus::Retried));
}

} // namespace

Result<QSet<QString>> SqliteStore::unresolvedFailureKeys(DataPointKind dataPoint)
{
    checkThread();
    auto found = query(QStringLiteral("SELECT DISTINCT key FROM failures WHERE data_point = ? AND status IN (?, ?)"),
        {DataPoints::key(dataPoint), failureStatusKey(FailureStatus::Open), failureStatusKey(FailureStatus::Retried)},
        QT_TR_NOOP("reading the failure log"));
    if (!found)
        return std::unexpected(found.error());
    QSet<QString> keys;
    while (found->next())
        keys.insert(found->value(0).toString());
    return keys;
}

Result<void> SqliteStore::resolveFailures(
    DataPointKind dataPoint, const QStringList &keys, qint64 runId, KeyResolution how)
{
    checkThread();
    static constexpr const char *Purpose = QT_TR_NOOP("resolving failures");
    if (keys.isEmpty())
        return {};
    return batch([&]() -> Result<void> {
        // Without a key only a page's failure is resolved: records that had none cannot be told
        // apart, so reading the pages again says nothing about them.
        // A match failure may be another record's that was refused the key: the key's record
        // written says nothing about it (RunJournal::resolveBySourceId settles it).
        auto resolve = prepare(resolveByKey(how == KeyResolution::Gone ? "AND (key <> '' OR step = ?)"
                                                                       : "AND (key <> '' OR step = ?) AND step <> ?"),
            Purpose);
        if (!resolve)
            return std::unexpected(resolve.error());
        const QString kind = DataPoints::key(dataPoint);
        const QString resolvedAt = now();
        for (const QString &key : keys) {
            bindResolution(*resolve, resolvedAt, runId, key, kind);
            resolve->bindValue(7, failureStepKey(FailureStep::Fetch));
            if (how == KeyResolution::Written)
                resolve->bindValue(8, failureStepKey(FailureStep::Match));
            if (auto done = exec(*resolve, Purpose); !done)
                return done;
        }
        return {};
    });
}

Result<qint64> SqliteStore::moveFailures(const QList<qint64> &ids, FailureStatus from, FailureStatus to)
{
    checkThread();
    if (ids.isEmpty())
        return 0;
    auto moved = query(QStringLiteral("UPDATE failures SET status = ?, updated_at = ? "
                                      "WHERE status = ? AND id IN (SELECT value FROM json_each(?))"),
        {failureStatusKey(to), now(), failureStatusKey(from), idArray(ids)}, QT_TR_NOOP("updating the failure log"));
    if (!moved)
        return std::unexpected(moved.error());
    return moved->numRowsAffected();
}

Result<void> SqliteStore::resolveFailureIds(const QList<qint64> &ids, qint64 runId)
{
    checkThread();
    if (ids.isEmpty())
        return {};
    auto resolved = query(QStringLiteral("UPDATE failures SET status = ?, updated_at = ?, resolved_by_run = ? "
                                         "WHERE status IN (?, ?) AND id IN (SELECT value FROM json_each(?))"),
        {failureStatusKey(FailureStatus::Resolved), now(), runRef(runId), failureStatusKey(FailureStatus::Open),
            failureStatusKey(FailureStatus::Retried), idArray(ids)},
        QT_TR_NOOP("resolving failures"));
    if (!resolved)
        return std::unexpected(resolved.error());
    return {};
}

Result<void> SqliteStore::resolveFlowFailures(
    DataPointKind dataPoint, const QList<std::pair<QString, Direction>> &flows, qint64 runId)
{
    checkThread();
    static constexpr const char *Purpose = QT_TR_NOOP("resolving failures");
    if (flows.isEmpty())
        return {};
    return batch([&]() -> Result<void> {
        auto resolve = prepare(resolveByKey("AND direction IN (?, ?) AND key <> '' AND step <> ?"), Purpose);
        if (!resolve)
            return std::unexpected(resolve.error());
        const QString kind = DataPoints::key(dataPoint);
        const QString resolvedAt = now();
        for (const auto &[key, flow] : flows) {
            bindResolution(*resolve, resolvedAt, runId, key, kind);
            resolve->bindValue(7, directionKey(flow));
            resolve->bindValue(8, directionKey(Direction::Both));
            resolve->bindValue(9, failureStepKey(FailureStep::Match));
            if (auto done = exec(*resolve, Purpose); !done)
                return done;
        }
        return {};
    });
}

} // namespace Linkwright

// SqliteStore: transactions, savepoints and the batch calls that join them.

#include "sqlitestore.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace Linkwright {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

Result<void> SqliteStore::transaction(const std::function<Result<void>()> &fn)
{
    checkThread();
    if (auto begun = begin(); !begun)
        return begun;
    Result<void> result = fn();
    if (result) {
        result = commit();
        if (result)
            return {};
    }
    rollback();
    return result;
}

Result<void> SqliteStore::batch(const std::function<Result<void>()> &fn)
{
    if (m_depth == 0)
        return transaction(fn);
    // Inside a transaction already (the journal stores a whole batch in one): no SAVEPOINT. SQLite
    // keeps a statement journal of every page a savepoint changes and walks it on release, which
    // was a tenth of the journal writer's time. A failure here leaves part of the rows written,
    // so the outer transaction is marked to roll back as a whole.
    Result<void> result = fn();
    if (!result && (m_failedAt == 0 || m_depth < m_failedAt))
        m_failedAt = m_depth;
    return result;
}

Result<void> SqliteStore::begin()
{
    // IMMEDIATE takes the write lock up front: a deferred transaction that later needs it fails
    // with SQLITE_BUSY at once instead of waiting for busy_timeout.
    const QString sql =
        m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT lw_%1").arg(m_depth);
    if (auto done = query(sql, {}, QT_TR_NOOP("starting a transaction")); !done)
        return std::unexpected(done.error());
    if (m_depth == 0)
        m_failedAt = 0;
    ++m_depth;
    return {};
}

Result<void> SqliteStore::commit()
{
    Q_ASSERT(m_depth > 0);
    // A batch failed half-way at this level and its caller carried on: this level (the whole
    // transaction, or its savepoint, which then takes the half-written rows back) cannot be kept.
    if (m_failedAt != 0 && m_failedAt >= m_depth) {
        return std::unexpected(
            Error{ErrorCode::Internal, m_path, tr("A part of the transaction failed, so none of it was stored."),
                tr("See the error reported before this one.")});
    }
    const QString sql = m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE lw_%1").arg(m_depth - 1);
    // On failure the transaction is still open and the caller rolls it back.
    if (auto done = query(sql, {}, QT_TR_NOOP("committing a transaction")); !done)
        return std::unexpected(done.error());
    --m_depth;
    return {};
}

void SqliteStore::rollback()
{
    Q_ASSERT(m_depth > 0);
    // Rolling back this level undoes whatever a failed batch() inside it left behind.
    if (m_failedAt >= m_depth)
        m_failedAt = 0;
    --m_depth;
    QStringList statements;
    if (m_depth == 0)
        statements = {QStringLiteral("ROLLBACK")};
    else
        statements = {QStringLiteral("ROLLBACK TO lw_%1").arg(m_depth), QStringLiteral("RELEASE lw_%1").arg(m_depth)};
    for (const QString &sql : std::as_const(statements)) {
        QSqlQuery query(m_db);
        // SQLite may already have rolled back by itself (a full disk, an I/O error); the error
        // that caused it is what the caller reports.
        if (!query.exec(sql))
            qCWarning(lcStore) << m_path << sql << "failed:" << query.lastError().text();
    }
}

} // namespace Linkwright

// SqliteStore: the failure log.

#include "sqlitestore.h"

#include "store/sqlitevalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Linkwright {

using namespace SqliteValues;

namespace {

QString failureColumns()
{
    return QStringLiteral("f.id, f.run_id, f.data_point, f.direction, f.key, f.step, f.error_class, f.message, "
                          "f.http_status, f.attempts, f.payload, f.created_at, f.updated_at, f.next_attempt_at, "
                          "f.status");
}

/// The user's words as FTS5 string literals, all of them required. Inside a literal, quotes are
/// doubled and nothing else is special, so "*", NEAR, column filters or a stray quote are words
/// to look for, never query syntax.
QString fullTextQuery(const QString &text)
{
    QString cleaned = text;
    cleaned.remove(QChar(u'\0'));
    QStringList terms;
    for (QString word : cleaned.simplified().split(u' ', Qt::SkipEmptyParts)) {
        word.replace(u'"', QStringLiteral("\"\""));
        terms.append(u'"' + word + u'"');
    }
    // An empty phrase matches nothing, where an empty query would be a syntax error.
    return terms.isEmpty() ? QStringLiteral("\"\"") : terms.join(u' ');
}

/// A LIKE pattern that finds text anywhere, with the user's % and _ taken literally.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace

SqliteStore::FailureSql SqliteStore::failureSql(const FailureFilter &filter, bool needRows) const
{
    // The only SQL assembled at run time: a choice among these fixed clauses. Every value the user
    // or a record supplied is bound.
    FailureSql sql{QStringLiteral("failures AS f"), QStringLiteral("f.id"), {}};
    QStringList clauses;
    const QString text = filter.text.trimmed();
    const bool fullText = !text.isEmpty() && m_fullText;
    if (fullText) {
        // The index drives: it yields matching rowids newest first, so a page of a common word stops
        // after `limit` rows instead of sorting every match.
        sql.source = QStringLiteral("failures_fts CROSS JOIN failures AS f ON f.id = failures_fts.rowid");
        sql.idColumn = QStringLiteral("failures_fts.rowid");
        clauses.append(QStringLiteral("failures_fts MATCH ?"));
        sql.values.append(fullTextQuery(text));
    } else if (!text.isEmpty()) {
        clauses.append(QStringLiteral("(f.message LIKE ? ESCAPE '\\' OR f.key LIKE ? ESCAPE '\\')"));
        sql.values.append(likePattern(text));
        sql.values.append(likePattern(text));
    }
    if (filter.dataPoint) {
        clauses.append(QStringLiteral("f.data_point = ?"));
        sql.values.append(DataPoints::key(*filter.dataPoint));
    }
    if (filter.waiting && !filter.status) {
        // Literal, as in the partial indexes failures_waiting and failures_data_point_waiting:
        // only then does SQLite use them (tst_store_failures checks the plan and the keys).
        clauses.append(QStringLiteral("f.status IN ('open', 'retried')"));
    } else if (filter.status) {
        clauses.append(QStringLiteral("f.status = ?"));
        sql.values.append(failureStatusKey(*filter.status));
    }
    if (filter.errorClass) {
        clauses.append(QStringLiteral("f.error_class = ?"));
        sql.values.append(errorClassKey(*filter.errorClass));
    }
    if (filter.step) {
        clauses.append(QStringLiteral("f.step = ?"));
        sql.values.append(failureStepKey(*filter.step));
    }
    if (filter.since.isValid()) {
        clauses.append(QStringLiteral("f.created_at >= ?"));
        sql.values.append(timestamp(filter.since));
    }
    if (filter.runId != 0) {
        clauses.append(QStringLiteral("f.run_id = ?"));
        sql.values.append(filter.runId);
    }
    if (!filter.mappedOtherThan.isEmpty()) {
        clauses.append(QStringLiteral("f.run_id IN (SELECT id FROM runs WHERE mappings <> '' AND mappings <> ?)"));
        sql.values.append(filter.mappedOtherThan);
    }
    if (!filter.ids.isEmpty()) {
        // One bound JSON array instead of one placeholder per id: "retry these 50,000" stays one
        // statement of constant text.
        clauses.append(QStringLiteral("f.id IN (SELECT value FROM json_each(?))"));
        sql.values.append(idArray(filter.ids));
    }
    if (!filter.keys.isEmpty()) {
        // As for ids: one bound JSON array of the keys, compared exactly.
        clauses.append(QStringLiteral("f.key IN (SELECT value FROM json_each(?))"));
        sql.values.append(
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(filter.keys)).toJson(QJsonDocument::Compact)));
    }
    if (needRows && filter.beforeId > 0) {
        clauses.append(sql.idColumn + QStringLiteral(" < ?"));
        sql.values.append(filter.beforeId);
    }
    if (!needRows && fullText && clauses.size() == 1) {
        // Counting matches of the text alone: the index knows them without a row lookup each
        // (166,667 matches at 1M rows: 45 ms instead of 600).
        sql.source = QStringLiteral("failures_fts");
    }
    if (!clauses.isEmpty())
        sql.source += QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    return sql;
}

Result<Failure> SqliteStore::readFailure(const QSqlQuery &query) const
{
    static constexpr const char *Purpose = QT_TR_NOOP("reading the failure log");
    Failure failure;
    failure.id = query.value(0).toLongLong();
    failure.runId = query.value(1).toLongLong();
    const QString dataPoint = query.value(2).toString();
    const QString direction = query.value(3).toString();
    const QString step = query.value(5).toString();
    const QString errorClass = query.value(6).toString();
    const QString status = query.value(14).toString();
    const auto kind = DataPoints::fromKey(dataPoint);
    if (!kind)
        return std::unexpected(corrupt(QStringLiteral("failures.data_point"), dataPoint, Purpose));
    const auto dir = directionFromKey(direction);
    if (!dir)
        return std::unexpected(corrupt(QStringLiteral("failures.direction"), direction, Purpose));
    const auto failureStep = failureStepFromKey(step);
    if (!failureStep)
        return std::unexpected(corrupt(QStringLiteral("failures.step"), step, Purpose));
    const auto failureClass = errorClassFromKey(errorClass);
    if (!failureClass)
        return std::unexpected(corrupt(QStringLiteral("failures.error_class"), errorClass, Purpose));
    const auto failureStatus = failureStatusFromKey(status);
    if (!failureStatus)
        return std::unexpected(corrupt(QStringLiteral("failures.status"), status, Purpose));
    failure.dataPoint = *kind;
    failure.direction = *dir;
    failure.key = query.value(4).toString();
    failure.step = *failureStep;
    failure.errorClass = *failureClass;
    failure.message = query.value(7).toString();
    failure.httpStatus = query.value(8).toInt();
    failure.attempts = query.value(9).toInt();
    failure.payload = query.value(10).toByteArray();
    failure.createdAt = readTimestamp(query.value(11));
    failure.updatedAt = readTimestamp(query.value(12));
    failure.nextAttemptAt = readTimestamp(query.value(13));
    failure.status = *failureStatus;
    return failure;
}

Result<qint64> SqliteStore::addFailure(const Failure &failure)
{
    checkThread();
    auto ids = addFailures({failure});
    if (!ids)
        return std::unexpected(ids.error());
    return ids->constFirst();
}

Result<QList<qint64>> SqliteStore::addFailures(const QList<Failure> &failures)
{
    checkThread();
    static constexpr const char *Purpose = QT_TR_NOOP("adding to the failure log");
    // Several rows per INSERT: SQLite flushes FTS5's pending terms at the end of every statement
    // that writes the index, so one row per statement spent half its time there.
    static constexpr qsizetype RowsPerStatement = 64;
    static constexpr int Columns = 14;
    auto insertSql = [](qsizetype rows) {
        QString sql = QStringLiteral("INSERT INTO failures (run_id, data_point, direction, key, step, error_class, "
                                     "message, http_status, attempts, payload, created_at, updated_at, "
                                     "next_attempt_at, status) VALUES ");
        for (qsizetype i = 0; i < rows; ++i)
            sql += (i == 0 ? QString() : QStringLiteral(", "))
                + QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        return sql;
    };
    QList<qint64> ids;
    if (failures.isEmpty())
        return ids;
    ids.reserve(failures.size());
    auto added = batch([&]() -> Result<void> {
        // New rows get the ids after the largest one (we hold the write lock), in the order given;
        // checked after each statement all the same.
        auto largest = query(QStringLiteral("SELECT coalesce(max(id), 0) FROM failures"), {}, Purpose);
        if (!largest)
            return std::unexpected(largest.error());
        qint64 lastId = largest->next() ? largest->value(0).toLongLong() : 0;
        largest->finish();

        const QString createdNow = now();
        std::optional<QSqlQuery> full;
        for (qsizetype first = 0; first < failures.size(); first += RowsPerStatement) {
            const qsizetype rows = std::min(RowsPerStatement, failures.size() - first);
            std::optional<QSqlQuery> tail;
            std::optional<QSqlQuery> &insert = rows == RowsPerStatement ? full : tail;
            if (!insert) {
                auto prepared = prepare(insertSql(rows), Purpose);
                if (!prepared)
                    return std::unexpected(prepared.error());
                insert.emplace(std::move(*prepared));
            }
            for (qsizetype row = 0; row < rows; ++row) {
                const Failure &failure = failures.at(first + row);
                const int at = static_cast<int>(row) * Columns;
                const QVariant created =
                    failure.createdAt.isValid() ? timestamp(failure.createdAt) : QVariant(createdNow);
                insert->bindValue(at + 0, runRef(failure.runId));
                insert->bindValue(at + 1, DataPoints::key(failure.dataPoint));
                insert->bindValue(at + 2, directionKey(failure.direction));
                insert->bindValue(at + 3, text(failure.key));
                insert->bindValue(at + 4, failureStepKey(failure.step));
                insert->bindValue(at + 5, errorClassKey(failure.errorClass));
                insert->bindValue(at + 6, text(failure.message));
                insert->bindValue(at + 7, failure.httpStatus);
                insert->bindValue(at + 8, failure.attempts);
                insert->bindValue(at + 9, failure.payload);
                insert->bindValue(at + 10, created);
                insert->bindValue(at + 11, failure.updatedAt.isValid() ? timestamp(failure.updatedAt) : created);
                insert->bindValue(at + 12, timestamp(failure.nextAttemptAt));
                insert->bindValue(at + 13, failureStatusKey(failure.status));
            }
            if (auto done = exec(*insert, Purpose); !done)
                return done;
            if (insert->lastInsertId().toLongLong() != lastId + rows) {
                return fail(ErrorCode::Internal, where(Purpose), tr("The failure log handed out ids out of sequence."),
                    tr("Please report this; nothing was stored."));
            }
            for (qsizetype row = 0; row < rows; ++row)
                ids.append(++lastId);
        }
        return {};
    });
    if (!added)
        return std::unexpected(added.error());
    return ids;
}

Result<void> SqliteStore::updateFailure(const Failure &failure)
{
    checkThread();
    static constexpr const char *Purpose = QT_TR_NOOP("updating the failure log");
    auto updated = query(QStringLiteral("UPDATE failures SET run_id = ?, data_point = ?, direction = ?, key = ?, "
                                        "step = ?, error_class = ?, message = ?, http_status = ?, attempts = ?, "
                                        "payload = ?, updated_at = ?, next_attempt_at = ?, status = ? WHERE id = ?"),
        {runRef(failure.runId), DataPoints::key(failure.dataPoint), directionKey(failure.direction), text(failure.key),
            failureStepKey(failure.step), errorClassKey(failure.errorClass), text(failure.message), failure.httpStatus,
            failure.attempts, failure.payload, now(), timestamp(failure.nextAttemptAt),
            failureStatusKey(failure.status), failure.id},
        Purpose);
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() == 0)
        return std::unexpected(notFound(tr("There is no failure with id %1.").arg(failure.id), Purpose));
    return {};
}

SqliteStore::FailureSql SqliteStore::failuresQuery(const FailureFilter &filter) const
{
    FailureSql sql = failureSql(filter, true);
    sql.source = QStringLiteral("SELECT ") + failureColumns() + QStringLiteral(" FROM ") + sql.source
        + QStringLiteral(" ORDER BY ") + sql.idColumn + QStringLiteral(" DESC");
    if (filter.limit > 0) {
        sql.source += QStringLiteral(" LIMIT ?");
        sql.values.append(filter.limit);
    }
    return sql;
}

Result<QString> SqliteStore::failuresPlan(const FailureFilter &filter)
{
    checkThread();
    const FailureSql sql = failuresQuery(filter);
    auto found =
        query(QStringLiteral("EXPLAIN QUERY PLAN ") + sql.source, sql.values, QT_TR_NOOP("reading the failure log"));
    if (!found)
        return std::unexpected(found.error());
    QStringList steps;
    while (found->next())
        steps.append(found->value(3).toString());
    return steps.join(u'\n');
}

Result<QList<Failure>> SqliteStore::failures(const FailureFilter &filter)
{
    checkThread();
    const FailureSql sql = failuresQuery(filter);
    auto found = query(sql.source, sql.values, QT_TR_NOOP("reading the failure log"));
    if (!found)
        return std::unexpected(found.error());
    QList<Failure> list;
    if (filter.limit > 0)
        list.reserve(filter.limit);
    while (found->next()) {
        auto failure = readFailure(*found);
        if (!failure)
            return std::unexpected(failure.error());
        list.append(*failure);
    }
    return list;
}

Result<qint64> SqliteStore::countFailures(const FailureFilter &filter)
{
    checkThread();
    const FailureSql sql = failureSql(filter, false);
    auto found =
        query(QStringLiteral("SELECT count(*) FROM ") + sql.source, sql.values, QT_TR_NOOP("counting the failure log"));
    if (!found)
        return std::unexpected(found.error());
    return found->next() ? found->value(0).toLongLong() : 0;
}

} // namespace Linkwright

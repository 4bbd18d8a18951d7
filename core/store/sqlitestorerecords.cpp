// SqliteStore: per-record state, the identity map and watermarks.

#include "sqlitestore.h"

#include "store/sqliterawstatement.h"
#include "store/sqlitevalues.h"

#include <QSqlQuery>

namespace Linkwright {

using namespace SqliteValues;

namespace {

/// A data point's key in UTF-8, made once: every row of a batch binds it without a copy.
const QByteArray &dataPointKeyUtf8(DataPointKind kind)
{
    static const QList<QByteArray> keys = [] {
        QList<QByteArray> made(DataPoints::all().size());
        for (const DataPointKind each : DataPoints::all())
            made[static_cast<qsizetype>(each)] = DataPoints::key(each).toUtf8();
        return made;
    }();
    return keys.at(static_cast<qsizetype>(kind));
}

/// Unknown ids are bound as NULL, which the upserts' COALESCE reads as "keep the stored one".
void bindOptionalIds(SqliteRawStatement &statement, int first, const QString &erpId, const QString &shopId)
{
    for (const auto &[index, id] : {std::pair{first, &erpId}, std::pair{first + 1, &shopId}}) {
        if (id->isEmpty())
            statement.bindNull(index);
        else
            statement.bindText(index, *id);
    }
}

} // namespace

Result<QHash<QString, RecordState>> SqliteStore::recordStates(DataPointKind dataPoint)
{
    checkThread();
    auto found = query(QStringLiteral("SELECT key, source_hash, field_values, synced_at, run_id, erp_id, shop_id "
                                      "FROM record_state WHERE data_point = ?"),
        {DataPoints::key(dataPoint)}, QT_TR_NOOP("loading record states"));
    if (!found)
        return std::unexpected(found.error());
    QHash<QString, RecordState> states;
    while (found->next()) {
        RecordState state;
        state.dataPoint = dataPoint;
        state.key = found->value(0).toString();
        state.sourceHash = found->value(1).toByteArray();
        state.values = found->value(2).toByteArray();
        state.syncedAt = readTimestamp(found->value(3));
        state.runId = found->value(4).toLongLong();
        state.erpId = found->value(5).toString();
        state.shopId = found->value(6).toString();
        states.insert(state.key, state);
    }
    return states;
}

Result<QHash<QString, QByteArray>> SqliteStore::recordHashes(DataPointKind dataPoint)
{
    checkThread();
    auto found = query(QStringLiteral("SELECT key, source_hash FROM record_state WHERE data_point = ?"),
        {DataPoints::key(dataPoint)}, QT_TR_NOOP("loading record states"));
    if (!found)
        return std::unexpected(found.error());
    QHash<QString, QByteArray> hashes;
    while (found->next())
        hashes.insert(found->value(0).toString(), found->value(1).toByteArray());
    return hashes;
}

Result<QHash<QString, RecordState>> SqliteStore::recordStates(DataPointKind dataPoint, const QStringList &keys)
{
    checkThread();
    static constexpr const char *Purpose = QT_TR_NOOP("loading record states");
    QHash<QString, RecordState> states;
    if (keys.isEmpty())
        return states;
    auto select = prepare(QStringLiteral("SELECT source_hash, field_values, synced_at, run_id, erp_id, shop_id "
                                         "FROM record_state WHERE data_point = ? AND key = ?"),
        Purpose);
    if (!select)
        return std::unexpected(select.error());
    const QString kind = DataPoints::key(dataPoint);
    for (const QString &key : keys) {
        select->bindValue(0, kind);
        select->bindValue(1, text(key));
        if (auto done = exec(*select, Purpose); !done)
            return std::unexpected(done.error());
        if (select->next()) {
            RecordState state;
            state.dataPoint = dataPoint;
            state.key = key;
            state.sourceHash = select->value(0).toByteArray();
            state.values = select->value(1).toByteArray();
            state.syncedAt = readTimestamp(select->value(2));
            state.runId = select->value(3).toLongLong();
            state.erpId = select->value(4).toString();
            state.shopId = select->value(5).toString();
            states.insert(key, state);
        }
        select->finish();
    }
    return states;
}

Result<void> SqliteStore::saveRecordStates(const QList<RecordState> &states)
{
    checkThread();
    static constexpr const char *Purpose = QT_TR_NOOP("saving record states");
    if (states.isEmpty())
        return {};
    return batch([&]() -> Result<void> {
        static constexpr const char *Head =
            "INSERT INTO record_state (data_point, key, source_hash, field_values, synced_at, run_id, erp_id, shop_id)";
        // A write that learns no id (the target said none) keeps the ids stored before.
        static constexpr const char *Tail =
            "ON CONFLICT (data_point, key) DO UPDATE SET source_hash = excluded.source_hash, "
            "field_values = excluded.field_values, synced_at = excluded.synced_at, run_id = excluded.run_id, "
            "erp_id = COALESCE(excluded.erp_id, erp_id), shop_id = COALESCE(excluded.shop_id, shop_id)";
        // Statements prepared once and re-bound, on SQLite's own API: a run saves its whole
        // batch here, and binding through QVariant cost more than the INSERT itself.
        // The values every row repeats are turned into UTF-8 once, not once a row.
        const QByteArray syncedNow = now().toUtf8();
        const auto bind = [&](SqliteRawStatement &upsert, qsizetype i, int first) {
            const RecordState &state = states.at(i);
            upsert.bindUtf8(first, dataPointKeyUtf8(state.dataPoint));
            upsert.bindText(first + 1, state.key);
            upsert.bindBlob(first + 2, state.sourceHash);
            upsert.bindBlob(first + 3, state.values);
            // bindText keeps its own UTF-8 copy, so a temporary will do.
            if (state.syncedAt.isValid())
                upsert.bindText(first + 4, timestamp(state.syncedAt).toString());
            else
                upsert.bindUtf8(first + 4, syncedNow);
            if (state.runId > 0)
                upsert.bindInt64(first + 5, state.runId);
            else
                upsert.bindNull(first + 5);
            bindOptionalIds(upsert, first + 6, state.erpId, state.shopId);
        };
        return upsertRows(states.size(), Head, 8, Tail, bind, Purpose);
    });
}

Result<void> SqliteStore::removeRecordStates(DataPointKind dataPoint, const QStringList &keys)
{
    checkThread();
    static constexpr const char *Purpose = QT_TR_NOOP("removing record states");
    if (keys.isEmpty())
        return {};
    return batch([&]() -> Result<void> {
        // The link outlives the state, as it did when links were rows of their own: nothing
        // reads a removed record's link today, and dropping it is a decision of its own.
        auto keep =
            prepare(QStringLiteral("INSERT INTO identity_map (data_point, key, erp_id, shop_id) "
                                   "SELECT data_point, key, erp_id, shop_id FROM record_state "
                                   "WHERE data_point = ? AND key = ? AND (erp_id IS NOT NULL OR shop_id IS NOT NULL) "
                                   "ON CONFLICT (data_point, key) DO UPDATE SET "
                                   "erp_id = COALESCE(excluded.erp_id, erp_id), "
                                   "shop_id = COALESCE(excluded.shop_id, shop_id)"),
                Purpose);
        if (!keep)
            return std::unexpected(keep.error());
        auto remove = prepare(QStringLiteral("DELETE FROM record_state WHERE data_point = ? AND key = ?"), Purpose);
        if (!remove)
            return std::unexpected(remove.error());
        const QString kind = DataPoints::key(dataPoint);
        for (const QString &key : keys) {
            for (QSqlQuery *statement : {&*keep, &*remove}) {
                statement->bindValue(0, kind);
                statement->bindValue(1, text(key));
                if (auto done = exec(*statement, Purpose); !done)
                    return done;
            }
        }
        return {};
    });
}

Result<QHash<QString, IdentityLink>> SqliteStore::identityLinks(DataPointKind dataPoint)
{
    checkThread();
    // Links saved on their own first, then those saved with record states: a state's ids were
    // written last (saveIdentityLinks updates them too), so each known one wins.
    QHash<QString, IdentityLink> links;
    for (const QString &table : {QStringLiteral("identity_map"), QStringLiteral("record_state")}) {
        auto found = query(QStringLiteral("SELECT key, erp_id, shop_id FROM %1 WHERE data_point = ? "
                                          "AND (erp_id IS NOT NULL OR shop_id IS NOT NULL)")
                               .arg(table),
            {DataPoints::key(dataPoint)}, QT_TR_NOOP("loading the identity map"));
        if (!found)
            return std::unexpected(found.error());
        while (found->next()) {
            IdentityLink &link = links[found->value(0).toString()];
            link.dataPoint = dataPoint;
            link.key = found->value(0).toString();
            if (const QString erpId = found->value(1).toString(); !erpId.isEmpty())
                link.erpId = erpId;
            if (const QString shopId = found->value(2).toString(); !shopId.isEmpty())
                link.shopId = shopId;
        }
    }
    return links;
}

Result<void> SqliteStore::saveIdentityLinks(const QList<IdentityLink> &links)
{
    checkThread();
    static constexpr const char *Purpose = QT_TR_NOOP("saving the identity map");
    if (links.isEmpty())
        return {};
    return batch([&]() -> Result<void> {
        // A run that learns only one side's id keeps the other's.
        static constexpr const char *Head = "INSERT INTO identity_map (data_point, key, erp_id, shop_id)";
        static constexpr const char *Tail = "ON CONFLICT (data_point, key) DO UPDATE SET "
                                            "erp_id = COALESCE(excluded.erp_id, erp_id), "
                                            "shop_id = COALESCE(excluded.shop_id, shop_id)";
        const auto bind = [&](SqliteRawStatement &upsert, qsizetype i, int first) {
            const IdentityLink &link = links.at(i);
            upsert.bindUtf8(first, dataPointKeyUtf8(link.dataPoint));
            upsert.bindText(first + 1, link.key);
            bindOptionalIds(upsert, first + 2, link.erpId, link.shopId);
        };
        if (auto saved = upsertRows(links.size(), Head, 4, Tail, bind, Purpose); !saved)
            return saved;
        // identityLinks() lets a state's ids win; a link learnt later must not be hidden by them.
        auto update = prepare(QStringLiteral("UPDATE record_state SET erp_id = COALESCE(?, erp_id), "
                                             "shop_id = COALESCE(?, shop_id) WHERE data_point = ? AND key = ?"),
            Purpose);
        if (!update)
            return std::unexpected(update.error());
        for (const IdentityLink &link : links) {
            update->bindValue(0, optionalText(link.erpId));
            update->bindValue(1, optionalText(link.shopId));
            update->bindValue(2, DataPoints::key(link.dataPoint));
            update->bindValue(3, text(link.key));
            if (auto done = exec(*update, Purpose); !done)
                return done;
        }
        return {};
    });
}

Result<void> SqliteStore::upsertRows(qsizetype count, const char *head, int width, const char *tail,
    const std::function<void(SqliteRawStatement &, qsizetype, int)> &bind, const char *purpose)
{
    // Rows go in groups of RowsPerStatement, the rest one by one. The same key twice in one
    // statement is fine in SQLite: the later row updates the earlier, as two statements would.
    static constexpr int RowsPerStatement = 32;
    SqliteRawStatement many(SqliteRawStatement::handle(m_db),
        SqliteRawStatement::multiRow(head, width, RowsPerStatement, tail).constData());
    SqliteRawStatement one(
        SqliteRawStatement::handle(m_db), SqliteRawStatement::multiRow(head, width, 1, tail).constData());
    for (SqliteRawStatement *statement : {&many, &one}) {
        if (!statement->isValid())
            return std::unexpected(rawError(*statement, purpose));
    }
    qsizetype next = 0;
    while (next < count) {
        const bool grouped = count - next >= RowsPerStatement;
        SqliteRawStatement &upsert = grouped ? many : one;
        const int rows = grouped ? RowsPerStatement : 1;
        for (int row = 0; row < rows; ++row)
            bind(upsert, next + row, 1 + row * width);
        if (!upsert.step())
            return std::unexpected(rawError(upsert, purpose));
        next += rows;
    }
    return {};
}

Result<QString> SqliteStore::watermark(DataPointKind dataPoint, Side side)
{
    checkThread();
    auto found = query(QStringLiteral("SELECT value FROM watermarks WHERE data_point = ? AND side = ?"),
        {DataPoints::key(dataPoint), sideKey(side)}, QT_TR_NOOP("reading a watermark"));
    if (!found)
        return std::unexpected(found.error());
    return found->next() ? found->value(0).toString() : QString();
}

Result<void> SqliteStore::setWatermark(DataPointKind dataPoint, Side side, const QString &value)
{
    checkThread();
    auto saved =
        query(QStringLiteral("INSERT INTO watermarks (data_point, side, value, updated_at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (data_point, side) DO UPDATE SET "
                             "value = excluded.value, updated_at = excluded.updated_at"),
            {DataPoints::key(dataPoint), sideKey(side), text(value), now()}, QT_TR_NOOP("moving a watermark"));
    if (!saved)
        return std::unexpected(saved.error());
    return {};
}

Result<QDateTime> SqliteStore::endpointHold(Side side)
{
    checkThread();
    auto found = query(QStringLiteral("SELECT until FROM endpoint_holds WHERE side = ?"), {sideKey(side)},
        QT_TR_NOOP("reading a server's hold"));
    if (!found)
        return std::unexpected(found.error());
    return found->next() ? QDateTime::fromString(found->value(0).toString(), Qt::ISODateWithMs) : QDateTime();
}

Result<void> SqliteStore::setEndpointHold(Side side, const QDateTime &until)
{
    checkThread();
    static constexpr const char *Purpose = QT_TR_NOOP("keeping a server's hold");
    auto saved = until.isValid()
        ? query(QStringLiteral("INSERT INTO endpoint_holds (side, until) VALUES (?, ?) "
                               "ON CONFLICT (side) DO UPDATE SET until = excluded.until"),
            {sideKey(side), until.toUTC().toString(Qt::ISODateWithMs)}, Purpose)
        : query(QStringLiteral("DELETE FROM endpoint_holds WHERE side = ?"), {sideKey(side)}, Purpose);
    if (!saved)
        return std::unexpected(saved.error());
    return {};
}

} // namespace Linkwright

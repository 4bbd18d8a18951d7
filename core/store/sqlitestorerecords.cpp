// SqliteStore: per-record state, the identity map and watermarks.

#include "sqlitestore.h"

#include "store/sqliterawstatement.h"
#include "store/sqlitevalues.h"

#include <QSqlQuery>

namespace Linkwright {

using namespace SqliteValues;

Result<QHash<QString, RecordState>> SqliteStore::recordStates(DataPointKind dataPoint)
{
    checkThread();
    auto found = query(QStringLiteral("SELECT key, source_hash, field_values, synced_at, run_id FROM record_state "
                                      "WHERE data_point = ?"),
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
    auto select = prepare(QStringLiteral("SELECT source_hash, field_values, synced_at, run_id FROM record_state "
                                         "WHERE data_point = ? AND key = ?"),
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
        // One statement prepared once and re-bound per row, on SQLite's own API: a run saves
        // its whole batch here, and binding through QVariant cost more than the INSERT itself.
        SqliteRawStatement upsert(SqliteRawStatement::handle(m_db),
            "INSERT INTO record_state (data_point, key, source_hash, field_values, synced_at, run_id) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (data_point, key) DO UPDATE SET "
            "source_hash = excluded.source_hash, field_values = excluded.field_values, "
            "synced_at = excluded.synced_at, run_id = excluded.run_id");
        if (!upsert.isValid())
            return std::unexpected(rawError(upsert, Purpose));
        const QString syncedNow = now();
        DataPointKind kind = states.constFirst().dataPoint;
        QString kindKey = DataPoints::key(kind);
        for (const RecordState &state : states) {
            if (state.dataPoint != kind) {
                kind = state.dataPoint;
                kindKey = DataPoints::key(kind);
            }
            const QString syncedAt = state.syncedAt.isValid() ? timestamp(state.syncedAt).toString() : syncedNow;
            upsert.bindText(1, kindKey);
            upsert.bindText(2, state.key);
            upsert.bindBlob(3, state.sourceHash);
            upsert.bindBlob(4, state.values);
            upsert.bindText(5, syncedAt);
            if (state.runId > 0)
                upsert.bindInt64(6, state.runId);
            else
                upsert.bindNull(6);
            if (!upsert.step())
                return std::unexpected(rawError(upsert, Purpose));
        }
        return {};
    });
}

Result<void> SqliteStore::removeRecordStates(DataPointKind dataPoint, const QStringList &keys)
{
    checkThread();
    static constexpr const char *Purpose = QT_TR_NOOP("removing record states");
    if (keys.isEmpty())
        return {};
    return batch([&]() -> Result<void> {
        auto remove = prepare(QStringLiteral("DELETE FROM record_state WHERE data_point = ? AND key = ?"), Purpose);
        if (!remove)
            return std::unexpected(remove.error());
        const QString kind = DataPoints::key(dataPoint);
        for (const QString &key : keys) {
            remove->bindValue(0, kind);
            remove->bindValue(1, text(key));
            if (auto done = exec(*remove, Purpose); !done)
                return done;
        }
        return {};
    });
}

Result<QHash<QString, IdentityLink>> SqliteStore::identityLinks(DataPointKind dataPoint)
{
    checkThread();
    auto found = query(QStringLiteral("SELECT key, erp_id, shop_id FROM identity_map WHERE data_point = ?"),
        {DataPoints::key(dataPoint)}, QT_TR_NOOP("loading the identity map"));
    if (!found)
        return std::unexpected(found.error());
    QHash<QString, IdentityLink> links;
    while (found->next()) {
        IdentityLink link;
        link.dataPoint = dataPoint;
        link.key = found->value(0).toString();
        link.erpId = found->value(1).toString();
        link.shopId = found->value(2).toString();
        links.insert(link.key, link);
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
        // A run that learns only one side's id keeps the other's; NULL keeps unknown ids out of
        // the duplicate-detection indexes.
        SqliteRawStatement upsert(SqliteRawStatement::handle(m_db),
            "INSERT INTO identity_map (data_point, key, erp_id, shop_id) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (data_point, key) DO UPDATE SET erp_id = COALESCE(excluded.erp_id, erp_id), "
            "shop_id = COALESCE(excluded.shop_id, shop_id)");
        if (!upsert.isValid())
            return std::unexpected(rawError(upsert, Purpose));
        for (const IdentityLink &link : links) {
            const QString kind = DataPoints::key(link.dataPoint);
            upsert.bindText(1, kind);
            upsert.bindText(2, link.key);
            for (const auto &[index, id] : {std::pair{3, &link.erpId}, std::pair{4, &link.shopId}}) {
                if (id->isEmpty())
                    upsert.bindNull(index);
                else
                    upsert.bindText(index, *id);
            }
            if (!upsert.step())
                return std::unexpected(rawError(upsert, Purpose));
        }
        return {};
    });
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

} // namespace Linkwright

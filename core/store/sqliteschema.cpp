#include "sqliteschema.h"

namespace Linkwright::SqliteSchema {

namespace {

QList<Migration> build()
{
    QList<Migration> list;

    // Enums are stored as their text keys (store.h), times as ISO 8601 UTC with milliseconds, so
    // text order is time order. A run id of 0 in the API is NULL here, which lets the foreign keys
    // catch ids that name no run.
    list.append(Migration{
        QStringLiteral("runs, record state, identity map, watermarks, plans, failure log"),
        {
            QStringLiteral("CREATE TABLE runs ("
                           " id INTEGER PRIMARY KEY,"
                           " data_point TEXT NOT NULL,"
                           " direction TEXT NOT NULL,"
                           " dry_run INTEGER NOT NULL DEFAULT 0,"
                           " full_run INTEGER NOT NULL DEFAULT 0,"
                           " started_at TEXT NOT NULL,"
                           " finished_at TEXT,"
                           " status TEXT NOT NULL,"
                           " fetched INTEGER NOT NULL DEFAULT 0,"
                           " created INTEGER NOT NULL DEFAULT 0,"
                           " updated INTEGER NOT NULL DEFAULT 0,"
                           " unchanged INTEGER NOT NULL DEFAULT 0,"
                           " deleted INTEGER NOT NULL DEFAULT 0,"
                           " failed INTEGER NOT NULL DEFAULT 0,"
                           " message TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX runs_data_point ON runs(data_point, id)"),
            // writtenPerDay: a range of start times within one data point.
            QStringLiteral("CREATE INDEX runs_started ON runs(data_point, started_at)"),

            QStringLiteral("CREATE TABLE record_state ("
                           " data_point TEXT NOT NULL,"
                           " key TEXT NOT NULL,"
                           " source_hash BLOB,"
                           " field_values BLOB,"
                           " synced_at TEXT,"
                           " run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,"
                           " PRIMARY KEY (data_point, key))"),

            QStringLiteral("CREATE TABLE identity_map ("
                           " data_point TEXT NOT NULL,"
                           " key TEXT NOT NULL,"
                           " erp_id TEXT,"
                           " shop_id TEXT,"
                           " PRIMARY KEY (data_point, key))"),
            // Two keys claiming one ERP or shop id are duplicates; partial, because unknown ids are NULL.
            QStringLiteral(
                "CREATE INDEX identity_map_erp ON identity_map(data_point, erp_id) WHERE erp_id IS NOT NULL"),
            QStringLiteral(
                "CREATE INDEX identity_map_shop ON identity_map(data_point, shop_id) WHERE shop_id IS NOT NULL"),

            QStringLiteral("CREATE TABLE watermarks ("
                           " data_point TEXT NOT NULL,"
                           " side TEXT NOT NULL,"
                           " value TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " PRIMARY KEY (data_point, side)) WITHOUT ROWID"),

            QStringLiteral("CREATE TABLE plans ("
                           " id INTEGER PRIMARY KEY,"
                           " run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,"
                           " data_point TEXT NOT NULL,"
                           " direction TEXT NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " watermark TEXT NOT NULL DEFAULT '',"
                           " applied INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE plan_items ("
                           " id INTEGER PRIMARY KEY,"
                           " plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,"
                           " key TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " diff BLOB,"
                           " payload BLOB,"
                           " source_hash BLOB,"
                           " status TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX plan_items_plan ON plan_items(plan_id, id)"),

            // Newest first is the rowid order, so the unfiltered log needs no index of its own; every
            // index ends in id so a filtered page is read in order and stops after `limit` rows
            // (an index on status and time alone meant a full sort: 1.6-2.6 s at 1M rows).
            QStringLiteral("CREATE TABLE failures ("
                           " id INTEGER PRIMARY KEY,"
                           " run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,"
                           " data_point TEXT NOT NULL,"
                           " direction TEXT NOT NULL,"
                           " key TEXT NOT NULL DEFAULT '',"
                           " step TEXT NOT NULL,"
                           " error_class TEXT NOT NULL,"
                           " message TEXT NOT NULL DEFAULT '',"
                           " http_status INTEGER NOT NULL DEFAULT 0,"
                           " attempts INTEGER NOT NULL DEFAULT 1,"
                           " payload BLOB,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " next_attempt_at TEXT,"
                           " status TEXT NOT NULL,"
                           " resolved_by_run INTEGER REFERENCES runs(id) ON DELETE SET NULL)"),
            QStringLiteral("CREATE INDEX failures_status ON failures(status, id)"),
            QStringLiteral("CREATE INDEX failures_data_point ON failures(data_point, id)"),
            QStringLiteral("CREATE INDEX failures_data_point_status ON failures(data_point, status, id)"),
            QStringLiteral("CREATE INDEX failures_key ON failures(key, data_point)"),
            QStringLiteral("CREATE INDEX failures_run ON failures(run_id, id)"),
        },
        {},
    });

    // An external-content index: the text lives once, in failures; triggers keep the index in step.
    // unicode61 words, not trigrams: a third of the size and the notes' 0.15-0.3 ms for a rare word.
    list.append(Migration{
        QStringLiteral("full-text index of the failure log"),
        {},
        {
            QStringLiteral("CREATE VIRTUAL TABLE failures_fts USING fts5(message, key, content='failures',"
                           " content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
            QStringLiteral("CREATE TRIGGER failures_fts_insert AFTER INSERT ON failures BEGIN"
                           " INSERT INTO failures_fts(rowid, message, key) VALUES (new.id, new.message, new.key);"
                           " END"),
            QStringLiteral("CREATE TRIGGER failures_fts_delete AFTER DELETE ON failures BEGIN"
                           " INSERT INTO failures_fts(failures_fts, rowid, message, key)"
                           " VALUES ('delete', old.id, old.message, old.key);"
                           " END"),
            QStringLiteral("CREATE TRIGGER failures_fts_update AFTER UPDATE OF message, key ON failures"
                           " WHEN old.message IS NOT new.message OR old.key IS NOT new.key BEGIN"
                           " INSERT INTO failures_fts(failures_fts, rowid, message, key)"
                           " VALUES ('delete', old.id, old.message, old.key);"
                           " INSERT INTO failures_fts(rowid, message, key) VALUES (new.id, new.message, new.key);"
                           " END"),
            // Failures logged before this step become searchable.
            QStringLiteral("INSERT INTO failures_fts(failures_fts) VALUES ('rebuild')"),
        },
    });

    // Applying a plan can fail per record; the failure log then needs the source record, so
    // that a retry maps it again with the mappings of that day.
    list.append(Migration{
        QStringLiteral("source records in plan items"),
        {QStringLiteral("ALTER TABLE plan_items ADD COLUMN source BLOB")},
        {},
    });

    // A run writes a record state per record it writes and an identity link per record it
    // creates. As rowid tables each went into the table and its key's index, and each link into
    // two partial indexes by id that no query uses (a pre-flight finds duplicate ids in memory).
    // Clustered on their keys, each is one B-tree: at 100,000 products the run's store work
    // fell by a third.
    list.append(Migration{
        QStringLiteral("record state and identity map clustered on their keys, without id indexes"),
        {
            QStringLiteral("CREATE TABLE identity_map_clustered ("
                           " data_point TEXT NOT NULL,"
                           " key TEXT NOT NULL,"
                           " erp_id TEXT,"
                           " shop_id TEXT,"
                           " PRIMARY KEY (data_point, key)) WITHOUT ROWID"),
            QStringLiteral("INSERT INTO identity_map_clustered"
                           " SELECT data_point, key, erp_id, shop_id FROM identity_map"),
            QStringLiteral("DROP TABLE identity_map"),
            QStringLiteral("ALTER TABLE identity_map_clustered RENAME TO identity_map"),
            QStringLiteral("CREATE TABLE record_state_clustered ("
                           " data_point TEXT NOT NULL,"
                           " key TEXT NOT NULL,"
                           " source_hash BLOB,"
                           " field_values BLOB,"
                           " synced_at TEXT,"
                           " run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,"
                           " PRIMARY KEY (data_point, key)) WITHOUT ROWID"),
            QStringLiteral("INSERT INTO record_state_clustered SELECT data_point, key, source_hash, field_values,"
                           " synced_at, run_id FROM record_state"),
            QStringLiteral("DROP TABLE record_state"),
            QStringLiteral("ALTER TABLE record_state_clustered RENAME TO record_state"),
        },
        {},
    });

    // A run that creates a record learns its ids in the same moment it writes the record's state.
    // As a row of identity_map each link was a second upsert per record, a third of the journal
    // writer's work at 100,000 products; as columns of the state they ride in the row being
    // written. identity_map keeps links without a state (and those stored before this step);
    // reading the map merges both, the state's ids being the newer.
    list.append(Migration{
        QStringLiteral("identity ids in the record state"),
        {
            QStringLiteral("ALTER TABLE record_state ADD COLUMN erp_id TEXT"),
            QStringLiteral("ALTER TABLE record_state ADD COLUMN shop_id TEXT"),
        },
        {},
    });

    // Clustered on its key, a state's row (the record's synced values, about 600 bytes for a
    // product) went into the middle of a B-tree of large rows: fine when records come in key
    // order, as the simulator sends them, but a real source pages by id or modification time,
    // and in random key order 100,000 states cost four times the CPU (pages split and re-read).
    // As a rowid table the rows are appended, and only the small (data_point, key) index is
    // kept in key order.
    list.append(Migration{
        QStringLiteral("record state appended in rows, found by its key's index"),
        {
            QStringLiteral("CREATE TABLE record_state_rows ("
                           " data_point TEXT NOT NULL,"
                           " key TEXT NOT NULL,"
                           " source_hash BLOB,"
                           " field_values BLOB,"
                           " synced_at TEXT,"
                           " run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,"
                           " erp_id TEXT,"
                           " shop_id TEXT,"
                           " PRIMARY KEY (data_point, key))"),
            QStringLiteral("INSERT INTO record_state_rows SELECT data_point, key, source_hash, field_values,"
                           " synced_at, run_id, erp_id, shop_id FROM record_state"),
            QStringLiteral("DROP TABLE record_state"),
            QStringLiteral("ALTER TABLE record_state_rows RENAME TO record_state"),
        },
        {},
    });

    // What a retry takes is open or "retried": with the two statuses as bound values SQLite
    // scanned the whole log by id for them (a page of 1,000 at 1,000,000 rows: 85 ms instead
    // of 4). Partial indexes of only those rows serve both, and stay small: most of a log is
    // resolved. The statuses are the store's own keys, written as literals so that the query
    // planner can match the queries' clause to the indexes'.
    list.append(Migration{
        QStringLiteral("failures waiting for a retry indexed on their own"),
        {
            QStringLiteral("CREATE INDEX failures_waiting ON failures(id) WHERE status IN ('open', 'retried')"),
            QStringLiteral("CREATE INDEX failures_data_point_waiting ON failures(data_point, id) "
                           "WHERE status IN ('open', 'retried')"),
        },
        {},
    });

    // What each run mapped with: a failure the mappings refused is tried again once they changed,
    // and a plan made with other mappings is not applied (see SyncRunner).
    list.append(Migration{
        QStringLiteral("the mappings a run used"),
        {
            QStringLiteral("ALTER TABLE runs ADD COLUMN mappings TEXT NOT NULL DEFAULT ''"),
        },
        {},
    });

    // A server that asked to be left alone for an hour (Retry-After) was asked again by every
    // command in that hour (cron every 15 minutes): the hold is kept between commands.
    list.append(Migration{
        QStringLiteral("servers' holds between commands"),
        {
            QStringLiteral("CREATE TABLE endpoint_holds (side TEXT PRIMARY KEY NOT NULL, until TEXT NOT NULL)"),
        },
        {},
    });

    return list;
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> list = build();
    return list;
}

int currentVersion()
{
    return static_cast<int>(migrations().size());
}

} // namespace Linkwright::SqliteSchema

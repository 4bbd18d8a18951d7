#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace Linkwright {

/// One statement straight on SQLite's C API, on the connection Qt SQL opened, for the few
/// upserts a run repeats per record: binding through QVariant cost more than SQLite's own work
/// (bench_sync's profile). Everything else stays with QSqlQuery. The bound values must outlive
/// step(); they are not copied.
class SqliteRawStatement final
{
public:
    /// The connection's sqlite3 handle, or nullptr when db is not a QSQLITE connection.
    [[nodiscard]] static sqlite3 *handle(const QSqlDatabase &db);

    SqliteRawStatement(sqlite3 *db, const char *sql);
    /// "head VALUES (?, ...), (?, ...) tail" with rows groups of width parameters: one statement
    /// stores many rows, so SQLite's per-statement work (a statement journal for an upsert, its
    /// release) is paid once for all of them.
    [[nodiscard]] static QByteArray multiRow(const char *head, int width, int rows, const char *tail);
    ~SqliteRawStatement();
    SqliteRawStatement(const SqliteRawStatement &) = delete;
    SqliteRawStatement &operator=(const SqliteRawStatement &) = delete;

    [[nodiscard]] bool isValid() const { return m_statement != nullptr; }

    void bindText(int index, const QString &text);
    /// Text already in UTF-8, for a value that repeats in every row: bound without a copy, so
    /// utf8 must stay unchanged until step().
    void bindUtf8(int index, const QByteArray &utf8);
    /// A null QByteArray binds NULL, an empty one an empty blob, as Qt SQL does.
    void bindBlob(int index, const QByteArray &bytes);
    void bindInt64(int index, qint64 value);
    void bindNull(int index);
    /// Runs it once and resets it for the next values; false on an error (see errorText()).
    [[nodiscard]] bool step();

    [[nodiscard]] QString errorText() const;
    [[nodiscard]] int errorCode() const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    int m_result = 0;
    std::vector<QByteArray> m_text; ///< the UTF-8 of each text parameter, while bound
};

} // namespace Linkwright

#include "sqliterawstatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace Linkwright {

sqlite3 *SqliteRawStatement::handle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteRawStatement::SqliteRawStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (m_db)
        m_result = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
}

SqliteRawStatement::~SqliteRawStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteRawStatement::bindText(int index, const QString &text)
{
    // UTF-16 as QString holds it: SQLite converts once, where Qt would go through QVariant. A
    // null QString is bound as empty text, as the NOT NULL key columns need.
    static const char16_t empty[] = u"";
    const void *data = text.isNull() ? static_cast<const void *>(empty) : static_cast<const void *>(text.utf16());
    sqlite3_bind_text16(m_statement, index, data, static_cast<int>(text.size() * 2), SQLITE_STATIC);
}

void SqliteRawStatement::bindBlob(int index, const QByteArray &bytes)
{
    if (bytes.isNull())
        sqlite3_bind_null(m_statement, index);
    else if (bytes.isEmpty())
        sqlite3_bind_zeroblob(m_statement, index, 0);
    else
        sqlite3_bind_blob(m_statement, index, bytes.constData(), static_cast<int>(bytes.size()), SQLITE_STATIC);
}

void SqliteRawStatement::bindInt64(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteRawStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

bool SqliteRawStatement::step()
{
    m_result = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return m_result == SQLITE_DONE || m_result == SQLITE_ROW;
}

QString SqliteRawStatement::errorText() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no SQLite connection");
}

int SqliteRawStatement::errorCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE;
}

} // namespace Linkwright

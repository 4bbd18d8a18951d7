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
    if (m_statement)
        m_text.resize(static_cast<std::size_t>(sqlite3_bind_parameter_count(m_statement)));
}

QByteArray SqliteRawStatement::multiRow(const char *head, int width, int rows, const char *tail)
{
    QByteArray group = "(";
    for (int i = 0; i < width; ++i)
        group += i == 0 ? "?" : ", ?";
    group += ')';
    QByteArray sql = head;
    sql += " VALUES ";
    for (int row = 0; row < rows; ++row) {
        if (row > 0)
            sql += ", ";
        sql += group;
    }
    sql += ' ';
    sql += tail;
    return sql;
}

SqliteRawStatement::~SqliteRawStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteRawStatement::bindText(int index, const QString &text)
{
    // As UTF-8, the database's encoding: bound as UTF-16, SQLite converted every text parameter
    // itself, with an allocation each. The bytes live in a buffer of the parameter until the
    // next bind, since SQLite keeps a pointer to them (SQLITE_STATIC). A null QString is bound
    // as empty text, as the NOT NULL key columns need.
    if (index < 1 || index > static_cast<int>(m_text.size())) {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(
            m_statement, index, utf8.isNull() ? "" : utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
        return;
    }
    QByteArray &buffer = m_text[static_cast<std::size_t>(index - 1)];
    // Keys and ids are short and nearly always ASCII: copied into the parameter's buffer, which
    // keeps its capacity from row to row, instead of a new QByteArray per value (toUtf8 and its
    // allocation were most of binding a row).
    const qsizetype size = text.size();
    const QChar *from = text.constData();
    bool ascii = true;
    buffer.resize(size);
    char *to = buffer.data();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = from[i].unicode();
        if (unit >= 0x80) {
            ascii = false;
            break;
        }
        to[i] = static_cast<char>(unit);
    }
    if (!ascii)
        buffer = text.toUtf8();
    sqlite3_bind_text(m_statement, index, buffer.constData(), static_cast<int>(buffer.size()), SQLITE_STATIC);
}

void SqliteRawStatement::bindUtf8(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(
        m_statement, index, utf8.isNull() ? "" : utf8.constData(), static_cast<int>(utf8.size()), SQLITE_STATIC);
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

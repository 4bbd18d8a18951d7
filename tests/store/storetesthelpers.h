#pragma once

// Helpers shared by the store's test programs.

#include "store/sqlitestore.h"

#include <QDateTime>
#include <QDebug>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>
#include <QVariant>

#include <memory>

namespace StoreTest {

using namespace Linkwright;

/// A plain Qt SQL connection of the test's own, to look at a file with no store open.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
        : m_name(QStringLiteral("raw-") + QString::number(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDatabase()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDatabase(const RawDatabase &) = delete;
    RawDatabase &operator=(const RawDatabase &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name); }
    bool exec(const QString &sql) const
    {
        QSqlQuery query(db());
        return query.exec(sql);
    }

private:
    QString m_name;
    static inline int s_count = 0;
};

/// The store's product links are exactly links; the caller checks QTest::currentTestFailed().
inline void compareProductLinks(SqliteStore &store, const QList<IdentityLink> &links)
{
    const auto stored = store.identityLinks(DataPointKind::Products);
    QVERIFY(stored);
    QCOMPARE(stored->size(), links.size());
    for (const IdentityLink &link : links)
        QCOMPARE(stored->value(link.key), link);
}

/// The store at path, or null with the reason printed (the caller's QVERIFY then fails).
inline std::unique_ptr<SqliteStore> openStore(const QString &path)
{
    auto store = SqliteStore::open(path);
    if (!store) {
        qWarning().noquote() << store.error().toString();
        return {};
    }
    return std::move(*store);
}

inline QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

inline QVariant storeScalar(const SqliteStore &store, const QString &sql)
{
    return scalar(QSqlDatabase::database(store.connectionName()), sql);
}

/// The schema as text, to tell whether anything created, dropped or altered an object.
inline QString schemaText(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY name"));
    QStringList rows;
    while (query.next())
        rows.append(query.value(0).toString() + u'|' + query.value(1).toString() + u'|' + query.value(2).toString());
    return rows.join(u'\n');
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

inline RecordState stateOf(DataPointKind dataPoint, const QString &key)
{
    RecordState state;
    state.dataPoint = dataPoint;
    state.key = key;
    return state;
}

} // namespace StoreTest

#pragma once

// What the two-way suites share: a small simulated data set, one customer field on either side,
// and a person's edit of one field.
#include "domain/json.h"
#include "syncfixture.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace Linkwright::Testing {

inline SimulatorDataOptions small()
{
    SimulatorDataOptions data;
    data.products = 5;
    data.customers = 8;
    data.orders = 4;
    return data;
}

inline QString field(SyncFixture &fixture, SimulatorSystem system, const QString &key, const char *name)
{
    const Value record = fixture.records(system, DataPointKind::Customers).value(key);
    const Value *value = record.find(name);
    return value ? value->toDisplayString() : QStringLiteral("<missing>");
}

/// [{"customerNumber": key, field: value}]: one field of one customer, as a person edits it.
inline QByteArray patch(const QString &key, const char *field, const char *value)
{
    return Json::serialize(Value::array({Value::object(
        {{QByteArray("customerNumber"), Value::string(key)}, {QByteArray(field), Value::utf8(QByteArray(value))}})}));
}

/// Customers synced once and then forgotten by the store (states, links, watermarks): both sides
/// hold them alike, with nothing linking them, as data entered twice by hand.
[[nodiscard]] inline bool syncedThenForgotten(SyncFixture &fixture)
{
    if (!fixture.runner().run(DataPointKind::Customers))
        return false;
    QSqlQuery forget(QSqlDatabase::database(fixture.sqlite().connectionName()));
    for (const char *sql : {"DELETE FROM record_state", "DELETE FROM identity_map", "DELETE FROM watermarks"}) {
        if (!forget.exec(QString::fromLatin1(sql)))
            return false;
    }
    return true;
}

/// Customers synced once and their echoes read, with "name" going to review. The simulator
/// stamps an hour back and ten seconds apart: past the runs' 5 s overlap, a run reads only
/// what changed since the last, as when a person's edits are minutes apart.
[[nodiscard]] inline bool syncedApart(SyncFixture &fixture)
{
    auto clock = std::make_shared<qint64>(QDateTime::currentMSecsSinceEpoch() - 3'600'000);
    fixture.sim().store().setClock([clock] { return *clock += 10'000; });
    fixture.dataPoint(DataPointKind::Customers).conflictFields.insert(QStringLiteral("name"), ConflictPolicy::Review);
    return fixture.runner().run(DataPointKind::Customers) && fixture.runner().run(DataPointKind::Customers);
}

/// A dry run of the customers: the plan it stored is in planId.
[[nodiscard]] inline Result<SyncReport> planCustomers(SyncFixture &fixture)
{
    SyncOptions dry;
    dry.dryRun = true;
    return fixture.runner().run(DataPointKind::Customers, dry);
}

/// Customers mapped by key and name as they are, and "city" from the ERP's billTo.city (which
/// flows from the ERP only); newest wins.
inline void mapCityFromBillTo(SyncFixture &fixture)
{
    DataPointConfig &customers = fixture.dataPoint(DataPointKind::Customers);
    customers.mappings = {{QStringLiteral("customerNumber"), {QStringLiteral("customerNumber")}, {}, true},
        {QStringLiteral("name"), {QStringLiteral("name")}, {}, false},
        {QStringLiteral("city"), {QStringLiteral("billTo.city")}, {}, false}};
    customers.conflictDefault = ConflictPolicy::NewestWins;
    customers.conflictFields.clear();
}

inline QString anyCustomer(SyncFixture &fixture)
{
    return fixture.records(SimulatorSystem::Erp, DataPointKind::Customers).keys().constFirst();
}

} // namespace Linkwright::Testing

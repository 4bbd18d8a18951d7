#pragma once

// What the two-way suites share: a small simulated data set, one customer field on either side,
// and a person's edit of one field.
#include "domain/json.h"
#include "syncfixture.h"

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

inline QString anyCustomer(SyncFixture &fixture)
{
    return fixture.records(SimulatorSystem::Erp, DataPointKind::Customers).keys().constFirst();
}

} // namespace Linkwright::Testing

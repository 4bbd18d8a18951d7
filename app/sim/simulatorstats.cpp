#include "simulatorstats.h"

#include "simulatorstore.h"

#include <QJsonArray>

namespace Linkwright {

namespace {

QJsonObject faultsJson(const QMap<FaultKind, qint64> &faults)
{
    // Every kind is listed, zero or not, so a reader never has to guess whether a key is missing.
    QJsonObject out;
    for (const FaultKind kind : FaultConfig::allKinds())
        out.insert(FaultConfig::kindKey(kind), faults.value(kind, 0));
    return out;
}

QJsonObject duplicateJson(const SimulatorDuplicate &duplicate)
{
    return QJsonObject{
        {QStringLiteral("system"), SimulatorSchema::systemKey(duplicate.system)},
        {QStringLiteral("resource"), DataPoints::key(duplicate.kind)},
        {QStringLiteral("key"), duplicate.key},
        {QStringLiteral("records"), duplicate.keys.size()},
        {QStringLiteral("keys"), QJsonArray::fromStringList(duplicate.keys)},
    };
}

} // namespace

qint64 SimulatorResourceStats::faultCount() const
{
    qint64 total = 0;
    for (const qint64 count : faults)
        total += count;
    return total;
}

SimulatorStats::SimulatorStats()
    : m_resources(SimulatorStore::CollectionCount)
{
}

SimulatorResourceStats &SimulatorStats::resource(SimulatorSystem system, DataPointKind kind)
{
    return m_resources[SimulatorStore::slot(system, kind)];
}

const SimulatorResourceStats &SimulatorStats::resource(SimulatorSystem system, DataPointKind kind) const
{
    return m_resources.at(SimulatorStore::slot(system, kind));
}

qint64 SimulatorStats::totalRequests() const
{
    qint64 total = 0;
    for (const SimulatorResourceStats &resource : m_resources)
        total += resource.requests;
    return total;
}

qint64 SimulatorStats::totalFaults() const
{
    qint64 total = 0;
    for (const SimulatorResourceStats &resource : m_resources)
        total += resource.faultCount();
    return total;
}

qint64 SimulatorStats::totalFaults(FaultKind kind) const
{
    qint64 total = 0;
    for (const SimulatorResourceStats &resource : m_resources)
        total += resource.faults.value(kind, 0);
    return total;
}

QList<SimulatorDuplicate> SimulatorStats::duplicates() const
{
    QList<SimulatorDuplicate> out;
    for (const SimulatorResourceStats &resource : m_resources)
        out.append(resource.duplicates);
    return out;
}

QJsonObject SimulatorStats::toJson() const
{
    QJsonObject out;
    SimulatorResourceStats totals;
    QJsonArray allDuplicates;
    for (const SimulatorSystem system : SimulatorStore::systems()) {
        QJsonObject resources;
        for (const DataPointKind kind : DataPoints::all()) {
            const SimulatorResourceStats &one = resource(system, kind);
            QJsonArray duplicates;
            for (const SimulatorDuplicate &duplicate : one.duplicates) {
                duplicates.append(duplicateJson(duplicate));
                allDuplicates.append(duplicateJson(duplicate));
            }
            resources.insert(DataPoints::key(kind),
                QJsonObject{
                    {QStringLiteral("records"), one.records},
                    {QStringLiteral("requests"), one.requests},
                    {QStringLiteral("creates"), one.creates},
                    {QStringLiteral("updates"), one.updates},
                    {QStringLiteral("unchanged"), one.unchanged},
                    {QStringLiteral("deletes"), one.deletes},
                    {QStringLiteral("faults"), faultsJson(one.faults)},
                    {QStringLiteral("duplicates"), duplicates},
                });
            totals.records += one.records;
            totals.requests += one.requests;
            totals.creates += one.creates;
            totals.updates += one.updates;
            totals.unchanged += one.unchanged;
            totals.deletes += one.deletes;
            for (auto it = one.faults.cbegin(); it != one.faults.cend(); ++it)
                totals.faults[it.key()] += it.value();
        }
        out.insert(SimulatorSchema::systemKey(system), resources);
    }
    out.insert(QStringLiteral("totals"),
        QJsonObject{
            {QStringLiteral("records"), totals.records},
            {QStringLiteral("requests"), totals.requests},
            {QStringLiteral("creates"), totals.creates},
            {QStringLiteral("updates"), totals.updates},
            {QStringLiteral("unchanged"), totals.unchanged},
            {QStringLiteral("deletes"), totals.deletes},
            {QStringLiteral("faults"), faultsJson(totals.faults)},
        });
    out.insert(QStringLiteral("duplicates"), allDuplicates);
    return out;
}

} // namespace Linkwright

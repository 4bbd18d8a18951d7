#pragma once

#include "simulatorfaults.h"
#include "simulatorschema.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

namespace Linkwright {

/// Records of one resource whose natural keys differ only in case or surrounding spaces
/// ("LW-00001" and " lw-00001"): what a sync that does not match keys reliably leaves behind.
/// An upsert by key can never create the exact same key twice, so this is the check that can fail.
struct SimulatorDuplicate {
    SimulatorSystem system = SimulatorSystem::Erp;
    DataPointKind kind = DataPointKind::Products;
    QString key; ///< the key trimmed and case-folded
    QStringList keys; ///< the stored keys, one per record
};

/// What happened to one resource of one system since start (or the last reset of the counters).
struct SimulatorResourceStats {
    qsizetype records = 0; ///< records held now
    qint64 requests = 0; ///< requests to the resource, faulted ones included
    qint64 creates = 0; ///< records created by POST
    qint64 updates = 0;
    qint64 unchanged = 0;
    qint64 deletes = 0; ///< records deleted by DELETE
    QMap<FaultKind, qint64> faults; ///< faults injected, by kind
    QList<SimulatorDuplicate> duplicates;

    [[nodiscard]] qint64 faultCount() const;
};

/// The numbers tests assert on, per system and resource; GET /_admin/stats serves toJson().
class SimulatorStats
{
public:
    SimulatorStats();

    [[nodiscard]] SimulatorResourceStats &resource(SimulatorSystem system, DataPointKind kind);
    [[nodiscard]] const SimulatorResourceStats &resource(SimulatorSystem system, DataPointKind kind) const;

    [[nodiscard]] qint64 totalRequests() const;
    [[nodiscard]] qint64 totalFaults() const;
    [[nodiscard]] qint64 totalFaults(FaultKind kind) const;
    /// Every duplicate across all resources; empty when every key was created once.
    [[nodiscard]] QList<SimulatorDuplicate> duplicates() const;

    /// {"erp": {"products": {...}, ...}, "shop": {...}, "totals": {...}, "duplicates": [...]}
    [[nodiscard]] QJsonObject toJson() const;

private:
    QList<SimulatorResourceStats> m_resources;
};

} // namespace Linkwright

#include "simulatorstore.h"

#include "simulatordata.h"

#include <QDateTime>

#include <algorithm>
#include <array>

namespace Linkwright {

namespace {

constexpr std::array<SimulatorSystem, 2> Systems{SimulatorSystem::Erp, SimulatorSystem::Shop};

qint64 firstId(SimulatorSystem system)
{
    // Different id ranges per system make an ERP id and a shop id easy to tell apart in the
    // identity map and in screenshots.
    return system == SimulatorSystem::Erp ? 100001 : 1;
}

} // namespace

SimulatorStore::SimulatorStore()
    : m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    reset();
}

const std::array<SimulatorSystem, 2> &SimulatorStore::systems()
{
    return Systems;
}

void SimulatorStore::reset()
{
    m_collections.clear();
    for (const SimulatorSystem system : Systems) {
        for (const DataPointKind kind : DataPoints::all())
            m_collections.append(SimulatorCollection(SimulatorSchema::naturalKeyField(kind), firstId(system)));
    }
    Q_ASSERT(m_collections.size() == CollectionCount);
}

void SimulatorStore::takeRecords(SimulatorStore &&other)
{
    m_collections = std::move(other.m_collections);
    m_lastStamp = std::max(m_lastStamp, other.m_lastStamp);
    other.reset();
}

void SimulatorStore::load(const SimulatorData &data)
{
    reset();
    for (const SimulatorSystem system : Systems) {
        for (const DataPointKind kind : DataPoints::all()) {
            SimulatorCollection &target = collection(system, kind);
            data.generate(system, kind, [&target](QJsonObject &&record) { target.insertGenerated(record); });
            data.generateHostile(system, kind, [&target](const QString &key, qint64 modifiedMsecs, QByteArray json) {
                target.insertGeneratedJson(key, modifiedMsecs, json);
            });
        }
    }
}

void SimulatorStore::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

qint64 SimulatorStore::stamp()
{
    m_lastStamp = std::max(m_clock(), m_lastStamp);
    return m_lastStamp;
}

void SimulatorStore::restoreLastStamp(qint64 msecs)
{
    m_lastStamp = std::max(m_lastStamp, msecs);
}

void SimulatorStore::setChangeObserver(ChangeObserver observer)
{
    m_observer = std::move(observer);
}

void SimulatorStore::markChanged(SimulatorSystem system, DataPointKind kind)
{
    if (m_observer)
        m_observer(system, kind);
}

qsizetype SimulatorStore::slot(SimulatorSystem system, DataPointKind kind)
{
    // Same order as reset() appends in, whatever the enum's numeric values are.
    const QList<DataPointKind> &kinds = DataPoints::all();
    return static_cast<qsizetype>(system == SimulatorSystem::Erp ? 0 : 1) * kinds.size() + kinds.indexOf(kind);
}

SimulatorCollection &SimulatorStore::collection(SimulatorSystem system, DataPointKind kind)
{
    return m_collections[slot(system, kind)];
}

const SimulatorCollection &SimulatorStore::collection(SimulatorSystem system, DataPointKind kind) const
{
    return m_collections.at(slot(system, kind));
}

} // namespace Linkwright

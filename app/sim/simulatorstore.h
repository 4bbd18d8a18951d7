#pragma once

#include "simulatorcollection.h"
#include "simulatorschema.h"

#include <QList>

#include <array>
#include <functional>

namespace Linkwright {

class SimulatorData;

/// Everything both demo systems hold: one collection per system and data point. Knows nothing of
/// HTTP, so the API layer (and later the fault injection) can be tested without a socket.
class SimulatorStore
{
public:
    /// Milliseconds since the epoch, UTC. Tests swap it to control modifiedAt.
    using Clock = std::function<qint64()>;
    /// Told which collection a write changed; persistence schedules a save from it.
    using ChangeObserver = std::function<void(SimulatorSystem system, DataPointKind kind)>;

    static constexpr qsizetype CollectionCount = 14;

    SimulatorStore();

    [[nodiscard]] static const std::array<SimulatorSystem, 2> &systems();
    /// The position of a collection in [0, CollectionCount), the same in every store.
    [[nodiscard]] static qsizetype slot(SimulatorSystem system, DataPointKind kind);

    /// Replaces every collection's content with the generated start data.
    void load(const SimulatorData &data);

    void setClock(Clock clock);
    /// The modifiedAt for a change made now. Never earlier than the previous stamp, so a
    /// watermark stays valid even if the wall clock is set back.
    [[nodiscard]] qint64 stamp();
    /// The newest stamp handed out (or restored), so a reloaded store continues after it.
    [[nodiscard]] qint64 lastStamp() const { return m_lastStamp; }
    void restoreLastStamp(qint64 msecs);

    void setChangeObserver(ChangeObserver observer);
    /// Called after a write changed the collection.
    void markChanged(SimulatorSystem system, DataPointKind kind);

    [[nodiscard]] SimulatorCollection &collection(SimulatorSystem system, DataPointKind kind);
    [[nodiscard]] const SimulatorCollection &collection(SimulatorSystem system, DataPointKind kind) const;

    /// Empties every collection; ids start again from each system's first id.
    void reset();
    /// Replaces every collection and the last stamp with other's; the clock and the change
    /// observer stay.
    void takeRecords(SimulatorStore &&other);

private:
    QList<SimulatorCollection> m_collections;
    Clock m_clock;
    ChangeObserver m_observer;
    qint64 m_lastStamp = 0;
};

} // namespace Linkwright

#pragma once

#include "simulatorcollection.h"
#include "simulatorschema.h"

#include <QList>

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

    SimulatorStore();

    /// Replaces every collection's content with the generated start data.
    void load(const SimulatorData &data);

    void setClock(Clock clock);
    /// The modifiedAt for a change made now. Never earlier than the previous stamp, so a
    /// watermark stays valid even if the wall clock is set back.
    [[nodiscard]] qint64 stamp();

    [[nodiscard]] SimulatorCollection &collection(SimulatorSystem system, DataPointKind kind);
    [[nodiscard]] const SimulatorCollection &collection(SimulatorSystem system, DataPointKind kind) const;

private:
    [[nodiscard]] static qsizetype slot(SimulatorSystem system, DataPointKind kind);
    void reset();

    QList<SimulatorCollection> m_collections;
    Clock m_clock;
    qint64 m_lastStamp = 0;
};

} // namespace Linkwright

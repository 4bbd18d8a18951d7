#pragma once

#include "simulatorapi.h"

#include <QCoreApplication>
#include <QStringList>

namespace Linkwright {

/// The endpoints tests use to steer and inspect the simulator over HTTP, beside the C++ API of
/// SimulatorServer that does the same in process. They never fault, and need the token when one
/// is set.
///
///   GET  /_admin/faults         the fault configuration
///   POST /_admin/faults         change it: a JSON object with the fields to change
///   GET  /_admin/stats          counters, record counts and duplicates (SimulatorStats)
///   POST /_admin/stats/reset    zero the counters
///   POST /_admin/flush          save to the data folder now
class SimulatorAdmin
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::SimulatorAdmin)

public:
    explicit SimulatorAdmin(SimulatorApi &api);

    [[nodiscard]] SimulatorReply handle(const SimulatorRequest &request, const QStringList &segments);

private:
    [[nodiscard]] SimulatorReply changeFaults(const SimulatorRequest &request);
    [[nodiscard]] SimulatorReply flush();

    SimulatorApi &m_api;
};

} // namespace Linkwright

#pragma once

#include "project/project.h"

#include <QtGlobal>

namespace Linkwright {

/// The port linkwright-sim listens on unless told otherwise; the demo project points at it.
inline constexpr quint16 DefaultSimulatorPort = 47800;

/// A project wired to linkwright-sim on loopback: every data point in its recommended direction.
[[nodiscard]] Project demoProject(quint16 simulatorPort = DefaultSimulatorPort);

} // namespace Linkwright

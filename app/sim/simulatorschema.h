#pragma once

#include "domain/datapoint.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Linkwright {

/// The two demo systems linkwright-sim serves side by side.
enum class SimulatorSystem {
    Erp,
    Shop,
};

namespace SimulatorSchema {

/// "erp" or "shop": the first path segment of every resource URL.
[[nodiscard]] QString systemKey(SimulatorSystem system);
[[nodiscard]] std::optional<SimulatorSystem> systemFromKey(QStringView key);

/// The field a POST upserts by. This is the simulator's own API contract, kept here rather than
/// taken from the core's mapping defaults so that changing a default cannot silently change what
/// the demo systems accept.
[[nodiscard]] QString naturalKeyField(DataPointKind kind);

/// The ISO 8601 form every modifiedAt uses, "2026-01-31T12:00:00.000Z": UTC with milliseconds,
/// so watermarks compare exactly.
[[nodiscard]] QString timestamp(qint64 msecsSinceEpoch);
/// "2026-01-31", the UTC calendar day of the moment.
[[nodiscard]] QString date(qint64 msecsSinceEpoch);
/// Reads any ISO 8601 date and time; one without a zone is read as UTC, not as this machine's zone.
[[nodiscard]] std::optional<qint64> parseTimestamp(QStringView text);

} // namespace SimulatorSchema

} // namespace Linkwright

#pragma once

#include "project/jsonchecker.h"
#include "project/jsonwriter.h"
#include "roi/roiscenario.h"

#include <QByteArray>
#include <QJsonObject>

#include <expected>

namespace Linkwright {

/// The project file's "roi" object, and one scenario on its own (the CLI's roi --input FILE):
///   "roi": {"scenarios": [{"name": "...", "currency": "EUR", "daysPerYear": "365",
///     "implementationCost": "25000", "yearlyRunningCost": "6000",
///     "areas": [{"name": "Orders", "costPerEvent": "10", "eventsPerDay": "100",
///                "improvementPercent": "50", "dataPoint": "orders"}]}]}
/// Figures are strings, so every digit is kept and a figure that does not check out yet is saved
/// as typed; JSON numbers are read too. Whether a figure makes sense is RoiChecker's business,
/// not the file's: a project with an unfinished scenario still opens.
namespace RoiFormat {

[[nodiscard]] QList<RoiScenario> read(JsonChecker &check, const QJsonObject &roi, const QString &path);
[[nodiscard]] RoiScenario readScenario(JsonChecker &check, const QJsonObject &object, const QString &path);
/// Writes nothing when there are no scenarios, so projects that do not use them stay as they were.
void write(JsonWriter &out, const QList<RoiScenario> &scenarios);
void writeScenario(JsonWriter &out, const RoiScenario &scenario);

/// A file holding one scenario object; every problem with its JSON path.
[[nodiscard]] std::expected<RoiScenario, Diagnostics> parseScenario(const QByteArray &json);
[[nodiscard]] QByteArray serializeScenario(const RoiScenario &scenario);

} // namespace RoiFormat

} // namespace Linkwright

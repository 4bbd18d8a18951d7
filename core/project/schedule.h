#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Linkwright::Schedules {

/// "30s", "15m", "2h", "1d" → seconds; nullopt when the text is not such an interval.
[[nodiscard]] std::optional<int> parseInterval(QStringView text);
/// Seconds → the shortest exact form parseInterval reads back ("90m" stays "90m", 3600 is "1h").
[[nodiscard]] QString formatInterval(int seconds);

/// Checks a five-field cron expression (minute hour day-of-month month day-of-week) or one of
/// @hourly, @daily, @weekly, @monthly, @yearly. Returns what is wrong, translated, or nullopt.
[[nodiscard]] std::optional<QString> cronProblem(QStringView expression);

} // namespace Linkwright::Schedules

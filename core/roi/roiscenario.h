#pragma once

#include "domain/datapoint.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Linkwright {

/// One area where the integration saves work (product changes, orders, customer queries, ...).
/// Figures are kept as the text that was typed, so that a value that does not check out yet is
/// never lost: RoiChecker turns them into numbers and says what is wrong with each one.
struct RoiArea {
    QString name;
    QString costPerEvent; ///< what handling one event by hand costs, in the scenario's currency
    QString eventsPerDay;
    QString improvementPercent; ///< how much of that work the integration saves, 0 to 100
    /// The data point whose written records stand for this area's events in the realised ROI.
    std::optional<DataPointKind> dataPoint;

    bool operator==(const RoiArea &) const = default;
};

/// A named set of assumptions for the ROI page, saved with the project ("roi.scenarios").
struct RoiScenario {
    QString name;
    QList<RoiArea> areas;
    QString daysPerYear = QStringLiteral("365");
    QString currency = QStringLiteral("EUR"); ///< ISO 4217 code
    QString implementationCost = QStringLiteral("0"); ///< one-off
    QString yearlyRunningCost = QStringLiteral("0");

    bool operator==(const RoiScenario &) const = default;
};

/// The built-in starting points: the whitepaper example and areas people commonly add.
class RoiPresets final
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::RoiPresets)

public:
    enum class Area {
        ProductChanges,
        Orders,
        CustomerQueries,
        StockUpdates,
        Invoices,
        Returns,
        Custom,
    };

    /// DESIGN.md's reference example: 10 EUR x 10 a day x 50 %, 10 x 100 x 50 %, 7 x 10 x 80 %,
    /// 365 days, 221,190 EUR a year; no investment entered.
    [[nodiscard]] static RoiScenario whitepaper();
    [[nodiscard]] static QString whitepaperName();
    [[nodiscard]] static QList<Area> areas();
    /// The three first presets carry the whitepaper's figures; the others start at zero events
    /// so that nothing is claimed before someone enters their own volumes.
    [[nodiscard]] static RoiArea area(Area preset);
    [[nodiscard]] static QString areaName(Area preset);
};

/// Working days: the choices the ROI page offers besides any number from 1 to 366.
namespace RoiDays {
inline constexpr int Calendar = 365;
inline constexpr int FiveDayWeek = 260;
inline constexpr int WorkingDays = 250;
} // namespace RoiDays

} // namespace Linkwright

#pragma once

#include "domain/datapoint.h"
#include "domain/decimal.h"
#include "domain/error.h"
#include "roi/roichecker.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace Linkwright {

class Store;

/// One area measured against the run history.
struct RealisedArea {
    QString name;
    std::optional<DataPointKind> dataPoint; ///< none: the area is not measured
    qint64 events = 0; ///< records written for the data point in the period
    Decimal saving; ///< cost per event x events x improvement, to the cent
};

/// What the integration saved in a period: the scenario's formulas fed with the records the
/// runs wrote instead of the estimated events per day.
struct RealisedRoi {
    QDate from;
    QDate to; ///< inclusive
    QString currency;
    QList<RealisedArea> areas;
    Decimal saving; ///< over the measured areas
    qint64 events = 0;

    [[nodiscard]] int days() const { return static_cast<int>(from.daysTo(to)) + 1; }
    /// Whether any area names a data point; without one there is nothing to measure.
    [[nodiscard]] bool measuresAnything() const;
};

class RealisedRoiCalculator final
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::RealisedRoiCalculator)

public:
    /// The calendar month before today's: "last month".
    [[nodiscard]] static std::pair<QDate, QDate> lastMonth(const QDate &today);

    /// written: records written per data point in the period.
    [[nodiscard]] static Result<RealisedRoi> calculate(
        const RoiInputs &inputs, const QHash<DataPointKind, qint64> &written, const QDate &from, const QDate &to);
    /// The records written per data point from the store's run history (dry runs do not count).
    [[nodiscard]] static Result<QHash<DataPointKind, qint64>> written(
        Store &store, const QList<DataPointKind> &dataPoints, const QDate &from, const QDate &to);
    /// written() for the data points the areas name, priced.
    [[nodiscard]] static Result<RealisedRoi> fromStore(
        Store &store, const RoiInputs &inputs, const QDate &from, const QDate &to);
};

} // namespace Linkwright

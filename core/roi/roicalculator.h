#pragma once

#include "domain/decimal.h"
#include "domain/error.h"
#include "roi/roichecker.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Linkwright {

/// What a scenario is worth. Amounts are exact and rounded to cents, half away from zero.
struct RoiResult {
    QString currency;
    int daysPerYear = RoiDays::Calendar;
    /// Per area, in the order of the inputs: cost x events a day x improvement x days a year.
    QList<Decimal> areaSavings;
    /// The sum of areaSavings as shown, so that a printed table adds up to the cent.
    Decimal yearlySaving;
    Decimal implementationCost;
    Decimal yearlyRunningCost;
    Decimal yearlyNetSaving; ///< yearlySaving - yearlyRunningCost
    Decimal monthlyNetSaving;
    /// Months until the saving has paid for the implementation, to one decimal; nullopt when the
    /// monthly net saving is zero or less ("no payback"). 0.0 when there is nothing to pay back.
    std::optional<Decimal> paybackMonths;
    /// The first whole month at whose end the cumulative net saving is no longer negative.
    std::optional<int> paybackMonth;
    /// Over ThreeYears: 3 x yearlyNetSaving - implementationCost.
    Decimal netSavingThreeYears;
    /// netSavingThreeYears / (implementation + 3 years of running cost) x 100, to one decimal;
    /// nullopt when nothing was invested.
    std::optional<Decimal> roiPercent;
    /// The cumulative net saving at the end of each month, from month 0 (-implementation) to
    /// month Months: Months + 1 values.
    QList<Decimal> cumulative;

    [[nodiscard]] bool paysBack() const { return paybackMonths.has_value(); }
};

class RoiCalculator final
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::RoiCalculator)

public:
    static constexpr int Months = 36;
    static constexpr int Years = 3;

    /// cost per event x events per day x improvement % / 100 x days per year, exact.
    [[nodiscard]] static Result<Decimal> yearlySaving(const RoiAreaInput &area, int daysPerYear);
    [[nodiscard]] static Result<RoiResult> calculate(const RoiInputs &inputs);
    /// Checks and calculates: the problems as data, or the result.
    [[nodiscard]] static std::expected<RoiResult, RoiFieldProblems> evaluate(const RoiScenario &scenario);
};

} // namespace Linkwright

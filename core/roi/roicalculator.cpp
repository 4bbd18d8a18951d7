#include "roicalculator.h"

namespace Linkwright {

namespace {

constexpr int Cents = 2;

Decimal whole(qint64 value)
{
    return Decimal::fromInteger(value);
}

/// Chains Decimal operations; the first error is kept and the rest are skipped, so a long
/// formula reads as one and still never hides an overflow.
class Exact
{
public:
    explicit Exact(Decimal value)
        : m_value(value)
    {
    }
    // Implicit, so that each step can return what Decimal returns.
    Exact(Result<Decimal> value)
        : m_value(std::move(value))
    {
    }

    Exact times(const Decimal &other) const { return m_value ? m_value->multiply(other) : m_value; }
    Exact plus(const Decimal &other) const { return m_value ? m_value->add(other) : m_value; }
    Exact minus(const Decimal &other) const { return m_value ? m_value->subtract(other) : m_value; }
    Exact over(const Decimal &other, int places) const { return m_value ? m_value->divided(other, places) : m_value; }
    Exact cents() const { return m_value ? m_value->rounded(Cents) : m_value; }
    [[nodiscard]] const Result<Decimal> &result() const { return m_value; }

private:
    Result<Decimal> m_value;
};

} // namespace

Result<Decimal> RoiCalculator::yearlySaving(const RoiAreaInput &area, int daysPerYear)
{
    static const Decimal Percent = *Decimal::parse("0.01");
    return Exact(area.costPerEvent)
        .times(area.eventsPerDay)
        .times(area.improvementPercent)
        .times(Percent)
        .times(whole(daysPerYear))
        .result();
}

Result<RoiResult> RoiCalculator::calculate(const RoiInputs &inputs)
{
    RoiResult result;
    result.currency = inputs.currency;
    result.daysPerYear = inputs.daysPerYear;
    result.implementationCost = inputs.implementationCost;
    result.yearlyRunningCost = inputs.yearlyRunningCost;

    for (const RoiAreaInput &area : inputs.areas) {
        auto saving = Exact(yearlySaving(area, inputs.daysPerYear)).cents().result();
        if (!saving)
            return std::unexpected(saving.error());
        result.areaSavings.append(*saving);
        auto total = result.yearlySaving.add(*saving);
        if (!total)
            return std::unexpected(total.error());
        result.yearlySaving = *total;
    }

    const Decimal twelve = whole(12);
    auto net = result.yearlySaving.subtract(inputs.yearlyRunningCost);
    auto monthly = Exact(net).over(twelve, Cents).result();
    auto threeYears = Exact(net).times(whole(Years)).minus(inputs.implementationCost).result();
    auto threeYearCost = Exact(inputs.yearlyRunningCost).times(whole(Years)).plus(inputs.implementationCost).result();
    if (!net || !monthly || !threeYears || !threeYearCost) {
        for (const auto *failed : {&net, &monthly, &threeYears, &threeYearCost}) {
            if (!*failed)
                return std::unexpected(failed->error());
        }
    }
    result.yearlyNetSaving = *net;
    result.monthlyNetSaving = *monthly;
    result.netSavingThreeYears = *threeYears;

    if (!threeYearCost->isZero()) {
        auto percent = Exact(*threeYears).times(whole(100)).over(*threeYearCost, 1).result();
        if (!percent)
            return std::unexpected(percent.error());
        result.roiPercent = *percent;
    }

    auto owedMonths = inputs.implementationCost.multiply(twelve); // implementation x 12
    if (!owedMonths)
        return std::unexpected(owedMonths.error());
    // Payback compares the yearly figures times twelve months, never the rounded monthly one, so
    // that a payback exactly on a month's end lands on that month.
    if (!net->isNegative() && !net->isZero()) {
        auto months = owedMonths->divided(*net, 1);
        auto firstMonth = owedMonths->divided(*net, 0);
        if (!months || !firstMonth)
            return std::unexpected(months ? firstMonth.error() : months.error());
        // Rounding to whole months lands on the ceiling or one below it.
        qint64 month = firstMonth->toInt64().value_or(0);
        if (auto earned = net->multiply(whole(month)); earned && *earned < *owedMonths)
            ++month;
        result.paybackMonths = *months;
        result.paybackMonth = static_cast<int>(std::min<qint64>(month, std::numeric_limits<int>::max()));
    }

    for (int month = 0; month <= Months; ++month) {
        // (net x month - implementation x 12) / 12, rounded once.
        auto value = Exact(*net).times(whole(month)).minus(*owedMonths).over(twelve, Cents).result();
        if (!value)
            return std::unexpected(value.error());
        result.cumulative.append(*value);
    }
    return result;
}

std::expected<RoiResult, RoiFieldProblems> RoiCalculator::evaluate(const RoiScenario &scenario)
{
    auto inputs = RoiChecker::check(scenario);
    if (!inputs)
        return std::unexpected(inputs.error());
    auto result = calculate(*inputs);
    if (!result) {
        // The checker's bounds keep every figure far from Decimal's limits; should that ever
        // fail, the page still shows a message instead of a wrong number.
        return std::unexpected(RoiFieldProblems{{RoiField::Areas, -1, result.error().message, result.error().hint}});
    }
    return *result;
}

} // namespace Linkwright

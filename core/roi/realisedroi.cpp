#include "realisedroi.h"

#include "store/store.h"

#include <algorithm>

namespace Linkwright {

bool RealisedRoi::measuresAnything() const
{
    return std::ranges::any_of(areas, [](const RealisedArea &area) { return area.dataPoint.has_value(); });
}

std::pair<QDate, QDate> RealisedRoiCalculator::lastMonth(const QDate &today)
{
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
    return {first, first.addDays(first.daysInMonth() - 1)};
}

Result<RealisedRoi> RealisedRoiCalculator::calculate(
    const RoiInputs &inputs, const QHash<DataPointKind, qint64> &written, const QDate &from, const QDate &to)
{
    static const Decimal Percent = *Decimal::parse("0.01");
    RealisedRoi realised;
    realised.from = from;
    realised.to = to;
    realised.currency = inputs.currency;
    for (const RoiAreaInput &input : inputs.areas) {
        RealisedArea area{input.name, input.dataPoint, 0, {}};
        if (input.dataPoint) {
            area.events = written.value(*input.dataPoint);
            // The same formula as the estimate, with the events counted instead of per day x days.
            Result<Decimal> saving = input.costPerEvent.multiply(Decimal::fromInteger(area.events));
            for (const Decimal &factor : {input.improvementPercent, Percent}) {
                if (saving)
                    saving = saving->multiply(factor);
            }
            if (saving)
                saving = saving->rounded(2);
            if (!saving)
                return std::unexpected(saving.error());
            area.saving = *saving;
            auto total = realised.saving.add(area.saving);
            if (!total)
                return std::unexpected(total.error());
            realised.saving = *total;
            realised.events += area.events;
        }
        realised.areas.append(area);
    }
    return realised;
}

Result<QHash<DataPointKind, qint64>> RealisedRoiCalculator::written(
    Store &store, const QList<DataPointKind> &dataPoints, const QDate &from, const QDate &to)
{
    QHash<DataPointKind, qint64> written;
    for (DataPointKind kind : dataPoints) {
        if (written.contains(kind))
            continue;
        auto perDay = store.writtenPerDay(kind, from, to);
        if (!perDay)
            return std::unexpected(perDay.error());
        qint64 sum = 0;
        for (qint64 count : std::as_const(*perDay))
            sum += count;
        written.insert(kind, sum);
    }
    return written;
}

Result<RealisedRoi> RealisedRoiCalculator::fromStore(
    Store &store, const RoiInputs &inputs, const QDate &from, const QDate &to)
{
    QList<DataPointKind> measured;
    for (const RoiAreaInput &area : inputs.areas) {
        if (area.dataPoint)
            measured.append(*area.dataPoint);
    }
    auto counts = written(store, measured, from, to);
    if (!counts)
        return std::unexpected(counts.error());
    return calculate(inputs, *counts, from, to);
}

} // namespace Linkwright

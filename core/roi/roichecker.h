#pragma once

#include "domain/decimal.h"
#include "roi/roiscenario.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

#include <expected>

namespace Linkwright {

/// The inputs of a scenario the page shows a message beside.
enum class RoiField {
    AreaName,
    CostPerEvent,
    EventsPerDay,
    ImprovementPercent,
    Areas, ///< the list as a whole (too many rows)
    DaysPerYear,
    Currency,
    ImplementationCost,
    YearlyRunningCost,
};

/// What is wrong with one input, worded to be shown next to it.
struct RoiFieldProblem {
    RoiField field = RoiField::Areas;
    int area = -1; ///< the row, for the area fields; -1 for the others
    QString message;
    QString hint;

    /// Where it is in the scenario's JSON ("areas[1].costPerEvent"), for the CLI and files.
    [[nodiscard]] QString path() const;
    bool operator==(const RoiFieldProblem &) const = default;
};

using RoiFieldProblems = QList<RoiFieldProblem>;

struct RoiAreaInput {
    QString name;
    Decimal costPerEvent;
    Decimal eventsPerDay;
    Decimal improvementPercent;
    std::optional<DataPointKind> dataPoint;
};

/// A scenario whose every figure checked out, as numbers.
struct RoiInputs {
    QList<RoiAreaInput> areas;
    int daysPerYear = RoiDays::Calendar;
    QString currency = QStringLiteral("EUR");
    Decimal implementationCost;
    Decimal yearlyRunningCost;
};

/// Checks a scenario as typed. Every problem is reported, as data, so that the page can show
/// each beside its field; a scenario with problems has no result, but keeps its text.
class RoiChecker final
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::RoiChecker)

public:
    // Beyond these a figure is a typo rather than a business (10^12 events a day), and the
    // bounds keep every product within what Decimal and a 64-bit display can hold.
    static constexpr qint64 MaxCostPerEvent = 100'000;
    static constexpr qint64 MaxEventsPerDay = 100'000'000;
    static constexpr qint64 MaxInvestment = 1'000'000'000'000;
    static constexpr int MaxAreas = 100;

    [[nodiscard]] static std::expected<RoiInputs, RoiFieldProblems> check(const RoiScenario &scenario);
    /// One area alone, its problems placed at row: what the areas table shows per row.
    [[nodiscard]] static std::expected<RoiAreaInput, RoiFieldProblems> checkArea(const RoiArea &area, int row);
    /// The same problems, without the numbers: empty when the scenario checks out.
    [[nodiscard]] static RoiFieldProblems problems(const RoiScenario &scenario);

    /// Text typed in locale's conventions ("1.234,5" in German) as the scenario keeps numbers
    /// ("1234.5"). Text that is not a number in that locale comes back as typed, so the check
    /// can say so and nothing is lost.
    [[nodiscard]] static QString normalised(const QString &typed, const QLocale &locale);
    /// The reverse, for showing a kept number in locale's conventions; other text as it is.
    [[nodiscard]] static QString localised(const QString &number, const QLocale &locale);
    /// An improvement as typed without its percent sign ("50 %" → "50"), trimmed.
    [[nodiscard]] static QString withoutPercent(const QString &typed);
    /// An ISO 4217 code that some locale uses ("EUR", "DKK"); case matters not.
    [[nodiscard]] static bool isKnownCurrency(const QString &code);
};

} // namespace Linkwright

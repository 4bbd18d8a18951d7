#include "roichecker.h"

#include <QRegularExpression>
#include <QSet>

namespace Linkwright {

namespace {

struct Limits {
    qint64 max = 0;
    int places = 0; ///< decimal places allowed
    qint64 min = 0;
};

Decimal whole(qint64 value)
{
    return Decimal::fromInteger(value);
}

/// What the checker says about one number field; the wording names no field, since the page
/// shows it beside the field and the CLI puts the path in front.
class NumberCheck
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::RoiChecker)

public:
    NumberCheck(RoiFieldProblems &problems, RoiField field, int area)
        : m_problems(problems)
        , m_field(field)
        , m_area(area)
    {
    }

    std::optional<Decimal> read(const QString &typed, const Limits &limits, const QString &whenEmpty,
        const QString &whenTooLarge, const QString &tooLargeHint)
    {
        const QString text = typed.trimmed();
        if (text.isEmpty())
            return problem(whenEmpty);
        const QByteArray latin = text.toLatin1();
        auto number = Decimal::parse(latin);
        if (!number) {
            if (Decimal::looksLikeNumber(latin))
                return problem(whenTooLarge.arg(text), tooLargeHint);
            return problem(tr("\"%1\" is not a number.").arg(text), tr("Write digits, such as 12.50."));
        }
        if (number->isNegative() && !number->isZero())
            return problem(tr("Cannot be negative."), tr("Enter 0 or more."));
        if (*number > whole(limits.max))
            return problem(whenTooLarge.arg(text), tooLargeHint);
        if (*number < whole(limits.min))
            return problem(tr("Enter at least %1.").arg(limits.min));
        if (auto rounded = number->rounded(limits.places); !rounded || *rounded != *number) {
            if (limits.places == 0)
                return problem(tr("Enter a whole number."));
            return problem(tr("Use at most %n decimal places.", nullptr, limits.places));
        }
        return *number;
    }

private:
    std::nullopt_t problem(const QString &message, const QString &hint = {})
    {
        m_problems.append({m_field, m_area, message, hint});
        return std::nullopt;
    }

    RoiFieldProblems &m_problems;
    RoiField m_field;
    int m_area;
};

QString grouped(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

QString RoiFieldProblem::path() const
{
    const auto areaPath = [this](const char *key) {
        return QStringLiteral("areas[%1].%2").arg(area).arg(QLatin1StringView(key));
    };
    switch (field) {
    case RoiField::AreaName:
        return areaPath("name");
    case RoiField::CostPerEvent:
        return areaPath("costPerEvent");
    case RoiField::EventsPerDay:
        return areaPath("eventsPerDay");
    case RoiField::ImprovementPercent:
        return areaPath("improvementPercent");
    case RoiField::Areas:
        return QStringLiteral("areas");
    case RoiField::DaysPerYear:
        return QStringLiteral("daysPerYear");
    case RoiField::Currency:
        return QStringLiteral("currency");
    case RoiField::ImplementationCost:
        return QStringLiteral("implementationCost");
    case RoiField::YearlyRunningCost:
        return QStringLiteral("yearlyRunningCost");
    }
    return {};
}

std::expected<RoiInputs, RoiFieldProblems> RoiChecker::check(const RoiScenario &scenario)
{
    RoiFieldProblems problems;
    RoiInputs inputs;

    if (scenario.areas.size() > MaxAreas) {
        problems.append({RoiField::Areas, -1, tr("More than %1 areas.").arg(MaxAreas),
            tr("Combine similar areas; a prospect cannot take in more on one page anyway.")});
    }
    for (int row = 0; row < scenario.areas.size(); ++row) {
        auto area = checkArea(scenario.areas.at(row), row);
        if (area)
            inputs.areas.append(*area);
        else
            problems.append(area.error());
    }

    if (const auto days = NumberCheck(problems, RoiField::DaysPerYear, -1)
                              .read(scenario.daysPerYear, {366, 0, 1}, tr("Enter the days per year."),
                                  tr("%1 days is more than a year has."),
                                  tr("Use 365 for every day, or the working days, such as 250."))) {
        inputs.daysPerYear = static_cast<int>(days->toInt64().value_or(RoiDays::Calendar));
    }

    const QString currency = scenario.currency.trimmed().toUpper();
    static const QRegularExpression Code(QStringLiteral("^[A-Z]{3}$"));
    if (currency.isEmpty()) {
        problems.append({RoiField::Currency, -1, tr("Enter a currency code."), tr("Such as EUR, USD or DKK.")});
    } else if (!Code.match(currency).hasMatch()) {
        problems.append({RoiField::Currency, -1, tr("\"%1\" is not a currency code.").arg(scenario.currency.trimmed()),
            tr("Use the three letters of ISO 4217, such as EUR, USD or DKK.")});
    } else if (!isKnownCurrency(currency)) {
        problems.append({RoiField::Currency, -1, tr("\"%1\" is not a known currency.").arg(currency),
            tr("Use the three letters of ISO 4217, such as EUR, USD or DKK.")});
    } else {
        inputs.currency = currency;
    }

    const auto money = [&problems](RoiField field, const QString &text, const QString &whenEmpty) {
        return NumberCheck(problems, field, -1)
            .read(text, {MaxInvestment, 2}, whenEmpty, tr("%1 is more than this calculator takes."),
                tr("At most %1; check the figure.").arg(grouped(MaxInvestment)));
    };
    if (auto cost = money(RoiField::ImplementationCost, scenario.implementationCost,
            tr("Enter the implementation cost, 0 if there is none.")))
        inputs.implementationCost = *cost;
    if (auto cost = money(RoiField::YearlyRunningCost, scenario.yearlyRunningCost,
            tr("Enter the yearly running cost, 0 if there is none.")))
        inputs.yearlyRunningCost = *cost;

    if (!problems.isEmpty())
        return std::unexpected(problems);
    return inputs;
}

std::expected<RoiAreaInput, RoiFieldProblems> RoiChecker::checkArea(const RoiArea &area, int row)
{
    RoiFieldProblems problems;
    RoiAreaInput input{area.name.trimmed(), {}, {}, {}, area.dataPoint};
    if (input.name.isEmpty())
        problems.append({RoiField::AreaName, row, tr("Give the area a name."), {}});
    const auto cost = NumberCheck(problems, RoiField::CostPerEvent, row)
                          .read(area.costPerEvent, {MaxCostPerEvent, 4}, tr("Enter the cost per event."),
                              tr("%1 per event is more than this calculator takes."),
                              tr("At most %1; check the figure.").arg(grouped(MaxCostPerEvent)));
    const auto perDay = NumberCheck(problems, RoiField::EventsPerDay, row)
                            .read(area.eventsPerDay, {MaxEventsPerDay, 2}, tr("Enter how many events a day."),
                                tr("%1 events a day is more than this calculator takes."),
                                tr("At most %1 a day; check the figure.").arg(grouped(MaxEventsPerDay)));
    const auto improvement = NumberCheck(problems, RoiField::ImprovementPercent, row)
                                 .read(withoutPercent(area.improvementPercent), {100, 2},
                                     tr("Enter the improvement in percent."), tr("%1 % is more than all of the work."),
                                     tr("The integration can save at most 100 % of the work; enter 0 to 100."));
    if (!problems.isEmpty())
        return std::unexpected(problems);
    input.costPerEvent = *cost;
    input.eventsPerDay = *perDay;
    input.improvementPercent = *improvement;
    return input;
}

RoiFieldProblems RoiChecker::problems(const RoiScenario &scenario)
{
    auto checked = check(scenario);
    return checked ? RoiFieldProblems{} : checked.error();
}

QString RoiChecker::normalised(const QString &typed, const QLocale &locale)
{
    QString text = withoutPercent(typed);
    const QString point = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    const QString minus = locale.negativeSign();
    const QChar zero = locale.zeroDigit().front();
    // French and others group with a (narrow) no-break space; people type a plain one.
    // QChar::isSpace() is true for all three.
    const bool spaceGroups = group.size() == 1 && group.front().isSpace();

    QString canonical;
    QList<qsizetype> separators; // where in canonical a group separator stood
    bool seenPoint = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QStringView rest = QStringView(text).sliced(i);
        if (!seenPoint && !group.isEmpty() && (rest.startsWith(group) || (spaceGroups && rest.front().isSpace()))) {
            separators.append(canonical.size());
            i += rest.startsWith(group) ? group.size() - 1 : 0;
        } else if (!seenPoint && rest.startsWith(point)) {
            seenPoint = true;
            canonical += u'.';
            i += point.size() - 1;
        } else if (!minus.isEmpty() && rest.startsWith(minus)) {
            canonical += u'-';
            i += minus.size() - 1;
        } else if (rest.front() >= zero && rest.front().unicode() <= zero.unicode() + 9) {
            canonical += QChar(u'0' + (rest.front().unicode() - zero.unicode()));
        } else {
            canonical += rest.front();
        }
    }
    // Separators must sit between groups of three ("1,234,567"; India's "12,34,567" too), or a
    // decimal comma typed in an English locale ("10,5") would silently become 105.
    const qsizetype integerEnd = seenPoint ? canonical.indexOf(u'.') : canonical.size();
    const qsizetype firstDigit = canonical.startsWith(u'-') ? 1 : 0;
    for (qsizetype k = 0; k < separators.size(); ++k) {
        const bool last = k + 1 == separators.size();
        const qsizetype size = (last ? integerEnd : separators.at(k + 1)) - separators.at(k);
        if (separators.at(k) <= firstDigit || !(size == 3 || (size == 2 && !last)))
            return typed;
    }
    return Decimal::looksLikeNumber(canonical.toLatin1()) ? canonical : typed;
}

QString RoiChecker::localised(const QString &number, const QLocale &locale)
{
    static const QRegularExpression Plain(QStringLiteral("^(-?)([0-9]+)(?:\\.([0-9]+))?$"));
    const auto match = Plain.match(number.trimmed());
    if (!match.hasMatch() || match.capturedLength(2) > 18)
        return number;
    const qint64 whole = match.captured(2).toLongLong();
    QString text = locale.toString(whole);
    if (match.capturedLength(3) > 0) {
        text += locale.decimalPoint();
        for (QChar digit : match.capturedView(3))
            text += locale.toString(digit.unicode() - u'0');
    }
    if (!match.captured(1).isEmpty())
        text.prepend(locale.negativeSign());
    return text;
}

QString RoiChecker::withoutPercent(const QString &typed)
{
    const QString text = typed.trimmed();
    return text.endsWith(u'%') ? text.chopped(1).trimmed() : text;
}

bool RoiChecker::isKnownCurrency(const QString &code)
{
    static const QSet<QString> Known = [] {
        QSet<QString> codes;
        for (const QLocale &locale :
            QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory)) {
            const QString iso = locale.currencySymbol(QLocale::CurrencyIsoCode);
            if (!iso.isEmpty())
                codes.insert(iso);
        }
        return codes;
    }();
    return Known.contains(code.trimmed().toUpper());
}

} // namespace Linkwright

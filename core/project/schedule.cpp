#include "schedule.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>
#include <limits>

namespace Linkwright::Schedules {

namespace {

struct Unit {
    char suffix;
    int seconds;
};
constexpr std::array<Unit, 4> Units{{{'d', 86400}, {'h', 3600}, {'m', 60}, {'s', 1}}};

struct CronField {
    const char *name;
    int min;
    int max;
    QStringList aliases; ///< names for min, min+1, ... (JAN.., SUN..)
};

struct ScheduleText {
    Q_DECLARE_TR_FUNCTIONS(Linkwright::Schedules)
};

std::optional<int> cronNumber(QStringView text, const CronField &field)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (ok)
        return value;
    const qsizetype alias = field.aliases.indexOf(text.toString().toUpper());
    if (alias >= 0)
        return field.min + static_cast<int>(alias);
    return std::nullopt;
}

std::optional<QString> fieldProblem(QStringView text, const CronField &field)
{
    const QString name = ScheduleText::tr(field.name);
    for (QStringView item : text.split(u',')) {
        QStringView range = item;
        const qsizetype slash = item.indexOf(u'/');
        if (slash >= 0) {
            bool ok = false;
            const int step = item.mid(slash + 1).toInt(&ok);
            if (!ok || step <= 0)
                return ScheduleText::tr("%1 step \"%2\" is not a positive number")
                    .arg(name, item.mid(slash + 1).toString());
            range = item.left(slash);
        }
        if (range == u"*")
            continue;
        const qsizetype dash = range.indexOf(u'-');
        const QStringView firstText = dash >= 0 ? range.left(dash) : range;
        const auto first = cronNumber(firstText, field);
        if (!first)
            return ScheduleText::tr("%1 \"%2\" is not a number").arg(name, firstText.toString());
        if (*first < field.min || *first > field.max)
            return ScheduleText::tr("%1 %2 is out of range %3-%4").arg(name).arg(*first).arg(field.min).arg(field.max);
        if (dash >= 0) {
            const auto last = cronNumber(range.mid(dash + 1), field);
            if (!last)
                return ScheduleText::tr("%1 \"%2\" is not a number").arg(name, range.mid(dash + 1).toString());
            if (*last < field.min || *last > field.max)
                return ScheduleText::tr("%1 %2 is out of range %3-%4")
                    .arg(name)
                    .arg(*last)
                    .arg(field.min)
                    .arg(field.max);
            if (*last < *first)
                return ScheduleText::tr("%1 range %2-%3 runs backwards").arg(name).arg(*first).arg(*last);
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<int> parseInterval(QStringView text)
{
    text = text.trimmed();
    if (text.size() < 2)
        return std::nullopt;
    const QChar suffix = text.back();
    for (const Unit &unit : Units) {
        if (suffix != QLatin1Char(unit.suffix))
            continue;
        bool ok = false;
        const qlonglong count = text.chopped(1).toLongLong(&ok);
        if (!ok || count <= 0 || count > std::numeric_limits<int>::max() / unit.seconds)
            return std::nullopt;
        return static_cast<int>(count * unit.seconds);
    }
    return std::nullopt;
}

QString formatInterval(int seconds)
{
    for (const Unit &unit : Units) {
        if (seconds > 0 && seconds % unit.seconds == 0)
            return QString::number(seconds / unit.seconds) + QLatin1Char(unit.suffix);
    }
    return QString::number(seconds) + u's';
}

std::optional<QString> cronProblem(QStringView expression)
{
    static const QStringList Macros{QStringLiteral("@hourly"), QStringLiteral("@daily"), QStringLiteral("@weekly"),
        QStringLiteral("@monthly"), QStringLiteral("@yearly")};
    expression = expression.trimmed();
    if (expression.startsWith(u'@')) {
        if (Macros.contains(expression.toString()))
            return std::nullopt;
        return ScheduleText::tr("\"%1\" is not one of %2")
            .arg(expression.toString(), Macros.join(QStringLiteral(", ")));
    }
    static const std::array<CronField, 5> Fields{{
        {QT_TRANSLATE_NOOP("Linkwright::Schedules", "minute"), 0, 59, {}},
        {QT_TRANSLATE_NOOP("Linkwright::Schedules", "hour"), 0, 23, {}},
        {QT_TRANSLATE_NOOP("Linkwright::Schedules", "day of month"), 1, 31, {}},
        {QT_TRANSLATE_NOOP("Linkwright::Schedules", "month"), 1, 12,
            QStringLiteral("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC").split(u' ')},
        {QT_TRANSLATE_NOOP("Linkwright::Schedules", "day of week"), 0, 7,
            QStringLiteral("SUN MON TUE WED THU FRI SAT").split(u' ')},
    }};
    const auto parts = expression.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != static_cast<qsizetype>(Fields.size()))
        return ScheduleText::tr("has %1 fields, expected 5 (minute hour day-of-month month day-of-week)")
            .arg(parts.size());
    for (std::size_t i = 0; i < Fields.size(); ++i) {
        if (auto problem = fieldProblem(parts.at(static_cast<qsizetype>(i)), Fields[i]))
            return problem;
    }
    return std::nullopt;
}

} // namespace Linkwright::Schedules

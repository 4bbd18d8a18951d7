#include "roiareasmodel.h"

#include "roi/moneyformat.h"
#include "roi/roicalculator.h"
#include "roi/roichecker.h"
#include "roi/roiworkspace.h"
#include "widgets/icons.h"

#include <QScopedValueRollback>

namespace Linkwright {

namespace {

using Column = RoiAreasModel::Column;

std::optional<RoiField> fieldOf(Column column)
{
    switch (column) {
    case Column::Area:
        return RoiField::AreaName;
    case Column::CostPerEvent:
        return RoiField::CostPerEvent;
    case Column::EventsPerDay:
        return RoiField::EventsPerDay;
    case Column::Improvement:
        return RoiField::ImprovementPercent;
    case Column::DataPoint:
    case Column::YearlySaving:
    case Column::Count:
        break;
    }
    return std::nullopt;
}

template <typename Area>
auto figureOf(Area &area, Column column) -> decltype(&area.name)
{
    switch (column) {
    case Column::Area:
        return &area.name;
    case Column::CostPerEvent:
        return &area.costPerEvent;
    case Column::EventsPerDay:
        return &area.eventsPerDay;
    case Column::Improvement:
        return &area.improvementPercent;
    case Column::DataPoint:
    case Column::YearlySaving:
    case Column::Count:
        break;
    }
    return nullptr;
}

bool isNumeric(Column column)
{
    return column == Column::CostPerEvent || column == Column::EventsPerDay || column == Column::Improvement
        || column == Column::YearlySaving;
}

} // namespace

RoiAreasModel::RoiAreasModel(RoiWorkspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_rows(static_cast<int>(workspace.scenario().areas.size()))
{
    connect(&m_workspace, &RoiWorkspace::scenarioChanged, this, &RoiAreasModel::workspaceChanged);
}

void RoiAreasModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, column(Column::Count) - 1));
}

void RoiAreasModel::workspaceChanged()
{
    if (m_editing)
        return;
    const int rows = static_cast<int>(m_workspace.scenario().areas.size());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (m_rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, column(Column::Count) - 1));
    }
}

int RoiAreasModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RoiAreasModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : column(Column::Count);
}

QVariant RoiAreasModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const auto which = static_cast<Column>(section);
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(
            Qt::Alignment((isNumeric(which) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    if (role == Qt::ToolTipRole) {
        switch (which) {
        case Column::DataPoint:
            return tr("The data point whose written records count this area's events for the realised ROI.");
        case Column::Improvement:
            return tr("How much of the work per event the integration saves, 0 to 100 %.");
        case Column::YearlySaving:
            return tr("Cost per event × events per day × improvement × days per year.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (which) {
    case Column::Area:
        return tr("Area");
    case Column::DataPoint:
        return tr("Measured by");
    case Column::CostPerEvent:
        return tr("Cost per event");
    case Column::EventsPerDay:
        return tr("Events per day");
    case Column::Improvement:
        return tr("Improvement");
    case Column::YearlySaving:
        return tr("Yearly saving");
    case Column::Count:
        break;
    }
    return {};
}

Qt::ItemFlags RoiAreasModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return static_cast<Column>(index.column()) == Column::YearlySaving ? base : base | Qt::ItemIsEditable;
}

QVariant RoiAreasModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const auto which = static_cast<Column>(index.column());
    const RoiArea &area = m_workspace.scenario().areas.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, which);
    case Qt::EditRole:
        if (which == Column::DataPoint)
            return area.dataPoint ? DataPoints::key(*area.dataPoint) : QString();
        if (which == Column::Area)
            return area.name;
        if (const QString *figure = figureOf(area, which))
            return RoiChecker::localised(figure->trimmed(), m_locale);
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((isNumeric(which) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case Qt::DecorationRole:
        if (!problem(row, which).isEmpty())
            return Icons::themed(QStringLiteral("data-warning"), QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
    case ProblemRole: {
        const QString text = problem(row, which);
        if (role == ProblemRole || !text.isEmpty())
            return text;
        if (which == Column::YearlySaving && display(row, which) == QStringLiteral("—"))
            return tr("Shown once the figures of this row check out.");
        return {};
    }
    case ChoiceKeysRole: {
        if (which != Column::DataPoint)
            return {};
        QStringList keys{QString()};
        for (DataPointKind kind : DataPoints::all())
            keys.append(DataPoints::key(kind));
        return keys;
    }
    case ChoiceLabelsRole: {
        if (which != Column::DataPoint)
            return {};
        QStringList labels{tr("Not measured")};
        for (DataPointKind kind : DataPoints::all())
            labels.append(DataPoints::displayName(kind));
        return labels;
    }
    default:
        break;
    }
    return {};
}

QVariant RoiAreasModel::display(int row, Column which) const
{
    const RoiArea &area = m_workspace.scenario().areas.at(row);
    switch (which) {
    case Column::Area:
        return area.name;
    case Column::DataPoint:
        return area.dataPoint ? DataPoints::displayName(*area.dataPoint) : tr("Not measured");
    case Column::CostPerEvent:
    case Column::EventsPerDay:
        return RoiChecker::localised(figureOf(area, which)->trimmed(), m_locale);
    case Column::Improvement: {
        const QString shown = RoiChecker::localised(RoiChecker::withoutPercent(area.improvementPercent), m_locale);
        return shown.isEmpty() || !problem(row, which).isEmpty() ? shown : shown + QStringLiteral("\u00A0%");
    }
    case Column::YearlySaving:
        return saving(row);
    case Column::Count:
        break;
    }
    return {};
}

QVariant RoiAreasModel::saving(int row) const
{
    const RoiScenario &scenario = m_workspace.scenario();
    const auto area = RoiChecker::checkArea(scenario.areas.at(row), row);
    if (!area)
        return QStringLiteral("—");
    // Days and currency may be wrong while the row is fine: then the row waits for them.
    const auto days = RoiChecker::check(
        RoiScenario{{}, {}, scenario.daysPerYear, QStringLiteral("EUR"), QStringLiteral("0"), QStringLiteral("0")});
    if (!days)
        return QStringLiteral("—");
    auto yearly = RoiCalculator::yearlySaving(*area, days->daysPerYear);
    if (!yearly)
        return QStringLiteral("—");
    const bool currencyOk = RoiChecker::isKnownCurrency(scenario.currency);
    return currencyOk ? MoneyFormat::currency(*yearly, scenario.currency.trimmed().toUpper(), m_locale)
                      : MoneyFormat::number(*yearly, m_locale, 2);
}

QString RoiAreasModel::problem(int row, Column which) const
{
    const auto field = fieldOf(which);
    if (!field)
        return {};
    const auto checked = RoiChecker::checkArea(m_workspace.scenario().areas.at(row), row);
    if (checked)
        return {};
    for (const RoiFieldProblem &problem : checked.error()) {
        if (problem.field == *field)
            return problem.hint.isEmpty() ? problem.message : problem.message + u' ' + problem.hint;
    }
    return {};
}

bool RoiAreasModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const auto which = static_cast<Column>(index.column());
    RoiScenario scenario = m_workspace.scenario();
    RoiArea &area = scenario.areas[index.row()];
    const QString text = value.toString();
    if (which == Column::DataPoint) {
        if (text.isEmpty())
            area.dataPoint.reset();
        else if (auto kind = DataPoints::fromKey(text))
            area.dataPoint = *kind;
        else
            return false;
    } else if (which == Column::Area) {
        area.name = text;
    } else if (QString *figure = figureOf(area, which)) {
        *figure = RoiChecker::normalised(text, m_locale);
    } else {
        return false;
    }
    {
        const QScopedValueRollback guard(m_editing, true);
        m_workspace.setScenario(scenario);
    }
    // The whole row: a fixed figure brings its saving; the days or currency, every row's.
    Q_EMIT dataChanged(this->index(0, 0), this->index(m_rows - 1, column(Column::Count) - 1));
    return true;
}

int RoiAreasModel::addArea(RoiPresets::Area preset)
{
    RoiScenario scenario = m_workspace.scenario();
    beginInsertRows({}, m_rows, m_rows);
    scenario.areas.append(RoiPresets::area(preset));
    {
        const QScopedValueRollback guard(m_editing, true);
        m_workspace.setScenario(scenario);
    }
    ++m_rows;
    endInsertRows();
    return m_rows - 1;
}

bool RoiAreasModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows)
        return false;
    RoiScenario scenario = m_workspace.scenario();
    beginRemoveRows({}, row, row + count - 1);
    scenario.areas.remove(row, count);
    {
        const QScopedValueRollback guard(m_editing, true);
        m_workspace.setScenario(scenario);
    }
    m_rows -= count;
    endRemoveRows();
    return true;
}

} // namespace Linkwright

#include "roirealisedmodel.h"

#include "roi/moneyformat.h"

namespace Linkwright {

RoiRealisedModel::RoiRealisedModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RoiRealisedModel::setRealised(const std::optional<RealisedRoi> &realised)
{
    beginResetModel();
    m_realised = realised;
    endResetModel();
}

int RoiRealisedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_realised ? 0 : static_cast<int>(m_realised->areas.size());
}

int RoiRealisedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant RoiRealisedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const auto column = static_cast<Column>(section);
    if (role == Qt::TextAlignmentRole) {
        const bool number = column == Column::Records || column == Column::Saving;
        return QVariant::fromValue(Qt::Alignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Area:
        return tr("Area");
    case Column::DataPoint:
        return tr("Measured by");
    case Column::Records:
        return tr("Records written");
    case Column::Saving:
        return tr("Saved");
    case Column::Count:
        break;
    }
    return {};
}

QVariant RoiRealisedModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RealisedArea &area = m_realised->areas.at(index.row());
    const auto column = static_cast<Column>(index.column());
    const bool measured = area.dataPoint.has_value();
    const QLocale locale;
    if (role == Qt::TextAlignmentRole) {
        const bool number = column == Column::Records || column == Column::Saving;
        return QVariant::fromValue(Qt::Alignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    if (role == Qt::ToolTipRole && !measured)
        return tr("Choose the data point that measures this area in the areas table above.");
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Area:
        return area.name;
    case Column::DataPoint:
        return measured ? DataPoints::displayName(*area.dataPoint) : tr("Not measured");
    case Column::Records:
        return measured ? locale.toString(area.events) : QStringLiteral("—");
    case Column::Saving:
        return measured ? MoneyFormat::currency(area.saving, m_realised->currency, locale) : QStringLiteral("—");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace Linkwright

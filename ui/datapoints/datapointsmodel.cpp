#include "datapointsmodel.h"

#include "project/projectdocument.h"
#include "widgets/icons.h"

#include <QLocale>

namespace Linkwright {

namespace {

/// "—" for a value that does not apply, so an empty cell never looks like missing data.
QString notApplicable()
{
    return QStringLiteral("—");
}

bool pathIsUnder(const QString &path, const QString &prefix)
{
    if (!path.startsWith(prefix))
        return false;
    if (path.size() == prefix.size())
        return true;
    const QChar next = path.at(prefix.size());
    return next == u'.' || next == u'[';
}

} // namespace

DataPointsModel::DataPointsModel(ProjectDocument &document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(&m_document, &ProjectDocument::projectReplaced, this, [this] {
        beginResetModel();
        endResetModel();
    });
    // Any edit can change a warning in another row, so the whole table is refreshed; seven
    // rows cost nothing.
    connect(&m_document, &ProjectDocument::projectEdited, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, Count - 1));
    });
}

int DataPointsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_document.hasProject())
        return 0;
    return static_cast<int>(DataPoints::all().size());
}

int DataPointsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

DataPointKind DataPointsModel::kindAt(int row) const
{
    return DataPoints::all().at(row);
}

Diagnostics DataPointsModel::warningsFor(DataPointKind kind) const
{
    const QString prefix = QStringLiteral("dataPoints.") + DataPoints::key(kind);
    Diagnostics found;
    const DataPointConfig *config = m_document.project().dataPoint(kind);
    for (Diagnostic diagnostic : m_document.recommendations()) {
        if (!pathIsUnder(diagnostic.path, prefix))
            continue;
        // The core words this for the file (direction keys); the table speaks in display names.
        if (config && diagnostic.path == prefix + QStringLiteral(".direction")) {
            diagnostic.message = tr("%1 is not the recommended direction (%2)")
                                     .arg(directionDisplayName(config->direction),
                                         directionDisplayName(DataPoints::recommendedDirection(kind)));
        }
        found.append(diagnostic);
    }
    return found;
}

QVariant DataPointsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DataPointKind kind = kindAt(index.row());
    const DataPointConfig *config = m_document.project().dataPoint(kind);
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        return display(kind, column);
    case Qt::EditRole:
        if (column == DirectionColumn)
            return directionKey(config ? config->direction : Direction::Off);
        if (column == ModeColumn)
            return config ? syncModeKey(config->mode) : QVariant();
        return display(kind, column);
    case Qt::DecorationRole:
        return column == StatusColumn ? statusIcon(kind) : QVariant();
    case Qt::ToolTipRole:
        return toolTip(kind, column);
    case Qt::TextAlignmentRole:
        if (column == MappingsColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case KindRole:
        return static_cast<int>(kind);
    case ChoiceKeysRole:
        if (column == DirectionColumn)
            return directionKeys();
        if (column == ModeColumn)
            return syncModeKeys();
        return {};
    case ChoiceLabelsRole: {
        QStringList labels;
        if (column == DirectionColumn) {
            for (const QString &key : directionKeys())
                labels.append(directionDisplayName(*directionFromKey(key)));
        } else if (column == ModeColumn) {
            for (const QString &key : syncModeKeys())
                labels.append(syncModeDisplayName(*syncModeFromKey(key)));
        } else {
            return {};
        }
        return labels;
    }
    case WarningCountRole:
        return static_cast<int>(warningsFor(kind).size());
    default:
        break;
    }
    return {};
}

QVariant DataPointsModel::display(DataPointKind kind, int column) const
{
    const DataPointConfig *config = m_document.project().dataPoint(kind);
    const bool on = config && config->direction != Direction::Off;
    switch (column) {
    case DataPointColumn:
        return DataPoints::displayName(kind);
    case DirectionColumn:
        return directionDisplayName(config ? config->direction : Direction::Off);
    case ModeColumn:
        return on ? syncModeDisplayName(config->mode) : notApplicable();
    case ScheduleColumn:
        if (!on || config->mode == SyncMode::Live)
            return notApplicable();
        return config->schedule.toDisplayString();
    case KeyFieldColumn:
        return config && !config->keyField.isEmpty() ? config->keyField : DataPoints::defaultKeyField(kind);
    case MappingsColumn:
        return QLocale().toString(config ? config->mappings.size() : 0);
    case StatusColumn:
        return statusText(kind);
    default:
        break;
    }
    return {};
}

QVariant DataPointsModel::statusText(DataPointKind kind) const
{
    const Diagnostics warnings = warningsFor(kind);
    if (!warnings.isEmpty()) {
        const QString first = warnings.constFirst().message;
        if (warnings.size() == 1)
            return first;
        return tr("%1 (+%n more)", nullptr, static_cast<int>(warnings.size() - 1)).arg(first);
    }
    const DataPointConfig *config = m_document.project().dataPoint(kind);
    if (!config || config->direction == Direction::Off)
        return tr("Not synced");
    return tr("As recommended");
}

QVariant DataPointsModel::statusIcon(DataPointKind kind) const
{
    if (!warningsFor(kind).isEmpty())
        return Icons::themed(QStringLiteral("data-warning"), QStyle::SP_MessageBoxWarning);
    const DataPointConfig *config = m_document.project().dataPoint(kind);
    if (!config || config->direction == Direction::Off)
        return Icons::themed(QStringLiteral("media-playback-pause"), QStyle::SP_MediaPause);
    return Icons::themed(QStringLiteral("dialog-ok-apply"), QStyle::SP_DialogApplyButton);
}

QVariant DataPointsModel::toolTip(DataPointKind kind, int column) const
{
    if (column == StatusColumn) {
        QStringList lines;
        for (const Diagnostic &warning : warningsFor(kind)) {
            lines.append(warning.message);
            if (!warning.hint.isEmpty())
                lines.append(warning.hint);
        }
        if (!lines.isEmpty())
            return lines.join(u'\n');
        return tr("Recommended: %1, because %2.")
            .arg(directionDisplayName(DataPoints::recommendedDirection(kind)), DataPoints::recommendationReason(kind));
    }
    if (column == DirectionColumn || column == ModeColumn) {
        if (flags(index(static_cast<int>(DataPoints::all().indexOf(kind)), column)) & Qt::ItemIsEditable)
            return tr("Click to change");
    }
    return {};
}

QVariant DataPointsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole) {
        // Headers line up with their column's values.
        const Qt::Alignment horizontal = section == MappingsColumn ? Qt::AlignRight : Qt::AlignLeft;
        return QVariant::fromValue(Qt::Alignment(horizontal | Qt::AlignVCenter));
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DataPointColumn:
        return tr("Data point");
    case DirectionColumn:
        return tr("Direction");
    case ModeColumn:
        return tr("Mode");
    case ScheduleColumn:
        return tr("Schedule");
    case KeyFieldColumn:
        return tr("Key field");
    case MappingsColumn:
        return tr("Mappings");
    case StatusColumn:
        return tr("Status");
    default:
        break;
    }
    return {};
}

Qt::ItemFlags DataPointsModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == DirectionColumn)
        result |= Qt::ItemIsEditable;
    if (index.column() == ModeColumn) {
        // The mode of a data point that does not flow means nothing, so it is not offered.
        const DataPointConfig *config = m_document.project().dataPoint(kindAt(index.row()));
        if (config && config->direction != Direction::Off)
            result |= Qt::ItemIsEditable;
    }
    return result;
}

bool DataPointsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (!(flags(index) & Qt::ItemIsEditable))
        return false;
    const DataPointKind kind = kindAt(index.row());
    DataPointConfig config;
    if (const DataPointConfig *existing = m_document.project().dataPoint(kind)) {
        config = *existing;
    } else {
        config.kind = kind;
        config.keyField = DataPoints::defaultKeyField(kind);
    }

    const QString key = value.toString();
    if (index.column() == DirectionColumn) {
        const auto direction = directionFromKey(key);
        if (!direction)
            return false;
        config.direction = *direction;
    } else {
        const auto mode = syncModeFromKey(key);
        if (!mode)
            return false;
        config.mode = *mode;
    }
    // The document announces the edit, and the connection above refreshes the view.
    m_document.setDataPoint(config);
    return true;
}

} // namespace Linkwright

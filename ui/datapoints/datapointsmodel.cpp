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
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, column(Column::Count) - 1));
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
    return parent.isValid() ? 0 : column(Column::Count);
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
        } else if (!diagnostic.message.isEmpty()) {
            // The core words it to follow a path ("...deletes: deletions are not ..."); here it
            // stands alone, as a sentence.
            diagnostic.message[0] = diagnostic.message.at(0).toUpper();
        }
        found.append(diagnostic);
    }
    return found;
}

QVariant DataPointsModel::data(const QModelIndex &index, int role) const
{
    // Views and QAbstractItemModelTester ask about the root index on purpose; checkIndex() would
    // warn about it, so it gets the empty answer first.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DataPointKind kind = kindAt(index.row());
    const DataPointConfig *config = m_document.project().dataPoint(kind);
    const auto which = static_cast<Column>(index.column());

    switch (role) {
    case Qt::DisplayRole:
        return display(kind, which);
    case Qt::EditRole:
        if (which == Column::Direction)
            return directionKey(config ? config->direction : Direction::Off);
        if (which == Column::Mode)
            return config ? syncModeKey(config->mode) : QVariant();
        return display(kind, which);
    case Qt::DecorationRole:
        return which == Column::Status ? statusIcon(kind) : QVariant();
    case Qt::ToolTipRole:
        return toolTip(kind, which);
    case Qt::TextAlignmentRole:
        if (which == Column::Mappings)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case KindRole:
        return static_cast<int>(kind);
    case ChoiceKeysRole:
        if (which == Column::Direction)
            return directionKeys();
        if (which == Column::Mode)
            return syncModeKeys();
        return {};
    case ChoiceLabelsRole: {
        QStringList labels;
        if (which == Column::Direction) {
            for (const QString &key : directionKeys())
                labels.append(directionDisplayName(*directionFromKey(key)));
        } else if (which == Column::Mode) {
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

QVariant DataPointsModel::display(DataPointKind kind, Column which) const
{
    const DataPointConfig *config = m_document.project().dataPoint(kind);
    const bool on = config && config->direction != Direction::Off;
    switch (which) {
    case Column::DataPoint:
        return DataPoints::displayName(kind);
    case Column::Direction:
        return directionDisplayName(config ? config->direction : Direction::Off);
    case Column::Mode:
        return on ? syncModeDisplayName(config->mode) : notApplicable();
    case Column::Schedule:
        if (!on || config->mode == SyncMode::Live)
            return notApplicable();
        return config->schedule.toDisplayString();
    case Column::KeyField:
        return config && !config->keyField.isEmpty() ? config->keyField : DataPoints::defaultKeyField(kind);
    case Column::Mappings:
        return QLocale().toString(config ? config->mappings.size() : 0);
    case Column::Status:
        return statusText(kind);
    case Column::Count:
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

QVariant DataPointsModel::toolTip(DataPointKind kind, Column which) const
{
    if (which == Column::Status) {
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
    if (which == Column::Direction || which == Column::Mode) {
        if (flags(index(static_cast<int>(DataPoints::all().indexOf(kind)), column(which))) & Qt::ItemIsEditable)
            return tr("Click to change");
    }
    return {};
}

QVariant DataPointsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const auto which = static_cast<Column>(section);
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole) {
        // Headers line up with their column's values.
        const Qt::Alignment horizontal = which == Column::Mappings ? Qt::AlignRight : Qt::AlignLeft;
        return QVariant::fromValue(Qt::Alignment(horizontal | Qt::AlignVCenter));
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (which) {
    case Column::DataPoint:
        return tr("Data point");
    case Column::Direction:
        return tr("Direction");
    case Column::Mode:
        return tr("Mode");
    case Column::Schedule:
        return tr("Schedule");
    case Column::KeyField:
        return tr("Key field");
    case Column::Mappings:
        return tr("Mappings");
    case Column::Status:
        return tr("Status");
    case Column::Count:
        break;
    }
    return {};
}

Qt::ItemFlags DataPointsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const auto which = static_cast<Column>(index.column());
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (which == Column::Direction)
        result |= Qt::ItemIsEditable;
    if (which == Column::Mode) {
        // The mode of a data point that does not flow means nothing, so it is not offered.
        const DataPointConfig *config = m_document.project().dataPoint(kindAt(index.row()));
        if (config && config->direction != Direction::Off)
            result |= Qt::ItemIsEditable;
    }
    return result;
}

bool DataPointsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
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
    if (static_cast<Column>(index.column()) == Column::Direction) {
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

#pragma once

#include "domain/datapoint.h"
#include "project/projectfile.h"

#include <QAbstractTableModel>

namespace Linkwright {

class ProjectDocument;

/// One row per data point of the catalogue, whether the project has it or not (missing ones
/// read as "off"). Direction and mode are editable; edits go into the document.
class DataPointsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column {
        DataPoint,
        Direction,
        Mode,
        Schedule,
        KeyField,
        Mappings,
        Status,
        Count
    };

    enum Role {
        KindRole = Qt::UserRole, ///< DataPointKind as int
        ChoiceKeysRole, ///< QStringList of the keys an editable cell accepts
        ChoiceLabelsRole, ///< QStringList of their display names
        WarningCountRole, ///< int: recommendation warnings for the row
    };

    explicit DataPointsModel(ProjectDocument &document, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    [[nodiscard]] DataPointKind kindAt(int row) const;
    /// The recommendation warnings whose JSON path lies under dataPoints.<key>.
    [[nodiscard]] Diagnostics warningsFor(DataPointKind kind) const;
    [[nodiscard]] static int column(Column column) { return static_cast<int>(column); }

private:
    [[nodiscard]] QVariant display(DataPointKind kind, Column which) const;
    [[nodiscard]] QVariant statusText(DataPointKind kind) const;
    [[nodiscard]] QVariant statusIcon(DataPointKind kind) const;
    [[nodiscard]] QVariant toolTip(DataPointKind kind, Column which) const;

    ProjectDocument &m_document;
};

} // namespace Linkwright

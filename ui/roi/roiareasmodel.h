#pragma once

#include "roi/roiscenario.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace Linkwright {

class RoiWorkspace;

/// The areas of the scenario on the ROI page, one row each. Figures are edited as text in the
/// user's locale and kept as typed when they do not check out; such a cell carries a warning
/// icon and says what is wrong in its tooltip. The yearly saving is shown per row as soon as
/// that row's figures check out.
class RoiAreasModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column {
        Area,
        DataPoint, ///< which data point's written records measure the area (realised ROI)
        CostPerEvent,
        EventsPerDay,
        Improvement,
        YearlySaving,
        Count
    };

    enum Role {
        ChoiceKeysRole = Qt::UserRole, ///< QStringList: the data point keys, "" for none
        ChoiceLabelsRole,
        ProblemRole, ///< QString: what is wrong with the cell's figure, empty when nothing
    };

    explicit RoiAreasModel(RoiWorkspace &workspace, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    /// Appends a row from a preset; returns its row.
    int addArea(RoiPresets::Area preset);

    /// Numbers are read and shown in this locale; QLocale() by default.
    void setLocale(const QLocale &locale);
    [[nodiscard]] static int column(Column column) { return static_cast<int>(column); }

private:
    [[nodiscard]] QVariant display(int row, Column column) const;
    [[nodiscard]] QString problem(int row, Column column) const;
    [[nodiscard]] QVariant saving(int row) const;
    void workspaceChanged();

    RoiWorkspace &m_workspace;
    QLocale m_locale;
    int m_rows = 0;
    bool m_editing = false; ///< our own edit is on its way through the workspace
};

} // namespace Linkwright

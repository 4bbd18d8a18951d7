#pragma once

#include "roi/realisedroi.h"

#include <QAbstractTableModel>

#include <optional>

namespace Linkwright {

/// The realised ROI's areas, one row each: which data point measured it, how many records the
/// runs wrote and what they saved at the scenario's figures.
class RoiRealisedModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column {
        Area,
        DataPoint,
        Records,
        Saving,
        Count
    };

    explicit RoiRealisedModel(QObject *parent = nullptr);

    void setRealised(const std::optional<RealisedRoi> &realised);
    [[nodiscard]] const std::optional<RealisedRoi> &realised() const { return m_realised; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::optional<RealisedRoi> m_realised;
};

} // namespace Linkwright

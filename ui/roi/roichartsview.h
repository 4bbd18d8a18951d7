#pragma once

#include <QWidget>

class QCustomPlot;
class QLabel;

namespace Linkwright {

class RoiWorkspace;

/// The ROI page's two charts, side by side, following the scenario as it is edited and the
/// window's palette (light or dark).
class RoiChartsView final : public QWidget
{
    Q_OBJECT

public:
    RoiChartsView(RoiWorkspace &workspace, QWidget *parent);

    [[nodiscard]] QCustomPlot *savingsPlot() const { return m_savings; }
    [[nodiscard]] QCustomPlot *cumulativePlot() const { return m_cumulative; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();

    RoiWorkspace &m_workspace;
    QLabel *m_savingsTitle = nullptr;
    QLabel *m_cumulativeTitle = nullptr;
    QCustomPlot *m_savings = nullptr;
    QCustomPlot *m_cumulative = nullptr;
};

} // namespace Linkwright

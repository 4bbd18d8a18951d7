#pragma once

#include <QFrame>

class QLabel;

namespace Linkwright {

class RoiWorkspace;
class StatusLabel;

/// The answer, large: yearly saving, payback, net saving over three years and ROI, each with a
/// line saying what it means. Shows dashes, and why, while a figure does not check out.
class RoiResultsView final : public QFrame
{
    Q_OBJECT

public:
    RoiResultsView(RoiWorkspace &workspace, QWidget *parent);

    [[nodiscard]] QString yearlySavingText() const;
    [[nodiscard]] QString paybackText() const;
    [[nodiscard]] QString netSavingText() const;
    [[nodiscard]] QString roiText() const;

    /// As wide as its minimum: the page stretches it over whatever the year and investment
    /// beside it leave, so that those keep their width (a hint on one line) wherever there is
    /// room, and only a narrow window or a long translation makes the hint wrap.
    [[nodiscard]] QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Figure {
        QLabel *caption = nullptr;
        QLabel *value = nullptr;
        QLabel *detail = nullptr;
    };
    Figure addFigure(const char *name, int row, int column);
    void refresh();

    RoiWorkspace &m_workspace;
    Figure m_yearly;
    Figure m_payback;
    Figure m_net;
    Figure m_roi;
    StatusLabel *m_status = nullptr;
};

} // namespace Linkwright

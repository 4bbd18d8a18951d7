#include "roichartsview.h"

#include "roi/roicharts.h"
#include "roi/roiworkspace.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

#include "widgets/customplot.h"

namespace Linkwright {

RoiChartsView::RoiChartsView(RoiWorkspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    const auto title = [this] {
        auto *label = new QLabel(this);
        QFont font = label->font();
        font.setWeight(QFont::DemiBold);
        label->setFont(font);
        return label;
    };
    const auto plot = [this](const char *name) {
        auto *chart = new QCustomPlot(this);
        chart->setObjectName(QString::fromLatin1(name));
        chart->setMinimumSize(300, 260);
        chart->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        return chart;
    };
    m_savingsTitle = title();
    m_cumulativeTitle = title();
    m_savings = plot("roiSavingsChart");
    m_cumulative = plot("roiCumulativeChart");

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(16);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_savingsTitle, 0, 0);
    layout->addWidget(m_cumulativeTitle, 0, 1);
    layout->addWidget(m_savings, 1, 0);
    layout->addWidget(m_cumulative, 1, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);

    connect(&m_workspace, &RoiWorkspace::scenarioChanged, this, &RoiChartsView::refresh);
    retranslate();
}

void RoiChartsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LocaleChange)
        refresh();
    QWidget::changeEvent(event);
}

void RoiChartsView::retranslate()
{
    m_savingsTitle->setText(RoiCharts::savingsTitle());
    m_cumulativeTitle->setText(RoiCharts::cumulativeTitle());
    refresh();
}

void RoiChartsView::refresh()
{
    const RoiChartColours colours = RoiChartColours::fromPalette(palette());
    const auto &evaluation = m_workspace.evaluation();
    if (!evaluation) {
        const QString message = tr("The charts appear once every figure checks out.");
        RoiCharts::drawMessage(*m_savings, message, colours);
        RoiCharts::drawMessage(*m_cumulative, message, colours);
        return;
    }
    const RoiChartData chart = RoiChartData::from(m_workspace.scenario(), *evaluation, locale());
    RoiCharts::drawSavings(*m_savings, chart, colours);
    RoiCharts::drawCumulative(*m_cumulative, chart, colours);
}

} // namespace Linkwright

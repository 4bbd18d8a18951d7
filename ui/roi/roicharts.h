#pragma once

#include "roi/roicalculator.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QPalette>
#include <QStringList>

#include <optional>

class QCustomPlot;

namespace Linkwright {

/// What both ROI charts show, taken from a result. Doubles only for drawing: every amount a
/// person reads as text is formatted from the exact figure.
struct RoiChartData {
    QString currency;
    QStringList areaNames;
    QList<double> areaSavings;
    QStringList areaSavingLabels; ///< the exact amounts, formatted
    /// The net saving (saving minus running cost) accumulated by the end of each month, 0 to 36.
    QList<double> cumulativeSaving;
    double investment = 0;
    QString investmentLabel;
    std::optional<int> paybackMonth;
    QLocale locale;

    [[nodiscard]] static RoiChartData from(const RoiScenario &scenario, const RoiResult &result, const QLocale &locale);
};

/// The colours of a chart: from the window's palette on screen (dark palettes included), or
/// black on white for paper and pictures sent to a prospect.
struct RoiChartColours {
    QColor background;
    QColor text;
    QColor grid;
    QColor bars;
    QColor saving;
    QColor investment;
    QColor payback;

    [[nodiscard]] static RoiChartColours fromPalette(const QPalette &palette);
    [[nodiscard]] static RoiChartColours forPrint();
};

/// Draws the ROI page's two charts into a QCustomPlot, replacing what it showed.
class RoiCharts final
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::RoiCharts)

public:
    /// Bars of the yearly saving per area, each labelled with its amount.
    static void drawSavings(QCustomPlot &plot, const RoiChartData &data, const RoiChartColours &colours);
    /// The net saving accumulated month by month over 36 months against the investment, with
    /// the month it pays back marked (or "no payback" said).
    static void drawCumulative(QCustomPlot &plot, const RoiChartData &data, const RoiChartColours &colours);
    /// An empty chart that says why: the figures do not check out yet.
    static void drawMessage(QCustomPlot &plot, const QString &message, const RoiChartColours &colours);

    [[nodiscard]] static QString savingsTitle();
    [[nodiscard]] static QString cumulativeTitle();
};

} // namespace Linkwright

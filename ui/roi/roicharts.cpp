#include "roicharts.h"

#include "roi/moneyformat.h"

#include "widgets/customplot.h"

#include <algorithm>

namespace Linkwright {

namespace {

double toDouble(const Decimal &value)
{
    return value.toText().toDouble();
}

void reset(QCustomPlot &plot, const RoiChartColours &colours, const QLocale &locale)
{
    plot.clearPlottables();
    plot.clearItems();
    plot.setLocale(locale);
    plot.setBackground(colours.background);
    plot.axisRect()->setBackground(colours.background);
    plot.legend->setVisible(false);
    plot.setInteractions({});
    for (QCPAxis *axis : {plot.xAxis, plot.yAxis}) {
        axis->setVisible(true);
        axis->setBasePen(QPen(colours.grid));
        axis->setTickPen(QPen(colours.grid));
        axis->setSubTickPen(Qt::NoPen);
        axis->setTickLabelColor(colours.text);
        axis->setLabelColor(colours.text);
        axis->grid()->setPen(QPen(colours.grid, 0, Qt::DotLine));
        axis->grid()->setZeroLinePen(QPen(colours.grid));
        axis->setLabel({});
        axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        axis->setTickLabels(true);
    }
    plot.xAxis->grid()->setVisible(false);
    plot.yAxis->grid()->setVisible(true);
    plot.yAxis->setNumberFormat(QStringLiteral("f"));
    plot.yAxis->setNumberPrecision(0);
}

/// Leaves room above the highest value (for labels) and includes zero.
void fitValues(QCPAxis *axis, double low, double high)
{
    low = std::min(low, 0.0);
    high = std::max(high, 0.0);
    const double span = high - low > 0 ? high - low : 1.0;
    axis->setRange(low - (low < 0 ? span * 0.08 : 0), high + span * 0.15);
}

} // namespace

RoiChartData RoiChartData::from(const RoiScenario &scenario, const RoiResult &result, const QLocale &locale)
{
    RoiChartData data;
    data.currency = result.currency;
    data.locale = locale;
    for (qsizetype i = 0; i < result.areaSavings.size() && i < scenario.areas.size(); ++i) {
        data.areaNames.append(scenario.areas.at(i).name.trimmed());
        data.areaSavings.append(toDouble(result.areaSavings.at(i)));
        data.areaSavingLabels.append(MoneyFormat::currency(result.areaSavings.at(i), result.currency, locale, 0));
    }
    for (const Decimal &value : result.cumulative)
        data.cumulativeSaving.append(toDouble(value) + toDouble(result.implementationCost));
    data.investment = toDouble(result.implementationCost);
    data.investmentLabel = MoneyFormat::currency(result.implementationCost, result.currency, locale, 0);
    data.paybackMonth = result.paybackMonth;
    return data;
}

RoiChartColours RoiChartColours::fromPalette(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    RoiChartColours colours;
    colours.background = palette.color(QPalette::Base);
    colours.text = palette.color(QPalette::Text);
    colours.grid = palette.color(QPalette::Mid);
    colours.bars = palette.color(QPalette::Highlight);
    colours.saving = dark ? QColor(0x5e, 0xc2, 0x7e) : QColor(0x1e, 0x7b, 0x3c);
    colours.investment = dark ? QColor(0xf0, 0xa0, 0x50) : QColor(0xb3, 0x56, 0x00);
    colours.payback = colours.text;
    return colours;
}

RoiChartColours RoiChartColours::forPrint()
{
    return {Qt::white, QColor(0x20, 0x20, 0x20), QColor(0xb0, 0xb0, 0xb0), QColor(0x2a, 0x6f, 0xb5),
        QColor(0x1e, 0x7b, 0x3c), QColor(0xb3, 0x56, 0x00), QColor(0x20, 0x20, 0x20)};
}

QString RoiCharts::savingsTitle()
{
    return tr("Yearly saving per area");
}

QString RoiCharts::cumulativeTitle()
{
    return tr("Net saving over 36 months against the investment");
}

void RoiCharts::drawSavings(QCustomPlot &plot, const RoiChartData &data, const RoiChartColours &colours)
{
    reset(plot, colours, data.locale);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> keys;
    QVector<double> values;
    for (qsizetype i = 0; i < data.areaNames.size(); ++i) {
        keys.append(static_cast<double>(i + 1));
        values.append(data.areaSavings.at(i));
        ticker->addTick(static_cast<double>(i + 1), data.areaNames.at(i));
    }
    plot.xAxis->setTicker(ticker);
    plot.xAxis->setTickPen(Qt::NoPen);
    plot.xAxis->setRange(0.4, static_cast<double>(data.areaNames.size()) + 0.6);
    plot.yAxis->setLabel(data.currency);

    auto *bars = new QCPBars(plot.xAxis, plot.yAxis);
    bars->setWidth(0.6);
    bars->setPen(Qt::NoPen);
    bars->setBrush(colours.bars);
    bars->setData(keys, values, true);

    const double high = values.isEmpty() ? 0 : *std::ranges::max_element(values);
    fitValues(plot.yAxis, 0, high);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        auto *label = new QCPItemText(&plot);
        label->position->setCoords(keys.at(i), values.at(i));
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setPadding(QMargins(0, 0, 0, 4));
        label->setText(data.areaSavingLabels.at(i));
        label->setColor(colours.text);
        label->setClipToAxisRect(false);
    }
    if (keys.isEmpty()) {
        drawMessage(plot, tr("Add an area to see its saving."), colours);
        return;
    }
    plot.replot();
}

void RoiCharts::drawCumulative(QCustomPlot &plot, const RoiChartData &data, const RoiChartColours &colours)
{
    reset(plot, colours, data.locale);
    QVector<double> months;
    QVector<double> saving;
    for (qsizetype month = 0; month < data.cumulativeSaving.size(); ++month) {
        months.append(static_cast<double>(month));
        saving.append(data.cumulativeSaving.at(month));
    }
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(6);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssNone);
    plot.xAxis->setTicker(ticker);
    plot.xAxis->setRange(0, static_cast<double>(std::max<qsizetype>(1, months.size() - 1)));
    plot.xAxis->setLabel(tr("Months after go-live"));
    plot.yAxis->setLabel(data.currency);

    auto *investment = plot.addGraph();
    investment->setName(tr("Investment: %1").arg(data.investmentLabel));
    investment->setPen(QPen(colours.investment, 2, Qt::DashLine));
    investment->setData({months.value(0), months.value(months.size() - 1)}, {data.investment, data.investment});

    auto *line = plot.addGraph();
    line->setName(tr("Net saving so far"));
    line->setPen(QPen(colours.saving, 2.5));
    QColor fill = colours.saving;
    fill.setAlpha(40);
    line->setBrush(fill);
    line->setData(months, saving, true);

    double low = data.investment;
    double high = data.investment;
    for (double value : saving) {
        low = std::min(low, value);
        high = std::max(high, value);
    }
    fitValues(plot.yAxis, low, high);

    plot.legend->setVisible(true);
    plot.legend->setBrush(colours.background);
    plot.legend->setBorderPen(QPen(colours.grid));
    plot.legend->setTextColor(colours.text);
    plot.axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

    auto *note = new QCPItemText(&plot);
    note->setColor(colours.payback);
    note->setClipToAxisRect(false);
    QFont bold = note->font();
    bold.setBold(true);
    note->setFont(bold);
    if (data.paybackMonth && *data.paybackMonth <= months.size() - 1) {
        const double month = *data.paybackMonth;
        auto *marker = new QCPItemStraightLine(&plot);
        marker->setPen(QPen(colours.payback, 1.5, Qt::DotLine));
        marker->point1->setCoords(month, 0);
        marker->point2->setCoords(month, 1);
        auto *dot = new QCPItemTracer(&plot);
        dot->setGraph(line);
        dot->setGraphKey(month);
        dot->setStyle(QCPItemTracer::tsCircle);
        dot->setSize(9);
        dot->setPen(QPen(colours.payback, 2));
        dot->setBrush(colours.background);
        note->setText(
            *data.paybackMonth == 0 ? tr("Pays back at once") : tr("Paid back in month %1").arg(*data.paybackMonth));
        // Halfway up the marker, clear of the legend in the top left corner and of the lines
        // where they cross; near the right edge it goes to the left so that it stays inside.
        note->position->setTypeX(QCPItemPosition::ptPlotCoords);
        note->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        note->position->setCoords(month, 0.5);
        const bool right = month < (months.size() - 1) * 0.7;
        note->setPositionAlignment((right ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
        note->setPadding(QMargins(6, 2, 6, 4));
    } else {
        note->setText(data.paybackMonth ? tr("Pays back after month %1").arg(months.size() - 1) : tr("No payback"));
        note->position->setType(QCPItemPosition::ptAxisRectRatio);
        note->position->setCoords(0.98, 0.04);
        note->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    }
    plot.replot();
}

void RoiCharts::drawMessage(QCustomPlot &plot, const QString &message, const RoiChartColours &colours)
{
    reset(plot, colours, plot.locale());
    plot.xAxis->setVisible(false);
    plot.yAxis->setVisible(false);
    plot.xAxis->grid()->setVisible(false);
    plot.yAxis->grid()->setVisible(false);
    plot.xAxis->setRange(0, 1);
    plot.yAxis->setRange(0, 1);
    auto *text = new QCPItemText(&plot);
    text->position->setType(QCPItemPosition::ptAxisRectRatio);
    text->position->setCoords(0.5, 0.5);
    text->setText(message);
    text->setColor(colours.text);
    plot.replot();
}

} // namespace Linkwright

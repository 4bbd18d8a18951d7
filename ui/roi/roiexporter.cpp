#include "roiexporter.h"

#include "roi/moneyformat.h"
#include "roi/roicharts.h"

#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>

#include "widgets/customplot.h"

namespace Linkwright {

namespace {

constexpr int Resolution = 96; ///< so that point sizes and chart layouts look as on screen
constexpr int MaxTableRows = 16; ///< more areas are summed up in one line, to stay on one page

/// A chart drawn for paper, never shown.
std::unique_ptr<QCustomPlot> makeChart(RoiExporter::Chart chart, const RoiExporter::Report &report)
{
    auto plot = std::make_unique<QCustomPlot>();
    plot->setAttribute(Qt::WA_DontShowOnScreen);
    QFont font = plot->font();
    font.setPointSizeF(8.5);
    plot->setFont(font);
    plot->xAxis->setTickLabelFont(font);
    plot->yAxis->setTickLabelFont(font);
    plot->xAxis->setLabelFont(font);
    plot->yAxis->setLabelFont(font);
    plot->legend->setFont(font);
    const RoiChartData data = RoiChartData::from(report.scenario, report.result, report.locale);
    if (chart == RoiExporter::Chart::Savings)
        RoiCharts::drawSavings(*plot, data, RoiChartColours::forPrint());
    else
        RoiCharts::drawCumulative(*plot, data, RoiChartColours::forPrint());
    return plot;
}

QString paybackText(const RoiResult &result, const QLocale &locale)
{
    if (!result.paysBack())
        return RoiExporter::tr("No payback");
    if (result.implementationCost.isZero())
        return RoiExporter::tr("Immediately");
    return RoiExporter::tr("%1 months").arg(MoneyFormat::number(*result.paybackMonths, locale, 1));
}

class PageWriter
{
public:
    PageWriter(QCPPainter &painter, const QRect &area)
        : m_painter(painter)
        , m_area(area)
        , m_y(area.top())
    {
    }

    QFont font(double points, bool bold = false) const
    {
        QFont font = QFont(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(points);
        font.setBold(bold);
        return font;
    }

    /// Writes a line across the page and moves below it.
    void line(const QString &text, double points, bool bold = false, const QColor &colour = Qt::black)
    {
        m_painter.setFont(font(points, bold));
        m_painter.setPen(colour);
        const QRect box(m_area.left(), m_y, m_area.width(), m_area.bottom() - m_y);
        QRect used;
        m_painter.drawText(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text, &used);
        m_y += used.height();
    }

    void space(int pixels) { m_y += pixels; }
    void rule(const QColor &colour = QColor(0xb0, 0xb0, 0xb0))
    {
        m_painter.setPen(QPen(colour, 1));
        m_painter.drawLine(QLineF(m_area.left(), m_y, m_area.right(), m_y));
    }

    /// A row of cells; widths are fractions of the page, numbers right-aligned.
    void row(const QStringList &cells, const QList<double> &widths, bool bold, int height)
    {
        m_painter.setFont(font(9, bold));
        m_painter.setPen(Qt::black);
        double x = m_area.left();
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const int width = static_cast<int>(widths.at(i) * m_area.width());
            const QRect cell(static_cast<int>(x) + 4, m_y, width - 8, height);
            const Qt::Alignment align = (i == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
            const QString text = m_painter.fontMetrics().elidedText(cells.at(i), Qt::ElideRight, cell.width());
            m_painter.drawText(cell, static_cast<int>(align), text);
            x += width;
        }
        m_y += height;
    }

    /// Key figures side by side in boxes.
    void figures(const QList<std::pair<QString, QString>> &figures)
    {
        const int gap = 10;
        const int width =
            (m_area.width() - gap * (static_cast<int>(figures.size()) - 1)) / static_cast<int>(figures.size());
        const int height = 58;
        for (qsizetype i = 0; i < figures.size(); ++i) {
            const QRect box(m_area.left() + static_cast<int>(i) * (width + gap), m_y, width, height);
            m_painter.setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 1));
            m_painter.setBrush(QColor(0xf4, 0xf6, 0xf8));
            m_painter.drawRoundedRect(box, 4, 4);
            m_painter.setBrush(Qt::NoBrush);
            m_painter.setPen(QColor(0x55, 0x55, 0x55));
            m_painter.setFont(font(8));
            m_painter.drawText(box.adjusted(10, 8, -10, 0), Qt::AlignLeft | Qt::AlignTop, figures.at(i).first);
            m_painter.setPen(Qt::black);
            const QRect valueBox = box.adjusted(10, 24, -10, -6);
            // A figure is never cut short: large amounts get a smaller type instead.
            double points = 13;
            m_painter.setFont(font(points, true));
            while (points > 7 && m_painter.fontMetrics().horizontalAdvance(figures.at(i).second) > valueBox.width()) {
                points -= 0.5;
                m_painter.setFont(font(points, true));
            }
            m_painter.drawText(valueBox, Qt::AlignLeft | Qt::AlignVCenter, figures.at(i).second);
        }
        m_y += height;
    }

    void chart(QCustomPlot &plot, const QString &title, int height)
    {
        line(title, 10, true);
        space(4);
        m_painter.save();
        m_painter.translate(m_area.left(), m_y);
        plot.toPainter(&m_painter, m_area.width(), height);
        m_painter.restore();
        m_y += height;
    }

    [[nodiscard]] int y() const { return m_y; }
    [[nodiscard]] int bottom() const { return m_area.bottom(); }

private:
    QCPPainter &m_painter;
    QRect m_area;
    int m_y;
};

} // namespace

QString RoiExporter::title()
{
    return tr("What the integration is worth");
}

Result<void> RoiExporter::writePdf(const QString &fileName, const Report &report)
{
    const RoiResult &result = report.result;
    const QLocale &locale = report.locale;
    const auto money = [&](const Decimal &amount) { return MoneyFormat::currency(amount, result.currency, locale); };
    {
        QPdfWriter writer(fileName);
        writer.setResolution(Resolution);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout::Millimeter);
        writer.setTitle(title() + QStringLiteral(": ") + report.scenario.name);
        writer.setCreator(QStringLiteral("Linkwright"));
        QCPPainter painter;
        if (!painter.begin(&writer)) {
            return fail(ErrorCode::FileUnwritable, fileName, tr("the PDF cannot be written"),
                tr("Choose a folder you can write to, and close the file if another program has it open."));
        }
        painter.setRenderHint(QPainter::Antialiasing);
        PageWriter page(painter,
            writer.pageLayout()
                .paintRectPixels(Resolution)
                .translated(-writer.pageLayout().paintRectPixels(Resolution).topLeft()));

        page.line(title(), 20, true);
        QStringList subtitle{report.scenario.name.trimmed()};
        if (!report.projectName.trimmed().isEmpty())
            subtitle.append(report.projectName.trimmed());
        subtitle.append(locale.toString(report.date, QLocale::LongFormat));
        subtitle.removeAll(QString());
        page.line(subtitle.join(QStringLiteral(" · ")), 10, false, QColor(0x55, 0x55, 0x55));
        page.space(14);

        page.figures({{tr("Yearly saving"), money(result.yearlySaving)}, {tr("Payback"), paybackText(result, locale)},
            {tr("Net saving, 3 years"), money(result.netSavingThreeYears)},
            {tr("ROI, 3 years"),
                result.roiPercent ? MoneyFormat::percent(*result.roiPercent, locale) : QStringLiteral("—")}});
        page.space(16);

        const QList<double> widths{0.27, 0.17, 0.17, 0.15, 0.24};
        const int rowHeight = 21;
        page.row({tr("Area"), tr("Cost per event"), tr("Events per day"), tr("Improvement"), tr("Yearly saving")},
            widths, true, rowHeight);
        page.rule(Qt::black);
        const auto figure = [&locale](const QString &text) {
            return RoiChecker::localised(RoiChecker::withoutPercent(text), locale);
        };
        const qsizetype shown =
            report.scenario.areas.size() > MaxTableRows ? MaxTableRows - 1 : report.scenario.areas.size();
        for (qsizetype i = 0; i < shown; ++i) {
            const RoiArea &area = report.scenario.areas.at(i);
            const auto checked = RoiChecker::checkArea(area, static_cast<int>(i));
            const QString cost =
                checked ? MoneyFormat::currency(checked->costPerEvent, result.currency, locale) : QString();
            page.row(
                {area.name.trimmed(), cost, figure(area.eventsPerDay),
                    figure(area.improvementPercent) + QStringLiteral("\u00A0%"), money(result.areaSavings.value(i))},
                widths, false, rowHeight);
        }
        if (shown < report.scenario.areas.size()) {
            Decimal rest;
            for (qsizetype i = shown; i < result.areaSavings.size(); ++i)
                rest = rest.add(result.areaSavings.at(i)).value_or(rest);
            page.row({tr("%1 more areas").arg(report.scenario.areas.size() - shown), {}, {}, {}, money(rest)}, widths,
                false, rowHeight);
        }
        page.rule(Qt::black);
        page.row({tr("Total"), {}, {}, {}, money(result.yearlySaving)}, widths, true, rowHeight + 2);
        page.space(6);

        QString payback;
        if (!result.paysBack())
            payback = tr("no payback: the running cost is as high as the saving or higher");
        else if (result.implementationCost.isZero())
            payback = tr("pays back immediately");
        else
            payback = tr("paid back in month %1").arg(*result.paybackMonth);
        page.line(tr("%1 days a year · implementation %2 · running cost %3 a year · net saving %4 a month · %5")
                      .arg(result.daysPerYear)
                      .arg(money(result.implementationCost), money(result.yearlyRunningCost),
                          money(result.monthlyNetSaving), payback),
            8.5, false, QColor(0x33, 0x33, 0x33));
        page.space(16);

        const int footer = 40;
        const int titles = 2 * 24;
        const int chartHeight = std::clamp((page.bottom() - page.y() - footer - titles - 14) / 2, 120, 300);
        auto savings = makeChart(Chart::Savings, report);
        auto cumulative = makeChart(Chart::Cumulative, report);
        page.chart(*savings, RoiCharts::savingsTitle(), chartHeight);
        page.space(14);
        page.chart(*cumulative, RoiCharts::cumulativeTitle(), chartHeight);
        page.space(12);
        page.line(tr("Yearly saving per area = cost per event × events per day × improvement × days per year. Net "
                     "saving = yearly saving − running cost. ROI = net saving over 3 years ÷ (implementation + 3 "
                     "years of running cost). Prepared with Linkwright."),
            7.5, false, QColor(0x55, 0x55, 0x55));
        if (!painter.end()) {
            return fail(ErrorCode::FileUnwritable, fileName, tr("the PDF could not be finished"),
                tr("Free some disk space or choose another place."));
        }
    }
    if (QFileInfo(fileName).size() <= 0) {
        return fail(ErrorCode::FileUnwritable, fileName, tr("the PDF cannot be written"),
            tr("Choose a folder you can write to, and close the file if another program has it open."));
    }
    return {};
}

Result<void> RoiExporter::writePng(const QString &fileName, Chart chart, const Report &report)
{
    auto plot = makeChart(chart, report);
    QFont font = plot->font();
    font.setPointSizeF(10);
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setTickLabelFont(font);
        axis->setLabelFont(font);
    }
    plot->legend->setFont(font);
    plot->replot();
    // Twice the pixels of a 900 x 500 chart: sharp in a slide, and the text in proportion.
    if (!plot->savePng(fileName, 900, 500, 2.0)) {
        return fail(ErrorCode::FileUnwritable, fileName, tr("the picture cannot be written"),
            tr("Choose a folder you can write to."));
    }
    return {};
}

} // namespace Linkwright

#pragma once

#include "domain/error.h"
#include "roi/roicalculator.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace Linkwright {

/// What goes to a prospect: a one-page PDF summary and the charts as pictures. Always black on
/// white, whatever the window's palette, since it ends up on paper or in a slide.
class RoiExporter final
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::RoiExporter)

public:
    struct Report {
        RoiScenario scenario;
        RoiResult result;
        QString projectName; ///< may be empty
        QLocale locale;
        QDate date;
    };

    enum class Chart {
        Savings,
        Cumulative,
    };

    /// An A4 page: title, the areas table with the total, payback, net saving, ROI and both
    /// charts. Its text is real text, so it can be searched and copied.
    [[nodiscard]] static Result<void> writePdf(const QString &fileName, const Report &report);
    [[nodiscard]] static Result<void> writePng(const QString &fileName, Chart chart, const Report &report);

    /// "What the integration is worth", the heading of the page.
    [[nodiscard]] static QString title();
};

} // namespace Linkwright

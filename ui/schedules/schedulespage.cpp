#include "schedulespage.h"

#include "widgets/icons.h"

namespace Linkwright {

SchedulesPage::SchedulesPage(QWidget *parent)
    : EmptyPage(PageId::Schedules, PageId::DataPoints, parent)
{
    retranslateUi();
}

QString SchedulesPage::title() const
{
    return tr("Schedules");
}

QIcon SchedulesPage::icon() const
{
    return Icons::themed(QStringLiteral("chronometer"), QStyle::SP_BrowserReload);
}

void SchedulesPage::retranslate()
{
    setTexts({
        .subtitle = tr("When each data point runs: on an interval, by a cron expression, or live."),
        .title = tr("Run schedules"),
        .text = tr("Batch data points run on an interval or a cron expression, live ones as soon as data changes. "
                   "This page will set and review them; for now, the Data points page shows each schedule."),
        .firstStep = tr("Go to Data Points"),
    });
}

} // namespace Linkwright

#include "dashboardpage.h"

#include "widgets/icons.h"

namespace Linkwright {

DashboardPage::DashboardPage(QWidget *parent)
    : EmptyPage(PageId::Dashboard, std::nullopt, parent)
{
    retranslateUi();
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

QIcon DashboardPage::icon() const
{
    return Icons::themed(QStringLiteral("view-statistics"), QStyle::SP_ComputerIcon);
}

void DashboardPage::retranslate()
{
    setTexts({
        .subtitle = tr("How the integration is doing: volumes, failures and run times over time."),
        .title = tr("Nothing to chart yet"),
        .text = tr("Once runs have happened, this page will chart the records synced, the failures and the run "
                   "times of each data point."),
    });
}

} // namespace Linkwright

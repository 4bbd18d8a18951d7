#include "roipage.h"

#include "widgets/icons.h"

namespace Linkwright {

RoiPage::RoiPage(QWidget *parent)
    : EmptyPage(PageId::Roi, std::nullopt, parent)
{
    retranslateUi();
}

QString RoiPage::title() const
{
    return tr("ROI");
}

QIcon RoiPage::icon() const
{
    return Icons::themed(QStringLiteral("view-financial-account-savings"), QStyle::SP_DialogYesButton);
}

void RoiPage::retranslate()
{
    setTexts({
        .subtitle = tr("What the integration is worth: yearly savings, investment and payback."),
        .title = tr("Calculate what the integration is worth"),
        .text = tr("For each area, such as product changes, orders or customer queries, the cost per event × events"
                   " per day × improvement × days per year gives the yearly saving. This page will add investment, "
                   "payback and a one-page summary to print for the prospect."),
    });
}

} // namespace Linkwright

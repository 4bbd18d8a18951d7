#include "failurespage.h"

#include "widgets/icons.h"

namespace Linkwright {

FailuresPage::FailuresPage(QWidget *parent)
    : EmptyPage(PageId::Failures, std::nullopt, parent)
{
    retranslateUi();
}

QString FailuresPage::title() const
{
    return tr("Failure log");
}

QIcon FailuresPage::icon() const
{
    // Monochrome: a red mark in the sidebar would cry failure even when nothing failed.
    return Icons::themed(QStringLiteral("dialog-cancel"), QStyle::SP_MessageBoxWarning);
}

QIcon FailuresPage::emptyIcon() const
{
    // "No failures" is good news; a warning sign above it would say the opposite.
    return Icons::themed(QStringLiteral("dialog-ok-apply"), QStyle::SP_DialogApplyButton);
}

void FailuresPage::retranslate()
{
    setTexts({
        .subtitle = tr("Records that could not be synced, why, and a way to retry them."),
        .title = tr("No failures"),
        .text = tr("Records that cannot be fetched, mapped, validated or written will appear here with the payload,"
                   " the error and the step where they failed, ready to be retried once the cause is fixed."),
    });
}

} // namespace Linkwright

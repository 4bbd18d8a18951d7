#include "diffspage.h"

#include "widgets/icons.h"

namespace Linkwright {

DiffsPage::DiffsPage(QWidget *parent)
    : EmptyPage(PageId::Diffs, std::nullopt, parent)
{
    retranslateUi();
}

QString DiffsPage::title() const
{
    return tr("Diffs");
}

QIcon DiffsPage::icon() const
{
    return Icons::themed(QStringLiteral("vcs-diff"), QStyle::SP_FileDialogContentsView);
}

void DiffsPage::retranslate()
{
    setTexts({
        .subtitle = tr("What a sync would change, field by field, before anything is written."),
        .title = tr("No differences to review"),
        .text = tr("A dry run will show here, field by field, which records a sync would create, update or leave "
                   "unchanged, so you can check before anything is written."),
    });
}

} // namespace Linkwright

#include "runspage.h"

#include "widgets/icons.h"

namespace Linkwright {

RunsPage::RunsPage(QWidget *parent)
    : EmptyPage(PageId::Runs, std::nullopt, parent)
{
    retranslateUi();
}

QString RunsPage::title() const
{
    return tr("Runs");
}

QIcon RunsPage::icon() const
{
    return Icons::themed(QStringLiteral("media-playback-start"), QStyle::SP_MediaPlay);
}

void RunsPage::retranslate()
{
    setTexts({
        .subtitle = tr("Every sync run: its steps, its counts and how long it took."),
        .title = tr("No runs yet"),
        .text = tr("Each sync run will be listed here with what it fetched, mapped, matched and wrote, and how long"
                   " each step took. Runs can then be started, or dry-run, from this page."),
    });
}

} // namespace Linkwright

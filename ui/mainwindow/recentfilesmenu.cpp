#include "recentfilesmenu.h"

#include "mainwindow/uisettings.h"
#include "widgets/icons.h"

#include <QDir>
#include <QFileInfo>

namespace Linkwright {

RecentFilesMenu::RecentFilesMenu(UiSettings &settings, QWidget *parent)
    : QMenu(parent)
    , m_settings(settings)
{
    setIcon(Icons::themed(QStringLiteral("document-open-recent"), QStyle::SP_DirOpenIcon));
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList files = m_settings.recentFiles();
    if (files.isEmpty()) {
        addAction(tr("No recent projects"))->setEnabled(false);
    }
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString file = files.at(i);
        // The number is the keyboard accelerator; the full path is in the status tip and tooltip.
        const QString label = QStringLiteral("&%1  %2").arg(i + 1).arg(QFileInfo(file).fileName());
        QAction *action = addAction(label);
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { Q_EMIT fileChosen(file); });
    }
    addSeparator();
    QAction *clearAction =
        addAction(Icons::themed(QStringLiteral("edit-clear-history"), QStyle::SP_DialogResetButton), tr("&Clear List"));
    clearAction->setEnabled(!files.isEmpty());
    connect(clearAction, &QAction::triggered, this, [this] { m_settings.clearRecentFiles(); });
}

} // namespace Linkwright

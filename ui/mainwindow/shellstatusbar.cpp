#include "shellstatusbar.h"

#include "mainwindow/jobstatuswidget.h"
#include "project/projectdocument.h"
#include "widgets/icons.h"

#include <QDir>
#include <QEvent>
#include <QLabel>

namespace Linkwright {

namespace {
constexpr int StorePathWidth = 460;

QLabel *iconLabel(const QIcon &icon, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setPixmap(icon.pixmap(16, 16));
    return label;
}
} // namespace

ShellStatusBar::ShellStatusBar(ProjectDocument &document, JobTracker &jobs, QWidget *parent)
    : QStatusBar(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("shellStatusBar"));
    setContentsMargins(6, 0, 6, 0);
    m_projectIcon = iconLabel(Icons::themed(QStringLiteral("document-properties"), QStyle::SP_FileIcon), this);
    m_project = new QLabel(this);
    m_project->setObjectName(QStringLiteral("statusProject"));
    m_storeIcon = iconLabel(Icons::themed(QStringLiteral("server-database"), QStyle::SP_DriveHDIcon), this);
    m_store = new QLabel(this);
    m_store->setObjectName(QStringLiteral("statusStore"));
    m_jobs = new JobStatusWidget(jobs, this);

    addWidget(m_projectIcon);
    addWidget(m_project);
    addWidget(m_storeIcon);
    addWidget(m_store);
    addPermanentWidget(m_jobs);

    connect(&m_document, &ProjectDocument::projectReplaced, this, &ShellStatusBar::refresh);
    connect(&m_document, &ProjectDocument::projectEdited, this, &ShellStatusBar::refresh);
    connect(&m_document, &ProjectDocument::fileNameChanged, this, &ShellStatusBar::refresh);
    refresh();
}

QString ShellStatusBar::projectText() const
{
    return m_project->text();
}

QString ShellStatusBar::storeText() const
{
    return m_storeFull;
}

void ShellStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QStatusBar::changeEvent(event);
}

void ShellStatusBar::refresh()
{
    const bool open = m_document.hasProject();
    m_projectIcon->setVisible(open);
    m_storeIcon->setVisible(open);
    m_store->setVisible(open);
    if (!open) {
        m_project->setText(tr("No project open"));
        m_project->setToolTip({});
        m_storeFull.clear();
        return;
    }

    const QString name = m_document.project().name.trimmed();
    m_project->setText(name.isEmpty() ? m_document.displayName() : name);
    m_project->setToolTip(
        m_document.fileName().isEmpty() ? tr("Not saved yet") : QDir::toNativeSeparators(m_document.fileName()));

    const QString database = m_document.stateDatabasePath();
    m_storeFull = database.isEmpty() ? tr("SQLite · chosen when the project is first saved")
                                     : tr("SQLite · %1").arg(QDir::toNativeSeparators(database));
    // Long paths are elided in the middle: the start says which disk, the end which project.
    m_store->setText(m_store->fontMetrics().elidedText(m_storeFull, Qt::ElideMiddle, StorePathWidth));
    m_store->setToolTip(database.isEmpty() ? QString() : tr("Sync state is stored in %1").arg(m_storeFull));
}

} // namespace Linkwright

#include "mainwindow.h"

#include "dashboard/dashboardpage.h"
#include "datapoints/datapointspage.h"
#include "diffs/diffspage.h"
#include "endpoints/endpointspage.h"
#include "failures/failurespage.h"
#include "mainwindow/documentcontroller.h"
#include "mainwindow/recentfilesmenu.h"
#include "mainwindow/shellstatusbar.h"
#include "mainwindow/sidebar.h"
#include "mainwindow/uisettings.h"
#include "mappings/mappingspage.h"
#include "project/projectdocument.h"
#include "roi/roipage.h"
#include "runs/runspage.h"
#include "schedules/schedulespage.h"
#include "widgets/icons.h"
#include "widgets/translatormanager.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>

#include <algorithm>

namespace Linkwright {

MainWindow::MainWindow(const ShellServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::application());
    m_controller = new DocumentController(services.document, services.settings, services.prompter, this);

    m_sidebar = new Sidebar(this);
    m_stack = new QStackedWidget(this);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_statusBar = new ShellStatusBar(services.document, services.jobs, this);
    setStatusBar(m_statusBar);

    createPages();
    createActions();
    createMenus();

    connect(m_sidebar, &Sidebar::pageSelected, this, &MainWindow::showPage);
    connect(&services.document, &ProjectDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(&services.document, &ProjectDocument::fileNameChanged, this, &MainWindow::updateTitle);
    connect(&services.document, &ProjectDocument::projectReplaced, this, [this] {
        updateTitle();
        updateActions();
    });

    retranslate();
    restoreLayout();
    updateActions();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openProject(const QString &fileName)
{
    return m_controller->openFile(fileName);
}

bool MainWindow::saveProjectAs(const QString &fileName)
{
    return m_controller->saveAsFile(fileName);
}

bool MainWindow::saveProject()
{
    return m_controller->save();
}

void MainWindow::showPage(PageId id)
{
    Page *target = page(id);
    if (!target)
        return;
    m_stack->setCurrentWidget(target);
    m_sidebar->setCurrentPage(id);
}

PageId MainWindow::currentPage() const
{
    const auto *current = qobject_cast<const Page *>(m_stack->currentWidget());
    return current ? current->id() : PageId::Endpoints;
}

Page *MainWindow::page(PageId id) const
{
    const auto found = std::ranges::find_if(m_pages, [id](const Page *candidate) { return candidate->id() == id; });
    return found == m_pages.end() ? nullptr : *found;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_controller->maybeSaveChanges()) {
        event->ignore();
        return;
    }
    m_services.settings.setWindowLayout(saveGeometry(), saveState());
    m_services.settings.setCurrentPage(pageKey(currentPage()));
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::createPages()
{
    ProjectDocument &document = m_services.document;
    m_sections.append(m_sidebar->addSection());
    addPage(new EndpointsPage(document, m_services.network, m_services.jobs, m_services.secrets, this));
    addPage(new DataPointsPage(document, this));
    addPage(new MappingsPage(this));
    addPage(new SchedulesPage(this));
    m_sections.append(m_sidebar->addSection());
    addPage(new RunsPage(this));
    addPage(new DiffsPage(this));
    addPage(new FailuresPage(this));
    addPage(new DashboardPage(this));
    m_sections.append(m_sidebar->addSection());
    addPage(new RoiPage(document, m_services.prompter, this));
}

void MainWindow::addPage(Page *page)
{
    m_pages.append(page);
    m_stack->addWidget(page);
    m_sidebar->addPage(page->id(), page->icon());
    connect(page, &Page::navigationRequested, this, &MainWindow::showPage);
    connect(page, &Page::newProjectRequested, m_controller, &DocumentController::newProject);
    connect(page, &Page::openProjectRequested, m_controller, &DocumentController::open);
}

void MainWindow::createActions()
{
    const auto make = [this](const char *icon, QStyle::StandardPixmap fallback, QKeySequence::StandardKey key) {
        auto *action = new QAction(Icons::themed(QString::fromLatin1(icon), fallback), QString(), this);
        action->setShortcut(key);
        return action;
    };
    m_newAction = make("document-new", QStyle::SP_FileIcon, QKeySequence::New);
    m_openAction = make("document-open", QStyle::SP_DialogOpenButton, QKeySequence::Open);
    m_saveAction = make("document-save", QStyle::SP_DialogSaveButton, QKeySequence::Save);
    m_saveAsAction = make("document-save-as", QStyle::SP_DialogSaveButton, QKeySequence::SaveAs);
    m_quitAction = make("application-exit", QStyle::SP_DialogCloseButton, QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_aboutAction = make("help-about", QStyle::SP_MessageBoxInformation, QKeySequence::UnknownKey);
    m_aboutAction->setMenuRole(QAction::AboutRole);

    connect(m_newAction, &QAction::triggered, m_controller, &DocumentController::newProject);
    connect(m_openAction, &QAction::triggered, m_controller, &DocumentController::open);
    connect(m_saveAction, &QAction::triggered, m_controller, &DocumentController::save);
    connect(m_saveAsAction, &QAction::triggered, m_controller, &DocumentController::saveAs);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        Page *target = m_pages.at(i);
        auto *action = new QAction(target->icon(), QString(), this);
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
        connect(action, &QAction::triggered, this, [this, id = target->id()] { showPage(id); });
        m_pageActions.append(action);
    }

    m_languages = new QActionGroup(this);
    m_languages->setExclusive(true);
    for (const TranslatorManager::Language &language : TranslatorManager::languages()) {
        QAction *action = m_languages->addAction(language.nativeName);
        action->setCheckable(true);
        action->setData(language.code);
        action->setEnabled(m_services.translator.isAvailable(language.code));
        action->setChecked(language.code == m_services.translator.currentLanguage());
        connect(action, &QAction::triggered, this, [this, code = language.code] {
            if (m_services.translator.setLanguage(code))
                m_services.settings.setLanguage(code);
        });
    }
    connect(&m_services.translator, &TranslatorManager::languageChanged, this, [this](const QString &code) {
        for (QAction *action : m_languages->actions())
            action->setChecked(action->data().toString() == code);
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = new RecentFilesMenu(m_services.settings, m_fileMenu);
    m_recentMenu->setToolTipsVisible(true);
    m_fileMenu->addMenu(m_recentMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addAction(m_saveAsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    connect(m_recentMenu, &RecentFilesMenu::fileChosen, m_controller, &DocumentController::openFile);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_pageActions);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(
        Icons::themed(QStringLiteral("preferences-desktop-locale"), QStyle::SP_DesktopIcon), QString());
    m_languageMenu->setToolTipsVisible(true);
    m_languageMenu->addActions(m_languages->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_services.settings.windowGeometry()))
        resize(1280, 800);
    restoreState(m_services.settings.windowState());

    const QString saved = m_services.settings.currentPage();
    const auto found =
        std::ranges::find_if(m_pages, [&saved](const Page *candidate) { return pageKey(candidate->id()) == saved; });
    showPage(found == m_pages.end() ? PageId::Endpoints : (*found)->id());
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New Project"));
    m_newAction->setStatusTip(tr("Start a new project"));
    m_openAction->setText(tr("&Open…"));
    m_openAction->setStatusTip(tr("Open a project file"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_saveAction->setText(tr("&Save"));
    m_saveAsAction->setText(tr("Save &As…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    for (QAction *action : m_languages->actions()) {
        action->setToolTip(action->isEnabled() ? QString() : tr("This translation is not installed with this build."));
    }
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Linkwright"));

    m_sidebar->setSectionTitle(m_sections.at(0), tr("Configure"));
    m_sidebar->setSectionTitle(m_sections.at(1), tr("Operate"));
    m_sidebar->setSectionTitle(m_sections.at(2), tr("Value"));
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        const Page *target = m_pages.at(i);
        m_sidebar->setPageTitle(target->id(), target->title());
        // A title such as "Project & endpoints" must not turn its "&" into a menu accelerator.
        m_pageActions.at(i)->setText(QString(target->title()).replace(u'&', QStringLiteral("&&")));
    }
    m_sidebar->updateGeometry();
    updateTitle();
}

void MainWindow::updateTitle()
{
    const ProjectDocument &document = m_services.document;
    if (!document.hasProject()) {
        setWindowTitle(tr("Linkwright"));
        setWindowModified(false);
        return;
    }
    // [*] is where Qt puts the "modified" star.
    setWindowTitle(tr("%1[*] — Linkwright").arg(document.displayName()));
    setWindowModified(document.isModified());
}

void MainWindow::updateActions()
{
    const bool open = m_services.document.hasProject();
    m_saveAction->setEnabled(open);
    m_saveAsAction->setEnabled(open);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Linkwright"),
        tr("<h3>Linkwright %1</h3>"
           "<p>A console for connecting a webshop to an ERP: choose what flows in which direction, map the "
           "fields, schedule the runs, and see what failed and why.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>")
            .arg(QStringLiteral(LINKWRIGHT_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
}

} // namespace Linkwright

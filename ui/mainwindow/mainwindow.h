#pragma once

#include "mainwindow/shellservices.h"
#include "widgets/page.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QMenu;
class QStackedWidget;

namespace Linkwright {

class DocumentController;
class RecentFilesMenu;
class ShellStatusBar;
class Sidebar;

/// The shell: menus, the sidebar of pages, the page stack and the status bar. The pages do the
/// work; the window only hosts them and routes the File menu to the DocumentController.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const ShellServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Asks about unsaved edits first, like File > Open.
    bool openProject(const QString &fileName);
    /// Same code path as File > Save As, without the file dialog.
    bool saveProjectAs(const QString &fileName);
    bool saveProject();

    void showPage(PageId id);
    [[nodiscard]] PageId currentPage() const;
    [[nodiscard]] Page *page(PageId id) const;
    [[nodiscard]] const QList<Page *> &pages() const { return m_pages; }
    [[nodiscard]] Sidebar *sidebar() const { return m_sidebar; }
    [[nodiscard]] ShellStatusBar *shellStatusBar() const { return m_statusBar; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createPages();
    void addPage(Page *page);
    void createActions();
    void createMenus();
    void restoreLayout();
    void retranslate();
    void updateTitle();
    void updateActions();
    void showAbout();

    ShellServices m_services;
    DocumentController *m_controller = nullptr;
    Sidebar *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    ShellStatusBar *m_statusBar = nullptr;
    QList<Page *> m_pages;
    QList<int> m_sections;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    RecentFilesMenu *m_recentMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languages = nullptr;
    QList<QAction *> m_pageActions;
};

} // namespace Linkwright

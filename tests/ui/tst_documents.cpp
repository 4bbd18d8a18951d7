#include "shellfixture.h"

#include "mainwindow/recentfilesmenu.h"
#include "project/demoproject.h"
#include "project/projectfile.h"
#include "widgets/icons.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Linkwright;

/// The File menu's paths through the window: save, open, and the question before anything
/// that would drop unsaved edits.
class TestDocuments final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void saveThenOpenKeepsTheProject();
    void editMarksTheTitleAndCancelKeepsTheWindowOpen();
    void closeWithFailedSaveKeepsTheEdits();
    void discardDropsTheEditsOnlyWhenAsked();
    void brokenFileKeepsTheOpenProject();
    void openRecordsRecentFiles();

private:
    [[nodiscard]] QString writeDemo(const QString &name) const { return writeDemoProject(m_dir.filePath(name)); }
    [[nodiscard]] QString settingsFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    QTemporaryDir m_dir;
    std::unique_ptr<ShellFixture> m_shell;
};

void TestDocuments::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Icons::ensureTheme();
    QVERIFY(m_dir.isValid());
}

void TestDocuments::init()
{
    QFile::remove(settingsFile());
    m_shell = std::make_unique<ShellFixture>(settingsFile());
    m_shell->window.resize(1280, 800);
    m_shell->window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_shell->window));
}

void TestDocuments::cleanup()
{
    // Nothing may be left to ask about, or the window would not close.
    m_shell->document.close();
    m_shell.reset();
}

void TestDocuments::saveThenOpenKeepsTheProject()
{
    MainWindow &window = m_shell->window;
    const QString original = writeDemo(QStringLiteral("original.linkwright.json"));
    QVERIFY(window.openProject(original));
    const Project opened = m_shell->document.project();
    QCOMPARE(opened, demoProject());

    const QString copy = m_dir.filePath(QStringLiteral("copy.linkwright.json"));
    QVERIFY(window.saveProjectAs(copy));
    QCOMPARE(m_shell->document.fileName(), QFileInfo(copy).absoluteFilePath());
    QVERIFY(!m_shell->document.isModified());
    const QByteArray firstSave = readAll(copy);
    QVERIFY(!firstSave.isEmpty());
    QCOMPARE(firstSave, readAll(original)); // the window writes what the core writes

    m_shell->document.close();
    QVERIFY(window.openProject(copy));
    QCOMPARE(m_shell->document.project(), opened);

    QVERIFY(window.saveProject());
    QCOMPARE(readAll(copy), firstSave);
    QVERIFY(m_shell->prompter.errors.isEmpty());
}

void TestDocuments::editMarksTheTitleAndCancelKeepsTheWindowOpen()
{
    MainWindow &window = m_shell->window;
    const QString fileName = writeDemo(QStringLiteral("edit.linkwright.json"));
    QVERIFY(window.openProject(fileName));
    QVERIFY(!window.isWindowModified());
    QVERIFY(window.windowTitle().contains(QStringLiteral("edit.linkwright.json")));

    window.showPage(PageId::Endpoints);
    auto *name = window.page(PageId::Endpoints)->findChild<QLineEdit *>(QStringLiteral("projectName"));
    QVERIFY(name);
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Renamed"));
    QCOMPARE(m_shell->document.project().name, QStringLiteral("Renamed"));
    QVERIFY(m_shell->document.isModified());
    QVERIFY(window.isWindowModified());
    QVERIFY(window.windowTitle().contains(QStringLiteral("[*]")));

    m_shell->prompter.saveChoices = {Prompter::SaveChoice::Cancel};
    QVERIFY(!window.close());
    QCOMPARE(m_shell->prompter.saveQuestions, 1);
    QVERIFY(window.isVisible());
    QCOMPARE(m_shell->document.project().name, QStringLiteral("Renamed"));

    // Open asks too, and Cancel keeps the edits.
    QVERIFY(!window.openProject(writeDemo(QStringLiteral("other.linkwright.json"))));
    QCOMPARE(m_shell->prompter.saveQuestions, 2);
    QCOMPARE(m_shell->document.project().name, QStringLiteral("Renamed"));

    // So does File > New.
    QAction *newAction = nullptr;
    for (QAction *action : window.menuBar()->actions().constFirst()->menu()->actions()) {
        if (action->shortcut() == QKeySequence(QKeySequence::New))
            newAction = action;
    }
    QVERIFY(newAction);
    newAction->trigger();
    QCOMPARE(m_shell->prompter.saveQuestions, 3);
    QCOMPARE(m_shell->document.project().name, QStringLiteral("Renamed"));

    // Save writes the edit, and then closing asks nothing.
    m_shell->prompter.saveChoices = {Prompter::SaveChoice::Save};
    QVERIFY(window.close());
    QCOMPARE(m_shell->prompter.saveQuestions, 4);
    const auto reloaded = ProjectFile::load(fileName);
    QVERIFY(reloaded);
    QCOMPARE(reloaded->project.name, QStringLiteral("Renamed"));
}

void TestDocuments::closeWithFailedSaveKeepsTheEdits()
{
    MainWindow &window = m_shell->window;
    QAction *newAction = nullptr;
    for (QAction *action : window.menuBar()->actions().constFirst()->menu()->actions()) {
        if (action->shortcut() == QKeySequence(QKeySequence::New))
            newAction = action;
    }
    QVERIFY(newAction);
    newAction->trigger();
    QVERIFY(m_shell->document.hasProject());
    m_shell->document.setName(QStringLiteral("Not finished"));

    // A path below a regular file can never be written, whoever runs the test.
    const QString blocker = m_dir.filePath(QStringLiteral("plain-file"));
    QFile blockerFile(blocker);
    QVERIFY(blockerFile.open(QIODevice::WriteOnly));
    blockerFile.close();
    const QString target = blocker + QStringLiteral("/unfinished.linkwright.json");
    m_shell->prompter.saveChoices = {Prompter::SaveChoice::Save};
    m_shell->prompter.saveFileNames = {target};
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QCOMPARE(m_shell->prompter.errors.size(), 1);
    QVERIFY(m_shell->prompter.errors.constFirst().contains(QStringLiteral("unfinished.linkwright.json")));
    QVERIFY(!QFile::exists(target));
    QVERIFY(m_shell->document.isModified());
    QCOMPARE(m_shell->document.project().name, QStringLiteral("Not finished"));
}

void TestDocuments::discardDropsTheEditsOnlyWhenAsked()
{
    MainWindow &window = m_shell->window;
    QVERIFY(window.openProject(writeDemo(QStringLiteral("discard.linkwright.json"))));
    m_shell->document.setName(QStringLiteral("Throwaway"));
    m_shell->prompter.saveChoices = {Prompter::SaveChoice::Discard};
    const QString other = writeDemo(QStringLiteral("next.linkwright.json"));
    QVERIFY(window.openProject(other));
    QCOMPARE(m_shell->prompter.saveQuestions, 1);
    QCOMPARE(m_shell->document.fileName(), QFileInfo(other).absoluteFilePath());
    QVERIFY(!m_shell->document.isModified());
}

void TestDocuments::brokenFileKeepsTheOpenProject()
{
    MainWindow &window = m_shell->window;
    const QString good = writeDemo(QStringLiteral("good.linkwright.json"));
    QVERIFY(window.openProject(good));
    const QString broken = m_dir.filePath(QStringLiteral("broken.linkwright.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ \"formatVersion\": 1, ");
    file.close();

    QVERIFY(!window.openProject(broken));
    QCOMPARE(m_shell->prompter.errors.size(), 1);
    QVERIFY(m_shell->prompter.errors.constFirst().contains(QStringLiteral("broken.linkwright.json")));
    QVERIFY(m_shell->prompter.errors.constFirst().contains(QStringLiteral("line")));
    QCOMPARE(m_shell->document.fileName(), QFileInfo(good).absoluteFilePath());
}

void TestDocuments::openRecordsRecentFiles()
{
    MainWindow &window = m_shell->window;
    const QString first = writeDemo(QStringLiteral("first.linkwright.json"));
    const QString second = writeDemo(QStringLiteral("second.linkwright.json"));
    QVERIFY(window.openProject(first));
    QVERIFY(window.openProject(second));
    const QStringList recent = m_shell->settings.recentFiles();
    QCOMPARE(recent.value(0), QFileInfo(second).absoluteFilePath());
    QCOMPARE(recent.value(1), QFileInfo(first).absoluteFilePath());

    // File > Open Recent lists them, newest first, and can clear the list.
    auto *menu = window.findChild<RecentFilesMenu *>();
    QVERIFY(menu);
    menu->rebuild();
    QStringList entries;
    QAction *clear = nullptr;
    for (QAction *action : menu->actions()) {
        if (!action->toolTip().isEmpty() && action->toolTip().endsWith(QStringLiteral(".linkwright.json")))
            entries.append(action->text());
        else if (!action->isSeparator())
            clear = action;
    }
    QCOMPARE(entries.size(), 2);
    QVERIFY(entries.first().contains(QStringLiteral("second.linkwright.json")));
    QVERIFY(clear && clear->isEnabled());

    // A recent file that has gone away is dropped from the list when it fails to open.
    QVERIFY(QFile::remove(first));
    QVERIFY(!window.openProject(first));
    QVERIFY(!m_shell->settings.recentFiles().contains(QFileInfo(first).absoluteFilePath()));

    clear->trigger();
    QVERIFY(m_shell->settings.recentFiles().isEmpty());
}

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"

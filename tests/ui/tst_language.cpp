#include "screenshot.h"
#include "shellfixture.h"

#include "datapoints/datapointsmodel.h"
#include "datapoints/datapointspage.h"
#include "endpoints/endpointeditor.h"
#include "mainwindow/sidebar.h"
#include "project/demoproject.h"
#include "project/projectfile.h"
#include "roi/roipage.h"
#include "roi/roiworkspace.h"
#include "translations.h"
#include "widgets/icons.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Linkwright;

namespace {

/// Every string a user sees first: menu titles, sidebar entries, page titles, the data points
/// table (whose names come from the core's translations).
QStringList visibleStrings(MainWindow &window)
{
    QStringList strings;
    for (QAction *menu : window.menuBar()->actions())
        strings.append(menu->text());
    for (Page *page : window.pages())
        strings.append(window.sidebar()->pageTitle(page->id()));
    auto *dataPoints = qobject_cast<DataPointsPage *>(window.page(PageId::DataPoints));
    const DataPointsModel *model = dataPoints->model();
    for (int column = 0; column < model->columnCount(); ++column)
        strings.append(model->headerData(column, Qt::Horizontal).toString());
    for (int row = 0; row < model->rowCount(); ++row) {
        strings.append(
            model->index(row, DataPointsModel::column(DataPointsModel::Column::DataPoint)).data().toString());
        strings.append(
            model->index(row, DataPointsModel::column(DataPointsModel::Column::Direction)).data().toString());
    }
    strings.append(window.windowTitle());
    return strings;
}

QAction *languageAction(MainWindow &window, const QString &code)
{
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *item : menu->menu()->actions()) {
            if (!item->menu())
                continue;
            for (QAction *language : item->menu()->actions()) {
                if (language->data().toString() == code)
                    return language;
            }
        }
    }
    return nullptr;
}

/// The shortcut a text's '&' gives (Alt and the letter, as Qt reads it: "&&" is no '&'), or none.
std::optional<QKeySequence> mnemonic(const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (key.isEmpty())
        return std::nullopt;
    return key;
}

/// Visible widgets of root that answer to Alt+letter, with their texts: labels with a buddy,
/// buttons, group boxes, tab titles. Widgets inside a nested form (one of skip) are left out:
/// each form is checked on its own, as the two endpoint editors repeat each other's labels.
QMultiHash<QKeySequence, QString> mnemonics(QWidget *root, const QList<QWidget *> &skip = {})
{
    QMultiHash<QKeySequence, QString> found;
    const auto add = [&](const QString &text) {
        if (const auto letter = mnemonic(text))
            found.insert(*letter, text);
    };
    const auto skipped = [&](QWidget *widget) {
        for (QWidget *up = widget; up && up != root; up = up->parentWidget()) {
            if (skip.contains(up))
                return true;
        }
        return false;
    };
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(root) || skipped(widget))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->buddy() && label->buddy()->isVisibleTo(root))
                add(label->text());
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            add(button->text());
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            add(group->title());
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        }
    }
    return found;
}

/// "where: Alt+X is "&Xyz", "X&yz"" for each letter two visible widgets of one form share, or
/// one of them and a menu of the window's menu bar (always there, whichever page shows).
QStringList clashes(const QString &where, QWidget *root, const QStringList &menus, const QList<QWidget *> &skip = {})
{
    QStringList list;
    auto found = mnemonics(root, skip);
    for (const QString &menu : menus) {
        if (const auto letter = mnemonic(menu))
            found.insert(*letter, menu);
    }
    for (const QKeySequence &key : found.uniqueKeys()) {
        const QStringList texts = found.values(key);
        if (texts.size() > 1)
            list.append(QStringLiteral("%1: %2 is %3").arg(where, key.toString(), texts.join(QStringLiteral(", "))));
    }
    return list;
}

/// Items of one open menu sharing a letter: the letter then only moves between them.
QStringList clashes(QMenu *menu)
{
    QStringList list;
    QMultiHash<QKeySequence, QString> found;
    for (QAction *item : menu->actions()) {
        if (item->isSeparator() || !item->isVisible())
            continue;
        if (const auto letter = mnemonic(item->text()))
            found.insert(*letter, item->text());
        if (item->menu())
            list += clashes(item->menu());
    }
    for (const QKeySequence &key : found.uniqueKeys()) {
        const QStringList texts = found.values(key);
        if (texts.size() > 1) {
            list.append(QStringLiteral("menu %1: %2 is %3")
                            .arg(menu->title(), key.toString(), texts.join(QStringLiteral(", "))));
        }
    }
    return list;
}

/// Every clash on every page and in every menu; the endpoint editors each on their own, as a
/// REST and as a Tryton endpoint (which shows other rows).
QStringList clashes(MainWindow &window)
{
    QStringList menus;
    for (QAction *menu : window.menuBar()->actions())
        menus.append(menu->text());
    QStringList list = clashes(QStringLiteral("menu bar"), window.menuBar(), {});
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu())
            list += clashes(menu->menu());
    }
    for (Page *page : window.pages()) {
        window.showPage(page->id());
        const QList<EndpointEditor *> editors = page->findChildren<EndpointEditor *>();
        list += clashes(pageKey(page->id()), page, menus, {editors.cbegin(), editors.cend()});
        for (EndpointEditor *editor : editors) {
            auto *connector = editor->findChild<QComboBox *>(QStringLiteral("connector"));
            auto *auth = editor->findChild<QComboBox *>(QStringLiteral("authType"));
            if (!connector || !auth)
                return {QStringLiteral("an endpoint editor has no connector or authentication box")};
            // Each kind of endpoint with each way to log in: each shows rows of its own.
            for (const char *type : {"rest", "tryton"}) {
                const int index = connector->findData(QString::fromLatin1(type));
                if (index < 0)
                    return {QStringLiteral("an endpoint editor offers no %1 connector").arg(QString::fromLatin1(type))};
                connector->setCurrentIndex(index);
                Q_EMIT connector->activated(index);
                for (int way = 0; way < auth->count(); ++way) {
                    auth->setCurrentIndex(way);
                    Q_EMIT auth->activated(way);
                    list += clashes(QStringLiteral("%1 (%2, %3)")
                                        .arg(editor->title(), QString::fromLatin1(type), auth->currentText()),
                        editor, menus);
                }
            }
        }
    }
    return list;
}

/// The window at a laptop's 1280 x 800 with the demo project open (saved as file).
bool showDemo(ShellFixture &shell, const QString &file)
{
    shell.window.resize(1280, 800);
    shell.window.show();
    if (!QTest::qWaitForWindowExposed(&shell.window))
        return false;
    return ProjectFile::save(demoProject(), file).has_value() && shell.window.openProject(file);
}

/// Switches the window to each language embedded in this build in turn and calls check; a
/// language that is not embedded is named once (what says what goes unchecked).
void inEachLanguage(ShellFixture &shell, const char *what, const std::function<void(const QString &code)> &check)
{
    for (const TranslatorManager::Language &each : TranslatorManager::languages()) {
        const QString code = each.code;
        if (!shell.translator.isAvailable(code)) {
            qWarning("%s is not embedded in this build: its %s are not checked", qPrintable(code), what);
            continue;
        }
        QAction *language = languageAction(shell.window, code);
        QVERIFY2(language, qPrintable(code));
        language->trigger();
        QCoreApplication::sendPostedEvents();
        QCOMPARE(shell.translator.currentLanguage(), code);
        check(code);
    }
}

} // namespace

class TestLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void switchingToGermanAndBack();
    void mnemonicsAreUniqueOnEachForm();
    void pagesFitA1280PixelWindowInEveryLanguage();
    void untouchedRoiExampleFollowsTheLanguage();

private:
    QTemporaryDir m_dir;
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Icons::ensureTheme();
    QVERIFY(m_dir.isValid());
}

void TestLanguage::switchingToGermanAndBack()
{
    const QString qmDirectory = Translations::resourceDirectory();
    if (!QFile::exists(QDir(qmDirectory).filePath(QStringLiteral("linkwright_de.qm"))))
        QSKIP("linkwright_de.qm is not embedded under :/i18n in this build, so there is nothing to switch to");

    ShellFixture shell(m_dir.filePath(QStringLiteral("settings.ini")), qmDirectory);
    QVERIFY(showDemo(shell, m_dir.filePath(QStringLiteral("demo.linkwright.json"))));

    const QStringList english = visibleStrings(shell.window);

    QAction *german = languageAction(shell.window, QStringLiteral("de"));
    QVERIFY(german);
    QVERIFY(german->isEnabled());
    german->trigger();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(shell.translator.currentLanguage(), QStringLiteral("de"));
    QCOMPARE(shell.settings.language(), QStringLiteral("de")); // remembered for the next start
    QVERIFY(german->isChecked());

    const QStringList translated = visibleStrings(shell.window);
    QCOMPARE(translated.size(), english.size());
    QStringList changed;
    for (qsizetype i = 0; i < english.size(); ++i) {
        if (english.at(i) != translated.at(i))
            changed.append(english.at(i) + QStringLiteral(" → ") + translated.at(i));
    }
    QVERIFY2(!changed.isEmpty(), "switching to German changed no visible string");
    qInfo("German changed %lld of %lld visible strings", static_cast<long long>(changed.size()),
        static_cast<long long>(english.size()));

    // German words are longer: these pictures are for checking clipped labels by eye.
    for (Page *page : shell.window.pages()) {
        shell.window.showPage(page->id());
        const QString name = QStringLiteral("shell-de-%1.png").arg(pageKey(page->id()));
        QVERIFY(saveScreenshot(&shell.window, name));
    }

    languageAction(shell.window, QStringLiteral("en"))->trigger();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(shell.translator.currentLanguage(), QStringLiteral("en"));
    QCOMPARE(shell.settings.language(), QStringLiteral("en"));
    QCOMPARE(visibleStrings(shell.window), english);
}

void TestLanguage::mnemonicsAreUniqueOnEachForm()
{
    // Two labels of one form with the same Alt+letter: the second field cannot be reached by
    // its letter (Qt only moves between them). Checked in every language, since each
    // translation picks its own letters.
    ShellFixture shell(m_dir.filePath(QStringLiteral("mnemonics.ini")), Translations::resourceDirectory());
    QVERIFY(showDemo(shell, m_dir.filePath(QStringLiteral("mnemonics.linkwright.json"))));
    QStringList found;
    inEachLanguage(shell, "letters", [&](const QString &code) {
        for (const QString &clash : clashes(shell.window))
            found.append(code + u' ' + clash);
    });
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestLanguage::pagesFitA1280PixelWindowInEveryLanguage()
{
    // A laptop or a projector's 1280 pixels: no page may need a sideways scroll there, in any
    // language (German labels are a third longer than English ones).
    ShellFixture shell(m_dir.filePath(QStringLiteral("widths.ini")), Translations::resourceDirectory());
    QVERIFY(showDemo(shell, m_dir.filePath(QStringLiteral("widths.linkwright.json"))));
    QStringList found;
    inEachLanguage(shell, "widths", [&](const QString &code) {
        for (Page *page : shell.window.pages()) {
            shell.window.showPage(page->id());
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            if (shell.window.width() > 1280)
                found.append(QStringLiteral("%1 %2: the window grew to %3 px")
                                 .arg(code, pageKey(page->id()))
                                 .arg(shell.window.width()));
            for (QScrollArea *scroll : page->findChildren<QScrollArea *>()) {
                if (!scroll->isVisible() || !scroll->widget())
                    continue;
                const int over = scroll->widget()->minimumSizeHint().width() - scroll->viewport()->width();
                if (over > 0 || scroll->horizontalScrollBar()->maximum() > 0)
                    found.append(QStringLiteral("%1 %2: %3 px too wide").arg(code, pageKey(page->id())).arg(over));
            }
        }
    });
    languageAction(shell.window, QStringLiteral("en"))->trigger();
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestLanguage::untouchedRoiExampleFollowsTheLanguage()
{
    const QString qmDirectory = Translations::resourceDirectory();
    if (!QFile::exists(QDir(qmDirectory).filePath(QStringLiteral("linkwright_de.qm"))))
        QSKIP("linkwright_de.qm is not embedded under :/i18n in this build, so there is nothing to switch to");
    ShellFixture shell(m_dir.filePath(QStringLiteral("example.ini")), qmDirectory);
    shell.window.resize(1280, 800);
    shell.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shell.window));
    auto *page = qobject_cast<RoiPage *>(shell.window.page(PageId::Roi));
    QVERIFY(page);
    RoiWorkspace *workspace = page->workspace();
    auto *picker = page->findChild<QComboBox *>(QStringLiteral("roiScenarioPicker"));
    QVERIFY(picker);
    const auto presetEntry = [] {
        return QCoreApplication::translate("Linkwright::RoiScenarioBar", "%1 (preset)")
            .arg(RoiPresets::whitepaperName());
    };
    QCOMPARE(workspace->scenario().name, QStringLiteral("Whitepaper example"));
    QCOMPARE(picker->currentText(), presetEntry());

    // Untouched, the example is the program's words: it speaks the new language, and is still
    // the preset (not figures the user changed and has not saved).
    languageAction(shell.window, QStringLiteral("de"))->trigger();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(workspace->scenario(), RoiPresets::whitepaper());
    QVERIFY(workspace->scenario().name != QStringLiteral("Whitepaper example"));
    QVERIFY(!workspace->draftEdited());
    QCOMPARE(picker->currentText(), presetEntry());
    QCOMPARE(picker->count(), 1);

    // Once edited, the words are the user's and stay; the example beside them follows.
    const QString germanFirstArea = workspace->scenario().areas.constFirst().name;
    workspace->rename(QStringLiteral("Angebot Müller"));
    QVERIFY(workspace->draftEdited());
    languageAction(shell.window, QStringLiteral("en"))->trigger();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(workspace->scenario().name, QStringLiteral("Angebot Müller"));
    QCOMPARE(workspace->scenario().areas.constFirst().name, germanFirstArea);
    QVERIFY(workspace->draftEdited());
    QVERIFY(picker->findText(QStringLiteral("Whitepaper example (preset)")) >= 0);
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"

#include "screenshot.h"
#include "shellfixture.h"

#include "datapoints/datapointsmodel.h"
#include "datapoints/datapointspage.h"
#include "mainwindow/sidebar.h"
#include "project/demoproject.h"
#include "project/projectfile.h"
#include "translations.h"
#include "widgets/icons.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
        strings.append(model->index(row, DataPointsModel::DataPointColumn).data().toString());
        strings.append(model->index(row, DataPointsModel::DirectionColumn).data().toString());
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

} // namespace

class TestLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void switchingToGermanAndBack();

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
    shell.window.resize(1280, 800);
    shell.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shell.window));
    const QString project = m_dir.filePath(QStringLiteral("demo.linkwright.json"));
    QVERIFY(ProjectFile::save(demoProject(), project).has_value());
    QVERIFY(shell.window.openProject(project));

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

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"

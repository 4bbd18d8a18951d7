#include "endpoints/endpointeditor.h"
#include "endpoints/endpointspage.h"
#include "endpoints/trytonsettingseditor.h"
#include "mainwindow/jobstatuswidget.h"
#include "mainwindow/uisettings.h"
#include "project/demoproject.h"
#include "project/projectdocument.h"
#include "project/projectfile.h"
#include "screenshot.h"
#include "secrets/secretresolver.h"
#include "widgets/choicedelegate.h"
#include "widgets/job.h"
#include "widgets/jobtracker.h"
#include "widgets/statuslabel.h"
#include "widgets/translatormanager.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <memory>

using namespace Linkwright;

class TestWidgets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void jobLeavesTheTrackerWhenFinished();
    void cancelAsksTheOwnerAndDoesNotFinish();
    void jobStatusShowsTheNewestJobAndCancelsIt();
    void recentFilesAreCappedAndDeduplicated();
    void baseUrlParsing_data();
    void baseUrlParsing();
    void trytonIsChosenOnTheEndpointEditor();
    void pagingIsSetOnTheEndpointEditor();
    void trytonWarehousesParse_data();
    void trytonWarehousesParse();
    void trytonWarehousesRoundTripThroughTheFile();
    void missingTranslationKeepsEnglish();
    void choiceDelegateWritesTheKey();
    void documentRefusesToSaveWhatCannotBeReopened();
    void unfinishedProjectSavesWithWarnings();
    void stateDatabaseLivesInAppData();

private:
    QTemporaryDir m_dir;
};

void TestWidgets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestWidgets::jobLeavesTheTrackerWhenFinished()
{
    JobTracker tracker;
    QSignalSpy changed(&tracker, &JobTracker::jobsChanged);
    QPointer<Job> job = tracker.start(QStringLiteral("Importing"));
    QCOMPARE(tracker.jobs().size(), 1);
    QCOMPARE(job->progress(), -1);
    job->setProgress(40);
    QCOMPARE(job->progress(), 40);
    job->setProgress(250);
    QCOMPARE(job->progress(), 100);
    job->finish();
    QVERIFY(tracker.jobs().isEmpty());
    QCOMPARE(changed.count(), 2);
    QTRY_VERIFY(job.isNull()); // deleted once control returns to the event loop
}

void TestWidgets::cancelAsksTheOwnerAndDoesNotFinish()
{
    JobTracker tracker;
    Job *job = tracker.start(QStringLiteral("Testing"));
    QSignalSpy cancelled(job, &Job::cancelRequested);
    job->cancel();
    job->cancel();
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(job->isCancelRequested());
    QCOMPARE(tracker.jobs().size(), 1); // the owner decides when it has stopped
    job->finish();
    QVERIFY(tracker.jobs().isEmpty());
}

void TestWidgets::jobStatusShowsTheNewestJobAndCancelsIt()
{
    JobTracker tracker;
    QWidget window;
    auto *status = new JobStatusWidget(tracker, &window);
    window.show();
    QVERIFY(!status->isVisible());

    Job *first = tracker.start(QStringLiteral("First"));
    Job *second = tracker.start(QStringLiteral("Second"));
    QVERIFY(status->isVisible());
    QCOMPARE(status->shownJob(), second);
    second->setProgress(30);
    auto *bar = status->findChild<QProgressBar *>();
    QVERIFY(bar);
    QCOMPARE(bar->maximum(), 100);
    QCOMPARE(bar->value(), 30);
    QVERIFY(status->findChild<QLabel *>()->text().contains(QStringLiteral("Second")));

    QSignalSpy cancelled(second, &Job::cancelRequested);
    auto *cancel = status->findChild<QToolButton *>(QStringLiteral("cancelJob"));
    QVERIFY(cancel);
    cancel->click();
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!cancel->isEnabled());

    second->finish();
    QCOMPARE(status->shownJob(), first);
    QCOMPARE(bar->maximum(), 0); // unknown progress runs busy
    first->finish();
    QVERIFY(!status->isVisible());
}

void TestWidgets::recentFilesAreCappedAndDeduplicated()
{
    QSettings store(m_dir.filePath(QStringLiteral("recent.ini")), QSettings::IniFormat);
    UiSettings settings(store);
    for (int i = 0; i < 10; ++i)
        settings.addRecentFile(m_dir.filePath(QStringLiteral("p%1.linkwright.json").arg(i)));
    QStringList files = settings.recentFiles();
    QCOMPARE(files.size(), UiSettings::MaxRecentFiles);
    QCOMPARE(files.first(), m_dir.filePath(QStringLiteral("p9.linkwright.json")));

    settings.addRecentFile(m_dir.filePath(QStringLiteral("p5.linkwright.json")));
    files = settings.recentFiles();
    QCOMPARE(files.size(), UiSettings::MaxRecentFiles);
    QCOMPARE(files.first(), m_dir.filePath(QStringLiteral("p5.linkwright.json")));
    QCOMPARE(files.count(m_dir.filePath(QStringLiteral("p5.linkwright.json"))), 1);

    settings.removeRecentFile(m_dir.filePath(QStringLiteral("p5.linkwright.json")));
    QVERIFY(!settings.recentFiles().contains(m_dir.filePath(QStringLiteral("p5.linkwright.json"))));
    settings.clearRecentFiles();
    QVERIFY(settings.recentFiles().isEmpty());
}

void TestWidgets::baseUrlParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("url");

    QTest::newRow("https") << QStringLiteral("https://erp.example.com/api/") << true
                           << QStringLiteral("https://erp.example.com/api/");
    QTest::newRow("http with port") << QStringLiteral(" http://127.0.0.1:47800/erp/ ") << true
                                    << QStringLiteral("http://127.0.0.1:47800/erp/");
    QTest::newRow("empty means not set") << QString() << true << QString();
    QTest::newRow("no scheme") << QStringLiteral("erp.example.com/api") << false << QString();
    QTest::newRow("ftp") << QStringLiteral("ftp://erp.example.com/") << false << QString();
    QTest::newRow("no host") << QStringLiteral("https:///api") << false << QString();
    QTest::newRow("credentials in url") << QStringLiteral("https://bob:secret@erp.example.com/") << false << QString();
    QTest::newRow("key in the query") << QStringLiteral("https://erp.example.com/api/?api_key=sk_live_12345") << false
                                      << QString();
    QTest::newRow("ordinary query") << QStringLiteral("https://erp.example.com/api/?api-version=2") << true
                                    << QStringLiteral("https://erp.example.com/api/?api-version=2");
    QTest::newRow("garbage") << QStringLiteral("http://exa mple.com") << false << QString();
}

void TestWidgets::baseUrlParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, url);
    const auto parsed = EndpointEditor::parseBaseUrl(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(parsed->toString(), url);
    else
        QVERIFY(!parsed.error().isEmpty());
}

void TestWidgets::trytonIsChosenOnTheEndpointEditor()
{
    EndpointEditor editor(EndpointRole::Erp);
    editor.setEndpoint(demoProject().erp);
    editor.show();
    auto *connector = editor.findChild<QComboBox *>(QStringLiteral("connector"));
    auto *database = editor.findChild<QLineEdit *>(QStringLiteral("trytonDatabase"));
    QVERIFY(connector && database);
    QVERIFY(!database->isVisible()); // a REST endpoint has no database
    QSignalSpy edited(&editor, &EndpointEditor::edited);

    const int tryton = connector->findData(QStringLiteral("tryton"));
    QVERIFY(tryton > 0);
    connector->setCurrentIndex(tryton);
    Q_EMIT connector->activated(tryton);
    QVERIFY(database->isVisible());
    QTest::keyClicks(database, QStringLiteral("shop"));
    QVERIFY(!edited.isEmpty());
    const Endpoint endpoint = edited.constLast().constFirst().value<Endpoint>();
    QCOMPARE(endpoint.connector, ConnectorType::Tryton);
    QCOMPARE(endpoint.tryton.database, QStringLiteral("shop"));
    // Tryton logs in with a user and a password, so the editor asks for those.
    QCOMPARE(endpoint.auth.type, AuthType::Basic);
    QCOMPARE(editor.endpoint(), endpoint);

    // Showing a Tryton endpoint shows its settings, and is no edit.
    edited.clear();
    Endpoint other = endpoint;
    other.tryton = {QStringLiteral("erp"), 3, {5}};
    editor.setEndpoint(other);
    QCOMPARE(database->text(), QStringLiteral("erp"));
    QCOMPARE(editor.findChild<QLineEdit *>(QStringLiteral("trytonWarehouses"))->text(), QStringLiteral("5"));
    QCOMPARE(editor.findChild<QSpinBox *>(QStringLiteral("trytonCompany"))->value(), 3);
    QCOMPARE(connector->currentIndex(), tryton);
    QVERIFY(edited.isEmpty());
    editor.resize(900, 700);
    QVERIFY(saveScreenshot(&editor, QStringLiteral("endpoint-tryton.png")));
}

void TestWidgets::pagingIsSetOnTheEndpointEditor()
{
    EndpointEditor editor(EndpointRole::Erp);
    Endpoint shown = demoProject().erp;
    shown.pagination.itemsPath = QStringLiteral("data.rows"); // set in the file only
    editor.setEndpoint(shown);
    editor.show();
    auto *style = editor.findChild<QComboBox *>(QStringLiteral("paginationStyle"));
    auto *atOnce = editor.findChild<QSpinBox *>(QStringLiteral("pagesAtOnce"));
    QVERIFY(style && atOnce);
    QVERIFY(style->isVisible());
    QCOMPARE(atOnce->value(), Pagination().pagesAtOnce);
    QVERIFY(atOnce->isEnabled());
    QSignalSpy edited(&editor, &EndpointEditor::edited);

    const int offset = style->findData(static_cast<int>(Pagination::Style::Offset));
    style->setCurrentIndex(offset);
    Q_EMIT style->activated(offset);
    atOnce->setValue(1);
    QCOMPARE(edited.size(), 2);
    const Endpoint endpoint = edited.constLast().constFirst().value<Endpoint>();
    QCOMPARE(endpoint.pagination.style, Pagination::Style::Offset);
    QCOMPARE(endpoint.pagination.pagesAtOnce, 1);
    QCOMPARE(endpoint.pagination.itemsPath, QStringLiteral("data.rows")); // kept
    // Showing an endpoint is no edit.
    edited.clear();
    editor.setEndpoint(shown);
    QVERIFY(edited.isEmpty());
    QCOMPARE(atOnce->value(), Pagination().pagesAtOnce);
    editor.setEndpoint(endpoint);
    editor.resize(900, 700);
    QVERIFY(saveScreenshot(&editor, QStringLiteral("endpoint-rest.png")));

    // Styles whose answer names the next page ask for one at a time: nothing to set.
    const int cursor = style->findData(static_cast<int>(Pagination::Style::Cursor));
    style->setCurrentIndex(cursor);
    Q_EMIT style->activated(cursor);
    QVERIFY(!atOnce->isEnabled());
    // Tryton pages by itself; every other row keeps its height.
    auto *connector = editor.findChild<QComboBox *>(QStringLiteral("connector"));
    const int tryton = connector->findData(QStringLiteral("tryton"));
    connector->setCurrentIndex(tryton);
    Q_EMIT connector->activated(tryton);
    QVERIFY(!style->isEnabled());
    QVERIFY2(style->toolTip().contains(u"Tryton"), qPrintable(style->toolTip())); // why it is off
    for (int round = 0; round < 4; ++round)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    for (const char *name : {"username", "timeout"}) {
        const auto *field = editor.findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(field && field->isVisible() && field->height() > 0, name);
    }
    // Back to REST: the style applies again, pages at once still only where it can.
    const int rest = connector->findData(QStringLiteral("rest"));
    connector->setCurrentIndex(rest);
    Q_EMIT connector->activated(rest);
    QVERIFY(style->isEnabled());
    QVERIFY(!atOnce->isEnabled());
    const int page = style->findData(static_cast<int>(Pagination::Style::Page));
    style->setCurrentIndex(page);
    Q_EMIT style->activated(page);
    QVERIFY(atOnce->isEnabled());
}

void TestWidgets::trytonWarehousesParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QList<int>>("ids");
    QTest::newRow("empty: all") << QString() << true << QList<int>{};
    QTest::newRow("blank: all") << QStringLiteral("  ") << true << QList<int>{};
    QTest::newRow("commas") << QStringLiteral("4,7") << true << QList<int>{4, 7};
    QTest::newRow("spaces, twice") << QStringLiteral(" 7  4, 7 ,") << true << QList<int>{7, 4};
    QTest::newRow("a code") << QStringLiteral("4, WH") << false << QList<int>{};
    QTest::newRow("zero") << QStringLiteral("0") << false << QList<int>{};
    QTest::newRow("negative") << QStringLiteral("-4") << false << QList<int>{};
    QTest::newRow("too large") << QStringLiteral("99999999999") << false << QList<int>{};
}

void TestWidgets::trytonWarehousesParse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QList<int>, ids);
    const auto parsed = TrytonSettingsEditor::parseWarehouses(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(*parsed, ids);
        QCOMPARE(TrytonSettingsEditor::parseWarehouses(TrytonSettingsEditor::warehousesText(ids)).value(), ids);
    } else {
        QVERIFY(!parsed.error().isEmpty());
    }
}

void TestWidgets::trytonWarehousesRoundTripThroughTheFile()
{
    Project project = demoProject();
    project.erp.connector = ConnectorType::Tryton;
    project.erp.auth.type = AuthType::Basic;
    project.erp.auth.username = QStringLiteral("admin");
    project.erp.auth.secret = {SecretRef::Source::Environment, QStringLiteral("TRYTON_PASSWORD")};
    project.erp.tryton = {QStringLiteral("shop"), 1, {}};
    const QString fileName = m_dir.filePath(QStringLiteral("warehouses.linkwright.json"));
    QVERIFY(ProjectFile::save(project, fileName).has_value());

    ProjectDocument document;
    QVERIFY(document.open(fileName).has_value());
    QNetworkAccessManager network;
    JobTracker jobs;
    EnvironmentSecretResolver secrets;
    EndpointsPage page(document, network, jobs, secrets, nullptr);
    page.resize(1100, 800);
    page.show();
    auto *field = page.editor(EndpointRole::Erp)->findChild<QLineEdit *>(QStringLiteral("trytonWarehouses"));
    auto *problem = page.editor(EndpointRole::Erp)->findChild<StatusLabel *>(QStringLiteral("trytonWarehousesProblem"));
    QVERIFY(field && problem);
    QVERIFY(field->isVisible());
    QVERIFY(field->text().isEmpty());
    QVERIFY(!field->placeholderText().isEmpty()); // says that empty means every warehouse
    QVERIFY(!page.editor(EndpointRole::Shop)->findChild<QLineEdit *>(QStringLiteral("trytonWarehouses"))->isVisible());

    QTest::keyClicks(field, QStringLiteral("5, 7 9"));
    QVERIFY(document.isModified());
    QCOMPARE(document.project().erp.tryton.warehouses, (QList<int>{5, 7, 9}));

    // A mistake is explained where it is, and the project keeps the last valid list.
    QTest::keyClicks(field, QStringLiteral(", WH"));
    QCOMPARE(problem->status(), StatusLabel::Status::Error);
    QVERIFY2(problem->text().contains(QStringLiteral("\"WH\"")), qPrintable(problem->text()));
    QCOMPARE(document.project().erp.tryton.warehouses, (QList<int>{5, 7, 9}));
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(field, Qt::Key_Backspace);
    QCOMPARE(problem->status(), StatusLabel::Status::None);
    QVERIFY(document.save().has_value());
    QVERIFY(!document.isModified());

    ProjectDocument reopened;
    QVERIFY(reopened.open(fileName).has_value());
    QCOMPARE(reopened.project().erp.tryton.warehouses, (QList<int>{5, 7, 9}));
    EndpointsPage again(reopened, network, jobs, secrets, nullptr);
    auto *shown = again.editor(EndpointRole::Erp)->findChild<QLineEdit *>(QStringLiteral("trytonWarehouses"));
    QCOMPARE(shown->text(), QStringLiteral("5, 7, 9"));
    QVERIFY(!reopened.isModified()); // showing is no edit

    // Emptied, the list means every warehouse again, and leaves the file.
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QVERIFY(document.isModified());
    QVERIFY(document.project().erp.tryton.warehouses.isEmpty());
    QVERIFY(document.save().has_value());
    QFile saved(fileName);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(!saved.readAll().contains("warehouses"));
}

void TestWidgets::missingTranslationKeepsEnglish()
{
    TranslatorManager translator(m_dir.filePath(QStringLiteral("no-such-dir")));
    QVERIFY(translator.isAvailable(QStringLiteral("en")));
    QVERIFY(!translator.isAvailable(QStringLiteral("de")));
    QVERIFY(!translator.isAvailable(QStringLiteral("xx")));
    QSignalSpy changed(&translator, &TranslatorManager::languageChanged);
    QVERIFY(!translator.setLanguage(QStringLiteral("de")));
    QCOMPARE(translator.currentLanguage(), QStringLiteral("en"));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(TranslatorManager::languages().size(), 3);
}

void TestWidgets::choiceDelegateWritesTheKey()
{
    constexpr int KeysRole = Qt::UserRole + 1;
    constexpr int LabelsRole = Qt::UserRole + 2;
    QStandardItemModel model(1, 1);
    auto *item = new QStandardItem;
    item->setData(QStringList{QStringLiteral("a"), QStringLiteral("b")}, KeysRole);
    item->setData(QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}, LabelsRole);
    item->setData(QStringLiteral("b"), Qt::EditRole);
    model.setItem(0, 0, item);

    ChoiceDelegate delegate(KeysRole, LabelsRole);
    QWidget parent;
    const QModelIndex index = model.index(0, 0);
    std::unique_ptr<QWidget> editor(delegate.createEditor(&parent, {}, index));
    auto *combo = qobject_cast<QComboBox *>(editor.get());
    QVERIFY(combo);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemText(0), QStringLiteral("Alpha"));
    delegate.setEditorData(combo, index);
    QCOMPARE(combo->currentText(), QStringLiteral("Beta"));
    combo->setCurrentIndex(0);
    delegate.setModelData(combo, &model, index);
    QCOMPARE(index.data(Qt::EditRole).toString(), QStringLiteral("a"));
}

void TestWidgets::documentRefusesToSaveWhatCannotBeReopened()
{
    ProjectDocument document;
    document.newProject();
    document.setName(QStringLiteral("Half done"));
    Endpoint erp = document.project().erp;
    erp.auth.type = AuthType::Bearer;
    erp.auth.secret = {SecretRef::Source::Environment, QStringLiteral("NOT A NAME")};
    document.setEndpoint(EndpointRole::Erp, erp);
    QVERIFY(document.isModified());
    const QString fileName = m_dir.filePath(QStringLiteral("half.linkwright.json"));
    const auto saved = document.saveAs(fileName);
    QVERIFY(!saved.has_value());
    const bool namesTheField = std::ranges::any_of(saved.error(),
        [](const Diagnostic &problem) { return problem.path.startsWith(QStringLiteral("endpoints.erp.auth.token")); });
    QVERIFY(namesTheField);
    QVERIFY(!QFile::exists(fileName));
    QVERIFY(document.isModified()); // the edits are still there
    QCOMPARE(document.project().name, QStringLiteral("Half done"));
}

void TestWidgets::unfinishedProjectSavesWithWarnings()
{
    ProjectDocument document;
    document.newProject();
    document.setName(QStringLiteral("Not configured yet"));
    const QString fileName = m_dir.filePath(QStringLiteral("unfinished.linkwright.json"));
    QVERIFY(document.saveAs(fileName).has_value());
    QVERIFY(!document.isModified());
    const auto reloaded = ProjectFile::load(fileName);
    QVERIFY(reloaded.has_value());
    QCOMPARE(reloaded->project, document.project());
    const bool warnsAboutUrl = std::ranges::any_of(reloaded->warnings,
        [](const Diagnostic &warning) { return warning.path == QStringLiteral("endpoints.erp.baseUrl"); });
    QVERIFY(warnsAboutUrl);
}

void TestWidgets::stateDatabaseLivesInAppData()
{
    ProjectDocument document;
    document.newProject();
    QVERIFY(document.stateDatabasePath().isEmpty());
    const QString fileName = m_dir.filePath(QStringLiteral("shop-sync.linkwright.json"));
    Project project = demoProject();
    QVERIFY(ProjectFile::save(project, fileName).has_value());
    QVERIFY(document.open(fileName).has_value());
    const QString state = document.stateDatabasePath();
    const QString stateDir =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("state"));
    QCOMPARE(QFileInfo(state).absolutePath(), stateDir);
    QVERIFY2(QFileInfo(state).fileName().startsWith(QStringLiteral("shop-sync-")), qPrintable(state));
    QVERIFY(state.endsWith(QStringLiteral(".sqlite")));
}

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"

#include "fakeprompter.h"
#include "screenshot.h"

#include "project/demoproject.h"
#include "project/projectdocument.h"
#include "project/projectfile.h"
#include "roi/roiareasmodel.h"
#include "roi/roiassumptionsview.h"
#include "roi/roichecker.h"
#include "roi/roipage.h"
#include "roi/roirealisedmodel.h"
#include "roi/roirealisedview.h"
#include "roi/roiresultsview.h"
#include "roi/roiscenariobar.h"
#include "roi/roiworkspace.h"
#include "store/sqlitestore.h"
#include "widgets/icons.h"
#include "widgets/statuslabel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Linkwright;

namespace {

using Column = RoiAreasModel::Column;

QModelIndex cell(const RoiAreasModel &model, int row, Column column)
{
    return model.index(row, RoiAreasModel::column(column));
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xd9));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    dark.setColor(QPalette::Mid, QColor(0x50, 0x52, 0x56));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7c, 0x80));
    return dark;
}

} // namespace

class TestRoiUi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void whitepaperToTheCentInTheModel();
    void invalidFigureKeepsItsTextAndSaysWhy();
    void figuresAreReadInTheUsersLocale();
    void addAndRemoveAreas();
    void tooManyAreasAreSaidAndAddAreaStops();
    void dataPointChoiceFeedsTheRealisedRoi();
    void resultsShowPaybackAndNoPayback();
    void assumptionsKeepTypedTextAndShowProblems();
    void scenariosAreSavedWithTheProject();
    void editingASavedScenarioMarksTheProjectModified();
    void unsavedFiguresSurviveOtherPicks();
    void realisedSectionExplainsWhenThereIsNothingToMeasure();
    void realisedSectionReadsTheRunHistory();
    void pdfHoldsTheTotal();
    void chartsExportAsPictures();
    void screenshots();

private:
    QString saveDemo(const QString &name, const QList<RoiScenario> &scenarios = {});

    QTemporaryDir m_dir;
    ProjectDocument *m_document = nullptr;
    FakePrompter m_prompter;
    RoiPage *m_page = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestRoiUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The figures are checked as a user in the US would see them.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Icons::ensureTheme();
    QVERIFY(m_dir.isValid());
}

void TestRoiUi::init()
{
    m_document = new ProjectDocument(this);
    m_page = new RoiPage(*m_document, m_prompter, nullptr);
    m_page->resize(1200, 1500);
    // As in tst_datapointsmodel: checkIndex() only warns about a misused index.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^Index QModelIndex\\(")));
    m_tester = new QAbstractItemModelTester(
        m_page->areasModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestRoiUi::cleanup()
{
    delete m_tester;
    delete m_page;
    delete m_document;
}

QString TestRoiUi::saveDemo(const QString &name, const QList<RoiScenario> &scenarios)
{
    Project project = demoProject();
    project.roiScenarios = scenarios;
    const QString fileName = m_dir.filePath(name);
    if (!ProjectFile::save(project, fileName))
        return {};
    return fileName;
}

void TestRoiUi::whitepaperToTheCentInTheModel()
{
    const RoiAreasModel &model = *m_page->areasModel();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), RoiAreasModel::column(Column::Count));
    QCOMPARE(model.data(cell(model, 0, Column::Area)).toString(), QStringLiteral("Product changes"));
    QCOMPARE(model.data(cell(model, 1, Column::EventsPerDay)).toString(), QStringLiteral("100"));
    QCOMPARE(model.data(cell(model, 2, Column::Improvement)).toString(), QStringLiteral("80\u00A0%"));
    const QString nbsp(QChar(0x00A0));
    QCOMPARE(model.data(cell(model, 0, Column::YearlySaving)).toString(),
        QStringLiteral("EUR") + nbsp + QStringLiteral("18,250.00"));
    QCOMPARE(model.data(cell(model, 1, Column::YearlySaving)).toString(),
        QStringLiteral("EUR") + nbsp + QStringLiteral("182,500.00"));
    QCOMPARE(model.data(cell(model, 2, Column::YearlySaving)).toString(),
        QStringLiteral("EUR") + nbsp + QStringLiteral("20,440.00"));
    QCOMPARE(m_page->results()->yearlySavingText(), QStringLiteral("EUR") + nbsp + QStringLiteral("221,190.00"));
    // Numbers line up on the right; names on the left.
    const auto alignment = [&model](Column column) {
        return model.data(cell(model, 0, column), Qt::TextAlignmentRole).value<Qt::Alignment>()
            & Qt::AlignHorizontal_Mask;
    };
    QCOMPARE(alignment(Column::YearlySaving), Qt::AlignRight);
    QCOMPARE(alignment(Column::CostPerEvent), Qt::AlignRight);
    QCOMPARE(alignment(Column::Area), Qt::AlignLeft);
    QVERIFY(!(model.flags(cell(model, 0, Column::YearlySaving)) & Qt::ItemIsEditable));
    QVERIFY(model.flags(cell(model, 0, Column::CostPerEvent)) & Qt::ItemIsEditable);
}

void TestRoiUi::invalidFigureKeepsItsTextAndSaysWhy()
{
    RoiAreasModel &model = *m_page->areasModel();
    const QModelIndex perDay = cell(model, 1, Column::EventsPerDay);
    QVERIFY(model.setData(perDay, QStringLiteral("1000000000000")));
    QCOMPARE(m_page->workspace()->scenario().areas.at(1).eventsPerDay, QStringLiteral("1000000000000"));
    QVERIFY(model.data(perDay, RoiAreasModel::ProblemRole)
                .toString()
                .startsWith(QStringLiteral("1000000000000 events a day is more than this calculator takes.")));
    QVERIFY(!model.data(perDay, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model.data(perDay, Qt::ToolTipRole).toString().contains(QStringLiteral("At most 100,000,000 a day")));
    QCOMPARE(model.data(cell(model, 1, Column::YearlySaving)).toString(), QStringLiteral("—"));
    // The other rows still show theirs; the total waits.
    QVERIFY(model.data(cell(model, 0, Column::YearlySaving)).toString().endsWith(QStringLiteral("18,250.00")));
    QCOMPARE(m_page->results()->yearlySavingText(), QStringLiteral("—"));
    QVERIFY(!m_page->exportPdfAction()->isEnabled());

    QVERIFY(model.setData(cell(model, 0, Column::CostPerEvent), QStringLiteral("ten")));
    QCOMPARE(model.data(cell(model, 0, Column::CostPerEvent), Qt::EditRole).toString(), QStringLiteral("ten"));
    QCOMPARE(
        model.data(cell(model, 0, Column::CostPerEvent), RoiAreasModel::ProblemRole).toString().section(u'.', 0, 0),
        QStringLiteral("\"ten\" is not a number"));

    QVERIFY(model.setData(perDay, QStringLiteral("100")));
    QVERIFY(model.setData(cell(model, 0, Column::CostPerEvent), QStringLiteral("10")));
    QVERIFY(m_page->results()->yearlySavingText().endsWith(QStringLiteral("221,190.00")));
    QVERIFY(m_page->exportPdfAction()->isEnabled());
}

void TestRoiUi::figuresAreReadInTheUsersLocale()
{
    RoiAreasModel &model = *m_page->areasModel();
    model.setLocale(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(model.setData(cell(model, 0, Column::CostPerEvent), QStringLiteral("12,50")));
    QCOMPARE(m_page->workspace()->scenario().areas.at(0).costPerEvent, QStringLiteral("12.50"));
    QCOMPARE(model.data(cell(model, 0, Column::CostPerEvent), Qt::EditRole).toString(), QStringLiteral("12,50"));
    QVERIFY(model.setData(cell(model, 1, Column::EventsPerDay), QStringLiteral("1.000")));
    QCOMPARE(m_page->workspace()->scenario().areas.at(1).eventsPerDay, QStringLiteral("1000"));
    // 12.50 x 10 x 50 % x 365 = 22,812.50
    QCOMPARE(model.data(cell(model, 0, Column::YearlySaving)).toString(),
        QStringLiteral("22.812,50") + QChar(0x00A0) + QStringLiteral("€"));
}

void TestRoiUi::addAndRemoveAreas()
{
    RoiAreasModel &model = *m_page->areasModel();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const int row = model.addArea(RoiPresets::Area::Invoices);
    QCOMPARE(row, 3);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.data(cell(model, 3, Column::Area)).toString(), QStringLiteral("Invoices"));
    QCOMPARE(
        model.data(cell(model, 3, Column::DataPoint)).toString(), DataPoints::displayName(DataPointKind::Invoices));
    QVERIFY(m_page->results()->yearlySavingText().endsWith(QStringLiteral("221,190.00")));
    QVERIFY(model.setData(cell(model, 3, Column::CostPerEvent), QStringLiteral("5")));
    QVERIFY(model.setData(cell(model, 3, Column::EventsPerDay), QStringLiteral("20")));
    // 5 x 20 x 50 % x 365 = 18,250
    QVERIFY(m_page->results()->yearlySavingText().endsWith(QStringLiteral("239,440.00")));
    QVERIFY(model.removeRows(0, 1));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(m_page->workspace()->scenario().areas.first().name, QStringLiteral("Orders"));
    QVERIFY(m_page->results()->yearlySavingText().endsWith(QStringLiteral("221,190.00")));
    QVERIFY(!model.removeRows(5, 1));
    QVERIFY(model.removeRows(0, 3));
    QVERIFY(m_page->results()->yearlySavingText().endsWith(QStringLiteral("0.00")));
}

void TestRoiUi::tooManyAreasAreSaidAndAddAreaStops()
{
    auto *addArea = m_page->findChild<QToolButton *>(QStringLiteral("addRoiArea"));
    auto *problems = m_page->findChild<StatusLabel *>(QStringLiteral("roiAreaProblems"));
    QVERIFY(addArea && problems);
    QVERIFY(addArea->isEnabled());
    RoiScenario many = m_page->workspace()->scenario();
    while (many.areas.size() < RoiChecker::MaxAreas)
        many.areas.append(many.areas.constFirst());
    m_page->workspace()->setScenario(many);
    QVERIFY(!addArea->isEnabled()); // at the limit: one more would only be a problem to fix
    QVERIFY(problems->isHidden());
    // A file with more (the page cannot add them) says so above the table.
    many.areas.append(many.areas.constFirst());
    m_page->workspace()->setScenario(many);
    QVERIFY(!problems->isHidden());
    QVERIFY2(problems->text().contains(QStringLiteral("More than 100 areas")), qPrintable(problems->text()));
    many.areas.removeLast();
    many.areas.removeLast();
    m_page->workspace()->setScenario(many);
    QVERIFY(addArea->isEnabled());
    QVERIFY(problems->isHidden());
}

void TestRoiUi::dataPointChoiceFeedsTheRealisedRoi()
{
    RoiAreasModel &model = *m_page->areasModel();
    const QModelIndex choice = cell(model, 2, Column::DataPoint);
    QCOMPARE(model.data(choice, Qt::EditRole).toString(), QString());
    QCOMPARE(model.data(choice).toString(), QStringLiteral("Not measured"));
    const QStringList keys = model.data(choice, RoiAreasModel::ChoiceKeysRole).toStringList();
    QCOMPARE(keys.size(), DataPoints::all().size() + 1);
    QCOMPARE(model.data(choice, RoiAreasModel::ChoiceLabelsRole).toStringList().size(), keys.size());
    QVERIFY(model.setData(choice, QStringLiteral("orderUpdates")));
    QCOMPARE(m_page->workspace()->scenario().areas.at(2).dataPoint, DataPointKind::OrderUpdates);
    QVERIFY(!model.setData(choice, QStringLiteral("nonsense")));
    QVERIFY(model.setData(choice, QString()));
    QVERIFY(!m_page->workspace()->scenario().areas.at(2).dataPoint);
}

void TestRoiUi::resultsShowPaybackAndNoPayback()
{
    RoiAssumptionsView *assumptions = m_page->assumptions();
    const RoiResultsView *results = m_page->results();
    QCOMPARE(results->paybackText(), QStringLiteral("Immediately"));
    QCOMPARE(results->roiText(), QStringLiteral("—"));
    assumptions->implementationCost()->selectAll();
    QTest::keyClicks(assumptions->implementationCost(), QStringLiteral("50,000"));
    assumptions->yearlyRunningCost()->selectAll();
    QTest::keyClicks(assumptions->yearlyRunningCost(), QStringLiteral("12000"));
    QCOMPARE(m_page->workspace()->scenario().implementationCost, QStringLiteral("50000"));
    QCOMPARE(m_page->workspace()->scenario().yearlyRunningCost, QStringLiteral("12000"));
    QCOMPARE(results->paybackText(), QStringLiteral("2.9 months"));
    QCOMPARE(results->roiText(), QStringLiteral("671.6%"));
    QVERIFY(results->netSavingText().endsWith(QStringLiteral("577,570.00")));

    assumptions->yearlyRunningCost()->selectAll();
    QTest::keyClicks(assumptions->yearlyRunningCost(), QStringLiteral("221190"));
    QCOMPARE(results->paybackText(), QStringLiteral("No payback"));
    QVERIFY(results->findChild<QLabel *>(QStringLiteral("roiPayback")));
}

void TestRoiUi::assumptionsKeepTypedTextAndShowProblems()
{
    RoiAssumptionsView *assumptions = m_page->assumptions();
    assumptions->currency()->selectAll();
    QTest::keyClicks(assumptions->currency(), QStringLiteral("EURO"));
    QCOMPARE(assumptions->currency()->text(), QStringLiteral("EURO"));
    QVERIFY(
        assumptions->problemText(RoiField::Currency).startsWith(QStringLiteral("\"EURO\" is not a currency code.")));
    QCOMPARE(m_page->results()->yearlySavingText(), QStringLiteral("—"));

    assumptions->daysPerYear()->setCurrentText(QStringLiteral("400"));
    QVERIFY(assumptions->problemText(RoiField::DaysPerYear).startsWith(QStringLiteral("400 days is more")));
    assumptions->daysPerYear()->setCurrentText(QStringLiteral("250"));
    QVERIFY(assumptions->problemText(RoiField::DaysPerYear).isEmpty());

    assumptions->currency()->selectAll();
    QTest::keyClicks(assumptions->currency(), QStringLiteral("dkk"));
    QVERIFY(assumptions->problemText(RoiField::Currency).isEmpty());
    // 606 a day x 250 days, in Danish kroner.
    QCOMPARE(
        m_page->results()->yearlySavingText(), QStringLiteral("DKK") + QChar(0x00A0) + QStringLiteral("151,500.00"));

    assumptions->implementationCost()->selectAll();
    QTest::keyClicks(assumptions->implementationCost(), QStringLiteral("-5"));
    QCOMPARE(assumptions->implementationCost()->text(), QStringLiteral("-5"));
    QVERIFY(assumptions->problemText(RoiField::ImplementationCost).startsWith(QStringLiteral("Cannot be negative.")));
}

void TestRoiUi::scenariosAreSavedWithTheProject()
{
    const QString fileName = saveDemo(QStringLiteral("scenarios.linkwright.json"));
    QVERIFY(m_document->open(fileName));
    RoiWorkspace *workspace = m_page->workspace();
    QCOMPARE(workspace->savedIndex(), -1);
    QVERIFY(m_page->scenarioBar()->saveAction()->isEnabled());
    QVERIFY(!m_page->scenarioBar()->deleteAction()->isEnabled());

    m_page->scenarioBar()->name()->setText(QStringLiteral("Prospect A"));
    m_page->scenarioBar()->saveAction()->trigger();
    QCOMPARE(workspace->savedIndex(), 0);
    QVERIFY(m_document->isModified());
    QCOMPARE(m_document->project().roiScenarios.size(), 1);
    QCOMPARE(m_document->project().roiScenarios.first().name, QStringLiteral("Prospect A"));
    QCOMPARE(m_page->scenarioBar()->picker()->currentText(), QStringLiteral("Prospect A"));

    // A second one from the preset, renamed by typing; a name taken gets a number.
    m_page->scenarioBar()->picker()->setCurrentIndex(m_page->scenarioBar()->picker()->count() - 1);
    workspace->selectPreset();
    QCOMPARE(workspace->savedIndex(), -1);
    QCOMPARE(workspace->saveAsNew(QStringLiteral("Prospect A")), 1);
    QCOMPARE(m_document->project().roiScenarios.at(1).name, QStringLiteral("Prospect A (2)"));
    QTest::keyClicks(m_page->scenarioBar()->name(), QStringLiteral(" bis"));
    QCOMPARE(m_document->project().roiScenarios.at(1).name, QStringLiteral("Prospect A (2) bis"));
    QVERIFY(m_page->scenarioBar()->picker()->findText(QStringLiteral("Prospect A (2) bis")) >= 0);

    QVERIFY(m_document->save());
    QVERIFY(!m_document->isModified());
    ProjectDocument again;
    QVERIFY(again.open(fileName));
    QCOMPARE(again.project().roiScenarios, m_document->project().roiScenarios);

    // Delete keeps the figures on the page, unsaved.
    m_page->scenarioBar()->deleteAction()->trigger();
    QCOMPARE(m_document->project().roiScenarios.size(), 1);
    QCOMPARE(workspace->savedIndex(), -1);
    QVERIFY(m_document->isModified());
    QVERIFY(m_page->results()->yearlySavingText().endsWith(QStringLiteral("221,190.00")));
}

void TestRoiUi::unsavedFiguresSurviveOtherPicks()
{
    const QString fileName = saveDemo(QStringLiteral("draft.linkwright.json"));
    QVERIFY(m_document->open(fileName));
    RoiWorkspace *workspace = m_page->workspace();
    QCOMPARE(workspace->saveAsNew(QStringLiteral("Saved")), 0);
    QVERIFY(m_document->save());
    QComboBox *picker = m_page->scenarioBar()->picker();

    // Typed on the unsaved figures ...
    workspace->selectPreset();
    RoiScenario typed = workspace->scenario();
    typed.areas[0].costPerEvent = QStringLiteral("99");
    workspace->setScenario(typed);
    QVERIFY(workspace->draftEdited());
    QVERIFY(picker->findText(QStringLiteral("Whitepaper example (not saved)")) >= 0);
    QVERIFY(picker->findText(QStringLiteral("Whitepaper example (preset)")) >= 0);

    // ... survive a saved scenario, the untouched example and a project opened again.
    workspace->selectSaved(0);
    QCOMPARE(workspace->scenario().areas[0].costPerEvent, QStringLiteral("10"));
    workspace->selectWhitepaper();
    QCOMPARE(workspace->scenario().areas[0].costPerEvent, QStringLiteral("10"));
    QCOMPARE(workspace->savedIndex(), -1);
    QCOMPARE(picker->currentText(), QStringLiteral("Whitepaper example (preset)"));
    workspace->selectPreset();
    QCOMPARE(workspace->scenario().areas[0].costPerEvent, QStringLiteral("99"));
    QCOMPARE(picker->currentText(), QStringLiteral("Whitepaper example (not saved)"));
    QVERIFY(m_document->open(fileName));
    QCOMPARE(workspace->savedIndex(), 0);
    workspace->selectPreset();
    QCOMPARE(workspace->scenario().areas[0].costPerEvent, QStringLiteral("99"));

    // Picking the example and editing it is what replaces them.
    workspace->selectWhitepaper();
    RoiScenario other = workspace->scenario();
    other.areas[1].eventsPerDay = QStringLiteral("5");
    workspace->setScenario(other);
    workspace->selectSaved(0);
    workspace->selectPreset();
    QCOMPARE(workspace->scenario().areas[0].costPerEvent, QStringLiteral("10"));
    QCOMPARE(workspace->scenario().areas[1].eventsPerDay, QStringLiteral("5"));
}

void TestRoiUi::editingASavedScenarioMarksTheProjectModified()
{
    RoiScenario saved = RoiPresets::whitepaper();
    saved.name = QStringLiteral("Saved one");
    saved.implementationCost = QStringLiteral("100000");
    QVERIFY(m_document->open(saveDemo(QStringLiteral("edit.linkwright.json"), {saved})));
    // A project with scenarios opens on its first.
    QCOMPARE(m_page->workspace()->savedIndex(), 0);
    QCOMPARE(m_page->assumptions()->implementationCost()->text(), QStringLiteral("100,000"));
    QCOMPARE(m_page->results()->paybackText(), QStringLiteral("5.4 months"));
    QVERIFY(!m_document->isModified());
    RoiAreasModel &model = *m_page->areasModel();
    QVERIFY(model.setData(cell(model, 1, Column::Improvement), QStringLiteral("60 %")));
    QVERIFY(m_document->isModified());
    QCOMPARE(m_document->project().roiScenarios.first().areas.at(1).improvementPercent, QStringLiteral("60"));
    // An invalid figure is saved as typed, and the project still saves and opens.
    QVERIFY(model.setData(cell(model, 1, Column::Improvement), QStringLiteral("150")));
    QVERIFY(m_document->save());
    ProjectDocument again;
    QVERIFY(again.open(m_document->fileName()));
    QCOMPARE(again.project().roiScenarios.first().areas.at(1).improvementPercent, QStringLiteral("150"));
}

void TestRoiUi::realisedSectionExplainsWhenThereIsNothingToMeasure()
{
    RoiRealisedView *realised = m_page->realised();
    QVERIFY(!realised->showsTable());
    QVERIFY(realised->summary().startsWith(QStringLiteral("Open a project")));
    QVERIFY(m_document->open(saveDemo(QStringLiteral("no-runs.linkwright.json"))));
    QVERIFY(!realised->showsTable());
    QVERIFY2(realised->summary().startsWith(QStringLiteral("No runs yet.")), qPrintable(realised->summary()));
    // No database was created just by looking.
    QVERIFY(!QFile::exists(m_document->stateDatabasePath()));
}

void TestRoiUi::realisedSectionReadsTheRunHistory()
{
    const QString fileName = saveDemo(QStringLiteral("runs.linkwright.json"));
    QVERIFY(m_document->open(fileName));
    {
        auto store = SqliteStore::open(m_document->stateDatabasePath());
        QVERIFY(store);
        const auto add = [&store](DataPointKind kind, const QDate &day, qint64 created) {
            RunRecord run;
            run.dataPoint = kind;
            run.startedAt = QDateTime(day, QTime(9, 0));
            auto id = (*store)->beginRun(run);
            QVERIFY(id);
            QVERIFY((*store)->finishRun(*id, RunStatus::Succeeded, {created, created, 0, 0, 0, 0}, {}));
        };
        add(DataPointKind::Products, QDate(2026, 10, 5), 30);
        add(DataPointKind::Orders, QDate(2026, 10, 6), 400);
        add(DataPointKind::Orders, QDate(2026, 11, 2), 999); // this month: not last month
    }
    RoiRealisedView *realised = m_page->realised();
    QSignalSpy read(realised, &RoiRealisedView::historyRead);
    realised->setToday(QDate(2026, 11, 20));
    // Read on a thread of its own: the window says so meanwhile.
    QVERIFY(realised->isReading());
    QVERIFY(realised->summary().isEmpty() || !realised->showsTable());
    QTRY_VERIFY(!realised->isReading());
    QVERIFY(read.count() >= 1);
    QVERIFY2(realised->showsTable(), qPrintable(realised->summary()));
    RoiRealisedModel *model = realised->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->data(model->index(0, static_cast<int>(RoiRealisedModel::Column::Records))).toString(),
        QStringLiteral("30"));
    QCOMPARE(model->data(model->index(1, static_cast<int>(RoiRealisedModel::Column::Records))).toString(),
        QStringLiteral("400"));
    QCOMPARE(model->data(model->index(2, static_cast<int>(RoiRealisedModel::Column::Records))).toString(),
        QStringLiteral("—"));
    // 10 x 30 x 50 % = 150; 10 x 400 x 50 % = 2,000.
    QVERIFY(model->data(model->index(1, static_cast<int>(RoiRealisedModel::Column::Saving)))
                .toString()
                .endsWith(QStringLiteral("2,000.00")));
    QVERIFY2(realised->summary().contains(
                 QStringLiteral("10/1/26 to 10/31/26: EUR\u00A02,150.00 saved, from 430 records written.")),
        qPrintable(realised->summary()));
    m_page->resize(1280, 1100);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    QVERIFY(saveScreenshot(m_page, QStringLiteral("roi-page-project.png")));
}

void TestRoiUi::pdfHoldsTheTotal()
{
    const QString pdf = m_dir.filePath(QStringLiteral("whitepaper.pdf"));
    m_prompter.exportFileNames = {pdf};
    m_page->exportPdfAction()->trigger();
    QVERIFY2(m_prompter.errors.isEmpty(), qPrintable(m_prompter.errors.join(u'\n')));
    QVERIFY(QFile::exists(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF-"));

    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!process.waitForStarted())
        QSKIP(
            "pdftotext (poppler-utils) is not installed, so the PDF's text cannot be read; ./dev.sh test installs it");
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("What the integration is worth")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("221,190.00")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("18,250.00")));
    QVERIFY(text.contains(QStringLiteral("182,500.00")));
    QVERIFY(text.contains(QStringLiteral("20,440.00")));
    QVERIFY(text.contains(QStringLiteral("Immediately")));
    QVERIFY(text.contains(QStringLiteral("Yearly saving per area")));
    // One page.
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.waitForFinished(60'000));
    QVERIFY(
        QString::fromUtf8(info.readAllStandardOutput()).contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
}

void TestRoiUi::chartsExportAsPictures()
{
    m_prompter.exportFileNames = {m_dir.filePath(QStringLiteral("charts.png"))};
    m_page->exportChartsAction()->trigger();
    QVERIFY2(m_prompter.errors.isEmpty(), qPrintable(m_prompter.errors.join(u'\n')));
    for (const char *name : {"charts-savings.png", "charts-cumulative.png"}) {
        const QImage image(m_dir.filePath(QString::fromLatin1(name)));
        QVERIFY2(!image.isNull(), name);
        QCOMPARE(image.size(), QSize(1800, 1000));
        // Not blank: the bars and lines leave more than one colour.
        QSet<QRgb> colours;
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, image.height() / 2));
        QVERIFY(colours.size() > 1);
    }
}

void TestRoiUi::screenshots()
{
    RoiScenario scenario = RoiPresets::whitepaper();
    scenario.name = QStringLiteral("Whitepaper example with investment");
    scenario.implementationCost = QStringLiteral("60000");
    scenario.yearlyRunningCost = QStringLiteral("12000");
    m_page->workspace()->setScenario(scenario);
    m_page->resize(1280, 1000);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    QVERIFY(saveScreenshot(m_page, QStringLiteral("roi-page.png")));
    QVERIFY(m_page->exportPdf(QDir(QStringLiteral(LINKWRIGHT_TEST_OUTPUT_DIR)).filePath(QStringLiteral("roi.pdf"))));

    m_page->setPalette(darkPalette());
    QCoreApplication::processEvents();
    QVERIFY(saveScreenshot(m_page, QStringLiteral("roi-page-dark.png")));
    m_page->setPalette(QPalette());
    QCoreApplication::processEvents();

    RoiAreasModel &model = *m_page->areasModel();
    QVERIFY(model.setData(cell(model, 1, Column::EventsPerDay), QStringLiteral("1e12")));
    QVERIFY(model.setData(cell(model, 2, Column::Improvement), QStringLiteral("120")));
    QVERIFY(saveScreenshot(m_page, QStringLiteral("roi-page-problems.png")));
}

QTEST_MAIN(TestRoiUi)
#include "tst_roi.moc"

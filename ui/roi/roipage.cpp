#include "roipage.h"

#include "mainwindow/prompter.h"
#include "project/projectdocument.h"
#include "roi/roiareasmodel.h"
#include "roi/roiassumptionsview.h"
#include "roi/roichartsview.h"
#include "roi/roiexporter.h"
#include "roi/roirealisedview.h"
#include "roi/roiresultsview.h"
#include "roi/roiscenariobar.h"
#include "roi/roiworkspace.h"
#include "widgets/choicedelegate.h"
#include "widgets/icons.h"
#include "widgets/statuslabel.h"
#include "widgets/tables.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Linkwright {

namespace {

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

} // namespace

RoiPage::RoiPage(ProjectDocument &document, Prompter &prompter, QWidget *parent)
    : Page(PageId::Roi, parent)
    , m_document(document)
    , m_prompter(prompter)
{
    m_workspace = new RoiWorkspace(document, this);
    m_areasModel = new RoiAreasModel(*m_workspace, this);

    m_exportPdf = new QAction(Icons::themed(QStringLiteral("application-pdf"), QStyle::SP_FileIcon), {}, this);
    m_exportPdf->setObjectName(QStringLiteral("exportRoiPdf"));
    connect(m_exportPdf, &QAction::triggered, this, &RoiPage::askExportPdf);
    addHeaderAction(m_exportPdf);
    m_exportCharts = new QAction(Icons::themed(QStringLiteral("image-x-generic"), QStyle::SP_FileIcon), {}, this);
    m_exportCharts->setObjectName(QStringLiteral("exportRoiCharts"));
    connect(m_exportCharts, &QAction::triggered, this, &RoiPage::askExportCharts);
    addHeaderAction(m_exportCharts);

    m_assumptionsTitle = sectionTitle(this);
    m_assumptions = new RoiAssumptionsView(*m_workspace, this);
    m_results = new RoiResultsView(*m_workspace, this);
    m_charts = new RoiChartsView(*m_workspace, this);
    m_realised = new RoiRealisedView(*m_workspace, document, this);
    m_exportStatus = new StatusLabel(this);
    m_exportStatus->setObjectName(QStringLiteral("roiExportStatus"));

    // The table across the page, so that long area names and every figure fit; the year and
    // investment beside the result they drive.
    auto *assumptions = new QVBoxLayout;
    assumptions->setSpacing(8);
    assumptions->addWidget(m_assumptionsTitle);
    assumptions->addWidget(m_assumptions);
    assumptions->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->setSpacing(20);
    middle->addLayout(assumptions);
    middle->addWidget(m_results, 1);

    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("roiContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 12, 20, 20);
    layout->setSpacing(14);
    m_scenarioBar = new RoiScenarioBar(*m_workspace, content);
    layout->addWidget(m_scenarioBar);
    layout->addWidget(m_exportStatus);
    layout->addWidget(createAreas());
    layout->addLayout(middle);
    layout->addWidget(m_charts);
    layout->addWidget(m_realised);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    setContent(scroll);

    connect(m_workspace, &RoiWorkspace::scenarioChanged, this, &RoiPage::updateAreaProblems);
    connect(m_areasModel, &QAbstractItemModel::modelReset, this, &RoiPage::fitAreasTable);
    connect(m_areasModel, &QAbstractItemModel::rowsInserted, this, &RoiPage::fitAreasTable);
    connect(m_areasModel, &QAbstractItemModel::rowsRemoved, this, &RoiPage::fitAreasTable);
    retranslateUi();
    updateAreaProblems();
    fitAreasTable();
}

QWidget *RoiPage::createAreas()
{
    auto *box = new QWidget(this);
    m_areasTitle = sectionTitle(box);
    m_areas = new QTableView(box);
    m_areas->setObjectName(QStringLiteral("roiAreasTable"));
    m_areas->setModel(m_areasModel);
    Tables::applyHouseStyle(m_areas);
    m_areas->setSelectionMode(QAbstractItemView::SingleSelection);
    m_areas->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_areas->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto *choices = new ChoiceDelegate(RoiAreasModel::ChoiceKeysRole, RoiAreasModel::ChoiceLabelsRole, this);
    m_areas->setItemDelegateForColumn(RoiAreasModel::column(RoiAreasModel::Column::DataPoint), choices);
    m_areas->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = m_areas->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RoiAreasModel::column(RoiAreasModel::Column::Area), QHeaderView::Stretch);
    header->setMinimumSectionSize(60);

    m_addArea = new QToolButton(box);
    m_addArea->setObjectName(QStringLiteral("addRoiArea"));
    m_addArea->setIcon(Icons::themed(QStringLiteral("list-add"), QStyle::SP_FileDialogNewFolder));
    m_addArea->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_addArea->setPopupMode(QToolButton::InstantPopup);
    m_addArea->setMenu(new QMenu(m_addArea));
    m_removeArea = new QToolButton(box);
    m_removeArea->setObjectName(QStringLiteral("removeRoiArea"));
    m_removeArea->setIcon(Icons::themed(QStringLiteral("list-remove"), QStyle::SP_DialogDiscardButton));
    m_removeArea->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_removeArea->setEnabled(false);
    connect(m_removeArea, &QToolButton::clicked, this, [this] {
        const QModelIndex current = m_areas->currentIndex();
        if (current.isValid())
            m_areasModel->removeRows(current.row(), 1);
    });
    connect(m_areas->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { m_removeArea->setEnabled(current.isValid()); });
    m_areaProblems = new StatusLabel(box);
    m_areaProblems->setObjectName(QStringLiteral("roiAreaProblems"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addArea);
    buttons->addWidget(m_removeArea);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_areasTitle);
    layout->addWidget(m_areas);
    layout->addLayout(buttons);
    layout->addWidget(m_areaProblems);
    return box;
}

QString RoiPage::title() const
{
    return tr("ROI");
}

QIcon RoiPage::icon() const
{
    return Icons::themed(QStringLiteral("view-financial-account-savings"), QStyle::SP_DialogYesButton);
}

void RoiPage::retranslate()
{
    m_workspace->retranslate();
    setSubtitle(tr("What the integration is worth: per area, cost per event × events per day × improvement × days "
                   "per year; then payback and ROI on the investment."));
    m_exportPdf->setText(tr("Export PDF…"));
    m_exportPdf->setToolTip(tr("A one-page summary for the prospect: the table, the result and both charts."));
    m_exportCharts->setText(tr("Export Charts…"));
    m_exportCharts->setToolTip(tr("Both charts as PNG pictures, for slides and e-mails."));
    m_areasTitle->setText(tr("Areas"));
    m_assumptionsTitle->setText(tr("Year and investment"));
    m_addArea->setText(tr("Add Area"));
    m_removeArea->setText(tr("Remove Area"));
    QMenu *menu = m_addArea->menu();
    menu->clear();
    for (RoiPresets::Area preset : RoiPresets::areas()) {
        QAction *action = menu->addAction(RoiPresets::areaName(preset));
        connect(action, &QAction::triggered, this, [this, preset] {
            const int row = m_areasModel->addArea(preset);
            m_areas->setCurrentIndex(m_areasModel->index(row, RoiAreasModel::column(RoiAreasModel::Column::Area)));
        });
    }
    updateAreaProblems();
}

void RoiPage::updateAreaProblems()
{
    const bool valid = m_workspace->evaluation().has_value();
    m_exportPdf->setEnabled(valid);
    m_exportCharts->setEnabled(valid);
    QStringList lines;
    const RoiScenario &scenario = m_workspace->scenario();
    for (const RoiFieldProblem &problem : RoiChecker::problems(scenario)) {
        // A problem of the list as a whole (too many rows) is said here too; the fields below
        // say their own.
        if (problem.field == RoiField::Areas) {
            lines.append(problem.hint.isEmpty() ? problem.message : problem.message + u' ' + problem.hint);
            continue;
        }
        if (problem.area < 0 || problem.area >= scenario.areas.size())
            continue;
        const QString name = scenario.areas.at(problem.area).name.trimmed();
        lines.append(
            tr("Row %1 (%2): %3").arg(problem.area + 1).arg(name.isEmpty() ? tr("no name") : name, problem.message));
    }
    if (lines.isEmpty())
        m_areaProblems->clear();
    else
        m_areaProblems->setStatus(StatusLabel::Status::Warning, lines.join(u'\n'));
    m_areaProblems->setVisible(!lines.isEmpty());
    // More rows than the calculator takes would only add a problem to fix.
    m_addArea->setEnabled(scenario.areas.size() < RoiChecker::MaxAreas);
}

void RoiPage::fitAreasTable()
{
    // Every row in view without scrolling, up to ten; the name column takes what the figures
    // leave, so the yearly saving is never pushed out of sight.
    QHeaderView *header = m_areas->horizontalHeader();
    const int rows = std::clamp(m_areasModel->rowCount(), 3, 10);
    m_areas->setFixedHeight(header->sizeHint().height() + rows * m_areas->verticalHeader()->defaultSectionSize()
        + 2 * m_areas->frameWidth() + 2);
}

QString RoiPage::suggestedPath(const QString &suffix) const
{
    const QString folder = m_document.fileName().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(m_document.fileName()).absolutePath();
    QString name = m_workspace->scenario().name.trimmed();
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]")), QStringLiteral("-"));
    if (name.isEmpty())
        name = QStringLiteral("roi");
    return QDir(folder).filePath(name + suffix);
}

void RoiPage::askExportPdf()
{
    const QString fileName = m_prompter.askExportFileName(
        this, tr("Export PDF Summary"), suggestedPath(QStringLiteral(".pdf")), tr("PDF documents (*.pdf)"));
    if (!fileName.isEmpty())
        exportPdf(fileName);
}

void RoiPage::askExportCharts()
{
    const QString fileName = m_prompter.askExportFileName(
        this, tr("Export Charts as PNG"), suggestedPath(QStringLiteral(".png")), tr("PNG pictures (*.png)"));
    if (!fileName.isEmpty())
        exportCharts(fileName);
}

bool RoiPage::exportPdf(const QString &fileName)
{
    const auto &evaluation = m_workspace->evaluation();
    if (!evaluation)
        return false;
    const RoiExporter::Report report{m_workspace->scenario(), *evaluation,
        m_document.hasProject() ? m_document.project().name : QString(), locale(), QDate::currentDate()};
    if (auto written = RoiExporter::writePdf(fileName, report); !written) {
        m_prompter.showError(this, tr("Export PDF Summary"), written.error().message, written.error().toString());
        return false;
    }
    m_exportStatus->setStatus(StatusLabel::Status::Ok, tr("Saved %1").arg(QDir::toNativeSeparators(fileName)));
    return true;
}

bool RoiPage::exportCharts(const QString &fileName)
{
    const auto &evaluation = m_workspace->evaluation();
    if (!evaluation)
        return false;
    const RoiExporter::Report report{m_workspace->scenario(), *evaluation, {}, locale(), QDate::currentDate()};
    // One name asked for, two pictures written beside each other: NAME-savings.png, NAME-cumulative.png.
    QString base = fileName;
    if (base.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
        base.chop(4);
    const QString savings = base + QStringLiteral("-savings.png");
    const QString cumulative = base + QStringLiteral("-cumulative.png");
    for (const auto &[chart, name] :
        {std::pair{RoiExporter::Chart::Savings, savings}, std::pair{RoiExporter::Chart::Cumulative, cumulative}}) {
        if (auto written = RoiExporter::writePng(name, chart, report); !written) {
            m_prompter.showError(this, tr("Export Charts as PNG"), written.error().message, written.error().toString());
            return false;
        }
    }
    m_exportStatus->setStatus(StatusLabel::Status::Ok,
        tr("Saved %1 and %2").arg(QDir::toNativeSeparators(savings), QDir::toNativeSeparators(cumulative)));
    return true;
}

} // namespace Linkwright

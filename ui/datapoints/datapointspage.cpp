#include "datapointspage.h"

#include "datapoints/datapointdetails.h"
#include "datapoints/datapointsmodel.h"
#include "project/projectdocument.h"
#include "widgets/choicedelegate.h"
#include "widgets/icons.h"
#include "widgets/noprojectstate.h"
#include "widgets/tables.h"

#include <QAction>
#include <QFrame>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Linkwright {

namespace {

using Column = DataPointsModel::Column;

} // namespace

DataPointsPage::DataPointsPage(ProjectDocument &document, QWidget *parent)
    : Page(PageId::DataPoints, parent)
    , m_document(document)
{
    m_model = new DataPointsModel(document, this);

    m_recommended =
        new QAction(Icons::themed(QStringLiteral("dialog-ok-apply"), QStyle::SP_DialogApplyButton), QString(), this);
    m_recommended->setObjectName(QStringLiteral("applyRecommendedDirections"));
    connect(m_recommended, &QAction::triggered, this, &DataPointsPage::applyRecommendedDirections);
    addHeaderAction(m_recommended);

    m_empty = new NoProjectState(icon(), this);
    connect(m_empty, &NoProjectState::newProjectRequested, this, &Page::newProjectRequested);
    connect(m_empty, &NoProjectState::openProjectRequested, this, &Page::openProjectRequested);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("dataPointsTable"));
    m_table->setModel(m_model);
    Tables::applyHouseStyle(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::CurrentChanged | QAbstractItemView::SelectedClicked
        | QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    auto *choices = new ChoiceDelegate(DataPointsModel::ChoiceKeysRole, DataPointsModel::ChoiceLabelsRole, this);
    m_table->setItemDelegateForColumn(DataPointsModel::column(Column::Direction), choices);
    m_table->setItemDelegateForColumn(DataPointsModel::column(Column::Mode), choices);

    m_details = new DataPointDetails(*m_model, document, this);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            m_details->showDataPoint(current.isValid() ? std::optional(m_model->kindAt(current.row())) : std::nullopt);
        });

    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setForegroundRole(QPalette::Mid);

    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(rule);
    tableLayout->addWidget(m_details);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(tablePane);
    setContent(m_stack);

    connect(m_model, &QAbstractItemModel::modelReset, this, &DataPointsPage::reload);
    retranslateUi();
    reload();
}

QString DataPointsPage::title() const
{
    return tr("Data points");
}

QIcon DataPointsPage::icon() const
{
    return Icons::themed(QStringLiteral("view-list-details"), QStyle::SP_FileDialogDetailedView);
}

void DataPointsPage::retranslate()
{
    setSubtitle(tr("What flows between ERP and shop, in which direction and how. Click a direction or mode to "
                   "change it."));
    m_recommended->setText(tr("Use Recommended Directions"));
    m_recommended->setToolTip(tr("Sets every data point that is switched on to its recommended direction. "
                                 "Data points that are off stay off."));
    m_empty->setText(tr("Data points say what flows between the ERP and the shop: products, prices, stock, "
                        "customers, orders and more. Create or open a project to choose them."));
    resizeColumns();
}

void DataPointsPage::reload()
{
    const bool open = m_document.hasProject();
    m_stack->setCurrentIndex(open ? 1 : 0);
    m_recommended->setEnabled(open);
    if (open && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, DataPointsModel::column(Column::DataPoint)));
    else
        m_details->showDataPoint(std::nullopt);
    resizeColumns();
}

void DataPointsPage::applyRecommendedDirections()
{
    if (!m_document.hasProject())
        return;
    const QList<DataPointConfig> points = m_document.project().dataPoints;
    for (DataPointConfig config : points) {
        if (config.direction == Direction::Off)
            continue;
        config.direction = DataPoints::recommendedDirection(config.kind);
        m_document.setDataPoint(config);
    }
}

void DataPointsPage::resizeColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < DataPointsModel::column(Column::Status); ++column) {
        m_table->resizeColumnToContents(column);
        // Room for the combo box arrow when the cell is edited, and air before the next column.
        const auto which = static_cast<Column>(column);
        const bool choice = which == Column::Direction || which == Column::Mode;
        header->resizeSection(column, header->sectionSize(column) + (choice ? 24 : 8));
    }
}

} // namespace Linkwright

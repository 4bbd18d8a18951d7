#include "datapoints/datapointsmodel.h"
#include "project/demoproject.h"
#include "project/projectdocument.h"
#include "project/projectfile.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Linkwright;

namespace {

using Column = DataPointsModel::Column;

QModelIndex cell(const DataPointsModel &model, int row, Column column)
{
    return model.index(row, DataPointsModel::column(column));
}

int rowOf(DataPointKind kind)
{
    return static_cast<int>(DataPoints::all().indexOf(kind));
}

} // namespace

class TestDataPointsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void noRowsWithoutProject();
    void everyDataPointIsARowEvenWhenMissing();
    void demoProjectShowsItsSettings();
    void editingDirectionGoesIntoTheDocument();
    void departureShowsWarningWithIconAndText();
    void switchingOnAMissingDataPointAddsIt();
    void modeIsOnlyEditableWhileTheDataPointFlows();
    void unknownChoiceIsRejected();
    void choicesMatchTheCatalogue();
    void replacingTheProjectResetsTheModel();

private:
    void openDemo();

    QTemporaryDir m_dir;
    ProjectDocument *m_document = nullptr;
    DataPointsModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestDataPointsModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestDataPointsModel::init()
{
    m_document = new ProjectDocument(this);
    m_model = new DataPointsModel(*m_document, this);
    // checkIndex() only warns, so the tester would pass over a misused index. The pattern is
    // matched against the message, not its category (qt.core.qabstractitemmodel.checkindex),
    // and every checkIndex() message starts this way.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^Index QModelIndex\\(")));
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestDataPointsModel::cleanup()
{
    delete m_tester;
    delete m_model;
    delete m_document;
}

void TestDataPointsModel::openDemo()
{
    const QString fileName = m_dir.filePath(QStringLiteral("demo.linkwright.json"));
    QVERIFY(ProjectFile::save(demoProject(), fileName).has_value());
    QVERIFY(m_document->open(fileName).has_value());
}

void TestDataPointsModel::noRowsWithoutProject()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), DataPointsModel::column(Column::Count));
}

void TestDataPointsModel::everyDataPointIsARowEvenWhenMissing()
{
    m_document->newProject();
    QVERIFY(m_document->project().dataPoints.isEmpty());
    QCOMPARE(m_model->rowCount(), int(DataPoints::all().size()));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex direction = cell(*m_model, row, Column::Direction);
        QCOMPARE(direction.data().toString(), directionDisplayName(Direction::Off));
        QCOMPARE(direction.data(Qt::EditRole).toString(), directionKey(Direction::Off));
        QCOMPARE(cell(*m_model, row, Column::DataPoint).data().toString(),
            DataPoints::displayName(DataPoints::all().at(row)));
        QCOMPARE(cell(*m_model, row, Column::Mappings).data().toString(), QStringLiteral("0"));
        QVERIFY(!cell(*m_model, row, Column::Status).data().toString().isEmpty());
    }
}

void TestDataPointsModel::demoProjectShowsItsSettings()
{
    openDemo();
    const int products = rowOf(DataPointKind::Products);
    QCOMPARE(cell(*m_model, products, Column::Direction).data().toString(), directionDisplayName(Direction::ErpToShop));
    QCOMPARE(cell(*m_model, products, Column::Mode).data().toString(), syncModeDisplayName(SyncMode::Batch));
    QCOMPARE(cell(*m_model, products, Column::Schedule).data().toString(),
        m_document->project().dataPoint(DataPointKind::Products)->schedule.toDisplayString());
    QCOMPARE(cell(*m_model, products, Column::KeyField).data().toString(), QStringLiteral("sku"));
    QCOMPARE(cell(*m_model, products, Column::Mappings).data().toString(), QStringLiteral("5"));
    const auto alignment =
        cell(*m_model, products, Column::Mappings).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    QVERIFY(alignment & Qt::AlignRight);
    // The demo follows every recommendation.
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->index(row, 0).data(DataPointsModel::WarningCountRole).toInt(), 0);
    // Live data points have no schedule to show.
    QCOMPARE(cell(*m_model, rowOf(DataPointKind::Orders), Column::Schedule).data().toString(), QStringLiteral("—"));
}

void TestDataPointsModel::editingDirectionGoesIntoTheDocument()
{
    openDemo();
    QVERIFY(!m_document->isModified());
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    const QModelIndex stock = cell(*m_model, rowOf(DataPointKind::Stock), Column::Direction);
    QVERIFY(m_model->flags(stock) & Qt::ItemIsEditable);
    QVERIFY(m_model->setData(stock, directionKey(Direction::Both)));
    QVERIFY(m_document->isModified());
    QCOMPARE(m_document->project().dataPoint(DataPointKind::Stock)->direction, Direction::Both);
    QCOMPARE(stock.data().toString(), directionDisplayName(Direction::Both));
    QVERIFY(changed.count() >= 1);
}

void TestDataPointsModel::departureShowsWarningWithIconAndText()
{
    openDemo();
    const int row = rowOf(DataPointKind::Stock);
    const QModelIndex status = cell(*m_model, row, Column::Status);
    const QString before = status.data().toString();
    QVERIFY(m_model->setData(cell(*m_model, row, Column::Direction), directionKey(Direction::Both)));

    const Diagnostics warnings = m_model->warningsFor(DataPointKind::Stock);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(status.data(DataPointsModel::WarningCountRole).toInt(), 1);
    // Never colour alone: the warning carries its words and an icon.
    QCOMPARE(status.data().toString(), warnings.constFirst().message);
    QVERIFY(status.data().toString() != before);
    QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(status.data(Qt::ToolTipRole).toString().contains(warnings.constFirst().hint));
    // The warning belongs to its own row only.
    QCOMPARE(m_model->index(rowOf(DataPointKind::Products), 0).data(DataPointsModel::WarningCountRole).toInt(), 0);

    // Back to the recommendation, the warning goes.
    QVERIFY(m_model->setData(cell(*m_model, row, Column::Direction), directionKey(Direction::ErpToShop)));
    QCOMPARE(status.data(DataPointsModel::WarningCountRole).toInt(), 0);
}

void TestDataPointsModel::switchingOnAMissingDataPointAddsIt()
{
    m_document->newProject();
    const int row = rowOf(DataPointKind::Orders);
    QVERIFY(m_model->setData(cell(*m_model, row, Column::Direction), directionKey(Direction::ShopToErp)));
    const DataPointConfig *orders = m_document->project().dataPoint(DataPointKind::Orders);
    QVERIFY(orders);
    QCOMPARE(orders->direction, Direction::ShopToErp);
    QCOMPARE(orders->keyField, DataPoints::defaultKeyField(DataPointKind::Orders));

    // Catalogue order is kept when more are added before it.
    QVERIFY(m_model->setData(
        cell(*m_model, rowOf(DataPointKind::Products), Column::Direction), directionKey(Direction::ErpToShop)));
    QCOMPARE(m_document->project().dataPoints.size(), 2);
    QCOMPARE(m_document->project().dataPoints.at(0).kind, DataPointKind::Products);
    QCOMPARE(m_document->project().dataPoints.at(1).kind, DataPointKind::Orders);
}

void TestDataPointsModel::modeIsOnlyEditableWhileTheDataPointFlows()
{
    m_document->newProject();
    const int row = rowOf(DataPointKind::Customers);
    const QModelIndex mode = cell(*m_model, row, Column::Mode);
    QVERIFY(!(m_model->flags(mode) & Qt::ItemIsEditable));
    QVERIFY(!m_model->setData(mode, syncModeKey(SyncMode::Live)));
    QVERIFY(!m_document->isModified());

    QVERIFY(m_model->setData(cell(*m_model, row, Column::Direction), directionKey(Direction::Both)));
    QVERIFY(m_model->flags(mode) & Qt::ItemIsEditable);
    QVERIFY(m_model->setData(mode, syncModeKey(SyncMode::Live)));
    QCOMPARE(m_document->project().dataPoint(DataPointKind::Customers)->mode, SyncMode::Live);
    QCOMPARE(mode.data().toString(), syncModeDisplayName(SyncMode::Live));
    // Columns other than direction and mode stay read-only.
    QVERIFY(!(m_model->flags(cell(*m_model, row, Column::KeyField)) & Qt::ItemIsEditable));
}

void TestDataPointsModel::unknownChoiceIsRejected()
{
    openDemo();
    const QModelIndex direction = cell(*m_model, 0, Column::Direction);
    QVERIFY(!m_model->setData(direction, QStringLiteral("sideways")));
    QVERIFY(!m_document->isModified());
}

void TestDataPointsModel::choicesMatchTheCatalogue()
{
    openDemo();
    const QModelIndex direction = cell(*m_model, 0, Column::Direction);
    QCOMPARE(direction.data(DataPointsModel::ChoiceKeysRole).toStringList(), directionKeys());
    QCOMPARE(direction.data(DataPointsModel::ChoiceLabelsRole).toStringList().size(), directionKeys().size());
    const QModelIndex mode = cell(*m_model, 0, Column::Mode);
    QCOMPARE(mode.data(DataPointsModel::ChoiceKeysRole).toStringList(), syncModeKeys());
    QVERIFY(!cell(*m_model, 0, Column::KeyField).data(DataPointsModel::ChoiceKeysRole).isValid());
    for (int column = 0; column < DataPointsModel::column(Column::Count); ++column)
        QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TestDataPointsModel::replacingTheProjectResetsTheModel()
{
    openDemo();
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_document->close();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    m_document->newProject();
    QCOMPARE(reset.count(), 2);
    QCOMPARE(m_model->rowCount(), int(DataPoints::all().size()));
}

QTEST_MAIN(TestDataPointsModel)
#include "tst_datapointsmodel.moc"

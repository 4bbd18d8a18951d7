#include "roirealisedview.h"

#include "project/projectdocument.h"
#include "roi/moneyformat.h"
#include "roi/roirealisedmodel.h"
#include "roi/roiworkspace.h"
#include "store/sqlitestore.h"
#include "widgets/icons.h"
#include "widgets/tables.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

namespace Linkwright {

RoiRealisedView::RoiRealisedView(RoiWorkspace &workspace, ProjectDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_document(document)
    , m_today(QDate::currentDate())
{
    m_model = new RoiRealisedModel(this);
    m_title = new QLabel(this);
    QFont font = m_title->font();
    font.setWeight(QFont::DemiBold);
    m_title->setFont(font);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("roiRealisedSummary"));
    m_summary->setWordWrap(true);
    m_reload = new QToolButton(this);
    m_reload->setIcon(Icons::themed(QStringLiteral("view-refresh"), QStyle::SP_BrowserReload));
    m_reload->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_reload, &QToolButton::clicked, this, &RoiRealisedView::reload);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("roiRealisedEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("roiRealisedTable"));
    m_table->setModel(m_model);
    Tables::applyHouseStyle(m_table);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(static_cast<int>(RoiRealisedModel::Column::Area), QHeaderView::Stretch);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_table);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_reload);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack);

    connect(&m_workspace, &RoiWorkspace::scenarioChanged, this, &RoiRealisedView::recalculate);
    connect(&m_document, &ProjectDocument::projectReplaced, this, &RoiRealisedView::reload);
    connect(&m_document, &ProjectDocument::fileNameChanged, this, &RoiRealisedView::reload);
    retranslate();
    reload();
}

QString RoiRealisedView::summary() const
{
    return showsTable() ? m_summary->text() : m_empty->text();
}

bool RoiRealisedView::showsTable() const
{
    return m_stack->currentWidget() == m_table;
}

void RoiRealisedView::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

void RoiRealisedView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RoiRealisedView::retranslate()
{
    m_title->setText(tr("Realised last month"));
    m_reload->setText(tr("Read Run History Again"));
    m_reload->setToolTip(tr("Counts again the records the project's runs wrote last month."));
    recalculate();
}

namespace {

/// What the worker read: the records written per data point, or why it could not read them.
struct RunHistory {
    std::optional<QHash<DataPointKind, qint64>> written;
    QString problem;
};

RunHistory readRunHistory(const QString &path, const QDate &from, const QDate &to)
{
    RunHistory history;
    auto store = SqliteStore::open(path);
    if (!store) {
        history.problem = store.error().toString();
        return history;
    }
    // Every data point, so that choosing another one for an area needs no new read.
    auto written = RealisedRoiCalculator::written(**store, DataPoints::all(), from, to);
    if (!written)
        history.problem = written.error().toString();
    else
        history.written = *written;
    return history;
}

} // namespace

void RoiRealisedView::reload()
{
    m_written.reset();
    m_readProblem.clear();
    const quint64 generation = ++m_generation;
    const QString path = m_document.hasProject() ? m_document.stateDatabasePath() : QString();
    // Only an existing history is read: opening would create an empty database for a project
    // that never ran.
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        m_reading = false;
        recalculate();
        Q_EMIT historyRead();
        return;
    }
    // On a thread of its own, with a connection of its own: opening may migrate an older
    // database and a running sync may hold it for seconds, and the window must not wait.
    m_reading = true;
    recalculate();
    const auto [from, to] = RealisedRoiCalculator::lastMonth(m_today);
    QThread *reader = QThread::create([this, path, from = from, to = to, generation] {
        RunHistory history = readRunHistory(path, from, to);
        // Queued to the view; dropped with it if the view is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, history = std::move(history), generation] {
                if (generation != m_generation)
                    return; // a newer read is on its way
                m_reading = false;
                m_written = history.written;
                m_readProblem = history.problem;
                recalculate();
                Q_EMIT historyRead();
            },
            Qt::QueuedConnection);
    });
    connect(reader, &QThread::finished, reader, &QObject::deleteLater);
    reader->start();
}

void RoiRealisedView::recalculate()
{
    const auto showEmpty = [this](const QString &text) {
        m_model->setRealised(std::nullopt);
        m_summary->hide();
        m_empty->setText(text);
        m_stack->setCurrentWidget(m_empty);
        m_reload->setEnabled(m_document.hasProject() && !m_document.fileName().isEmpty());
    };
    if (!m_document.hasProject()) {
        showEmpty(tr("Open a project to see what its integration saved: the records its runs wrote last month, "
                     "priced with the figures above."));
        return;
    }
    if (!m_readProblem.isEmpty()) {
        showEmpty(tr("The run history could not be read: %1").arg(m_readProblem));
        return;
    }
    if (m_reading) {
        showEmpty(tr("Reading the run history…"));
        return;
    }
    if (!m_written) {
        showEmpty(tr("No runs yet. Once this project's runs write records, this section shows what they saved "
                     "last month, priced with the figures above."));
        return;
    }
    const auto inputs = RoiChecker::check(m_workspace.scenario());
    if (!inputs) {
        showEmpty(tr("The figures above need fixing before the realised saving can be priced."));
        return;
    }
    const auto [from, to] = RealisedRoiCalculator::lastMonth(m_today);
    const auto realised = RealisedRoiCalculator::calculate(*inputs, *m_written, from, to);
    if (!realised) {
        showEmpty(realised.error().toString());
        return;
    }
    if (!realised->measuresAnything()) {
        showEmpty(tr("No area is measured yet: choose in the areas table's \"Measured by\" column which data "
                     "point's records stand for each area's events."));
        return;
    }
    m_model->setRealised(*realised);
    const QLocale locale = this->locale();
    const QString period =
        tr("%1 to %2").arg(locale.toString(from, QLocale::ShortFormat), locale.toString(to, QLocale::ShortFormat));
    const QString saved = MoneyFormat::currency(realised->saving, realised->currency, locale);
    m_summary->setText(realised->events == 1
            ? tr("%1: %2 saved, from 1 record written.").arg(period, saved)
            : tr("%1: %2 saved, from %3 records written.").arg(period, saved, locale.toString(realised->events)));
    m_summary->show();
    m_stack->setCurrentWidget(m_table);
    m_reload->setEnabled(true);
}

} // namespace Linkwright

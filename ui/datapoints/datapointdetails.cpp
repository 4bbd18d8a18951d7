#include "datapointdetails.h"

#include "datapoints/datapointsmodel.h"
#include "project/projectdocument.h"
#include "widgets/statuslabel.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Linkwright {

DataPointDetails::DataPointDetails(const DataPointsModel &model, const ProjectDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_document(document)
{
    setObjectName(QStringLiteral("dataPointDetails"));
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_recommendation = new QLabel(this);
    m_recommendation->setWordWrap(true);
    m_facts = new QLabel(this);
    m_facts->setWordWrap(true);
    m_facts->setForegroundRole(QPalette::PlaceholderText);
    m_warnings = new QWidget(this);
    m_warningsLayout = new QVBoxLayout(m_warnings);
    m_warningsLayout->setContentsMargins(0, 4, 0, 0);
    m_warningsLayout->setSpacing(6);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 16);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_recommendation);
    layout->addWidget(m_warnings);
    layout->addWidget(m_facts);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    // A panel under the table, set apart from it like a status area.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);

    connect(&m_document, &ProjectDocument::projectEdited, this, &DataPointDetails::refresh);
    refresh();
}

void DataPointDetails::showDataPoint(std::optional<DataPointKind> kind)
{
    m_kind = kind;
    refresh();
}

void DataPointDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void DataPointDetails::refresh()
{
    while (QLayoutItem *item = m_warningsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_kind || !m_document.hasProject()) {
        m_title->setText(tr("Select a data point to see its recommendation."));
        m_recommendation->clear();
        m_facts->clear();
        m_recommendation->hide();
        m_facts->hide();
        return;
    }
    const DataPointKind kind = *m_kind;
    const DataPointConfig *config = m_document.project().dataPoint(kind);
    const Direction direction = config ? config->direction : Direction::Off;

    m_title->setText(DataPoints::displayName(kind));
    m_recommendation->setText(
        tr("Recommended direction: %1, because %2.")
            .arg(directionDisplayName(DataPoints::recommendedDirection(kind)), DataPoints::recommendationReason(kind)));
    m_recommendation->show();

    const Diagnostics warnings = m_model.warningsFor(kind);
    for (const Diagnostic &warning : warnings) {
        auto *label = new StatusLabel(m_warnings);
        label->setStatus(StatusLabel::Status::Warning,
            warning.hint.isEmpty() ? warning.message : warning.message + u'\n' + warning.hint);
        m_warningsLayout->addWidget(label);
    }
    if (warnings.isEmpty() && direction != Direction::Off) {
        auto *label = new StatusLabel(m_warnings);
        label->setStatus(StatusLabel::Status::Ok, tr("This data point follows the recommendation."));
        m_warningsLayout->addWidget(label);
    }

    QStringList facts;
    facts.append(
        tr("Key field: %1")
            .arg(config && !config->keyField.isEmpty() ? config->keyField : DataPoints::defaultKeyField(kind)));
    if (config && direction == Direction::Both)
        facts.append(tr("Conflicts: %1").arg(conflictPolicyDisplayName(config->conflictDefault)));
    if (config && direction != Direction::Off)
        // Two-way runs delete nothing, whatever the file says (a warning above says so).
        facts.append(config->deletes && direction != Direction::Both ? tr("Deletions are carried over")
                                                                     : tr("Deletions are not carried over"));
    if (!config)
        facts.append(tr("Not in the project yet: choose a direction to add it."));
    m_facts->setText(facts.join(QStringLiteral("  ·  ")));
    m_facts->show();
}

} // namespace Linkwright

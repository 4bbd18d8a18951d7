#include "jobstatuswidget.h"

#include "widgets/icons.h"
#include "widgets/job.h"
#include "widgets/jobtracker.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace Linkwright {

JobStatusWidget::JobStatusWidget(JobTracker &jobs, QWidget *parent)
    : QWidget(parent)
    , m_jobs(jobs)
{
    setObjectName(QStringLiteral("jobStatus"));
    m_label = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setFixedWidth(140);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelJob"));
    m_cancel->setAutoRaise(true);
    m_cancel->setIcon(Icons::themed(QStringLiteral("process-stop"), QStyle::SP_BrowserStop));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);

    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(&m_jobs, &JobTracker::jobsChanged, this, &JobStatusWidget::track);
    track();
}

void JobStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void JobStatusWidget::track()
{
    Job *newest = m_jobs.jobs().isEmpty() ? nullptr : m_jobs.jobs().constLast();
    if (newest != m_job) {
        if (m_job)
            disconnect(m_job, nullptr, this, nullptr);
        m_job = newest;
        if (m_job)
            connect(m_job, &Job::changed, this, &JobStatusWidget::refresh);
    }
    refresh();
}

void JobStatusWidget::refresh()
{
    if (!m_job) {
        hide();
        return;
    }
    const qsizetype others = m_jobs.jobs().size() - 1;
    QString text = m_job->title();
    if (others > 0)
        text += QLatin1Char(' ') + tr("(+%n more)", nullptr, static_cast<int>(others));
    if (m_job->isCancelRequested())
        text += QLatin1Char(' ') + tr("— cancelling…");
    m_label->setText(text);
    if (m_job->progress() < 0) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 100);
        m_progress->setValue(m_job->progress());
    }
    m_cancel->setEnabled(!m_job->isCancelRequested());
    m_cancel->setToolTip(tr("Cancel \"%1\"").arg(m_job->title()));
    show();
}

} // namespace Linkwright

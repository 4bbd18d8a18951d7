#pragma once

#include "widgets/job.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Linkwright {

class JobTracker;

/// The status bar's view of running jobs: the newest job's title, its progress and a cancel
/// button; hidden while nothing runs.
class JobStatusWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit JobStatusWidget(JobTracker &jobs, QWidget *parent = nullptr);

    /// The job the widget shows, or null while nothing runs.
    [[nodiscard]] Job *shownJob() const { return m_job; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void track();
    void refresh();

    JobTracker &m_jobs;
    QPointer<Job> m_job;
    QLabel *m_label = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
};

} // namespace Linkwright

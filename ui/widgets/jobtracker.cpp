#include "jobtracker.h"

#include "widgets/job.h"

namespace Linkwright {

JobTracker::JobTracker(QObject *parent)
    : QObject(parent)
{
}

Job *JobTracker::start(const QString &title)
{
    auto *job = new Job(title, this);
    m_jobs.append(job);
    connect(job, &Job::finished, this, [this, job] {
        m_jobs.removeOne(job);
        // Later, because the finishing code may still be inside one of the job's signals.
        job->deleteLater();
        Q_EMIT jobsChanged();
    });
    Q_EMIT jobsChanged();
    return job;
}

} // namespace Linkwright

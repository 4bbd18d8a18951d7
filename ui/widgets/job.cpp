#include "job.h"

#include <algorithm>

namespace Linkwright {

Job::Job(QString title, QObject *parent)
    : QObject(parent)
    , m_title(std::move(title))
{
}

void Job::setTitle(const QString &title)
{
    if (m_title == title)
        return;
    m_title = title;
    Q_EMIT changed();
}

void Job::setProgress(int percent)
{
    const int clamped = percent < 0 ? -1 : std::min(percent, 100);
    if (m_progress == clamped)
        return;
    m_progress = clamped;
    Q_EMIT changed();
}

void Job::cancel()
{
    if (m_cancelRequested || m_finished)
        return;
    m_cancelRequested = true;
    Q_EMIT changed();
    Q_EMIT cancelRequested();
}

void Job::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace Linkwright

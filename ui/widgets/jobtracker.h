#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace Linkwright {

class Job;

/// The jobs running now, oldest first. A job leaves the list when it finishes and is deleted
/// soon after, so holders keep it in a QPointer.
class JobTracker final : public QObject
{
    Q_OBJECT

public:
    explicit JobTracker(QObject *parent = nullptr);

    Job *start(const QString &title);
    [[nodiscard]] const QList<Job *> &jobs() const { return m_jobs; }

Q_SIGNALS:
    void jobsChanged();

private:
    QList<Job *> m_jobs;
};

} // namespace Linkwright

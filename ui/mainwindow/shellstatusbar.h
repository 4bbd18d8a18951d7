#pragma once

#include <QStatusBar>

class QLabel;

namespace Linkwright {

class JobStatusWidget;
class JobTracker;
class ProjectDocument;

/// The window's status bar: the project, where its sync state is stored, and running jobs.
class ShellStatusBar final : public QStatusBar
{
    Q_OBJECT

public:
    ShellStatusBar(ProjectDocument &document, JobTracker &jobs, QWidget *parent = nullptr);

    [[nodiscard]] QString projectText() const;
    [[nodiscard]] QString storeText() const;
    [[nodiscard]] JobStatusWidget *jobStatus() const { return m_jobs; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    ProjectDocument &m_document;
    QLabel *m_projectIcon = nullptr;
    QLabel *m_project = nullptr;
    QLabel *m_storeIcon = nullptr;
    QLabel *m_store = nullptr;
    QString m_storeFull;
    JobStatusWidget *m_jobs = nullptr;
};

} // namespace Linkwright

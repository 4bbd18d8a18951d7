#pragma once

#include <QObject>
#include <QString>

namespace Linkwright {

/// A piece of long-running work the window shows in the status bar. The code doing the work
/// owns the meaning of cancel: it listens to cancelRequested, stops, and calls finish().
class Job final : public QObject
{
    Q_OBJECT

public:
    explicit Job(QString title, QObject *parent = nullptr);

    [[nodiscard]] QString title() const { return m_title; }
    void setTitle(const QString &title);

    /// 0..100, or -1 while the amount of work is unknown (the indicator then runs busy).
    [[nodiscard]] int progress() const { return m_progress; }
    void setProgress(int percent);

    [[nodiscard]] bool isCancelRequested() const { return m_cancelRequested; }
    [[nodiscard]] bool isFinished() const { return m_finished; }

    void cancel();
    void finish();

Q_SIGNALS:
    void changed();
    void cancelRequested();
    void finished();

private:
    QString m_title;
    int m_progress = -1;
    bool m_cancelRequested = false;
    bool m_finished = false;
};

} // namespace Linkwright

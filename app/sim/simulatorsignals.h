#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QSocketNotifier;
QT_END_NAMESPACE

namespace Linkwright {

/// Turns SIGTERM and SIGINT into a Qt signal, so that stopping linkwright-sim (Ctrl+C, kill, a
/// test's QProcess::terminate) goes through the event loop and the data folder gets its last
/// save instead of the process dying mid-write.
///
/// A signal handler may do almost nothing, so it only writes the signal number into a socket
/// pair; a QSocketNotifier on the other end wakes the event loop. The handler reaches the pair
/// through a file-static descriptor because a POSIX handler has no other way to find state; at
/// most one watcher may exist at a time.
class SimulatorSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SimulatorSignalWatcher(QObject *parent = nullptr);
    ~SimulatorSignalWatcher() override;

    /// False when the socket pair or the handlers could not be set up; stopping then still works,
    /// only without the last save.
    [[nodiscard]] bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void stopRequested(int signalNumber);

private:
    void readSignal();

    int m_fds[2] = {-1, -1};
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Linkwright

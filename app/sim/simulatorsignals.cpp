#include "simulatorsignals.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Linkwright {

namespace {

// The write end of the watcher's socket pair; see the class comment for why this is file-static.
volatile sig_atomic_t g_writeFd = -1;

void onSignal(int signalNumber)
{
    const int fd = g_writeFd;
    if (fd < 0)
        return;
    const char byte = static_cast<char>(signalNumber);
    // Nothing to do if it fails: the pipe is full only when a stop is already pending.
    [[maybe_unused]] const ssize_t written = ::write(fd, &byte, 1);
}

void install(int signalNumber, void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(signalNumber, &action, nullptr);
}

} // namespace

SimulatorSignalWatcher::SimulatorSignalWatcher(QObject *parent)
    : QObject(parent)
{
    if (g_writeFd >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, m_fds) != 0)
        return;
    g_writeFd = m_fds[0];
    m_notifier = new QSocketNotifier(m_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SimulatorSignalWatcher::readSignal);
    install(SIGTERM, onSignal);
    install(SIGINT, onSignal);
}

SimulatorSignalWatcher::~SimulatorSignalWatcher()
{
    if (!m_notifier)
        return;
    install(SIGTERM, SIG_DFL);
    install(SIGINT, SIG_DFL);
    g_writeFd = -1;
    delete m_notifier;
    ::close(m_fds[0]);
    ::close(m_fds[1]);
}

void SimulatorSignalWatcher::readSignal()
{
    char byte = 0;
    if (::read(m_fds[1], &byte, 1) == 1)
        Q_EMIT stopRequested(static_cast<unsigned char>(byte));
}

} // namespace Linkwright

#include "clicancel.h"

#include <csignal>

namespace Linkwright {

namespace {

std::atomic_bool g_cancelled{false};
static_assert(std::atomic_bool::is_always_lock_free, "the flag is set from a signal handler");

void install(int signalNumber, void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    // The handler restores the default itself, so the second Ctrl+C ends the process.
    action.sa_flags = SA_RESTART | SA_RESETHAND;
    ::sigaction(signalNumber, &action, nullptr);
}

void onSignal(int)
{
    g_cancelled.store(true, std::memory_order_relaxed);
}

} // namespace

CliCancel::CliCancel()
{
    g_cancelled.store(false, std::memory_order_relaxed);
    install(SIGINT, onSignal);
    install(SIGTERM, onSignal);
}

CliCancel::~CliCancel()
{
    install(SIGINT, SIG_DFL);
    install(SIGTERM, SIG_DFL);
}

const std::atomic_bool &CliCancel::flag()
{
    return g_cancelled;
}

} // namespace Linkwright

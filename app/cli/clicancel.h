#pragma once

#include <atomic>

namespace Linkwright {

/// Turns the first SIGINT or SIGTERM into a flag that the transport and the runner poll, so that
/// Ctrl+C (or a service manager's stop) ends a run cleanly: requests are abandoned, the run is
/// stored as cancelled and its watermark stays where it was. A second signal is not caught and
/// ends the process at once, for when someone really means it.
///
/// A signal handler can only touch lock-free atomics, so the flag is process-wide; at most one
/// CliCancel may exist at a time.
class CliCancel final
{
public:
    CliCancel();
    ~CliCancel();
    CliCancel(const CliCancel &) = delete;
    CliCancel &operator=(const CliCancel &) = delete;

    [[nodiscard]] static const std::atomic_bool &flag();
    [[nodiscard]] static bool requested() { return flag().load(std::memory_order_relaxed); }
};

} // namespace Linkwright

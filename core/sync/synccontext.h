#pragma once

#include "connectors/connector.h"
#include "project/project.h"
#include "store/store.h"
#include "sync/synctypes.h"

#include <atomic>

namespace Linkwright {

/// What every part of a run shares: the project, the store and a connector per side. Lives in
/// the run's thread; nothing in it is a singleton.
struct SyncContext {
    const Project &project;
    Store &store;
    Connector &erp;
    Connector &shop;
    const std::atomic_bool *cancel = nullptr;
    ProgressCallback progress;

    [[nodiscard]] Connector &connector(Side side) const { return side == Side::Erp ? erp : shop; }
    [[nodiscard]] bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(const SyncProgress &state) const
    {
        if (progress)
            progress(state);
    }
};

/// The side a one-way direction reads from and the side it writes to.
[[nodiscard]] inline Side sourceSide(Direction direction)
{
    return direction == Direction::ShopToErp ? Side::Shop : Side::Erp;
}
[[nodiscard]] inline Side targetSide(Direction direction)
{
    return direction == Direction::ShopToErp ? Side::Erp : Side::Shop;
}

} // namespace Linkwright

#pragma once

#include "connectors/connector.h"
#include "domain/error.h"
#include "sync/synccontext.h"

#include <functional>

namespace Linkwright {

/// Reads every page of a data point from one side, for a look at it rather than a run: the
/// pre-flight, and the check of a two-way plan's records before it is applied. The next pages
/// travel while one is read, and paging that goes round (a cursor leading back, a server that
/// ignores the page asked for) is an error instead of a read that never ends (see PagesAhead).
/// A run pages with loops of its own, which log a page that fails and keep what they read.
struct PageReader {
    using TakeRecord = std::function<void(const Value &)>;
    using TakeUnreadable = std::function<void(const UnreadableRecord &)>;

    /// From request on (its page size and modifiedSince); whenCancelled is the message of the
    /// error a cancel gives. With fetched, the records read are counted there and reported as
    /// the progress of a fetch.
    [[nodiscard]] static Result<void> readAll(Connector &connector, DataPointKind kind, PageRequest request,
        const SyncContext &context, const TakeRecord &take, const TakeUnreadable &refuse, const QString &whenCancelled,
        qint64 *fetched = nullptr);
};

} // namespace Linkwright

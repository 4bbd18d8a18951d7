#include "pagereader.h"

#include "secrets/redactor.h"
#include "sync/pagesahead.h"

namespace Linkwright {

Result<void> PageReader::readAll(Connector &connector, DataPointKind kind, PageRequest request,
    const SyncContext &context, const TakeRecord &take, const TakeUnreadable &refuse, const QString &whenCancelled,
    qint64 *fetched)
{
    PagesAhead ahead(connector, kind);
    std::optional<qint64> total;
    auto pending = connector.startFetch(kind, request);
    bool onItsWay = true; // pending is a page not yet collected
    while (!context.cancelled()) {
        if (!pending)
            return std::unexpected(pending.error().error);
        auto page = connector.finishFetch(*pending);
        onItsWay = false;
        if (!page)
            return std::unexpected(page.error().error);
        if (page->total)
            total = page->total;
        if (!page->nextCursor.isEmpty() && !context.cancelled()) {
            request.cursor = page->nextCursor;
            pending = ahead.take(request, total, &*page);
            onItsWay = true;
        }
        for (const Value &record : std::as_const(page->records))
            take(record);
        for (const UnreadableRecord &record : std::as_const(page->unreadable))
            refuse(record);
        if (fetched) {
            *fetched += page->records.size() + page->unreadable.size();
            SyncProgress progress;
            progress.dataPoint = kind;
            progress.phase = SyncPhase::Fetching;
            progress.fetched = *fetched;
            progress.total = total;
            context.report(progress);
        }
        if (page->nextCursor.isEmpty())
            return {};
    }
    if (onItsWay && pending)
        connector.discardFetch(*pending);
    return fail(ErrorCode::Cancelled, connector.redactor().redactUrl(connector.resourceUrl(kind)), whenCancelled);
}

} // namespace Linkwright

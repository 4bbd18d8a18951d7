#include "pagesahead.h"

#include <algorithm>

namespace Linkwright {

PagesAhead::PagesAhead(Connector &source, DataPointKind kind)
    : m_source(source)
    , m_kind(kind)
    // The project file refuses other values; a project built in code must neither stall nor flood.
    , m_pagesAtOnce(std::clamp(source.endpoint().pagination.pagesAtOnce, 1, Pagination::MaxPagesAtOnce))
    , m_guessing(m_pagesAtOnce > 1)
{
}

PagesAhead::~PagesAhead()
{
    drop();
}

ConnectorResult<Connector::PendingFetch> PagesAhead::take(const PageRequest &request, std::optional<qint64> total)
{
    ConnectorResult<Connector::PendingFetch> pending;
    if (!m_ahead.isEmpty() && m_ahead.constFirst().request.cursor == request.cursor) {
        pending = m_ahead.takeFirst();
    } else {
        if (!m_ahead.isEmpty())
            m_guessing = false;
        drop();
        pending = m_source.startFetch(m_kind, request);
    }
    PageRequest guess = m_ahead.isEmpty() ? request : m_ahead.constLast().request;
    while (m_guessing && pending && m_ahead.size() + 1 < m_pagesAtOnce) {
        const auto cursor = m_source.expectedNextCursor(m_kind, guess, total);
        if (!cursor)
            break;
        guess.cursor = *cursor;
        auto started = m_source.startFetch(m_kind, guess);
        if (!started)
            break; // asked for again, and its error stored, once its page is really next
        m_ahead.append(std::move(*started));
    }
    return pending;
}

void PagesAhead::drop()
{
    for (const Connector::PendingFetch &guessed : std::as_const(m_ahead))
        m_source.discardFetch(guessed);
    m_ahead.clear();
}

} // namespace Linkwright

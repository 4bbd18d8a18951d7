#include "pagesahead.h"

#include "domain/json.h"
#include "secrets/redactor.h"

#include <algorithm>

#include <xxhash.h>

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

ConnectorResult<Connector::PendingFetch> PagesAhead::take(
    const PageRequest &request, std::optional<qint64> total, const Page *pageBefore)
{
    const auto wentRound = [&](const QString &message) {
        drop();
        return permanentFailure(
            Error{ErrorCode::InvalidResponse, m_source.redactor().redactUrl(m_source.resourceUrl(m_kind)), message,
                tr("Check the endpoint's \"pagination\" in the project file (style and parameters) against the "
                   "server's documentation.")});
    };
    // A page that begins with the record the page before began with, as many records long, is
    // that page again: the records, not the envelope, which may carry a time or a request id.
    // Empty pages say nothing (a source that filters after paging may send several).
    if (pageBefore && !pageBefore->records.isEmpty()) {
        const Value &first = pageBefore->records.constFirst();
        const QByteArray text = first.utf8().isEmpty() ? Json::serialize(first) : first.utf8();
        const quint64 mark = XXH3_64bits_withSeed(
            text.constData(), static_cast<std::size_t>(text.size()), static_cast<quint64>(pageBefore->records.size()));
        if (m_firstBefore == mark) {
            return wentRound(tr("paging went round: two pages in a row came with the same records, so the server "
                                "seems to ignore the page asked for"));
        }
        m_firstBefore = mark;
    }
    if (m_taken.contains(request.cursor)) {
        return wentRound(tr("paging went round: the server led back to a page read before in this run (%1)")
                             .arg(m_source.redactor().redact(request.cursor)));
    }
    m_taken.insert(request.cursor);
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

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
    // A page that begins and ends with the records a page before it began and ended with, as
    // many records long, is that page again: the records, not the envelope, which may carry a
    // time or a request id, nor the link or cursor, which some servers make new for every answer
    // (a counter, a signature), so that pages 1, 2, 3, 1, ... never repeat a cursor.
    // Empty pages say nothing (a source that filters after paging may send several), unless
    // they never end.
    if (pageBefore && !pageBefore->records.isEmpty()) {
        m_emptyInARow = 0;
        const auto textOf = [](const Value &record) {
            return record.utf8().isEmpty() ? Json::serialize(record) : record.utf8();
        };
        const QByteArray first = textOf(pageBefore->records.constFirst());
        const QByteArray last = textOf(pageBefore->records.constLast());
        const quint64 mark = XXH3_64bits_withSeed(last.constData(), static_cast<std::size_t>(last.size()),
            XXH3_64bits_withSeed(first.constData(), static_cast<std::size_t>(first.size()),
                static_cast<quint64>(pageBefore->records.size())));
        if (m_markBefore == mark) {
            return wentRound(tr("paging went round: two pages in a row came with the same records, so the server "
                                "seems to ignore the page asked for"));
        }
        if (m_marks.contains(mark)) {
            return wentRound(tr("paging went round: a page came with the records of a page read before in this run, "
                                "under another link or cursor"));
        }
        m_markBefore = mark;
        m_marks.insert(mark);
    } else if (pageBefore && pageBefore->unreadable.isEmpty() && ++m_emptyInARow > MaxEmptyPagesInARow) {
        return wentRound(
            tr("paging went round: %1 empty pages in a row, each naming a next one").arg(MaxEmptyPagesInARow + 1));
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

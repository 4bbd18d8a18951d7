#pragma once

#include "connectors/connector.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

#include <optional>

namespace Linkwright {

/// The pages a run asks for while it works on one (the source endpoint's pagination.pagesAtOnce),
/// where the source's paging names the next cursor before the answer
/// (Connector::expectedNextCursor): with one page at a time the source idles while a page is
/// worked on, and the run then waits for the next.
/// They are asked for on a guess and taken only when the page before names the same cursor, so
/// a wrong guess costs requests (up to pagesAtOnce - 1, or pages past the end of a source that
/// gives no total), never a record. Once a source proved a guess wrong (it sends fewer records
/// than asked for), this object guesses no more, so that the source does not get every page
/// asked for twice. Pages asked for and not taken are discarded at the latest on destruction.
class PagesAhead final
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::PagesAhead)

public:
    PagesAhead(Connector &source, DataPointKind kind);
    ~PagesAhead();
    PagesAhead(const PagesAhead &) = delete;
    PagesAhead &operator=(const PagesAhead &) = delete;

    /// The fetch of request's page: the one asked for on a guess if it guessed right, else a new
    /// one; then asks for the pages after it, up to pagesAtOnce in all and none past total.
    /// pageBefore is the page that named request. An error instead when the paging goes round,
    /// which would otherwise fetch until the run is killed: request's cursor was taken before
    /// (a next link or cursor leading back), pageBefore repeats a page before it (the same first
    /// and last record, as many records: a server that ignores the page asked for, or one whose
    /// links change on every answer), or empty pages never end.
    [[nodiscard]] ConnectorResult<Connector::PendingFetch> take(
        const PageRequest &request, std::optional<qint64> total, const Page *pageBefore = nullptr);
    /// Discards the pages asked for on a guess (paging ended, or the run stops).
    void drop();

private:
    Connector &m_source;
    DataPointKind m_kind;
    int m_pagesAtOnce;
    bool m_guessing;
    QList<Connector::PendingFetch> m_ahead;
    /// Empty pages that each name a next one are no loop up to here (a source that filters a
    /// page after cutting it); past it, nothing suggests the paging will ever end.
    static constexpr int MaxEmptyPagesInARow = 1000;

    QSet<QString> m_taken; ///< cursors taken so far
    QSet<quint64> m_marks; ///< each page's first and last record and size, hashed
    std::optional<quint64> m_markBefore; ///< the last pageBefore's mark
    int m_emptyInARow = 0;
};

} // namespace Linkwright

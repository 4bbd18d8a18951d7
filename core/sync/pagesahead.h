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
    /// (a next link or cursor leading back), or pageBefore repeats the page before it (the same
    /// first record, as many records: a server that ignores the page asked for, no total).
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
    QSet<QString> m_taken; ///< cursors taken so far
    std::optional<quint64> m_firstBefore; ///< the last pageBefore's first record and size, hashed
};

} // namespace Linkwright

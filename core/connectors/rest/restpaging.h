#pragma once

#include "connectors/httptypes.h"
#include "connectors/page.h"
#include "domain/value.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <expected>
#include <optional>

namespace Linkwright {

class JsonReader;

/// The pagination styles of RestConnector: how a page is asked for, where its records are and
/// what comes next. Defaults per style, when the file names nothing:
///   page   ?page=N&pageSize=M (firstPage 1); ends at the total, else at an empty page or one
///          shorter than the largest before it (the first page never: a server may cap the size)
///   offset ?offset=N&limit=M; ends likewise
///   cursor ?limit=M, then ?cursor=C with C from next_cursor or nextCursor in the body; ends at
///          an empty page or without a cursor
///   link   ?pageSize=M, then the Link header's rel="next" (RFC 8288), resolved against the request
///   odata  Prefer: odata.maxpagesize=M, then @odata.nextLink; records in "value"
/// The watermark goes out as ?modifiedSince=ISO (odata: $filter=modifiedAt gt ISO). A next link
/// to another origin is refused, since the request carries credentials.
class RestPaging final
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::RestPaging)

public:
    explicit RestPaging(Pagination config = {});

    [[nodiscard]] const Pagination &config() const { return m_config; }

    /// The URL for request under resource (the resource's URL without paging parameters).
    [[nodiscard]] Result<QUrl> pageUrl(const QUrl &resource, const PageRequest &request) const;
    /// Headers the style adds to a page request (OData's Prefer).
    [[nodiscard]] HttpHeaders pageHeaders(const PageRequest &request) const;
    /// The records, total and next cursor from a parsed answer; an error when the records are
    /// not where they should be or the next link leaves the origin.
    [[nodiscard]] std::expected<Page, HttpProblem> readPage(
        const Value &body, const HttpResult &result, const PageRequest &request, const QUrl &resource) const;

    /// The cursor the answer to request will name next if the server fills the page, where it can
    /// be known before the answer (page and offset styles), so that the next pages can be asked
    /// for while this one travels; nullopt for the styles whose next page only the answer names,
    /// and when total says request's page is the last. A guess: compare it with the cursor the
    /// page then names, and ask again where they differ (a server that caps the page size).
    [[nodiscard]] std::optional<QString> expectedNextCursor(
        const PageRequest &request, std::optional<qint64> total) const;
    /// Whether request asks for the page after a short first page of a source without a total:
    /// a server that answers it 400, 404 or 416 ("no such page") has sent all it has.
    [[nodiscard]] bool mayBePastTheEnd(const PageRequest &request) const;

    /// For a page that does not parse as a whole: cuts it into its records without parsing them
    /// (JsonScan) and reads each on its own, so that one hostile record (text that is not UTF-8,
    /// nesting deeper than reader allows) costs that record, not the page and every record on it.
    /// The records reader refuses go to Page::unreadable; paging goes on as from the whole page.
    /// nullopt when the damage is outside the records (a body cut off, an envelope that does not
    /// parse): the page is then as unreadable as the reader said.
    [[nodiscard]] std::optional<Page> readDamagedPage(
        JsonReader &reader, const HttpResult &result, const PageRequest &request, const QUrl &resource) const;

    /// Where readPage looks for the records, in the order it looks: member names from the top,
    /// an empty path for a top-level list.
    [[nodiscard]] QList<QList<QByteArray>> recordPaths() const;

    /// A query parameter with every reserved character percent-encoded, '+' included: servers
    /// that decode forms read a bare '+' in "+01:00" as a space.
    static void addQueryItem(QUrl &url, const QString &name, const QString &value);
    /// The value at a dotted path ("meta.next"), or nullptr.
    [[nodiscard]] static const Value *at(const Value &root, const QString &path);

private:
    /// Why a page that came with a success status failed all the same, as it says itself
    /// ({"success": false, "error": "API key expired", "data": []}); empty when it did not. Read
    /// as an empty page, such an answer ended the paging, and every run reported success.
    [[nodiscard]] static QString failureSaidBy(const Value &body, qsizetype records);
    [[nodiscard]] QString sizeParam() const;
    [[nodiscard]] std::optional<qint64> totalOf(const Value &body, const HttpResult &result) const;
    [[nodiscard]] std::expected<QString, HttpProblem> nextLink(
        const Value &body, const HttpResult &result, const QUrl &resource) const;

    Pagination m_config;
};

} // namespace Linkwright

#include "restpaging.h"

#include "connectors/httpconnection.h"
#include "connectors/linkheader.h"
#include "connectors/rest/pageposition.h"
#include "domain/json.h"

#include <QCryptographicHash>

namespace Linkwright {

namespace {

QString orDefault(const QString &value, const char *fallback)
{
    return value.isEmpty() ? QString::fromLatin1(fallback) : value;
}

std::optional<qint64> wholeNumber(const Value *value)
{
    if (!value || (!value->isNumber() && !value->isString()))
        return std::nullopt;
    bool ok = false;
    const qint64 number = value->utf8().trimmed().toLongLong(&ok);
    if (!ok || number < 0)
        return std::nullopt;
    return number;
}

/// The first record the reader could read: a damaged page holds a null for each one it could
/// not (readDamagedPage), and all nulls look alike.
const Value *firstReadRecord(const QList<Value> &records)
{
    const auto found = std::ranges::find_if(records, [](const Value &record) { return !record.isNull(); });
    return found == records.cend() ? nullptr : &*found;
}

QString fingerprint(const Value &record)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(Json::serialize(record), QCryptographicHash::Sha1).toHex().left(12));
}

HttpProblem invalid(const QString &where, const QString &message, const QString &hint)
{
    return {Error{ErrorCode::InvalidResponse, where, message, hint}, FailureClass::Permanent};
}

} // namespace

RestPaging::RestPaging(Pagination config)
    : m_config(std::move(config))
{
}

void RestPaging::addQueryItem(QUrl &url, const QString &name, const QString &value)
{
    QString query = url.query(QUrl::FullyEncoded);
    if (!query.isEmpty())
        query += u'&';
    // '$' stays readable for OData's $filter; ':' is allowed in a query and keeps times readable.
    query += QString::fromLatin1(QUrl::toPercentEncoding(name, "$") + '=' + QUrl::toPercentEncoding(value, ":"));
    url.setQuery(query, QUrl::StrictMode);
}

const Value *RestPaging::at(const Value &root, const QString &path)
{
    const Value *current = &root;
    for (const QString &part : path.split(u'.', Qt::SkipEmptyParts)) {
        current = current->find(part.toUtf8());
        if (!current)
            return nullptr;
    }
    return current;
}

QString RestPaging::sizeParam() const
{
    switch (m_config.style) {
    case Pagination::Style::Offset:
    case Pagination::Style::Cursor:
        return orDefault(m_config.sizeParam, "limit");
    case Pagination::Style::Page:
    case Pagination::Style::Link:
    case Pagination::Style::OData:
        break;
    }
    return orDefault(m_config.sizeParam, "pageSize");
}

std::optional<QString> RestPaging::expectedNextCursor(const PageRequest &request, std::optional<qint64> total) const
{
    if (!Pagination::asksAhead(m_config.style))
        return std::nullopt;
    const int size = request.pageSize > 0 ? request.pageSize : 100;
    const bool paged = m_config.style == Pagination::Style::Page;
    const bool first = request.cursor.isEmpty();
    const auto position = first ? std::optional(PagePosition{paged ? m_config.firstPage : 0, 0, 0, {}})
                                : PagePosition::parse(request.cursor, paged);
    // After a short first page (its cursor carries a fingerprint) the next page is most likely
    // empty: one request to learn that, not the guesses behind it too.
    if (!position || !position->firstRecord.isEmpty())
        return std::nullopt;
    // A full page is what the pages before it held; the first is guessed to hold what was asked.
    const qint64 full = first || position->largest <= 0 ? size : position->largest;
    const PagePosition next{position->page + 1, position->seen + full, full, {}};
    if (total && next.seen >= *total)
        return std::nullopt;
    return next.cursor(paged, size);
}

Result<QUrl> RestPaging::pageUrl(const QUrl &resource, const PageRequest &request) const
{
    const int size = request.pageSize > 0 ? request.pageSize : 100;
    const QString where = resource.toString(QUrl::RemoveQuery);
    const QString badCursor = tr("the page cursor \"%1\" was not made by %2 pagination")
                                  .arg(request.cursor.left(80), paginationStyleKey(m_config.style));
    const QString restart = tr("Start again from the first page (a full run).");
    QUrl url = resource;
    const bool first = request.cursor.isEmpty();

    switch (m_config.style) {
    case Pagination::Style::Link:
    case Pagination::Style::OData:
        if (!first) {
            // The cursor is the server's own next link; it carries the filters already.
            const QUrl next(request.cursor, QUrl::StrictMode);
            if (!next.isValid() || HttpConnection::originKey(next) != HttpConnection::originKey(resource))
                return fail(ErrorCode::InvalidArgument, where, badCursor, restart);
            return next;
        }
        if (m_config.style == Pagination::Style::Link)
            addQueryItem(url, sizeParam(), QString::number(size));
        break;
    case Pagination::Style::Page:
    case Pagination::Style::Offset: {
        const bool paged = m_config.style == Pagination::Style::Page;
        PagePosition position{m_config.firstPage, 0, 0, {}};
        if (!first) {
            const auto parsed = PagePosition::parse(request.cursor, paged);
            if (!parsed)
                return fail(ErrorCode::InvalidArgument, where, badCursor, restart);
            position = *parsed;
        }
        if (paged)
            addQueryItem(url, orDefault(m_config.pageParam, "page"), QString::number(position.page));
        else
            addQueryItem(url, orDefault(m_config.offsetParam, "offset"), QString::number(position.seen));
        addQueryItem(url, sizeParam(), QString::number(size));
        break;
    }
    case Pagination::Style::Cursor:
        if (!first)
            addQueryItem(url, orDefault(m_config.cursorParam, "cursor"), request.cursor);
        addQueryItem(url, sizeParam(), QString::number(size));
        break;
    }
    if (!request.modifiedSince.isEmpty()) {
        if (m_config.style == Pagination::Style::OData) {
            const QString field = orDefault(m_config.modifiedSinceParam, "modifiedAt");
            // "ge", as modifiedSince filters are: with "gt" a record stamped as the watermark but
            // committed after the read that set it was never read. The record at the mark comes
            // back each time and is found unchanged.
            addQueryItem(url, QStringLiteral("$filter"), field + QStringLiteral(" ge ") + request.modifiedSince);
        } else {
            addQueryItem(url, orDefault(m_config.modifiedSinceParam, "modifiedSince"), request.modifiedSince);
        }
    }
    return url;
}

HttpHeaders RestPaging::pageHeaders(const PageRequest &request) const
{
    if (m_config.style != Pagination::Style::OData)
        return {};
    const int size = request.pageSize > 0 ? request.pageSize : 100;
    return {{"Prefer", "odata.maxpagesize=" + QByteArray::number(size)}};
}

std::optional<qint64> RestPaging::totalOf(const Value &body, const HttpResult &result) const
{
    const QByteArray header = result.header(orDefault(m_config.totalHeader, "X-Total-Count").toLatin1()).trimmed();
    bool ok = false;
    if (const qint64 total = header.toLongLong(&ok); ok && total >= 0)
        return total;
    if (!m_config.totalPath.isEmpty())
        return wholeNumber(at(body, m_config.totalPath));
    for (const char *name : {"total", "@odata.count", "total_count", "totalCount"}) {
        if (auto total = wholeNumber(body.find(name)))
            return total;
    }
    return std::nullopt;
}

std::expected<QString, HttpProblem> RestPaging::nextLink(
    const Value &body, const HttpResult &result, const QUrl &resource) const
{
    std::optional<QUrl> next;
    QString written; // the next link as the server wrote it, for the message when it is no URL
    QString source;
    if (m_config.style == Pagination::Style::Link) {
        if (auto link = Http::findWebLink(headerValues(result.headers, "Link"), u"next", result.url)) {
            next = link->target;
            written = link->reference;
        }
        source = tr("the Link header's rel=\"next\"");
    } else {
        const Value *link = body.find("@odata.nextLink");
        source = QStringLiteral("@odata.nextLink");
        if (!link) {
            link = body.find("odata.nextLink");
            source = QStringLiteral("odata.nextLink");
        }
        // null or "" is how some servers say there is no next page.
        if (link && !link->isNull() && !(link->isString() && link->utf8().isEmpty())) {
            QUrl target;
            if (link->isString()) {
                written = link->text();
                target = QUrl::fromEncoded(link->utf8(), QUrl::TolerantMode);
            } else {
                written = QString::fromUtf8(Json::serialize(*link));
            }
            next = target.isValid() ? result.url.resolved(target) : QUrl();
        }
    }
    if (!next)
        return QString();
    // Taking a next page that cannot be asked for as the end would stop the run after this page
    // and report success, with every record after it missing.
    if (!next->isValid()) {
        return std::unexpected(
            invalid({}, tr("%1 names a next page that is not a usable URL: \"%2\"").arg(source, written.left(200)),
                tr("The server wrote a malformed link, so paging cannot go on; ask its operator to fix the link, or "
                   "choose another pagination style for the endpoint.")));
    }
    if (HttpConnection::originKey(*next) != HttpConnection::originKey(resource)) {
        return std::unexpected(HttpProblem{Error{ErrorCode::Redirect, {},
                                               tr("the next page is on another origin (%1); credentials are never "
                                                  "sent to another origin, so paging stopped there")
                                                   .arg(next->toString(QUrl::RemoveQuery | QUrl::RemovePath)),
                                               tr("If the server really serves its pages from there, set the "
                                                  "endpoint's base URL to that origin.")},
            FailureClass::Permanent});
    }
    // A link to the page itself is no end: taken as one, the run passed for complete without the
    // records behind it (and a full run deleted them). Asking for it again, PagesAhead finds it
    // was read before and fails the run.
    return next->toString(QUrl::FullyEncoded);
}

std::expected<Page, HttpProblem> RestPaging::readPage(
    const Value &body, const HttpResult &result, const PageRequest &request, const QUrl &resource) const
{
    const QString where = resource.toString(QUrl::RemoveQuery);
    // Null where the list is: an empty page as some encoders write it (Go's nil slice). Taken as
    // no list, it failed every run of a source with nothing to send, and kept its watermark.
    static const Value NoRecords = Value::array({});
    const Value *items = nullptr;
    if (!m_config.itemsPath.isEmpty()) {
        items = at(body, m_config.itemsPath);
        if (items && items->isNull())
            items = &NoRecords;
    } else if (body.isArray()) {
        items = &body;
    } else {
        bool null = false;
        for (const char *name : {"items", "value", "data"}) {
            const Value *candidate = body.find(name);
            null = null || (candidate && candidate->isNull());
            if (candidate && candidate->isArray()) {
                items = candidate;
                break;
            }
        }
        if (!items && null)
            items = &NoRecords;
    }
    const bool listed = items && items->isArray();
    if (const QString failure = failureSaidBy(body, listed ? items->items().size() : 0); !failure.isEmpty()) {
        return std::unexpected(invalid(where,
            tr("the server answered %1 but says the request failed: %2").arg(result.status).arg(failure.left(300)),
            tr("Check the endpoint's credentials and settings with what the server says; the records were not read, "
               "so nothing was written and the watermark stayed.")));
    }
    if (!listed && !m_config.itemsPath.isEmpty()) {
        return std::unexpected(invalid(where, tr("the answer has no list of records at \"%1\"").arg(m_config.itemsPath),
            tr("Set the endpoint's pagination.itemsPath to where the records are.")));
    }
    if (!listed) {
        return std::unexpected(invalid(where,
            tr("the answer has no list of records (looked for \"items\", \"value\", \"data\" and a top-level "
               "array)"),
            tr("Set the endpoint's pagination.itemsPath to where the records are.")));
    }

    Page page;
    page.records = items->items();
    page.total = totalOf(body, result);
    const qint64 count = page.records.size();
    const int size = request.pageSize > 0 ? request.pageSize : 100;

    switch (m_config.style) {
    case Pagination::Style::Page:
    case Pagination::Style::Offset: {
        const bool paged = m_config.style == Pagination::Style::Page;
        const bool first = request.cursor.isEmpty();
        const PagePosition position = first ? PagePosition{m_config.firstPage, 0, 0, {}}
                                            : PagePosition::parse(request.cursor, paged).value_or(PagePosition{});
        const Value *firstRead = firstReadRecord(page.records);
        if (firstRead && !position.firstRecord.isEmpty() && fingerprint(*firstRead) == position.firstRecord) {
            // The first page again: the server ignores the paging parameters and sent all it has.
            page.records.clear();
            break;
        }
        const qint64 seen = position.seen + count;
        const qint64 largest = position.largest > 0 ? position.largest : size;
        // A total below the records already sent is stale: ended by it, the run passed for
        // complete without the records behind it. The pages then end as they do without one.
        const qint64 total = page.total && seen <= *page.total ? *page.total : -1; // -1: none to go by
        // Without a total, a page shorter than those before it is the last. The first page only
        // tells the server's real page size, which may be below what was asked for: many cap it.
        const bool last = count == 0 || (total >= 0 ? seen >= total : !first && count < largest);
        // Pages that end exactly one page short of the total the server gave, read from page 1:
        // a server that counts its pages from 0, so that its first page was never asked for.
        // Other shortfalls pass: some servers count records in their total that the list hides
        // (drafts, other variants), and a total read from a watermark may count every record.
        if (count == 0 && page.total && paged && m_config.firstPage == 1 && request.modifiedSince.isEmpty()
            && *page.total - seen == largest) {
            return std::unexpected(invalid(where,
                tr("the pages ended after %1 records, one page short of the %2 the server says it has")
                    .arg(seen)
                    .arg(*page.total),
                tr("Check the endpoint's pagination: does the server count pages from 0 (firstPage)? Run "
                   "in full again once the server's pages and its total agree.")));
        }
        if (last)
            break;
        PagePosition next{position.page + 1, seen, first ? count : std::max(largest, count), {}};
        // A short first page may be all there is, so the next one may not exist (see
        // mayBePastTheEnd), unless the server's total says there is more: then it must.
        if (first && count != size && firstRead && !(total >= 0 && seen < total))
            next.firstRecord = fingerprint(*firstRead);
        page.nextCursor = next.cursor(paged, size);
        break;
    }
    case Pagination::Style::Cursor: {
        const Value *next = nullptr;
        if (!m_config.cursorPath.isEmpty())
            next = at(body, m_config.cursorPath);
        for (const char *name : {"next_cursor", "nextCursor"}) {
            if (!next && m_config.cursorPath.isEmpty())
                next = body.find(name);
        }
        // An empty page ends the paging unless the server says there is more: some filter a
        // page after cutting it, so that it comes empty with more pages behind it.
        const Value *more = body.find("has_more");
        if (!more)
            more = body.find("hasMore");
        const bool saysMore = more && more->isBool() && more->toBool();
        if (next && (next->isString() || next->isNumber()) && !next->utf8().isEmpty() && (count > 0 || saysMore)) {
            // The page's own cursor again is no end either (see nextLink).
            page.nextCursor = next->text();
        }
        break;
    }
    case Pagination::Style::Link:
    case Pagination::Style::OData: {
        auto next = nextLink(body, result, resource);
        if (!next) {
            HttpProblem problem = next.error();
            problem.error.where = where;
            return std::unexpected(problem);
        }
        page.nextCursor = *next;
        break;
    }
    }
    return page;
}

bool RestPaging::mayBePastTheEnd(const PageRequest &request) const
{
    if (m_config.style != Pagination::Style::Page && m_config.style != Pagination::Style::Offset)
        return false;
    const auto position = PagePosition::parse(request.cursor, m_config.style == Pagination::Style::Page);
    return position && !position->firstRecord.isEmpty();
}

QList<QList<QByteArray>> RestPaging::recordPaths() const
{
    if (!m_config.itemsPath.isEmpty())
        return {m_config.itemsPath.toUtf8().split('.')};
    return {{}, {QByteArray("items")}, {QByteArray("value")}, {QByteArray("data")}};
}

} // namespace Linkwright

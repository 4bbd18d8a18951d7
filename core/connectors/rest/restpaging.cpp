#include "restpaging.h"

#include "connectors/httpconnection.h"
#include "connectors/linkheader.h"
#include "domain/json.h"
#include "domain/jsonscan.h"

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

/// "3:200": page 3 is next, 200 records came before it. Counting records rather than multiplying
/// page numbers keeps the end right when a server sends fewer per page than asked.
struct PagePosition {
    qint64 page = 0;
    qint64 seen = 0;
};

std::optional<PagePosition> parsePosition(const QString &cursor)
{
    const QStringList parts = cursor.split(u':');
    bool pageOk = false;
    bool seenOk = parts.size() == 2;
    PagePosition position;
    position.page = parts.value(0).toLongLong(&pageOk);
    if (seenOk)
        position.seen = parts.value(1).toLongLong(&seenOk);
    if (!pageOk || !seenOk || position.page < 0 || position.seen < 0)
        return std::nullopt;
    return position;
}

/// root with the value at path (through objects) replaced by value.
Value replacedAt(const Value &root, QList<QByteArray> path, const Value &value)
{
    if (path.isEmpty())
        return value;
    const QByteArray name = path.takeFirst();
    QList<Member> members = root.members();
    for (Member &member : members) {
        if (member.name == name)
            member.value = replacedAt(member.value, path, value);
    }
    return Value::object(std::move(members));
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
    const auto unlessLast = [&](qint64 seenAfter, QString cursor) -> std::optional<QString> {
        if (total && seenAfter >= *total)
            return std::nullopt;
        return cursor;
    };
    switch (m_config.style) {
    case Pagination::Style::Page: {
        const auto position = request.cursor.isEmpty() ? std::optional(PagePosition{m_config.firstPage, 0})
                                                       : parsePosition(request.cursor);
        if (!position)
            return std::nullopt;
        const qint64 seen = position->seen + size;
        return unlessLast(seen, QString::number(position->page + 1) + u':' + QString::number(seen));
    }
    case Pagination::Style::Offset: {
        bool ok = true;
        const qint64 offset = request.cursor.isEmpty() ? 0 : request.cursor.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        return unlessLast(offset + size, QString::number(offset + size));
    }
    case Pagination::Style::Cursor:
    case Pagination::Style::Link:
    case Pagination::Style::OData:
        break;
    }
    return std::nullopt;
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
    case Pagination::Style::Page: {
        PagePosition position{m_config.firstPage, 0};
        if (!first) {
            const auto parsed = parsePosition(request.cursor);
            if (!parsed)
                return fail(ErrorCode::InvalidArgument, where, badCursor, restart);
            position = *parsed;
        }
        addQueryItem(url, orDefault(m_config.pageParam, "page"), QString::number(position.page));
        addQueryItem(url, sizeParam(), QString::number(size));
        break;
    }
    case Pagination::Style::Offset: {
        bool ok = true;
        const qint64 offset = first ? 0 : request.cursor.toLongLong(&ok);
        if (!ok || offset < 0)
            return fail(ErrorCode::InvalidArgument, where, badCursor, restart);
        addQueryItem(url, orDefault(m_config.offsetParam, "offset"), QString::number(offset));
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
            addQueryItem(url, QStringLiteral("$filter"), field + QStringLiteral(" gt ") + request.modifiedSince);
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
    const Value &body, const HttpResult &result, const PageRequest &request, const QUrl &resource) const
{
    std::optional<QUrl> next;
    if (m_config.style == Pagination::Style::Link) {
        next = Http::findLink(headerValues(result.headers, "Link"), u"next", result.url);
    } else {
        const Value *link = body.find("@odata.nextLink");
        if (!link)
            link = body.find("odata.nextLink");
        if (link && link->isString() && !link->utf8().isEmpty())
            next = result.url.resolved(QUrl::fromEncoded(link->utf8()));
    }
    if (!next || !next->isValid())
        return QString();
    if (HttpConnection::originKey(*next) != HttpConnection::originKey(resource)) {
        return std::unexpected(HttpProblem{Error{ErrorCode::Redirect, {},
                                               tr("the next page is on another origin (%1); credentials are never "
                                                  "sent to another origin, so paging stopped there")
                                                   .arg(next->toString(QUrl::RemoveQuery | QUrl::RemovePath)),
                                               tr("If the server really serves its pages from there, set the "
                                                  "endpoint's base URL to that origin.")},
            FailureClass::Permanent});
    }
    const QString text = next->toString(QUrl::FullyEncoded);
    // A server that links a page to itself would otherwise be paged forever.
    return text == request.cursor ? QString() : text;
}

std::expected<Page, HttpProblem> RestPaging::readPage(
    const Value &body, const HttpResult &result, const PageRequest &request, const QUrl &resource) const
{
    const QString where = resource.toString(QUrl::RemoveQuery);
    const Value *items = nullptr;
    if (!m_config.itemsPath.isEmpty()) {
        items = at(body, m_config.itemsPath);
        if (!items || !items->isArray()) {
            return std::unexpected(
                invalid(where, tr("the answer has no list of records at \"%1\"").arg(m_config.itemsPath),
                    tr("Set the endpoint's pagination.itemsPath to where the records are.")));
        }
    } else if (body.isArray()) {
        items = &body;
    } else {
        for (const char *name : {"items", "value", "data"}) {
            const Value *candidate = body.find(name);
            if (candidate && candidate->isArray()) {
                items = candidate;
                break;
            }
        }
        if (!items) {
            return std::unexpected(invalid(where,
                tr("the answer has no list of records (looked for \"items\", \"value\", \"data\" and a top-level "
                   "array)"),
                tr("Set the endpoint's pagination.itemsPath to where the records are.")));
        }
    }

    Page page;
    page.records = items->items();
    page.total = totalOf(body, result);
    const qint64 count = page.records.size();
    const int size = request.pageSize > 0 ? request.pageSize : 100;
    // Without a total, a short page is the last: the convention of page and offset APIs.
    auto atEnd = [&](qint64 seenAfter) { return count == 0 || (page.total ? seenAfter >= *page.total : count < size); };

    switch (m_config.style) {
    case Pagination::Style::Page: {
        const PagePosition position = request.cursor.isEmpty() ? PagePosition{m_config.firstPage, 0}
                                                               : parsePosition(request.cursor).value_or(PagePosition{});
        const qint64 seen = position.seen + count;
        if (!atEnd(seen))
            page.nextCursor = QString::number(position.page + 1) + u':' + QString::number(seen);
        break;
    }
    case Pagination::Style::Offset: {
        const qint64 seen = (request.cursor.isEmpty() ? 0 : request.cursor.toLongLong()) + count;
        if (!atEnd(seen))
            page.nextCursor = QString::number(seen);
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
        if (next && (next->isString() || next->isNumber()) && !next->utf8().isEmpty() && count > 0) {
            const QString cursor = next->text();
            if (cursor != request.cursor)
                page.nextCursor = cursor;
        }
        break;
    }
    case Pagination::Style::Link:
    case Pagination::Style::OData: {
        auto next = nextLink(body, result, request, resource);
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

QList<QList<QByteArray>> RestPaging::recordPaths() const
{
    if (!m_config.itemsPath.isEmpty())
        return {m_config.itemsPath.toUtf8().split('.')};
    return {{}, {QByteArray("items")}, {QByteArray("value")}, {QByteArray("data")}};
}

std::optional<Page> RestPaging::readDamagedPage(
    JsonReader &reader, const HttpResult &result, const PageRequest &request, const QUrl &resource) const
{
    for (const QList<QByteArray> &path : recordPaths()) {
        const auto split = JsonScan::splitArray(result.body, path);
        if (!split)
            continue;
        auto envelope = reader.parse(split->envelope);
        if (!envelope)
            return std::nullopt;
        // Each refused record keeps its place as a null while paging counts the page's records.
        QList<Value> records;
        QList<qsizetype> holes;
        QList<UnreadableRecord> unreadable;
        records.reserve(split->items.size());
        for (const QByteArrayView item : split->items) {
            auto record = reader.parse(item);
            if (record) {
                records.append(std::move(*record));
                continue;
            }
            holes.append(records.size());
            records.append(Value());
            unreadable.append({item.toByteArray(), record.error().message});
        }
        if (unreadable.isEmpty())
            return std::nullopt; // every record reads: the damage is elsewhere
        auto page = readPage(replacedAt(*envelope, path, Value::array(std::move(records))), result, request, resource);
        if (!page)
            return std::nullopt;
        for (auto hole = holes.crbegin(); hole != holes.crend(); ++hole)
            page->records.removeAt(*hole);
        page->unreadable = std::move(unreadable);
        return std::move(*page);
    }
    return std::nullopt;
}

} // namespace Linkwright

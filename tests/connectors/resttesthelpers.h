#pragma once

// What the REST connector's tests share: an endpoint at a fake server, records to send, and
// reading every page.
#include "connectors/rest/restconnector.h"
#include "domain/json.h"

#include <QList>
#include <QString>

namespace Linkwright::Testing {

inline const QString Token = QStringLiteral("tok-3f9a1c77e2");

inline Endpoint endpointAt(const QUrl &base, Pagination::Style style = Pagination::Style::Page)
{
    Endpoint endpoint;
    endpoint.name = QStringLiteral("Test");
    endpoint.baseUrl = base;
    endpoint.timeoutSeconds = 5;
    endpoint.pagination.style = style;
    return endpoint;
}

inline QList<Value> records(int count, const char *prefix, const char *extra = "")
{
    QList<Value> out;
    for (int i = 0; i < count; ++i) {
        const QByteArray json = "{\"sku\":\"" + QByteArray(prefix) + QByteArray::number(i) + "\",\"name\":\"n"
            + QByteArray::number(i) + "\"" + QByteArray(extra) + "}";
        out.append(*Json::parse(json));
    }
    return out;
}

inline QStringList skus(const QList<Value> &items)
{
    QStringList out;
    for (const Value &item : items)
        out.append(item.find("sku") ? item.find("sku")->text() : item.find("id")->text());
    return out;
}

/// Every record of a resource, page after page.
inline ConnectorResult<QList<Value>> fetchAll(
    RestConnector &connector, DataPointKind kind, PageRequest request, int *pages = nullptr)
{
    QList<Value> all;
    int count = 0;
    do {
        auto page = connector.fetchPage(kind, request);
        if (!page)
            return std::unexpected(page.error());
        all.append(page->records);
        request.cursor = page->nextCursor;
        if (++count > 100)
            break;
    } while (!request.cursor.isEmpty());
    if (pages)
        *pages = count;
    return all;
}

} // namespace Linkwright::Testing

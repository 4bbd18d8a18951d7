#pragma once

// What the suites that change a source under a run's paging share: the products of a fake ERP,
// the offset pages it answers, and a fixture pointed at it.
#include "syncfixture.h"
#include "testservers.h"

#include <algorithm>
#include <optional>

namespace Linkwright::Testing {

/// Product "shift-<letter>" as the fake ERP lists it (the demo mappings upper-case the SKU).
inline QByteArray shiftProduct(char letter, int id, const char *name, const char *modified)
{
    return "{\"id\":" + QByteArray::number(id) + ",\"sku\":\"shift-" + QByteArray(1, letter) + "\",\"name\":\"" + name
        + "\",\"description\":\"\",\"category\":\"Tools\",\"unit\":\"PCS\",\"modifiedAt\":\"" + modified + "\"}";
}

/// Products a to f of an ERP that stamps them a second apart, and b edited after them all.
struct Shelf {
    QByteArray a = shiftProduct('a', 1, "A", "2026-11-01T10:00:00Z");
    QByteArray b = shiftProduct('b', 2, "B", "2026-11-01T10:00:01Z");
    QByteArray c = shiftProduct('c', 3, "C", "2026-11-01T10:00:02Z");
    QByteArray d = shiftProduct('d', 4, "D", "2026-11-01T10:00:03Z");
    QByteArray e = shiftProduct('e', 5, "E", "2026-11-01T10:00:04Z");
    QByteArray f = shiftProduct('f', 6, "F", "2026-11-01T10:00:05Z");
    QByteArray edited = shiftProduct('b', 2, "B edited", "2026-11-01T10:00:06Z");
};

/// The records of list an offset request asks for, with total as the answer's count.
inline FakeReply offsetPage(const QList<QByteArray> &list, const SeenRequest &request, int total)
{
    const int start = request.query.queryItemValue(QStringLiteral("offset")).toInt();
    const int size = request.query.queryItemValue(QStringLiteral("limit")).toInt();
    QByteArray items;
    for (int i = start; i < std::min<int>(static_cast<int>(list.size()), start + size); ++i)
        items += QByteArray(items.isEmpty() ? "" : ",") + list.at(i);
    return answer(200, "{\"items\":[" + items + "],\"total\":" + QByteArray::number(total) + "}");
}

/// An ERP paged by offset that lists before until its first page is out and after from then on:
/// a source that changes under a run's read. Set firstPageOut back for another run.
struct ShiftingErp {
    QList<QByteArray> before;
    QList<QByteArray> after;
    bool firstPageOut = false;
    FakeHttpServer server{[this](const SeenRequest &request) {
        const QList<QByteArray> &list = firstPageOut ? after : before;
        firstPageOut = true;
        return offsetPage(list, request, static_cast<int>(before.size()));
    }};
};

/// Points the fixture's ERP at erp, paged in style (pagesAtOnce pages asked for at once, where set).
inline void readFrom(SyncFixture &fixture, const FakeHttpServer &erp, Pagination::Style style,
    std::optional<int> pagesAtOnce = std::nullopt)
{
    fixture.project().erp.baseUrl = erp.url(QStringLiteral("/erp/"));
    fixture.project().erp.pagination.style = style;
    if (pagesAtOnce)
        fixture.project().erp.pagination.pagesAtOnce = *pagesAtOnce;
    fixture.rebuild();
}

} // namespace Linkwright::Testing

#pragma once

#include "domain/value.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Linkwright {

/// Which page to fetch.
struct PageRequest {
    QString cursor; ///< opaque, from Page::nextCursor; empty for the first page
    QString modifiedSince; ///< ISO 8601 watermark; empty fetches everything
    int pageSize = 100;
    /// The members of each record the caller reads; empty reads all. The records are then
    /// partial objects that keep their whole text (see JsonProjection).
    QList<QByteArray> fields = {};
};

/// A record of a page that its reader refused on its own (not UTF-8, nested too deep, ...).
struct UnreadableRecord {
    QByteArray raw; ///< the record's text as it stood in the page
    QString message; ///< what the reader said is wrong with it
};

struct Page {
    QList<Value> records;
    /// Records that could not be read, while the rest of the page could; see readDamagedPage.
    QList<UnreadableRecord> unreadable;
    QString nextCursor; ///< empty after the last page
    std::optional<qint64> total; ///< when the server says (X-Total-Count, "total", "@odata.count")
    QByteArray rawBody; ///< the page as it arrived
    int attempts = 0;
    /// The server's clock less this machine's when the page arrived, from its Date header (whole
    /// seconds, and sent before the page arrived, so at most that far ahead); none without one.
    std::optional<qint64> serverClockAheadMs;
};

} // namespace Linkwright

#pragma once

#include <QString>

#include <optional>

namespace Linkwright {

/// Where page and offset paging stand, as their cursors write it: "3:200" (page 3 is next, 200
/// records came before it) or "200" (offset). Counting records rather than multiplying page
/// numbers keeps the end right when a server sends fewer per page than asked.
/// Where the first page was not the size asked for, two parts follow. The largest page so far:
/// a server that caps the size sends its cap on every page but the last, so only a page shorter
/// than that ends paging. And, on the cursor after the first page only, a fingerprint of that
/// page's first record: a server that ignores the paging parameters sends it again.
struct PagePosition {
    qint64 page = 0; ///< page style only
    qint64 seen = 0;
    qint64 largest = 0; ///< 0: the size asked for
    QString firstRecord; ///< the first page's first record (fingerprint); empty: not needed

    /// The position a cursor of page (paged) or offset style names; nullopt for any other text.
    [[nodiscard]] static std::optional<PagePosition> parse(const QString &cursor, bool paged);
    /// The cursor for this position, with the largest page only where it is not size.
    [[nodiscard]] QString cursor(bool paged, int size) const;
};

} // namespace Linkwright

#pragma once

#include "project/jsonchecker.h"
#include "project/jsonwriter.h"
#include "project/project.h"

#include <QJsonObject>

namespace Linkwright {

/// An endpoint's "pagination" object in the project file:
///   {"style": "offset", "offsetParam": "skip", "sizeParam": "take", "itemsPath": "data.rows"}
/// Keys: style (page|offset|cursor|link|odata), pageParam, sizeParam, offsetParam, cursorParam,
/// cursorPath, itemsPath, totalHeader, totalPath, modifiedSinceParam, firstPage (0 or 1),
/// pagesAtOnce (1 to 8: pages a run asks for at once, page and offset styles). Absent
/// keys keep the style's defaults; an endpoint without the object pages by page number.
namespace PaginationFormat {

[[nodiscard]] Pagination read(JsonChecker &check, const QJsonObject &object, const QString &path);
/// Writes nothing for the default pagination, so files that do not use it stay as they were.
void write(JsonWriter &out, const Pagination &pagination);

} // namespace PaginationFormat

} // namespace Linkwright

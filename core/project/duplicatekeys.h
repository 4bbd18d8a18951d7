#pragma once

#include "project/projectfile.h"

#include <QByteArrayView>

namespace Linkwright {

/// Every key that appears more than once in one object of a project file, each an error at its
/// JSON path, at any depth. The file's reader (QJsonDocument) keeps only the last of them without
/// a word, and a merge of two versions of a file leaves exactly such pairs behind: a second
/// "baseUrl" pointing elsewhere, or a second data point that switches the first one off, would
/// silently win. Empty when json does not parse (the reader reports that).
[[nodiscard]] Diagnostics duplicateKeys(QByteArrayView json);

} // namespace Linkwright

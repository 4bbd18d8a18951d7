#pragma once

#include "project/projectfile.h"

#include <QByteArrayView>

namespace Linkwright {

/// The numbers of a project file that a double cannot hold (more than about 16 significant
/// digits), each an error at its JSON path. The file's reader (QJsonDocument) keeps numbers as
/// doubles, so 12345678901234567891 would become 12345678901234567000 without a word: a constant
/// id, a factor or an amount would silently be another. Empty when json does not parse (the
/// reader reports that).
[[nodiscard]] Diagnostics inexactNumbers(QByteArrayView json);

} // namespace Linkwright

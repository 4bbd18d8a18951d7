#pragma once

#include <QString>

namespace Linkwright {

/// text when it has at most width characters (UTF-16 units), else its start followed by "…",
/// width in all. Cut between whole characters as a reader sees them (grapheme clusters): a cut
/// through an emoji's surrogate pair printed U+FFFD, one through a ZWJ sequence half a family.
[[nodiscard]] QString cutText(const QString &text, qsizetype width);

} // namespace Linkwright

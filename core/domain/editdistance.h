#pragma once

#include <QStringView>

namespace Linkwright {

/// How many single-character edits turn a into b: inserting, deleting or replacing a character,
/// or swapping two neighbours (the commonest typo, "nmae" for "name", counts as one edit, not two).
/// Characters are compared as they are: fold both for a comparison without case.
[[nodiscard]] qsizetype editDistance(QStringView a, QStringView b);

} // namespace Linkwright

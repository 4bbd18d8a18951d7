#pragma once

#include <QStringView>

namespace Linkwright {

/// How many single-character edits turn a into b: inserting, deleting or replacing a character,
/// or swapping two neighbours (the commonest typo, "nmae" for "name", counts as one edit, not two).
/// Characters are compared as they are: fold both for a comparison without case.
[[nodiscard]] qsizetype editDistance(QStringView a, QStringView b);

/// Whether typed is name written with a slip of the kind that makes another word of nothing:
/// another case, a letter left out or doubled, or two neighbours swapped ("descripton",
/// "Description", "desciption"). Not a letter replaced: "weight" beside "height", "minQty"
/// beside "maxQty" are other fields. Names shorter than four letters are too short to tell.
[[nodiscard]] bool isLikelySlip(QStringView typed, QStringView name);

} // namespace Linkwright

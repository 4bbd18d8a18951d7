#include "error.h"

namespace Linkwright {

QString Error::toString() const
{
    QString text = where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    if (!hint.isEmpty())
        text += QStringLiteral("\n  hint: ") + hint;
    return text;
}

} // namespace Linkwright

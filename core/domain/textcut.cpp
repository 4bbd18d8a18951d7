#include "textcut.h"

#include <QTextBoundaryFinder>

namespace Linkwright {

QString cutText(const QString &text, qsizetype width)
{
    if (text.size() <= width)
        return text;
    if (width <= 1)
        return QStringLiteral("…");
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    graphemes.setPosition(width - 1);
    // At a boundary already, or back to the one before: never past the room left for "…".
    const qsizetype end = graphemes.isAtBoundary() ? width - 1 : std::max<qsizetype>(0, graphemes.toPreviousBoundary());
    return text.first(end) + QStringLiteral("…");
}

} // namespace Linkwright

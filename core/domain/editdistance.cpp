#include "editdistance.h"

#include <QList>

#include <algorithm>
#include <cstdlib>

namespace Linkwright {

qsizetype editDistance(QStringView a, QStringView b)
{
    // Three rows of the table: a swap looks two rows back.
    QList<qsizetype> beforePrevious(b.size() + 1);
    QList<qsizetype> previous(b.size() + 1);
    QList<qsizetype> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype change = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + change});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], beforePrevious[j - 2] + 1);
        }
        std::swap(beforePrevious, previous);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

bool isLikelySlip(QStringView typed, QStringView name)
{
    const QString a = typed.toString().toCaseFolded();
    const QString b = name.toString().toCaseFolded();
    if (a == b)
        return typed != name;
    // Four letters at least: "nmae" for "name" emptied every name behind a default as
    // surely as a long one; below that, a slip and another short word cannot be told apart.
    if (a.size() < 4 || b.size() < 4)
        return false;
    if (std::abs(a.size() - b.size()) == 1) {
        const QString &longer = a.size() > b.size() ? a : b;
        const QString &shorter = a.size() > b.size() ? b : a;
        qsizetype i = 0;
        while (i < shorter.size() && longer.at(i) == shorter.at(i))
            ++i;
        return QStringView(longer).mid(i + 1) == QStringView(shorter).mid(i);
    }
    if (a.size() != b.size())
        return false;
    qsizetype i = 0;
    while (i < a.size() && a.at(i) == b.at(i))
        ++i;
    return i + 1 < a.size() && a.at(i) == b.at(i + 1) && a.at(i + 1) == b.at(i)
        && QStringView(a).mid(i + 2) == QStringView(b).mid(i + 2);
}

} // namespace Linkwright

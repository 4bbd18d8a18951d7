#include "pageposition.h"

#include <QStringList>

namespace Linkwright {

std::optional<PagePosition> PagePosition::parse(const QString &cursor, bool paged)
{
    const QStringList parts = cursor.split(u':');
    const qsizetype fixed = paged ? 2 : 1;
    if (parts.size() < fixed || parts.size() > fixed + 2)
        return std::nullopt;
    bool ok = true;
    const auto number = [&](qsizetype index) {
        bool valid = false;
        const qint64 value = parts.at(index).toLongLong(&valid);
        ok = ok && valid && value >= 0;
        return value;
    };
    PagePosition position;
    if (paged)
        position.page = number(0);
    position.seen = number(fixed - 1);
    if (parts.size() > fixed)
        position.largest = number(fixed);
    if (parts.size() > fixed + 1)
        position.firstRecord = parts.at(fixed + 1);
    if (!ok)
        return std::nullopt;
    return position;
}

QString PagePosition::cursor(bool paged, int size) const
{
    QStringList parts;
    if (paged)
        parts.append(QString::number(page));
    parts.append(QString::number(seen));
    const bool withFirst = !firstRecord.isEmpty();
    if (withFirst || (largest > 0 && largest != size))
        parts.append(QString::number(largest));
    if (withFirst)
        parts.append(firstRecord);
    return parts.join(u':');
}

} // namespace Linkwright

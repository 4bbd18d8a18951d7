#include "clitable.h"

#include <algorithm>

namespace Linkwright {

CliTable::CliTable(QList<Align> columns)
    : m_columns(std::move(columns))
{
}

void CliTable::add(QStringList cells)
{
    m_rows.append({std::move(cells), false});
}

void CliTable::addNote(const QString &text)
{
    m_rows.append({{text}, true});
}

void CliTable::print(QTextStream &stream, const QString &indent) const
{
    QList<qsizetype> widths;
    for (const Row &row : m_rows) {
        if (row.note)
            continue;
        if (widths.size() < row.cells.size())
            widths.resize(row.cells.size(), 0);
        for (qsizetype i = 0; i < row.cells.size(); ++i)
            widths[i] = std::max(widths.at(i), row.cells.at(i).size());
    }
    for (const Row &row : m_rows) {
        if (row.note) {
            stream << indent << row.cells.constFirst() << Qt::endl;
            continue;
        }
        // Columns that are empty in every row take no room.
        QString line = indent;
        qsizetype last = row.cells.size() - 1;
        while (last >= 0 && row.cells.at(last).isEmpty())
            --last;
        bool first = true;
        for (qsizetype i = 0; i <= last; ++i) {
            if (widths.at(i) == 0)
                continue;
            if (!first)
                line += QStringLiteral("  ");
            first = false;
            const QString &cell = row.cells.at(i);
            const bool right = m_columns.value(i, Align::Left) == Align::Right;
            if (right)
                line += cell.rightJustified(widths.at(i));
            else if (i == last)
                line += cell;
            else
                line += cell.leftJustified(widths.at(i));
        }
        stream << line << Qt::endl;
    }
}

} // namespace Linkwright

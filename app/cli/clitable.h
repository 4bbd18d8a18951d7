#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Linkwright {

/// Text in aligned columns, two spaces apart, for output people read in a terminal: every column
/// as wide as its widest cell, numbers right-aligned so that their digits line up. The last
/// column is never padded, so lines carry no trailing blanks.
class CliTable final
{
public:
    enum class Align {
        Left,
        Right,
    };

    explicit CliTable(QList<Align> columns = {});

    /// A row of cells; a row with fewer cells than columns leaves the rest empty.
    void add(QStringList cells);
    /// A line printed as it is after the row before it (a message under a run), outside the columns.
    void addNote(const QString &text);
    [[nodiscard]] bool isEmpty() const { return m_rows.isEmpty(); }

    void print(QTextStream &stream, const QString &indent = {}) const;

private:
    struct Row {
        QStringList cells;
        bool note = false;
    };
    QList<Align> m_columns;
    QList<Row> m_rows;
};

} // namespace Linkwright

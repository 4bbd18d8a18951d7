#include "mappingpreview.h"

namespace Linkwright {

QList<PreviewRow> MappingPreview::preview(const MappingEngine &engine, const QList<Value> &records)
{
    QList<PreviewRow> rows;
    rows.reserve(records.size());
    for (int i = 0; i < records.size(); ++i)
        rows.append({i, records.at(i), engine.map(records.at(i))});
    return rows;
}

qsizetype MappingPreview::succeeded(const QList<PreviewRow> &rows)
{
    return std::ranges::count_if(rows, &PreviewRow::succeeded);
}

} // namespace Linkwright

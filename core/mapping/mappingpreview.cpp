#include "mappingpreview.h"

namespace Linkwright {

QList<PreviewRow> MappingPreview::preview(const MappingEngine &engine, const QList<Value> &records)
{
    QList<PreviewRow> rows;
    rows.reserve(records.size());
    for (int i = 0; i < records.size(); ++i)
        rows.append({i, records.at(i), engine.map(records.at(i)), {}});
    return rows;
}

PreviewRow MappingPreview::unreadable(int index, const QByteArray &text, const QString &reason)
{
    MappingFailure failure;
    failure.message = tr("the record cannot be read: %1").arg(reason);
    failure.hint = tr("correct the record in the source system; a run logs it as a failure and syncs the others");
    return {index, Value::string(QString::fromUtf8(text)), std::unexpected(std::move(failure)), text};
}

qsizetype MappingPreview::succeeded(const QList<PreviewRow> &rows)
{
    return std::ranges::count_if(rows, &PreviewRow::succeeded);
}

} // namespace Linkwright

#pragma once

#include "domain/value.h"
#include "mapping/mappingengine.h"

#include <QCoreApplication>
#include <QList>

#include <expected>

namespace Linkwright {

/// One record of a preview: what came in, and what the mappings made of it or why they could not.
struct PreviewRow {
    int index = 0; ///< position among the records previewed
    Value input;
    std::expected<Value, MappingFailure> result;
    /// The record's text when the reader could not parse it (input then holds it as a string).
    QByteArray unreadable;

    [[nodiscard]] bool succeeded() const { return result.has_value(); }
};

/// Applies a data point's mappings to sample records, one row each, so that an integrator sees
/// input next to output before a run changes anything (`linkwright-cli preview`, the window).
/// A record that fails is a row like any other: the preview itself never fails.
class MappingPreview final
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::MappingPreview)

public:
    [[nodiscard]] static QList<PreviewRow> preview(const MappingEngine &engine, const QList<Value> &records);
    /// A record of the sample that could not be read (invalid UTF-8, nested too deep, ...): a
    /// failing row too, so that the preview leaves none out.
    [[nodiscard]] static PreviewRow unreadable(int index, const QByteArray &text, const QString &reason);
    /// How many rows mapped without a failure.
    [[nodiscard]] static qsizetype succeeded(const QList<PreviewRow> &rows);
};

} // namespace Linkwright

#pragma once

#include "domain/error.h"
#include "domain/value.h"
#include "mapping/mappingpreview.h"
#include "sync/synctypes.h"

#include <QTextStream>

namespace Linkwright {

/// The documents `--json` prints, built as Values so that ids, amounts and record fields keep
/// their exact text (a QJsonDocument would pass every number through a double). Field names
/// are part of the CLI's interface: add fields, never rename them.
class CliJson final
{
public:
    [[nodiscard]] static Value report(const SyncReport &report);
    /// A data point that could not run at all: status "failed", no id, the error as message.
    [[nodiscard]] static Value notRun(DataPointKind dataPoint, const Error &error);
    [[nodiscard]] static Value counts(const RunCounts &counts);
    [[nodiscard]] static Value planItem(const PlanItem &item);
    [[nodiscard]] static Value failure(const Failure &failure);
    [[nodiscard]] static Value preflight(const PreflightReport &report);
    [[nodiscard]] static Value previewRow(const PreviewRow &row);
    [[nodiscard]] static Value error(const Error &error);

    [[nodiscard]] static Value text(const QString &text) { return Value::string(text); }
    /// Text that came from outside and may not be UTF-8: a string (bytes that are not UTF-8
    /// become U+FFFD), plus "<name>Base64" with the exact bytes when that changed anything.
    static void addBytes(QList<Member> &members, const QByteArray &name, const QByteArray &bytes);
    [[nodiscard]] static Value time(const QDateTime &time);
    /// A number, or null for 0 (an id that is not there).
    [[nodiscard]] static Value id(qint64 id);

    /// Indented two spaces per level, one member per line, then a newline.
    static void print(QTextStream &stream, const Value &document);
};

} // namespace Linkwright

#pragma once

#include "connectors/httptransport.h"

#include <QString>
#include <QUrl>

namespace Linkwright::BenchSync {

// The measurements bench_sync runs in child processes (bench_sync --phase ...), so that each
// phase's peak RSS is its own. Each prints one result line (report()) and returns the exit code.

/// The I/O floor: the sync's requests without its work. Uploads, after page i, the sync's batch
/// bodies prepared in work (FloorBodiesFile); with sourceBytes, each page's items as they came.
int runFloor(const QUrl &base, const QString &work, bool sourceBytes, const HttpTransportOptions &options);
/// One SyncRunner run of products, as the CLI runs it, on the store in work.
int runSync(quint16 port, const QString &work, bool full, const HttpTransportOptions &options);

} // namespace Linkwright::BenchSync

#pragma once

// What bench_sync's parent and its child phases share: measuring this process, talking to the
// simulator as the sync does, and the one result line a child prints for its parent.

#include "connectors/httptypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTextStream>
#include <QUrl>

namespace Linkwright::BenchSync {

inline constexpr char ResultTag[] = "BENCH-RESULT ";
inline constexpr char FloorBodiesFile[] = "floor-bodies.bin";

[[nodiscard]] QTextStream &out();
/// Of the finite values; NaN when there are none.
[[nodiscard]] double median(QList<double> values);
/// This process's peak resident set (VmHWM).
[[nodiscard]] qint64 peakRssKiB();
[[nodiscard]] double cpuSeconds();
/// User plus system CPU seconds of another process so far, or NaN where /proc cannot tell.
[[nodiscard]] double processCpuSeconds(qint64 pid);
[[nodiscard]] QString loadAverage();

[[nodiscard]] QUrl simulatorBase(quint16 port);
/// A GET as RestConnector sends it, so that the floor's requests are the sync's.
[[nodiscard]] HttpRequest jsonRequest(const QUrl &url);
[[nodiscard]] HttpRequest postRequest(const QUrl &url, QByteArray body);
[[nodiscard]] QUrl pageUrl(const QUrl &base, int page, int pageSize);
/// The items array of a simulator page, cut out of the text without parsing it.
[[nodiscard]] QByteArray itemsOf(const QByteArray &page);

/// Prints the result line the parent reads (with this process's peak RSS).
void report(QJsonObject result);
/// Reports a problem as the result; returns the exit code.
int fail(const QString &problem);

} // namespace Linkwright::BenchSync

#include "benchsupport.h"

#include <QFile>
#include <QJsonDocument>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>

namespace Linkwright::BenchSync {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(QList<double> values)
{
    values.removeIf([](double v) { return !std::isfinite(v); });
    std::ranges::sort(values);
    if (values.isEmpty())
        return std::nan("");
    const qsizetype half = values.size() / 2;
    return values.size() % 2 ? values.at(half) : (values.at(half - 1) + values.at(half)) / 2;
}

/// This process's peak resident set. VmHWM is the process's own; ru_maxrss survives exec and so
/// may report the parent's size at fork time.
qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

/// User plus system CPU seconds of another process so far, or NaN where /proc cannot tell.
double processCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nan("");
    const QByteArray text = stat.readAll();
    // The command name may hold spaces; the fields after it start with the state (field 3).
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return std::nan("");
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

QUrl simulatorBase(quint16 port)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
}

HttpRequest jsonRequest(const QUrl &url)
{
    HttpRequest request;
    request.url = url;
    // As RestConnector sends them, so that the floor's requests are the sync's.
    request.headers = {{"Accept", "application/json"}, {"User-Agent", "Linkwright/" LINKWRIGHT_VERSION}};
    request.deadlineMsecs = 30'000;
    request.inactivityMsecs = 30'000;
    return request;
}

HttpRequest postRequest(const QUrl &url, QByteArray body)
{
    HttpRequest request = jsonRequest(url);
    request.method = "POST";
    request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    request.body = std::move(body);
    return request;
}

QUrl pageUrl(const QUrl &base, int page, int pageSize)
{
    return base.resolved(QUrl(QStringLiteral("erp/products?page=%1&pageSize=%2").arg(page).arg(pageSize)));
}

/// Prints the result line the parent reads.
void report(QJsonObject result)
{
    result.insert(QStringLiteral("rssKiB"), peakRssKiB());
    out() << ResultTag << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << Qt::endl;
}

int fail(const QString &problem)
{
    report({{QStringLiteral("problem"), problem}});
    return 1;
}

/// The items array of a simulator page, cut out of the text without parsing it.
QByteArray itemsOf(const QByteArray &page)
{
    const qsizetype start = page.indexOf("\"items\":");
    const qsizetype end = page.lastIndexOf("],\"page\":");
    if (start < 0 || end < start)
        return {};
    return page.mid(start + 8, end + 1 - (start + 8));
}

} // namespace Linkwright::BenchSync

// bench_sync: a full and an incremental products sync from the simulated ERP to the simulated shop
// over loopback, against the I/O floor and a Python script. Prints figures; asserts nothing.
//
//   bench_sync [--products N] [--rounds R] [--quick] [--python PYTHON] [--qt-uploads]
//
// The simulator is a separate linkwright-sim process, started fresh for every measurement, so
// that its CPU and memory are not ours and every run writes to an empty shop. Each measurement
// runs in a child process (this program again, with --phase), so that every phase's peak RSS is
// its own. Per round, in turn:
//   - I/O floor: the same HttpTransport, page size, requests in flight (three pages asked for
//     at once, three POSTs on the wire) and headers as the sync; it downloads every page of /erp/products
//     and uploads, page by page, the exact bodies the sync uploads (the mapped records, prepared
//     once before the rounds and held in memory), without parsing, mapping, hashing or a store;
//   - I/O floor, source bytes: the same, uploading each page's items array as downloaded (bigger
//     bodies; the floor of a sync that only moves records), for reference;
//   - full sync: SyncRunner::run(Products, full) with the demo project's products mappings and a
//     SqliteStore in a temporary folder; then 1 % of the ERP's products get a new name (untimed)
//     and an incremental SyncRunner::run(Products) runs in a new child on the same store;
//   - the Python script python_sync.py doing the same full sync with the standard library.
// Wall times are taken around the work only (not process start-up, not store opening). The table
// shows medians; ratios are medians of the ratios within each round, since the machine is noisy.

#include "benchphases.h"
#include "benchprocesses.h"
#include "benchsupport.h"
#include "connectors/httptransport.h"
#include "project/demoproject.h"
#include "sync/synctypes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cmath>

#include <unistd.h>

using namespace Linkwright;
using namespace Linkwright::BenchSync;

namespace {

// ---------------------------------------------------------------------------------------------
// The parent: simulators, preparation, rounds, the table.

enum class Phase {
    Floor,
    FloorSource,
    Full,
    Incremental,
    Python
};

struct PhaseInfo {
    Phase phase;
    QString label;
    QString key; ///< --phase value of the child
};

const QList<PhaseInfo> &phases()
{
    static const QList<PhaseInfo> list{
        {Phase::Floor, QStringLiteral("I/O floor (the sync's bodies)"), QStringLiteral("floor")},
        {Phase::FloorSource, QStringLiteral("I/O floor (source items)"), QStringLiteral("floor-source")},
        {Phase::Full, QStringLiteral("full sync"), QStringLiteral("full")},
        {Phase::Incremental, QStringLiteral("incremental, 1 % changed"), QStringLiteral("incremental")},
        {Phase::Python, QStringLiteral("Python 3 script, full"), QString()},
    };
    return list;
}

struct Settings {
    QString simProgram;
    QString python;
    QString script;
    int products = 100'000;
    int rounds = 3;
    bool qtUploads = false;
    bool withPython = true;
};

class Bench final
{
public:
    Bench(Settings settings, QString work)
        : m_settings(std::move(settings))
        , m_work(std::move(work))
    {
    }

    int run();

private:
    Measure child(const QString &phase, quint16 port);
    Measure python(const QUrl &base);
    /// The simulator's own count of requests and writes since it started or was reset.
    QString simulatorStats(const QUrl &base);
    void resetStats(const QUrl &base);
    void note(int round, const PhaseInfo &info, const Measure &measure, const QString &stats);
    void printTable();

    Settings m_settings;
    QString m_work;
    HttpTransport m_transport;
    QMap<Phase, QList<Measure>> m_measures;
};

Measure Bench::child(const QString &phase, quint16 port)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList arguments{QStringLiteral("--phase"), phase, QStringLiteral("--port"), QString::number(port),
        QStringLiteral("--work"), m_work};
    if (m_settings.qtUploads)
        arguments.append(QStringLiteral("--qt-uploads"));
    process.start(QCoreApplication::applicationFilePath(), arguments);
    return readResult(process, false);
}

Measure Bench::python(const QUrl &base)
{
    // Removed with its log before the simulator started (see run()).
    const QString db = QDir(m_work).filePath(QStringLiteral("python.sqlite"));
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(m_settings.python,
        {m_settings.script, QStringLiteral("--base"), base.toString(QUrl::StripTrailingSlash), QStringLiteral("--db"),
            db, QStringLiteral("--full")});
    return readResult(process, true);
}

QString Bench::simulatorStats(const QUrl &base)
{
    const HttpResult result = m_transport.execute(jsonRequest(base.resolved(QUrl(QStringLiteral("_admin/stats")))));
    const QJsonObject stats = QJsonDocument::fromJson(result.body).object();
    const auto resource = [&](const QString &system) {
        return stats.value(system).toObject().value(QStringLiteral("products")).toObject();
    };
    const QJsonObject erp = resource(QStringLiteral("erp"));
    const QJsonObject shop = resource(QStringLiteral("shop"));
    return QStringLiteral("sim: %1 GETs, %2 POSTs, shop %3 created %4 updated %5 unchanged")
        .arg(erp.value(QStringLiteral("requests")).toInteger())
        .arg(shop.value(QStringLiteral("requests")).toInteger())
        .arg(shop.value(QStringLiteral("creates")).toInteger())
        .arg(shop.value(QStringLiteral("updates")).toInteger())
        .arg(shop.value(QStringLiteral("unchanged")).toInteger());
}

void Bench::resetStats(const QUrl &base)
{
    (void)m_transport.execute(postRequest(base.resolved(QUrl(QStringLiteral("_admin/stats/reset"))), {}));
}

void Bench::note(int round, const PhaseInfo &info, const Measure &measure, const QString &stats)
{
    m_measures[info.phase].append(measure);
    out() << QStringLiteral("  round %1  %2").arg(round).arg(info.label, -30);
    if (!measure.ok()) {
        out() << "FAILED: " << measure.problem << Qt::endl;
        return;
    }
    out() << QStringLiteral("%1 s  cpu %2 s  sim cpu %3 s  %4 MB  %5")
                 .arg(measure.wall, 6, 'f', 2)
                 .arg(measure.cpu, 5, 'f', 2)
                 .arg(measure.simCpu, 5, 'f', 2)
                 .arg(static_cast<double>(measure.rssKiB) / 1024, 5, 'f', 1)
                 .arg(stats)
          << Qt::endl;
}

int Bench::run()
{
    out() << "bench_sync: " << m_settings.products << " products, ERP to shop over loopback, " << m_settings.rounds
          << " round(s); Qt " << qVersion() << ", " << QThread::idealThreadCount() << " cores, load " << loadAverage()
          << Qt::endl;
    HttpTransportOptions options;
    options.lowDelayUploads = !m_settings.qtUploads;
    out() << "uploads: "
          << (options.lowDelayUploads ? "HttpTransport's low-delay path (HttpConnection, TCP_NODELAY on)"
                                      : "QNetworkAccessManager (Nagle on: the Qt 6.4 delayed-ACK trap is in effect)")
          << Qt::endl;
    const SyncOptions sync;
    out() << "pages of " << sync.pageSize << ", batches of " << sync.batchSize << ", " << sync.writesInFlight
          << " POSTs in flight, " << demoProject(0).erp.pagination.pagesAtOnce << " pages asked for at once"
          << Qt::endl;

    const Preparation prep = prepare(m_settings.simProgram, m_settings.products, m_work);
    if (!prep.problem.isEmpty()) {
        out() << "cannot prepare: " << prep.problem << Qt::endl;
        return 1;
    }
    out() << QStringLiteral("data: %1 records in %2 pages, %3 MB down; the sync uploads %4 batches, %5 MB "
                            "(the mapped records); %6 records change for the incremental run")
                 .arg(prep.records)
                 .arg(prep.pages)
                 .arg(static_cast<double>(prep.pageBytes) / 1e6, 0, 'f', 1)
                 .arg(prep.batches)
                 .arg(static_cast<double>(prep.mappedBytes) / 1e6, 0, 'f', 1)
                 .arg(prep.changed)
          << Qt::endl;

    for (int round = 1; round <= m_settings.rounds; ++round) {
        for (const PhaseInfo &info : phases()) {
            if (info.phase == Phase::Incremental || (info.phase == Phase::Python && !m_settings.withPython))
                continue; // the incremental run follows the full one on its simulator
            if (info.phase == Phase::Full || info.phase == Phase::Python) {
                // The last round's store goes first, and the disk is synced before anything is
                // timed: deleted just before the run (150 MB with its log), freeing its blocks
                // rode on the run's first commits and cost it 0.1 s of a 0.9 s run. The Python
                // script's database likewise, so that both pay the same.
                const QStringList stores{
                    info.phase == Phase::Full ? QStringLiteral("state.sqlite*") : QStringLiteral("python.sqlite*")};
                for (const QString &file : QDir(m_work).entryList(stores))
                    QFile::remove(QDir(m_work).filePath(file));
                ::sync();
            }
            Simulator sim(m_settings.simProgram, m_settings.products);
            if (const QString problem = sim.start(); !problem.isEmpty()) {
                out() << "cannot start the simulator: " << problem << Qt::endl;
                return 1;
            }
            const double simCpu = sim.cpuSeconds();
            Measure measure;
            if (info.phase == Phase::Python) {
                measure = python(sim.base());
            } else {
                measure = child(info.key, sim.port());
            }
            measure.simCpu = sim.cpuSeconds() - simCpu;
            note(round, info, measure, simulatorStats(sim.base()));
            if (info.phase != Phase::Full || !measure.ok())
                continue;

            // 1 % of the products change in the ERP, as a person editing them would.
            const HttpResult changed = m_transport.execute(
                postRequest(sim.base().resolved(QUrl(QStringLiteral("erp/products"))), prep.changes));
            resetStats(sim.base());
            const PhaseInfo &incremental = *std::ranges::find(phases(), Phase::Incremental, &PhaseInfo::phase);
            Measure next;
            if (!changed.ok()) {
                next.problem = QStringLiteral("the changes could not be posted: %1")
                                   .arg(changed.error ? changed.error->toString() : QString());
            } else {
                const double before = sim.cpuSeconds();
                next = child(incremental.key, sim.port());
                next.simCpu = sim.cpuSeconds() - before;
            }
            note(round, incremental, next, simulatorStats(sim.base()));
        }
    }
    printTable();
    out() << "load at the end: " << loadAverage() << Qt::endl;
    return 0;
}

void Bench::printTable()
{
    const auto walls = [&](Phase phase) {
        QList<double> values;
        for (const Measure &m : m_measures.value(phase))
            values.append(m.ok() ? m.wall : std::nan(""));
        return values;
    };
    // Within a round the phases ran back to back, so their ratio suffers the machine's noise least.
    const auto ratio = [&](Phase top, Phase bottom) {
        const QList<double> a = walls(top);
        const QList<double> b = walls(bottom);
        QList<double> ratios;
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
            ratios.append(a.at(i) / b.at(i));
        return median(ratios);
    };
    const auto peakMiB = [&](Phase phase) {
        qint64 peak = 0;
        for (const Measure &m : m_measures.value(phase))
            peak = std::max(peak, m.rssKiB);
        return static_cast<double>(peak) / 1024;
    };

    out() << Qt::endl
          << QStringLiteral("%1 %2 %3 %4 %5 %6  %7")
                 .arg(QStringLiteral("phase (medians)"), -30)
                 .arg(QStringLiteral("wall s"), 7)
                 .arg(QStringLiteral("records/s"), 10)
                 .arg(QStringLiteral("cpu s"), 6)
                 .arg(QStringLiteral("sim cpu"), 7)
                 .arg(QStringLiteral("RSS MB"), 7)
                 .arg(QStringLiteral("ratio"))
          << Qt::endl;
    for (const PhaseInfo &info : phases()) {
        const QList<Measure> measures = m_measures.value(info.phase);
        if (measures.isEmpty())
            continue;
        QList<double> cpu;
        QList<double> simCpu;
        QList<double> rate;
        for (const Measure &m : measures) {
            cpu.append(m.ok() ? m.cpu : std::nan(""));
            simCpu.append(m.ok() ? m.simCpu : std::nan(""));
            rate.append(m.ok() ? static_cast<double>(m.records) / m.wall : std::nan(""));
        }
        QString ratioText;
        switch (info.phase) {
        case Phase::Floor:
            ratioText = QStringLiteral("1.00x floor");
            break;
        case Phase::FloorSource:
        case Phase::Full:
            ratioText = QStringLiteral("%1x floor").arg(ratio(info.phase, Phase::Floor), 0, 'f', 2);
            break;
        case Phase::Incremental:
            ratioText = QStringLiteral("%1x full sync").arg(ratio(Phase::Incremental, Phase::Full), 0, 'f', 3);
            break;
        case Phase::Python:
            ratioText = QStringLiteral("%1x floor, %2x full sync")
                            .arg(ratio(Phase::Python, Phase::Floor), 0, 'f', 2)
                            .arg(ratio(Phase::Python, Phase::Full), 0, 'f', 2);
            break;
        }
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6  %7")
                     .arg(info.label, -30)
                     .arg(median(walls(info.phase)), 7, 'f', 3)
                     .arg(median(rate), 10, 'f', 0)
                     .arg(median(cpu), 6, 'f', 2)
                     .arg(median(simCpu), 7, 'f', 2)
                     .arg(peakMiB(info.phase), 7, 'f', 1)
                     .arg(ratioText)
              << Qt::endl;
    }
    out() << "every round, wall s:" << Qt::endl;
    for (const PhaseInfo &info : phases()) {
        if (!m_measures.contains(info.phase))
            continue;
        QStringList values;
        for (double v : walls(info.phase))
            values.append(std::isfinite(v) ? QString::number(v, 'f', 3) : QStringLiteral("failed"));
        out() << QStringLiteral("  %1 %2").arg(info.label, -30).arg(values.join(QStringLiteral("  "))) << Qt::endl;
    }
    out() << "RSS is the peak of the process that did the phase (VmHWM); records/s counts records fetched." << Qt::endl;

    const auto verdict = [](bool pass, double value) {
        return std::isfinite(value) ? (pass ? QStringLiteral("PASS") : QStringLiteral("MISS")) : QStringLiteral("n/a");
    };
    const double fullVsFloor = ratio(Phase::Full, Phase::Floor);
    const double pythonVsFull = ratio(Phase::Python, Phase::Full);
    const double incrementalVsFull = ratio(Phase::Incremental, Phase::Full);
    const double rss = std::max(peakMiB(Phase::Full), peakMiB(Phase::Incremental));
    out() << Qt::endl << "targets (printed, not asserted):" << Qt::endl;
    out() << QStringLiteral("  %1 %2  %3")
                 .arg(QStringLiteral("full sync at most 1.5x the I/O floor"), -44)
                 .arg(QStringLiteral("%1x").arg(fullVsFloor, 0, 'f', 2), 8)
                 .arg(verdict(fullVsFloor <= 1.5, fullVsFloor))
          << Qt::endl;
    out() << QStringLiteral("  %1 %2  %3")
                 .arg(QStringLiteral("Python at least 5x the full sync's wall time"), -44)
                 .arg(QStringLiteral("%1x").arg(pythonVsFull, 0, 'f', 2), 8)
                 .arg(verdict(pythonVsFull >= 5, pythonVsFull))
          << Qt::endl;
    out() << QStringLiteral("  %1 %2  %3")
                 .arg(QStringLiteral("incremental 1 % at most 0.1x the full sync"), -44)
                 .arg(QStringLiteral("%1x").arg(incrementalVsFull, 0, 'f', 3), 8)
                 .arg(verdict(incrementalVsFull <= 0.1, incrementalVsFull))
          << Qt::endl;
    out() << QStringLiteral("  %1 %2  %3")
                 .arg(QStringLiteral("peak RSS under 100 MB (full, incremental)"), -44)
                 .arg(QStringLiteral("%1 MB").arg(rss, 0, 'f', 1), 8)
                 .arg(verdict(rss<100, rss> 0 ? rss : std::nan("")))
          << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times a full and an incremental products sync against the I/O floor and a Python script."));
    parser.addHelpOption();
    const QCommandLineOption productsOption(QStringLiteral("products"),
        QStringLiteral("Products in the ERP (100000; 10000 with --quick)."), QStringLiteral("N"));
    const QCommandLineOption roundsOption(
        QStringLiteral("rounds"), QStringLiteral("Rounds (3; 1 with --quick)."), QStringLiteral("R"));
    const QCommandLineOption quickOption(QStringLiteral("quick"), QStringLiteral("10,000 products, one round."));
    const QCommandLineOption simOption(QStringLiteral("sim"), QStringLiteral("The linkwright-sim program."),
        QStringLiteral("PATH"), QString::fromUtf8(LINKWRIGHT_BENCH_SIM));
    const QCommandLineOption pythonOption(QStringLiteral("python"),
        QStringLiteral("The Python 3 interpreter (python3 on the PATH)."), QStringLiteral("PATH"),
        QStringLiteral("python3"));
    const QCommandLineOption scriptOption(QStringLiteral("script"), QStringLiteral("The Python sync script."),
        QStringLiteral("PATH"), QString::fromUtf8(LINKWRIGHT_BENCH_PYTHON_SYNC));
    const QCommandLineOption noPythonOption(
        QStringLiteral("no-python"), QStringLiteral("Leave the Python script out."));
    const QCommandLineOption qtUploadsOption(QStringLiteral("qt-uploads"),
        QStringLiteral("Upload through QNetworkAccessManager (Nagle on), to see the Qt 6.4 trap."));
    // A child measures one phase against a simulator the parent started.
    QCommandLineOption phaseOption(QStringLiteral("phase"),
        QStringLiteral("Run one phase: floor, floor-source, full, incremental."), QStringLiteral("PHASE"));
    QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("The simulator's port."), QStringLiteral("N"));
    QCommandLineOption workOption(
        QStringLiteral("work"), QStringLiteral("Folder with the store and the floor's bodies."), QStringLiteral("DIR"));
    parser.addOptions({productsOption, roundsOption, quickOption, simOption, pythonOption, scriptOption, noPythonOption,
        qtUploadsOption, phaseOption, portOption, workOption});
    parser.process(app);

    HttpTransportOptions options;
    options.lowDelayUploads = !parser.isSet(qtUploadsOption);
    if (parser.isSet(phaseOption)) {
        const QString phase = parser.value(phaseOption);
        const auto port = static_cast<quint16>(parser.value(portOption).toUInt());
        const QString work = parser.value(workOption);
        if (phase == QStringLiteral("floor") || phase == QStringLiteral("floor-source"))
            return runFloor(simulatorBase(port), work, phase == QStringLiteral("floor-source"), options);
        if (phase == QStringLiteral("full") || phase == QStringLiteral("incremental"))
            return runSync(port, work, phase == QStringLiteral("full"), options);
        return fail(QStringLiteral("unknown phase %1").arg(phase));
    }

    Settings settings;
    const bool quick = parser.isSet(quickOption);
    settings.products = parser.isSet(productsOption) ? parser.value(productsOption).toInt() : quick ? 10'000 : 100'000;
    settings.rounds = std::max(1, parser.isSet(roundsOption) ? parser.value(roundsOption).toInt() : quick ? 1 : 3);
    settings.simProgram = parser.value(simOption);
    settings.python = parser.value(pythonOption);
    settings.script = parser.value(scriptOption);
    settings.qtUploads = parser.isSet(qtUploadsOption);
    settings.withPython = !parser.isSet(noPythonOption);
    if (settings.products < 1) {
        out() << "--products must be at least 1" << Qt::endl;
        return 2;
    }
    QTemporaryDir work;
    if (!work.isValid()) {
        out() << "no temporary folder: " << work.errorString() << Qt::endl;
        return 1;
    }
    Bench bench(settings, work.path());
    return bench.run();
}

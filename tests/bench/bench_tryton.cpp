// bench_tryton: a full and an incremental products and stock sync from a real Tryton 6.0 server to
// the simulated shop, with the split of the wall time: waiting on Tryton, waiting on the shop, and
// the core's own share (the rest). Prints figures; asserts nothing.
//
//   bench_tryton [--products N] [--rounds R] [--state FILE] [--python PYTHON] [--sim PATH]
//
// Setup, not timed: tryton-e2e.sh (the e2e suite's fixture) creates a throwaway database and
// server, or --state names one it created before; tryton_bench_data.py grows it to N products
// (stock for every tenth). Per round: a fresh linkwright-sim (a separate process, empty shop) and
// store; a full run of products then stock, as linkwright-cli runs a project (one login, fresh
// connectors); 1 % of the products get a new name and stock level in Tryton (untimed); an
// incremental run of both. The project is resources/demo/tryton.linkwright.json, pointed at
// these servers.
//
// Where the time goes is measured where the run's thread blocks: the Tryton connector's and the
// shop connector's HttpTransports share a WaitMeter, which adds up the time spent in their waits
// less the time the requests' checks spent reading the answers inside them (the core's work).
// The core's own share is the rest of the wall time: mapping, hashing, the store, the run's
// bookkeeping, and reading and decoding the answers.

#include "benchprocesses.h"
#include "benchsupport.h"
#include "connectors/rest/restconnector.h"
#include "connectors/tryton/trytonconnector.h"
#include "connectors/waitmeter.h"
#include "project/projectfile.h"
#include "secrets/secretresolver.h"
#include "store/sqlitestore.h"
#include "sync/syncrunner.h"
#include "trytonbenchserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QThread>

#include <cmath>
#include <expected>

using namespace Linkwright;
using namespace Linkwright::BenchSync;

namespace {

constexpr int TrytonAccount = 0;
constexpr int ShopAccount = 1;
constexpr char PasswordVariable[] = "LINKWRIGHT_BENCH_TRYTON_PASSWORD";

/// One data point's run, or the sum of a phase's.
struct Figures {
    qint64 fetched = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 trytonCalls = 0; ///< waits on Tryton: one per JSON-RPC call
    double wall = 0;
    double cpu = 0; ///< this process, every thread (getrusage)
    double trytonWait = 0;
    double shopWait = 0;
    double trytonCpu = 0; ///< trytond's process
    double simCpu = 0;

    Figures &operator+=(const Figures &o)
    {
        fetched += o.fetched;
        created += o.created;
        updated += o.updated;
        unchanged += o.unchanged;
        trytonCalls += o.trytonCalls;
        wall += o.wall;
        cpu += o.cpu;
        trytonWait += o.trytonWait;
        shopWait += o.shopWait;
        trytonCpu += o.trytonCpu;
        simCpu += o.simCpu;
        return *this;
    }
    [[nodiscard]] double core() const { return wall - trytonWait - shopWait; }
    [[nodiscard]] double share(double part) const { return 100.0 * part / wall; }
};

struct Row {
    QString label;
    QList<Figures> rounds;
};

QString describe(const Figures &f)
{
    return QStringLiteral("%1 records %2 s %3/s  cpu %4 s  wait Tryton %5 % (%6 calls), shop %7 %  core %8 %  "
                          "trytond cpu %9 s  sim cpu %10 s  created %11 updated %12 unchanged %13")
        .arg(f.fetched, 5)
        .arg(f.wall, 6, 'f', 2)
        .arg(static_cast<double>(f.fetched) / f.wall, 6, 'f', 0)
        .arg(f.cpu, 5, 'f', 2)
        .arg(f.share(f.trytonWait), 4, 'f', 1)
        .arg(f.trytonCalls)
        .arg(f.share(f.shopWait), 4, 'f', 1)
        .arg(f.share(f.core()), 4, 'f', 1)
        .arg(f.trytonCpu, 5, 'f', 2)
        .arg(f.simCpu, 4, 'f', 2)
        .arg(f.created)
        .arg(f.updated)
        .arg(f.unchanged);
}

/// One run of products then stock, as linkwright-cli runs a project: fresh connectors (so one
/// login), the store in storePath.
std::expected<QList<Figures>, QString> runPhase(
    const Project &project, const QString &storePath, bool full, const TrytonBenchServer &tryton, const Simulator &sim)
{
    auto store = SqliteStore::open(storePath);
    if (!store)
        return std::unexpected(store.error().toString());
    WaitMeter meter;
    HttpTransport trytonTransport;
    HttpTransport shopTransport;
    trytonTransport.setWaitMeter(&meter, TrytonAccount);
    shopTransport.setWaitMeter(&meter, ShopAccount);
    EnvironmentSecretResolver secrets;
    TrytonConnector erp(project.erp, secrets, trytonTransport);
    RestConnector shop(project.shop, secrets, shopTransport);
    SyncRunner runner(project, **store, erp, shop);
    SyncOptions options;
    options.full = full;

    QList<Figures> figures;
    for (const DataPointKind kind : {DataPointKind::Products, DataPointKind::Stock}) {
        const qint64 trytonBefore = meter.waitedNsecs(TrytonAccount);
        const qint64 shopBefore = meter.waitedNsecs(ShopAccount);
        const qint64 callsBefore = meter.waits(TrytonAccount);
        const double trytonCpu = tryton.cpuSeconds();
        const double simCpu = sim.cpuSeconds();
        const double cpu = cpuSeconds();
        QElapsedTimer timer;
        timer.start();
        const auto outcome = runner.run(kind, options);
        Figures f;
        f.wall = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        f.cpu = cpuSeconds() - cpu;
        f.trytonWait = static_cast<double>(meter.waitedNsecs(TrytonAccount) - trytonBefore) / 1e9;
        f.shopWait = static_cast<double>(meter.waitedNsecs(ShopAccount) - shopBefore) / 1e9;
        f.trytonCalls = meter.waits(TrytonAccount) - callsBefore;
        f.trytonCpu = tryton.cpuSeconds() - trytonCpu;
        f.simCpu = sim.cpuSeconds() - simCpu;
        if (!outcome)
            return std::unexpected(outcome.error().toString());
        const RunRecord &run = outcome->run;
        if (run.status != RunStatus::Succeeded || run.counts.failed > 0) {
            return std::unexpected(QStringLiteral("the %1 run did not succeed: %2 (%3 failed)")
                                       .arg(DataPoints::key(kind), run.message)
                                       .arg(run.counts.failed));
        }
        f.fetched = run.counts.fetched;
        f.created = run.counts.created;
        f.updated = run.counts.updated;
        f.unchanged = run.counts.unchanged;
        figures.append(f);
    }
    return figures;
}

void printTable(const QList<Row> &rows)
{
    out() << Qt::endl
          << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10")
                 .arg(QStringLiteral("run (medians)"), -30)
                 .arg(QStringLiteral("records"), 7)
                 .arg(QStringLiteral("wall s"), 7)
                 .arg(QStringLiteral("rec/s"), 6)
                 .arg(QStringLiteral("cpu s"), 6)
                 .arg(QStringLiteral("Tryton %"), 8)
                 .arg(QStringLiteral("shop %"), 6)
                 .arg(QStringLiteral("core %"), 6)
                 .arg(QStringLiteral("trytond s"), 9)
                 .arg(QStringLiteral("sim s"), 6)
          << Qt::endl;
    for (const Row &row : rows) {
        const auto column = [&](auto value) {
            QList<double> values;
            for (const Figures &f : row.rounds)
                values.append(value(f));
            return median(values);
        };
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10")
                     .arg(row.label, -30)
                     .arg(column([](const Figures &f) { return double(f.fetched); }), 7, 'f', 0)
                     .arg(column([](const Figures &f) { return f.wall; }), 7, 'f', 2)
                     .arg(column([](const Figures &f) { return double(f.fetched) / f.wall; }), 6, 'f', 0)
                     .arg(column([](const Figures &f) { return f.cpu; }), 6, 'f', 2)
                     .arg(column([](const Figures &f) { return f.share(f.trytonWait); }), 8, 'f', 1)
                     .arg(column([](const Figures &f) { return f.share(f.shopWait); }), 6, 'f', 1)
                     .arg(column([](const Figures &f) { return f.share(f.core()); }), 6, 'f', 1)
                     .arg(column([](const Figures &f) { return f.trytonCpu; }), 9, 'f', 2)
                     .arg(column([](const Figures &f) { return f.simCpu; }), 6, 'f', 2)
              << Qt::endl;
    }
    out() << "every round, core's own share of the wall time:" << Qt::endl;
    for (const Row &row : rows) {
        QStringList values;
        for (const Figures &f : row.rounds)
            values.append(QStringLiteral("%1 %").arg(f.share(f.core()), 0, 'f', 2));
        out() << QStringLiteral("  %1 %2").arg(row.label, -30).arg(values.join(QStringLiteral("  "))) << Qt::endl;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times a full and an incremental products and stock sync from a real Tryton to the simulated "
                       "shop, and splits the wall time into waiting on Tryton, waiting on the shop and the core."));
    parser.addHelpOption();
    const QCommandLineOption productsOption(QStringLiteral("products"), QStringLiteral("Products in Tryton (5000)."),
        QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption roundsOption(
        QStringLiteral("rounds"), QStringLiteral("Rounds (3)."), QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption stateOption(QStringLiteral("state"),
        QStringLiteral("tryton-e2e.sh's state file: use the server it names, or, when the file does not exist, set "
                       "one up and leave it running for the next bench (tryton-e2e.sh teardown FILE ends it)."),
        QStringLiteral("FILE"));
    const QCommandLineOption pythonOption(QStringLiteral("python"),
        QStringLiteral("The Python 3 for the data script (python3 on the PATH)."), QStringLiteral("PATH"),
        QStringLiteral("python3"));
    const QCommandLineOption simOption(QStringLiteral("sim"), QStringLiteral("The linkwright-sim program."),
        QStringLiteral("PATH"), QString::fromUtf8(LINKWRIGHT_BENCH_SIM));
    parser.addOptions({productsOption, roundsOption, stateOption, pythonOption, simOption});
    parser.process(app);
    const int products = parser.value(productsOption).toInt();
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    if (products < 3) {
        out() << "bench_tryton: --products must be at least 3 (the e2e seed's)" << Qt::endl;
        return 2;
    }

    QTemporaryDir work;
    if (!work.isValid()) {
        out() << "bench_tryton: no temporary folder: " << work.errorString() << Qt::endl;
        return 1;
    }
    out() << "bench_tryton: " << products << " products, Tryton to the simulated shop, " << rounds << " round(s); Qt "
          << qVersion() << ", " << QThread::idealThreadCount() << " cores, load " << loadAverage() << Qt::endl;

    TrytonBenchServer tryton({QString::fromUtf8(LINKWRIGHT_BENCH_TRYTON_E2E),
        QString::fromUtf8(LINKWRIGHT_BENCH_TRYTON_DATA), parser.value(pythonOption)});
    const QString stateFile = parser.value(stateOption);
    QString problem;
    if (!stateFile.isEmpty() && QFile::exists(stateFile)) {
        problem = tryton.attach(stateFile);
    } else {
        out() << "setting up a throwaway Tryton (tryton-e2e.sh setup, about 45 s; not timed)" << Qt::endl;
        problem = tryton.setUp(stateFile.isEmpty() ? work.filePath(QStringLiteral("tryton.state")) : stateFile);
        if (!stateFile.isEmpty())
            tryton.keep();
    }
    if (problem.isEmpty()) {
        const QJsonObject grown = tryton.grow(products, &problem);
        out() << QStringLiteral("Tryton %1 holds %2 products (%3 added now, stock for %4 of them) (%5 s; not timed)")
                     .arg(tryton.url().toString())
                     .arg(grown.value(QStringLiteral("products")).toInteger())
                     .arg(grown.value(QStringLiteral("created")).toInteger())
                     .arg(grown.value(QStringLiteral("stocked")).toInteger())
                     .arg(grown.value(QStringLiteral("seconds")).toDouble())
              << Qt::endl;
    }
    auto loaded = ProjectFile::load(QString::fromUtf8(LINKWRIGHT_BENCH_TRYTON_PROJECT));
    if (problem.isEmpty() && !loaded)
        problem = QStringLiteral("cannot load %1: %2")
                      .arg(QString::fromUtf8(LINKWRIGHT_BENCH_TRYTON_PROJECT), loaded.error().constFirst().toString());
    if (!problem.isEmpty()) {
        out() << "bench_tryton: cannot run: " << problem << Qt::endl;
        return 1;
    }
    Project project = loaded->project;
    project.erp.baseUrl = tryton.url();
    project.erp.tryton.database = tryton.database();
    project.erp.tryton.company = tryton.company();
    project.erp.auth.secret = {SecretRef::Source::Environment, QString::fromLatin1(PasswordVariable)};
    qputenv(PasswordVariable, tryton.password());

    QList<Row> rows{{QStringLiteral("full: products"), {}}, {QStringLiteral("full: stock"), {}},
        {QStringLiteral("full: products + stock"), {}}, {QStringLiteral("incremental: products"), {}},
        {QStringLiteral("incremental: stock"), {}}, {QStringLiteral("incremental: products + stock"), {}}};
    for (int round = 1; round <= rounds; ++round) {
        if (problem = tryton.settle(); !problem.isEmpty())
            break;
        Simulator sim(parser.value(simOption), 0);
        if (problem = sim.start(); !problem.isEmpty())
            break;
        project.shop.baseUrl = sim.base().resolved(QUrl(QStringLiteral("shop/")));
        const QString store = work.filePath(QStringLiteral("state-%1.sqlite").arg(round));
        qint64 changed = 0;
        for (const bool full : {true, false}) {
            if (!full) {
                const QJsonObject done = tryton.change(round, &problem);
                if (!problem.isEmpty())
                    break;
                changed = done.value(QStringLiteral("renamed")).toInteger();
            }
            const auto figures = runPhase(project, store, full, tryton, sim);
            if (!figures) {
                problem = figures.error();
                break;
            }
            const int first = full ? 0 : 3;
            Figures total;
            for (int i = 0; i < figures->size(); ++i) {
                rows[first + i].rounds.append(figures->at(i));
                total += figures->at(i);
            }
            rows[first + 2].rounds.append(total);
            for (int i = 0; i < 3; ++i) {
                out() << QStringLiteral("round %1  %2 %3")
                             .arg(round)
                             .arg(rows.at(first + i).label, -30)
                             .arg(describe(rows.at(first + i).rounds.constLast()))
                      << Qt::endl;
            }
            if (!full) {
                out() << QStringLiteral("         %1 products changed in Tryton before the incremental run (and 1 "
                                        "touched before the full one)")
                             .arg(changed)
                      << Qt::endl;
            }
        }
        if (!problem.isEmpty())
            break;
    }
    if (!problem.isEmpty()) {
        out() << "bench_tryton: a run failed: " << problem << Qt::endl;
        return 1;
    }
    printTable(rows);
    out() << "Tryton % and shop %: the run's thread blocked on their answers, less reading them; core %: the "
             "rest of the wall time. cpu s: this process, every thread."
          << Qt::endl;

    out() << Qt::endl << "targets (printed, not asserted):" << Qt::endl;
    for (const int row : {2, 5}) {
        QList<double> shares;
        for (const Figures &f : rows.at(row).rounds)
            shares.append(f.share(f.core()));
        const double share = median(shares);
        out() << QStringLiteral("  core's own share under 5 % (%1) %2 %  %3")
                     .arg(rows.at(row).label)
                     .arg(share, 5, 'f', 2)
                     .arg(share < 5 ? QStringLiteral("PASS") : QStringLiteral("MISS"))
              << Qt::endl;
    }
    out() << "load at the end: " << loadAverage() << Qt::endl;
    return 0;
}

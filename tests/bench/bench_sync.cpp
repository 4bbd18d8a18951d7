// bench_sync: a full and an incremental products sync from the simulated ERP to the simulated shop
// over loopback, against the I/O floor and a Python script. Prints figures; asserts nothing.
//
//   bench_sync [--products N] [--rounds R] [--quick] [--python PYTHON] [--qt-uploads]
//
// The simulator is a separate linkwright-sim process, started fresh for every measurement, so
// that its CPU and memory are not ours and every run writes to an empty shop. Each measurement
// runs in a child process (this program again, with --phase), so that every phase's peak RSS is
// its own. Per round, in turn:
//   - I/O floor: the same HttpTransport, page size, requests in flight (one page fetched ahead,
//     three POSTs on the wire) and headers as the sync; it downloads every page of /erp/products
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

#include "connectors/httptransport.h"
#include "connectors/rest/restconnector.h"
#include "domain/json.h"
#include "mapping/mappingengine.h"
#include "project/demoproject.h"
#include "secrets/secretresolver.h"
#include "store/sqlitestore.h"
#include "sync/syncrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QQueue>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Linkwright;

namespace {

constexpr char ResultTag[] = "BENCH-RESULT ";
constexpr char FloorBodiesFile[] = "floor-bodies.bin";

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

// ---------------------------------------------------------------------------------------------
// Child phases: each prints one result line and exits.

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

/// The I/O floor: the sync's requests without its work. With bodies, uploads bodies[i] after
/// page i (the sync's batches, as it cuts them); without, uploads each page's items as they came.
int runFloor(const QUrl &base, const QString &work, bool sourceBytes, const HttpTransportOptions &options)
{
    QList<QByteArray> bodies;
    if (!sourceBytes) {
        QFile file(QDir(work).filePath(QString::fromLatin1(FloorBodiesFile)));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1").arg(file.fileName()));
        QDataStream stream(&file);
        stream >> bodies;
    }
    const SyncOptions sync;
    const QUrl shop = base.resolved(QUrl(QStringLiteral("shop/products")));
    HttpTransport transport(options);

    const double cpu = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    qint64 records = 0;
    qint64 total = -1;
    qint64 downloaded = 0;
    qint64 uploaded = 0;
    int posts = 0;
    QString problem;
    QQueue<HttpTransport::Ticket> writes;
    const auto finishOldest = [&] {
        const HttpResult result = transport.wait(writes.dequeue());
        if (!result.ok() || result.status / 100 != 2)
            problem = result.error ? result.error->toString() : QStringLiteral("POST: HTTP %1").arg(result.status);
    };
    const auto upload = [&](QByteArray body) {
        while (writes.size() >= sync.writesInFlight)
            finishOldest();
        uploaded += body.size();
        ++posts;
        writes.enqueue(transport.start(postRequest(shop, std::move(body))));
    };
    int page = 1;
    qsizetype nextBody = 0;
    HttpTransport::Ticket pending = transport.start(jsonRequest(pageUrl(base, page, sync.pageSize)));
    while (pending != 0 && problem.isEmpty()) {
        const HttpResult result = transport.wait(pending);
        pending = 0;
        if (!result.ok() || result.status != 200) {
            problem = result.error ? result.error->toString() : QStringLiteral("GET: HTTP %1").arg(result.status);
            break;
        }
        downloaded += result.body.size();
        if (total < 0)
            total = result.header("X-Total-Count").toLongLong();
        const qint64 onPage = std::clamp<qint64>(total - qint64(page - 1) * sync.pageSize, 0, sync.pageSize);
        records += onPage;
        // As the page style ends: at a short page or at the total. The next page travels while
        // this one's batch goes out, as in the sync.
        if (onPage == sync.pageSize && qint64(page) * sync.pageSize < total)
            pending = transport.start(jsonRequest(pageUrl(base, ++page, sync.pageSize)));
        if (sourceBytes) {
            QByteArray items = itemsOf(result.body);
            if (items.isEmpty()) {
                problem = QStringLiteral("page %1 has no items array where the simulator puts it").arg(page);
                break;
            }
            upload(std::move(items));
        } else if (nextBody < bodies.size()) {
            upload(bodies.at(nextBody++));
        }
    }
    while (nextBody < bodies.size() && problem.isEmpty())
        upload(bodies.at(nextBody++));
    while (!writes.isEmpty())
        finishOldest();
    const double wall = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!problem.isEmpty())
        return fail(problem);
    report({{QStringLiteral("wall"), wall}, {QStringLiteral("cpu"), cpuSeconds() - cpu},
        {QStringLiteral("records"), records}, {QStringLiteral("downloaded"), downloaded},
        {QStringLiteral("uploaded"), uploaded}, {QStringLiteral("posts"), posts}});
    return 0;
}

/// One SyncRunner run of products, as the CLI runs it, on the store in work.
int runSync(quint16 port, const QString &work, bool full, const HttpTransportOptions &options)
{
    auto store = SqliteStore::open(QDir(work).filePath(QStringLiteral("state.sqlite")));
    if (!store)
        return fail(store.error().toString());
    const Project project = demoProject(port);
    EnvironmentSecretResolver secrets;
    HttpTransport transport(options);
    RestConnector erp(project.erp, secrets, transport);
    RestConnector shop(project.shop, secrets, transport);
    SyncRunner runner(project, **store, erp, shop);
    SyncOptions syncOptions;
    syncOptions.full = full;

    const double cpu = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    const auto outcome = runner.run(DataPointKind::Products, syncOptions);
    const double wall = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!outcome)
        return fail(outcome.error().toString());
    const RunRecord &run = outcome->run;
    if (run.status != RunStatus::Succeeded)
        return fail(QStringLiteral("the run did not succeed: %1 (%2 failed)").arg(run.message).arg(run.counts.failed));
    report({{QStringLiteral("wall"), wall}, {QStringLiteral("cpu"), cpuSeconds() - cpu},
        {QStringLiteral("records"), run.counts.fetched}, {QStringLiteral("created"), run.counts.created},
        {QStringLiteral("updated"), run.counts.updated}, {QStringLiteral("unchanged"), run.counts.unchanged}});
    return 0;
}

// ---------------------------------------------------------------------------------------------
// The parent: simulators, preparation, rounds, the table.

/// A linkwright-sim process on a free loopback port.
class Simulator final
{
public:
    Simulator(const QString &program, int products)
    {
        m_process.setProgram(program);
        m_process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
            QStringLiteral("1"), QStringLiteral("--products"), QString::number(products)});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    }
    ~Simulator()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(30'000)) {
            m_process.kill();
            m_process.waitForFinished(5'000);
        }
    }
    Simulator(const Simulator &) = delete;
    Simulator &operator=(const Simulator &) = delete;

    /// Starts it and waits for the line that names its port; an empty string when it listens.
    QString start()
    {
        m_process.start();
        if (!m_process.waitForStarted(10'000))
            return QStringLiteral("cannot start %1: %2").arg(m_process.program(), m_process.errorString());
        QElapsedTimer waited;
        waited.start();
        // Generating 100,000 products takes a few seconds on a busy machine.
        while (!m_process.canReadLine() && waited.elapsed() < 300'000) {
            if (!m_process.waitForReadyRead(1'000) && m_process.state() == QProcess::NotRunning)
                return QStringLiteral("%1 stopped before it listened").arg(m_process.program());
        }
        const QString line = QString::fromUtf8(m_process.readLine());
        const QRegularExpressionMatch match = QRegularExpression(QStringLiteral(R"(127\.0\.0\.1:(\d+))")).match(line);
        if (!match.hasMatch())
            return QStringLiteral("no port in the simulator's first line: %1").arg(line.trimmed());
        m_port = match.captured(1).toUShort();
        return {};
    }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QUrl base() const { return simulatorBase(m_port); }
    [[nodiscard]] double cpuSeconds() const { return processCpuSeconds(m_process.processId()); }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

/// What every round needs from the data, found once: the sync's POST bodies for the floor and
/// the 1 % change for the incremental run.
struct Preparation {
    QString problem;
    qint64 records = 0;
    int pages = 0;
    qint64 pageBytes = 0;
    qint64 mappedBytes = 0;
    int batches = 0;
    QByteArray changes;
    qint64 changed = 0;
};

Preparation prepare(const QString &simProgram, int products, const QString &work)
{
    Preparation prep;
    Simulator sim(simProgram, products);
    if (prep.problem = sim.start(); !prep.problem.isEmpty())
        return prep;
    const Project project = demoProject(sim.port());
    auto engine = MappingEngine::compile(*project.dataPoint(DataPointKind::Products));
    if (!engine) {
        prep.problem = engine.error().toString();
        return prep;
    }
    const SyncOptions sync;
    HttpTransport transport;
    JsonReader reader;
    QList<QByteArray> bodies;
    QByteArray batch;
    int inBatch = 0;
    QList<Value> changes;
    // Cut as BatchWriter and RestConnector::startWrite cut them: batchSize records per body.
    const auto closeBatch = [&] {
        if (inBatch == 0)
            return;
        batch += ']';
        prep.mappedBytes += batch.size();
        bodies.append(std::exchange(batch, {}));
        inBatch = 0;
    };
    for (int page = 1;; ++page) {
        const HttpResult result = transport.execute(jsonRequest(pageUrl(sim.base(), page, sync.pageSize)));
        std::optional<Value> parsed;
        if (result.ok()) {
            if (auto value = reader.parse(result.body))
                parsed = std::move(*value);
        }
        const Value *items = parsed ? parsed->find("items") : nullptr;
        if (!items || !items->isArray()) {
            prep.problem = QStringLiteral("page %1 of the ERP's products cannot be read").arg(page);
            return prep;
        }
        ++prep.pages;
        prep.pageBytes += result.body.size();
        for (const Value &record : items->items()) {
            auto mapped = engine->map(record);
            if (!mapped) {
                prep.problem = mapped.error().toString();
                return prep;
            }
            batch += inBatch == 0 ? '[' : ',';
            batch += Json::serialize(*mapped);
            if (++inBatch == sync.batchSize)
                closeBatch();
            // Every hundredth product gets a new name: 1 % changed, spread over every page.
            if (prep.records++ % 100 == 0) {
                const Value *sku = record.find("sku");
                const Value *name = record.find("name");
                changes.append(Value::object({{QByteArray("sku"), sku ? *sku : Value()},
                    {QByteArray("name"), Value::utf8((name ? name->utf8() : QByteArray()) + " (changed)")}}));
            }
        }
        if (items->items().size() < sync.pageSize || qint64(page) * sync.pageSize >= products)
            break;
    }
    closeBatch();
    prep.batches = static_cast<int>(bodies.size());
    prep.changed = changes.size();
    prep.changes = Json::serialize(Value::array(std::move(changes)));
    QFile file(QDir(work).filePath(QString::fromLatin1(FloorBodiesFile)));
    if (!file.open(QIODevice::WriteOnly)) {
        prep.problem = QStringLiteral("cannot write %1").arg(file.fileName());
        return prep;
    }
    QDataStream stream(&file);
    stream << bodies;
    return prep;
}

/// One measurement as the parent saw it.
struct Measure {
    double wall = std::nan("");
    double cpu = std::nan("");
    double simCpu = std::nan("");
    qint64 records = 0;
    qint64 rssKiB = 0;
    QJsonObject raw;
    QString problem;
    [[nodiscard]] bool ok() const { return problem.isEmpty(); }
};

Measure readResult(QProcess &process, bool pythonStyle)
{
    Measure measure;
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit) {
        measure.problem =
            QStringLiteral("%1 crashed or could not run: %2").arg(process.program(), process.errorString());
        return measure;
    }
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    QByteArray json;
    for (const QByteArray &line : lines) {
        if (pythonStyle)
            json = line; // the last line
        else if (line.startsWith(ResultTag))
            json = line.mid(qsizetype(sizeof(ResultTag)) - 1);
    }
    measure.raw = QJsonDocument::fromJson(json).object();
    if (measure.raw.isEmpty()) {
        measure.problem =
            QStringLiteral("%1 printed no result (exit code %2)").arg(process.program()).arg(process.exitCode());
        return measure;
    }
    measure.problem = measure.raw.value(QStringLiteral("problem")).toString();
    if (pythonStyle && measure.raw.value(QStringLiteral("failed")).toInteger() > 0)
        measure.problem = QStringLiteral("the Python script failed %1 records")
                              .arg(measure.raw.value(QStringLiteral("failed")).toInteger());
    measure.wall = measure.raw.value(QStringLiteral("wall")).toDouble(std::nan(""));
    measure.cpu = measure.raw.value(QStringLiteral("cpu")).toDouble(std::nan(""));
    measure.records =
        measure.raw.value(pythonStyle ? QStringLiteral("fetched") : QStringLiteral("records")).toInteger();
    measure.rssKiB = measure.raw.value(QStringLiteral("rssKiB")).toInteger();
    return measure;
}

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
    const QString db = QDir(m_work).filePath(QStringLiteral("python.sqlite"));
    QFile::remove(db);
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
          << " POSTs in flight, 1 page fetched ahead" << Qt::endl;

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
                if (info.phase == Phase::Full) {
                    for (const QString &file : QDir(m_work).entryList({QStringLiteral("state.sqlite*")}))
                        QFile::remove(QDir(m_work).filePath(file));
                }
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

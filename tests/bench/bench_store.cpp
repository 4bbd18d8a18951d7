// bench_store: the SQLite store at the failure log's scale. Prints figures; asserts nothing.
//
//   bench_store [--rows N] [--dir FOLDER] [--repeat N]
//
// Fills a fresh database with N failures (1,000,000 by default), then times the failure log's
// queries (the median of --repeat runs, after one untimed warm-up) and saveRecordStates of
// 100,000 rows. The database goes to a temporary folder unless --dir names one.

#include "store/sqlitestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdlib>
#include <ctime>

using namespace Linkwright;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

/// CPU time of this thread: on a busy machine the wall time mostly measures the other processes.
double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

/// Words that make a message: a few common, most of them from a large vocabulary, so the
/// full-text index has the shape of a real log rather than of five repeated strings.
class MessageMaker
{
public:
    explicit MessageMaker(quint32 seed)
        : m_random(seed)
    {
        static const char *syllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "xe", "zu", "pa", "de"};
        for (int i = 0; i < 5000; ++i) {
            QString word;
            for (int n = 0, j = i; n < 3; ++n, j /= 12)
                word += QLatin1StringView(syllables[j % 12]);
            m_vocabulary.append(word + QString::number(i % 97));
        }
    }

    /// Every sixth message says "timeout" (the common word); one in 100,000 says "zanzibar".
    QString message(qint64 row)
    {
        static const QStringList openings{QStringLiteral("HTTP 503 from shop"), QStringLiteral("validation failed:"),
            QStringLiteral("mapping error in field"), QStringLiteral("HTTP 422 unprocessable"),
            QStringLiteral("connection reset by peer"), QStringLiteral("unknown unit")};
        QString text = openings.at(row % openings.size());
        if (row % 6 == 0)
            text += QStringLiteral(" timeout after 30 s");
        if (row % 100000 == 4242)
            text += QStringLiteral(" zanzibar");
        for (int i = 0; i < 5; ++i)
            text += u' ' + m_vocabulary.at(m_random.bounded(static_cast<int>(m_vocabulary.size())));
        return text;
    }

private:
    QRandomGenerator m_random;
    QStringList m_vocabulary;
};

QByteArray payloadFor(qint64 row)
{
    // About 400 bytes, like a product record as fetched.
    QByteArray payload = R"({"sku":"SKU-)" + QByteArray::number(row) + R"(","name":"Hex bolt M8 x )"
        + QByteArray::number(row % 200)
        + R"( mm, zinc plated, DIN 933","price":{"amount":"12.40","currency":"EUR"},"stock":[{"warehouse":"MAIN",)"
          R"("quantity":"120"},{"warehouse":"EAST","quantity":"0"}],"categories":["fasteners","bolts","metric"],)"
          R"("description":"Hexagon head bolt with full thread, property class 8.8, for general engineering use."})";
    return payload;
}

struct Timing {
    double first = 0; ///< wall, the untimed-for-median first run (cold caches)
    double median = 0; ///< wall
    double cpu = 0; ///< CPU, median
    qint64 rows = 0;
};

template <typename Fn>
Timing measure(int repeat, Fn fn)
{
    Timing timing;
    QList<double> times;
    QList<double> cpu;
    for (int i = 0; i <= repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuMs();
        timing.rows = fn();
        const double ms = msSince(timer);
        if (i == 0) {
            timing.first = ms;
        } else {
            times.append(ms);
            cpu.append(cpuMs() - cpuStart);
        }
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    timing.median = times.isEmpty() ? timing.first : times.at(times.size() / 2);
    timing.cpu = cpu.isEmpty() ? 0 : cpu.at(cpu.size() / 2);
    return timing;
}

void printTiming(const QString &name, const Timing &timing)
{
    out() << qSetFieldWidth(50) << Qt::left << name << qSetFieldWidth(0) << qSetFieldWidth(10) << Qt::right
          << QString::number(timing.median, 'f', 2) << qSetFieldWidth(0) << " ms wall " << qSetFieldWidth(9)
          << QString::number(timing.cpu, 'f', 2) << qSetFieldWidth(0) << " ms CPU  (first "
          << QString::number(timing.first, 'f', 2) << " ms, " << timing.rows << " rows)\n";
    out().flush();
}

void die(const Error &error)
{
    out() << "error: " << error.toString() << '\n';
    out().flush();
    std::exit(1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the SQLite store at failure-log scale."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(
        QStringLiteral("rows"), QStringLiteral("Failures to insert."), QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
        QStringLiteral("Folder for the database (default: a temporary one)."), QStringLiteral("FOLDER"));
    const QCommandLineOption repeatOption(
        QStringLiteral("repeat"), QStringLiteral("Timed runs per query."), QStringLiteral("N"), QStringLiteral("7"));
    parser.addOptions({rowsOption, dirOption, repeatOption});
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    QTemporaryDir temporary;
    const QString folder = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    const QString path = folder + QStringLiteral("/bench-store.sqlite");
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));

    auto opened = SqliteStore::open(path);
    if (!opened)
        die(opened.error());
    SqliteStore &store = **opened;
    out() << "database: " << path << " (FTS5: " << (store.hasFullTextSearch() ? "yes" : "no") << ")\n";

    RunRecord run;
    run.dataPoint = DataPointKind::Products;
    auto runId = store.beginRun(run);
    if (!runId)
        die(runId.error());

    // Fill: batches of 10,000 in one transaction each, as a run logging many failures would.
    MessageMaker maker(42);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-rows);
    QElapsedTimer fill;
    fill.start();
    double storeMs = 0;
    double storeCpuMs = 0;
    constexpr qint64 Batch = 10000;
    for (qint64 first = 0; first < rows; first += Batch) {
        QList<Failure> batch;
        batch.reserve(Batch);
        for (qint64 row = first; row < std::min(rows, first + Batch); ++row) {
            Failure failure;
            failure.runId = *runId;
            failure.dataPoint = DataPoints::all().at(row % DataPoints::all().size());
            failure.direction = Direction::ErpToShop;
            failure.key = QStringLiteral("SKU-%1").arg(row);
            failure.step = static_cast<FailureStep>(row % 5);
            failure.errorClass = row % 3 == 0 ? ErrorClass::Transient : ErrorClass::Permanent;
            // Most of an old log is resolved; one in ten is still open.
            failure.status = row % 10 == 0 ? FailureStatus::Open : FailureStatus::Resolved;
            failure.message = maker.message(row);
            failure.httpStatus = row % 2 ? 503 : 422;
            failure.payload = payloadFor(row);
            failure.createdAt = start.addSecs(row);
            batch.append(failure);
        }
        QElapsedTimer adding;
        adding.start();
        const double cpuStart = cpuMs();
        if (auto added = store.addFailures(batch); !added)
            die(added.error());
        storeMs += msSince(adding);
        storeCpuMs += cpuMs() - cpuStart;
    }
    const double fillMs = msSince(fill);
    out() << "inserted " << rows << " failures in " << QString::number(fillMs / 1000, 'f', 1)
          << " s, of which addFailures " << QString::number(storeMs / 1000, 'f', 1) << " s wall, "
          << QString::number(storeCpuMs / 1000, 'f', 1) << " s CPU ("
          << QString::number(storeCpuMs * 1000 / static_cast<double>(rows), 'f', 1)
          << " us CPU a row, with 5 indexes and the FTS index); file " << QFileInfo(path).size() / (1024 * 1024)
          << " MB + wal " << QFileInfo(path + QStringLiteral("-wal")).size() / (1024 * 1024) << " MB\n\n";

    auto timeFilter = [&](const QString &name, const FailureFilter &filter) {
        printTiming(name, measure(repeat, [&] {
            auto found = store.failures(filter);
            if (!found)
                die(found.error());
            return static_cast<qint64>(found->size());
        }));
    };
    auto timeCount = [&](const QString &name, const FailureFilter &filter) {
        printTiming(name, measure(repeat, [&] {
            auto counted = store.countFailures(filter);
            if (!counted)
                die(counted.error());
            return *counted;
        }));
    };

    out() << "failure log, " << rows << " rows (median of " << repeat << "):\n";
    FailureFilter newest;
    timeFilter(QStringLiteral("newest 256"), newest);

    FailureFilter openOfOne;
    openOfOne.dataPoint = DataPointKind::Orders;
    openOfOne.status = FailureStatus::Open;
    timeFilter(QStringLiteral("newest 256 open of one data point"), openOfOne);

    FailureFilter rare;
    rare.text = QStringLiteral("zanzibar");
    timeFilter(QStringLiteral("FTS rare word (\"zanzibar\", 1 in 100,000)"), rare);

    FailureFilter common;
    common.text = QStringLiteral("timeout");
    timeFilter(QStringLiteral("FTS common word (\"timeout\", 1 in 6)"), common);

    // Beyond the brief: the other shapes the failure page produces.
    FailureFilter secondPage = openOfOne;
    secondPage.beforeId = rows / 2;
    timeFilter(QStringLiteral("open of one data point, page from the middle"), secondPage);
    FailureFilter onePoint;
    onePoint.dataPoint = DataPointKind::Stock;
    timeFilter(QStringLiteral("newest 256 of one data point, any status"), onePoint);
    FailureFilter commonOpen = common;
    commonOpen.status = FailureStatus::Open;
    commonOpen.dataPoint = DataPointKind::Orders;
    timeFilter(QStringLiteral("FTS common word, open, one data point"), commonOpen);
    FailureFilter key;
    key.text = QStringLiteral("SKU-777777");
    timeFilter(QStringLiteral("FTS a key (\"SKU-777777\")"), key);
    FailureFilter transient;
    transient.errorClass = ErrorClass::Transient;
    transient.status = FailureStatus::Open;
    timeFilter(QStringLiteral("newest 256 open transient (no index of its own)"), transient);
    FailureFilter recent;
    recent.since = QDateTime::currentDateTimeUtc().addSecs(-3600);
    timeFilter(QStringLiteral("since an hour ago (no index on created_at)"), recent);
    FailureFilter openOnly;
    openOnly.status = FailureStatus::Open;
    timeCount(QStringLiteral("count open"), openOnly);
    timeCount(QStringLiteral("count FTS common word"), common);

    // Record state: one run's batch of 100,000, first inserted, then every row updated.
    QList<RecordState> states;
    states.reserve(100000);
    const QDateTime syncedAt = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 100000; ++i) {
        states.append(RecordState{DataPointKind::Products, QStringLiteral("SKU-%1").arg(i),
            QByteArray::number(i * 2654435761ULL, 16), payloadFor(i), syncedAt, *runId, {}, {}});
    }
    out() << "\nrecord state, 100,000 rows:\n";
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuMs();
    if (auto saved = store.saveRecordStates(states); !saved)
        die(saved.error());
    const double insertMs = msSince(timer);
    printTiming(
        QStringLiteral("saveRecordStates, insert"), Timing{insertMs, insertMs, cpuMs() - cpuStart, states.size()});
    for (RecordState &state : states)
        state.sourceHash += 'x';
    printTiming(QStringLiteral("saveRecordStates, update every row"), measure(std::min(repeat, 3), [&] {
        if (auto saved = store.saveRecordStates(states); !saved)
            die(saved.error());
        return static_cast<qint64>(states.size());
    }));
    printTiming(QStringLiteral("recordStates, load all"), measure(std::min(repeat, 3), [&] {
        auto loaded = store.recordStates(DataPointKind::Products);
        if (!loaded)
            die(loaded.error());
        return static_cast<qint64>(loaded->size());
    }));
    return 0;
}

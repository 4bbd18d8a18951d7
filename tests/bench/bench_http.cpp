// bench_http: what the Qt 6.4 TCP_NODELAY trap costs uploads, and what Linkwright's transport does
// about it. Prints figures; asserts nothing.
//
//   bench_http [--posts N] [--kib K] [--rounds R]
//
// The simulator runs in its own thread on loopback. Each round times, in turn:
//   - N sequential POSTs of a K KiB JSON array through QNetworkAccessManager, as Qt sends them
//     (Nagle's algorithm on: each 16 KiB piece waits for the peer's delayed ACK);
//   - the same through HttpTransport's low-delay path (HttpConnection, TCP_NODELAY, one write);
//   - both again with 4 POSTs in flight;
//   - N sequential GETs of a page of the same size, for comparison (downloads are not affected).
// The figures are the median over the rounds, which alternate the variants so that a noisy
// machine hurts each alike.

#include "connectors/httptransport.h"
#include "simulatorserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QTextStream>
#include <QThread>

#include <algorithm>

using namespace Linkwright;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

/// A JSON array of products of about bytes bytes, about 500 bytes a record.
QByteArray productBatch(qsizetype bytes)
{
    QByteArray body = "[";
    for (int i = 0; body.size() < bytes; ++i) {
        if (i > 0)
            body += ',';
        body += "{\"sku\":\"BENCH-" + QByteArray::number(i) + "\",\"name\":\"Bench product " + QByteArray::number(i)
            + "\",\"description\":\"" + QByteArray(380, 'x') + "\",\"price\":\"19.90\",\"currency\":\"EUR\"}";
    }
    return body + ']';
}

/// Seconds for count requests, inFlight at a time; -1 if any failed.
double run(HttpTransport &transport, const HttpRequest &request, int count, int inFlight)
{
    QElapsedTimer timer;
    timer.start();
    int started = 0;
    int failed = 0;
    QList<HttpTransport::Ticket> open;
    while (started < count || !open.isEmpty()) {
        while (started < count && open.size() < inFlight) {
            open.append(transport.start(request));
            ++started;
        }
        const HttpTransport::Ticket done = transport.waitAny(open);
        open.removeAll(done);
        const HttpResult result = transport.wait(done);
        if (!result.ok()) {
            ++failed;
            out() << "  failed: " << result.error->toString() << Qt::endl;
        }
    }
    return failed > 0 ? -1 : static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

double median(QList<double> values)
{
    std::ranges::sort(values);
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Uploads through QNetworkAccessManager and HttpTransport."));
    parser.addHelpOption();
    const QCommandLineOption postsOption(
        QStringLiteral("posts"), QStringLiteral("Requests per variant."), QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption kibOption(
        QStringLiteral("kib"), QStringLiteral("Body size in KiB."), QStringLiteral("K"), QStringLiteral("250"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Rounds; the median is printed."),
        QStringLiteral("R"), QStringLiteral("3"));
    parser.addOptions({postsOption, kibOption, roundsOption});
    parser.process(app);
    const int posts = std::max(1, parser.value(postsOption).toInt());
    const qsizetype bytes = std::max(1, parser.value(kibOption).toInt()) * qsizetype(1024);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    // The server gets its own thread, as a real server has its own process.
    QThread serverThread;
    QObject serverSide; // a receiver in the server's thread, to run code there
    serverSide.moveToThread(&serverThread);
    serverThread.start();
    SimulatorDataOptions data;
    data.products = static_cast<int>(bytes / 500) + 1;
    data.customers = 1;
    data.orders = 1;
    SimulatorServer *sim = nullptr;
    QUrl base;
    QMetaObject::invokeMethod(
        &serverSide,
        [&] {
            sim = new SimulatorServer(data);
            if (sim->listen(QHostAddress::LocalHost, 0))
                base = sim->baseUrl();
        },
        Qt::BlockingQueuedConnection);
    if (!base.isValid()) {
        out() << "the simulator could not listen" << Qt::endl;
        return 1;
    }

    const QByteArray body = productBatch(bytes);
    HttpRequest post;
    post.method = "POST";
    post.url = base.resolved(QUrl(QStringLiteral("/shop/products")));
    post.body = body;
    post.headers = {{"Content-Type", "application/json"}};
    post.deadlineMsecs = 60'000;
    HttpRequest get;
    get.url =
        base.resolved(QUrl(QStringLiteral("/erp/products?pageSize=%1").arg(std::min<qsizetype>(1000, bytes / 500))));
    get.deadlineMsecs = 60'000;

    HttpTransport::Options qtOptions;
    qtOptions.lowDelayUploads = false;
    HttpTransport qt(qtOptions);
    HttpTransport lowDelay;
    // Warm up: the first POST creates the records; later ones find them unchanged.
    (void)run(lowDelay, post, 2, 1);
    (void)run(qt, get, 2, 1);

    const QList<std::tuple<QString, HttpTransport *, const HttpRequest *, int>> variants{
        {QStringLiteral("POST, QNetworkAccessManager, sequential"), &qt, &post, 1},
        {QStringLiteral("POST, low-delay socket, sequential"), &lowDelay, &post, 1},
        {QStringLiteral("POST, QNetworkAccessManager, 4 in flight"), &qt, &post, 4},
        {QStringLiteral("POST, low-delay socket, 4 in flight"), &lowDelay, &post, 4},
        {QStringLiteral("GET, QNetworkAccessManager, sequential"), &qt, &get, 1},
        {QStringLiteral("GET, QNetworkAccessManager, 4 in flight"), &qt, &get, 4},
    };
    QMap<QString, QList<double>> seconds;
    for (int round = 0; round < rounds; ++round) {
        for (const auto &[name, transport, request, inFlight] : variants)
            seconds[name].append(run(*transport, *request, posts, inFlight));
    }

    out() << "bench_http: " << posts << " requests of " << body.size() / 1024 << " KiB each, median of " << rounds
          << " rounds (Qt " << qVersion() << ", loopback, simulator in its own thread)" << Qt::endl;
    for (const auto &[name, transport, request, inFlight] : variants) {
        const double s = median(seconds.value(name));
        out() << QStringLiteral("  %1  %2 s  %3 ms/request  %4 MB/s")
                     .arg(name, -44)
                     .arg(s, 6, 'f', 2)
                     .arg(s * 1000 / posts, 6, 'f', 1)
                     .arg(static_cast<double>(body.size()) * posts / s / 1e6, 6, 'f', 0)
              << Qt::endl;
    }
    const double qtSeconds = median(seconds.value(std::get<0>(variants.at(0))));
    const double lowSeconds = median(seconds.value(std::get<0>(variants.at(1))));
    out() << QStringLiteral("  sequential uploads: %1x faster on the low-delay socket")
                 .arg(qtSeconds / lowSeconds, 0, 'f', 1)
          << Qt::endl;

    QMetaObject::invokeMethod(
        &serverSide, [&] { delete sim; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}

#include "project/demoproject.h"
#include "simulatorserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <limits>
#include <optional>

using namespace Linkwright;

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("linkwright-sim", text);
}

/// The option's value as a whole number in [lowest, highest], or an error printed to stderr.
std::optional<qint64> number(
    const QCommandLineParser &parser, const QCommandLineOption &option, qint64 lowest, qint64 highest)
{
    const QString text = parser.value(option);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (ok && value >= lowest && value <= highest)
        return value;
    QTextStream(stderr) << QCoreApplication::applicationName() << ": "
                        << translate("--%1 must be a whole number from %2 to %3, not \"%4\"")
                               .arg(option.names().constFirst())
                               .arg(lowest)
                               .arg(highest)
                               .arg(text)
                        << Qt::endl;
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("linkwright-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LINKWRIGHT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        translate("Serves a demo ERP (/erp) and a demo webshop (/shop) over HTTP on loopback, with generated "
                  "data, for demos, tests and benchmarks of Linkwright."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), translate("Port to listen on (0 picks a free one)."),
        QStringLiteral("port"), QString::number(DefaultSimulatorPort));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
        translate("Seed of the generated data; the same seed "
                  "gives the same data."),
        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption productsOption(
        QStringLiteral("products"), translate("Products in the ERP."), QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption customersOption(
        QStringLiteral("customers"), translate("Customers in the ERP."), QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption ordersOption(
        QStringLiteral("orders"), translate("Web orders in the shop."), QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption tokenOption(QStringLiteral("token"),
        translate("Require \"Authorization: Bearer <token>\" on every request "
                  "except /health."),
        QStringLiteral("token"));
    parser.addOptions({portOption, seedOption, productsOption, customersOption, ordersOption, tokenOption});
    parser.process(app);

    // A cap on record counts keeps a typo from eating all memory; a million is a big benchmark.
    constexpr qint64 MaxRecords = 1'000'000;
    const auto port = number(parser, portOption, 0, std::numeric_limits<quint16>::max());
    const auto seed = number(parser, seedOption, 0, std::numeric_limits<quint32>::max());
    const auto products = number(parser, productsOption, 0, MaxRecords);
    const auto customers = number(parser, customersOption, 0, MaxRecords);
    const auto orders = number(parser, ordersOption, 0, MaxRecords);
    if (!port || !seed || !products || !customers || !orders)
        return 1;

    SimulatorDataOptions options;
    options.seed = static_cast<quint32>(*seed);
    options.products = static_cast<int>(*products);
    options.customers = static_cast<int>(*customers);
    options.orders = static_cast<int>(*orders);

    SimulatorServer server(options);
    server.setToken(parser.value(tokenOption));
    const Result<quint16> bound = server.listen(QHostAddress(QHostAddress::LocalHost), static_cast<quint16>(*port));
    if (!bound) {
        QTextStream(stderr) << QCoreApplication::applicationName() << ": " << bound.error().toString() << Qt::endl;
        return 1;
    }

    // Scripts wait for this exact line before they connect; flushed at once because stdout is a
    // pipe there, not a terminal.
    QTextStream(stdout)
        << QStringLiteral("linkwright-sim listening on http://127.0.0.1:%1 (erp: /erp, shop: /shop)").arg(*bound)
        << Qt::endl;
    return QCoreApplication::exec();
}

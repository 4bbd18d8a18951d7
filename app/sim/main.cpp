#include "project/demoproject.h"
#include "simulatorserver.h"
#include "simulatorsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <limits>
#include <optional>

using namespace Linkwright;

namespace {

constexpr int ExitCannotRun = 1;
constexpr int ExitUsage = 2;

/// The context of the command line's own text, so that lupdate finds it (a plain function
/// around QCoreApplication::translate hides the strings from it).
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::SimulatorCommandLine)
};

void complain(const QString &message, const QString &hint = {})
{
    QTextStream err(stderr);
    err << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    if (!hint.isEmpty())
        err << "  " << hint << Qt::endl;
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
    complain(CommandLine::tr("--%1 must be a whole number from %2 to %3, not \"%4\"")
                 .arg(option.names().constFirst())
                 .arg(lowest)
                 .arg(highest)
                 .arg(text));
    return std::nullopt;
}

/// The option's value run through a FaultConfig parser, or an error printed to stderr.
template <typename T>
std::optional<T> parsed(
    const QCommandLineParser &parser, const QCommandLineOption &option, Result<T> (*parse)(const QString &))
{
    const Result<T> value = parse(parser.value(option));
    if (value)
        return *value;
    complain(
        QStringLiteral("--%1 %2: %3").arg(option.names().constFirst(), parser.value(option), value.error().message),
        value.error().hint);
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("linkwright-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LINKWRIGHT_VERSION));

    // Messages follow the user's locale, like the console's and the CLI's.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("linkwright"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Serves a demo ERP (/erp) and a demo webshop (/shop) over HTTP on loopback, with generated "
                        "data and switchable faults, for demos, tests and benchmarks of Linkwright."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
        CommandLine::tr("Port to listen on (0 picks a free one)."), QStringLiteral("port"),
        QString::number(DefaultSimulatorPort));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
        CommandLine::tr("Seed of the generated data; the same seed gives the same data."), QStringLiteral("n"),
        QStringLiteral("1"));
    const QCommandLineOption productsOption(QStringLiteral("products"), CommandLine::tr("Products in the ERP."),
        QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption customersOption(QStringLiteral("customers"), CommandLine::tr("Customers in the ERP."),
        QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption ordersOption(QStringLiteral("orders"), CommandLine::tr("Web orders in the shop."),
        QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption hostileOption(QStringLiteral("hostile"),
        CommandLine::tr("Add hostile records (2,000 levels deep, a 30-digit integer, invalid UTF-8, a 10 MiB string, a "
                        "number where text belongs) to ERP products and customers and to shop orders."));
    const QCommandLineOption tokenOption(QStringLiteral("token"),
        CommandLine::tr("Require \"Authorization: Bearer <token>\" on every request except /health."),
        QStringLiteral("token"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
        CommandLine::tr("Keep the state in this folder: load it from there if it holds one, else write the generated "
                        "data there; every change is saved."),
        QStringLiteral("dir"));
    const QCommandLineOption rateOption(QStringLiteral("fault-rate"),
        CommandLine::tr("Share of requests to resources that fault, from 0 to 1."), QStringLiteral("r"),
        QStringLiteral("0"));
    const QCommandLineOption kindsOption(QStringLiteral("faults"),
        CommandLine::tr("Fault kinds to draw from, comma-separated: 500, 500-after-write, 429, stall, slow, malformed, "
                        "truncated, reset, or all."),
        QStringLiteral("kinds"), QStringLiteral("all"));
    const QCommandLineOption scopeOption(QStringLiteral("fault-scope"),
        CommandLine::tr("Which system faults: erp, shop or both."), QStringLiteral("scope"), QStringLiteral("both"));
    const QCommandLineOption methodsOption(QStringLiteral("fault-methods"),
        CommandLine::tr("Which methods fault: GET, POST or GET,POST."), QStringLiteral("methods"),
        QStringLiteral("GET,POST"));
    const QCommandLineOption faultSeedOption(QStringLiteral("fault-seed"),
        CommandLine::tr("Seed of the fault sequence (default: the data seed)."), QStringLiteral("n"));
    const QCommandLineOption stallOption(QStringLiteral("stall-ms"),
        CommandLine::tr("How long a stalled request gets no answer, in milliseconds."), QStringLiteral("ms"),
        QStringLiteral("60000"));
    const QCommandLineOption slowOption(QStringLiteral("slow-ms"),
        CommandLine::tr("How late a slow answer comes, in milliseconds."), QStringLiteral("ms"),
        QStringLiteral("2000"));
    const QCommandLineOption retryAfterOption(QStringLiteral("retry-after"),
        CommandLine::tr("The Retry-After seconds of a 429 fault."), QStringLiteral("s"), QStringLiteral("1"));
    parser.addOptions({portOption, seedOption, productsOption, customersOption, ordersOption, hostileOption,
        tokenOption, dataOption, rateOption, kindsOption, scopeOption, methodsOption, faultSeedOption, stallOption,
        slowOption, retryAfterOption});

    if (!parser.parse(QCoreApplication::arguments())) {
        complain(parser.errorText(), CommandLine::tr("see linkwright-sim --help"));
        return ExitUsage;
    }
    if (parser.isSet(helpOption))
        parser.showHelp(0);
    if (parser.isSet(versionOption))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        complain(CommandLine::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()),
            CommandLine::tr("see linkwright-sim --help"));
        return ExitUsage;
    }

    // A cap on record counts keeps a typo from eating all memory; a million is a big benchmark.
    constexpr qint64 MaxRecords = 1'000'000;
    constexpr qint64 MaxSeed = std::numeric_limits<quint32>::max();
    const auto port = number(parser, portOption, 0, std::numeric_limits<quint16>::max());
    const auto seed = number(parser, seedOption, 0, MaxSeed);
    const auto products = number(parser, productsOption, 0, MaxRecords);
    const auto customers = number(parser, customersOption, 0, MaxRecords);
    const auto orders = number(parser, ordersOption, 0, MaxRecords);
    const auto rate = parsed(parser, rateOption, &FaultConfig::parseRate);
    const auto kinds = parsed(parser, kindsOption, &FaultConfig::parseKinds);
    const auto scope = parsed(parser, scopeOption, &FaultConfig::parseScope);
    const auto methods = parsed(parser, methodsOption, &FaultConfig::parseMethods);
    const auto faultSeed =
        parser.isSet(faultSeedOption) ? number(parser, faultSeedOption, 0, MaxSeed) : seed.value_or(1);
    const auto stall = number(parser, stallOption, 0, FaultConfig::MaxDelayMsecs);
    const auto slow = number(parser, slowOption, 0, FaultConfig::MaxDelayMsecs);
    const auto retryAfter = number(parser, retryAfterOption, 0, FaultConfig::MaxRetryAfterSeconds);
    if (!port || !seed || !products || !customers || !orders || !rate || !kinds || !scope || !methods || !faultSeed
        || !stall || !slow || !retryAfter) {
        return ExitUsage;
    }
    if (parser.isSet(dataOption) && parser.value(dataOption).trimmed().isEmpty()) {
        complain(CommandLine::tr("--data needs a folder"), CommandLine::tr("e.g. --data /tmp/linkwright-sim"));
        return ExitUsage;
    }

    SimulatorDataOptions options;
    options.seed = static_cast<quint32>(*seed);
    options.products = static_cast<int>(*products);
    options.customers = static_cast<int>(*customers);
    options.orders = static_cast<int>(*orders);
    options.hostile = parser.isSet(hostileOption);

    // Kinds alone fault nothing: said, rather than a demo that never shows a fault.
    if ((parser.isSet(kindsOption) || parser.isSet(scopeOption) || parser.isSet(methodsOption)) && *rate <= 0) {
        complain(CommandLine::tr("the faults chosen strike no request while --fault-rate is 0"),
            CommandLine::tr("add --fault-rate, such as --fault-rate 0.2 for a fifth of the requests"));
    }
    FaultConfig faults;
    faults.rate = *rate;
    faults.kinds = *kinds;
    faults.scope = *scope;
    std::tie(faults.onGet, faults.onPost) = *methods;
    faults.seed = static_cast<quint32>(*faultSeed);
    faults.stallMsecs = static_cast<int>(*stall);
    faults.slowMsecs = static_cast<int>(*slow);
    faults.retryAfterSeconds = static_cast<int>(*retryAfter);

    SimulatorServer server(options);
    server.setToken(parser.value(tokenOption));
    server.setFaults(faults);
    QObject::connect(
        &server, &SimulatorServer::saveFailed, &app, [](const Error &error) { complain(error.toString()); });

    if (parser.isSet(dataOption)) {
        const Result<bool> loaded = server.openDataDirectory(parser.value(dataOption));
        if (!loaded) {
            complain(loaded.error().toString());
            return ExitCannotRun;
        }
        const bool dataOptionsGiven = parser.isSet(seedOption) || parser.isSet(productsOption)
            || parser.isSet(customersOption) || parser.isSet(ordersOption) || parser.isSet(hostileOption);
        if (*loaded && dataOptionsGiven) {
            complain(
                CommandLine::tr("%1 holds a saved state, so --seed, --products, --customers, --orders and --hostile "
                                "are ignored")
                    .arg(parser.value(dataOption)),
                CommandLine::tr("use an empty folder to start from newly generated data"));
        }
    }

    const Result<quint16> bound = server.listen(QHostAddress(QHostAddress::LocalHost), static_cast<quint16>(*port));
    if (!bound) {
        complain(bound.error().toString());
        return ExitCannotRun;
    }

    // Stopping by signal returns from exec(), so the server's destructor makes the last save.
    const SimulatorSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SimulatorSignalWatcher::stopRequested, &app, [] { QCoreApplication::quit(); });

    // Scripts wait for this exact line before they connect; flushed at once because stdout is a
    // pipe there, not a terminal.
    QTextStream(stdout)
        << QStringLiteral("linkwright-sim listening on http://127.0.0.1:%1 (erp: /erp, shop: /shop)").arg(*bound)
        << Qt::endl;
    return QCoreApplication::exec();
}

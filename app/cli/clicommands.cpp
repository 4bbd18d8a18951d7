#include "clicommands.h"

#include "cliarguments.h"
#include "clifailurecommands.h"
#include "cliinspectcommands.h"
#include "cliroicommands.h"
#include "clisynccommands.h"
#include "domain/editdistance.h"
#include "mapping/mappingengine.h"
#include "project/demoproject.h"
#include "project/projectfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace Linkwright {

namespace {

void printDiagnostic(QTextStream &stream, const QString &file, const Diagnostic &diagnostic)
{
    const QString severity =
        diagnostic.severity == Diagnostic::Severity::Error ? CliCommands::tr("error") : CliCommands::tr("warning");
    // A diagnostic about the file itself (missing, a folder) has no path inside it to name.
    const QString text = diagnostic.path == file ? diagnostic.message : diagnostic.toString();
    stream << file << QStringLiteral(": ") << severity << QStringLiteral(": ") << text << Qt::endl;
    if (!diagnostic.hint.isEmpty())
        stream << QStringLiteral("  ") << CliCommands::tr("hint") << QStringLiteral(": ") << diagnostic.hint
               << Qt::endl;
}

const QStringList &commandNames()
{
    static const QStringList names{QStringLiteral("validate"), QStringLiteral("init"), QStringLiteral("run"),
        QStringLiteral("plan"), QStringLiteral("apply"), QStringLiteral("preview"), QStringLiteral("preflight"),
        QStringLiteral("failures"), QStringLiteral("retry"), QStringLiteral("ignore"), QStringLiteral("roi"),
        QStringLiteral("help")};
    return names;
}

/// The command a slip of one or two letters was meant to be ("vaildate"), or empty.
QString closestCommand(const QString &typed)
{
    QString closest;
    qsizetype best = typed.size() < 2 ? 0 : std::max<qsizetype>(1, typed.size() / 3) + 1;
    for (const QString &name : commandNames()) {
        if (const qsizetype distance = editDistance(typed.toLower(), name); distance < best) {
            best = distance;
            closest = name;
        }
    }
    return closest;
}

} // namespace

CliCommands::CliCommands(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

void CliCommands::printUsage(QTextStream &stream) const
{
    stream << CliCommands::tr(
        "Usage: linkwright-cli [--state DB] COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  validate FILE              check a project file; exit 0 when valid, 1 on errors\n"
        "  init [FILE] [--port N] [--force]\n"
        "                             write a demo project for linkwright-sim (default demo.linkwright.json)\n"
        "  run FILE                   sync every data point that is not off, or those given with --data-point\n"
        "  plan FILE                  a dry run: print each record's field changes and store them as a plan\n"
        "  apply FILE --plan ID       write a stored plan, or only its records given with --record\n"
        "  preview FILE -d DP [-n N]  fetch a few source records and show what the mappings make of them\n"
        "  preflight FILE -d DP       before an initial load: invalid records, missing and duplicate keys\n"
        "  failures FILE              list the failure log, filtered by data point, status, class, step, ...\n"
        "  retry FILE                 try failed records again: --id N..., --all, or a filter as for failures\n"
        "  ignore FILE --id N...      set failures aside so that retries leave them; --reopen takes them back\n"
        "  roi [--preset whitepaper | --input FILE] [--json]\n"
        "                             yearly savings per area, payback and ROI of an integration\n"
        "  help                       show this help; \"COMMAND --help\" shows a command's options\n"
        "\n"
        "Options:\n"
        "  --state DB                 the sync state database; default: one per project file, in the user's\n"
        "                             data folder (~/.local/share/Linkwright/linkwright/state/)\n"
        "  -h, --help                 show this help\n"
        "  -v, --version              show the version\n"
        "\n"
        "Exit codes: 0 done, 1 could not run or invalid input, 2 usage error, 3 finished with failures,\n"
        "130 stopped by Ctrl+C or SIGTERM.\n");
    stream.flush();
}

bool CliCommands::takeGlobalOptions(QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            break;
        const bool joined = argument.startsWith(u"--state=");
        if (argument != u"--state" && !joined)
            continue;
        // The option may come anywhere, so "run FILE --state DB" works as well as before the command.
        const QString value = joined ? argument.mid(8) : arguments.value(i + 1);
        if (value.isEmpty()) {
            m_err << CliCommands::tr("linkwright-cli: --state needs a file name") << Qt::endl;
            return false;
        }
        // "run FILE --state --dry-run" took "--dry-run" for the database: the run wrote to the
        // target, against a new, empty state, and left a file called "--dry-run".
        if (!joined && value.startsWith(u'-')) {
            m_err << CliCommands::tr("linkwright-cli: --state needs a file name, not the option \"%1\"").arg(value)
                  << Qt::endl
                  << CliCommands::tr("  hint: give the database after --state; a name that starts with a dash "
                                     "goes as --state=./%1")
                         .arg(value)
                  << Qt::endl;
            return false;
        }
        if (!joined && commandNames().contains(value) && !QFileInfo::exists(value)) {
            m_err << CliCommands::tr("linkwright-cli: --state needs a file name, not the command \"%1\"").arg(value)
                  << Qt::endl
                  << CliCommands::tr("  hint: the database comes first, as in \"linkwright-cli --state DB %1 ...\"")
                         .arg(value)
                  << Qt::endl;
            return false;
        }
        m_statePath = value;
        arguments.remove(i, joined ? 1 : 2);
        --i;
    }
    return true;
}

ExitCode CliCommands::run(const QStringList &arguments)
{
    QStringList all = arguments;
    if (!takeGlobalOptions(all))
        return ExitCode::Usage;
    const QString command = all.value(1);
    // "help run" is "run --help", as git and most tools read it.
    if (command == u"help" && all.size() > 2 && all.at(2) != u"help")
        return run({all.at(0), all.at(2), QStringLiteral("--help")});
    if (command == u"-h" || command == u"--help" || command == u"help") {
        printUsage(m_out);
        return ExitCode::Ok;
    }
    if (command == u"-v" || command == u"--version") {
        m_out << QStringLiteral("linkwright-cli ") << QStringLiteral(LINKWRIGHT_VERSION) << Qt::endl;
        return ExitCode::Ok;
    }
    const QStringList rest = all.mid(1);
    if (command == u"validate")
        return validate(rest);
    if (command == u"init")
        return init(rest);
    if (command == u"roi")
        return CliRoiCommands(m_out, m_err).roi(rest);
    CliSyncCommands sync(m_out, m_err, m_statePath);
    if (command == u"run")
        return sync.run(rest);
    if (command == u"plan")
        return sync.plan(rest);
    if (command == u"apply")
        return sync.apply(rest);
    CliInspectCommands inspect(m_out, m_err, m_statePath);
    if (command == u"preview")
        return inspect.preview(rest);
    if (command == u"preflight")
        return inspect.preflight(rest);
    CliFailureCommands failures(m_out, m_err, m_statePath);
    if (command == u"failures")
        return failures.failures(rest);
    if (command == u"retry")
        return failures.retry(rest);
    if (command == u"ignore")
        return failures.ignore(rest);
    if (command.isEmpty()) {
        m_err << CliCommands::tr("linkwright-cli: no command given") << Qt::endl;
    } else if (command.startsWith(u'-')) {
        // "linkwright-cli --quiet run FILE": only --state comes before the command.
        m_err << CliCommands::tr("linkwright-cli: \"%1\" is not a command; an option other than --state goes "
                                 "after the command, as in \"linkwright-cli run FILE %1\"")
                     .arg(command)
              << Qt::endl;
    } else if (const QString closest = closestCommand(command); !closest.isEmpty()) {
        m_err << CliCommands::tr("linkwright-cli: unknown command \"%1\"; did you mean \"%2\"?").arg(command, closest)
              << Qt::endl;
    } else {
        m_err << CliCommands::tr("linkwright-cli: unknown command \"%1\"").arg(command) << Qt::endl;
    }
    printUsage(m_err);
    return ExitCode::Usage;
}

ExitCode CliCommands::validate(const QStringList &arguments)
{
    CliArguments args(
        m_out, m_err, QStringLiteral("validate"), QStringLiteral("linkwright-cli validate [--quiet] FILE"));
    const QCommandLineOption quiet(QStringList{QStringLiteral("q"), QStringLiteral("quiet")},
        CliCommands::tr("Print errors only, no warnings or summary."));
    QCommandLineParser &parser = args.parser();
    args.addOptions({quiet});
    if (const auto stop = args.parse(arguments))
        return *stop;
    const QString file = args.file();
    const auto loaded = ProjectFile::load(file);
    if (!loaded) {
        for (const Diagnostic &diagnostic : loaded.error())
            printDiagnostic(m_out, file, diagnostic);
        if (!parser.isSet(quiet))
            m_out << (loaded.error().size() == 1
                    ? CliCommands::tr("%1: invalid, 1 error").arg(file)
                    : CliCommands::tr("%1: invalid, %2 errors").arg(file).arg(loaded.error().size()))
                  << Qt::endl;
        return ExitCode::Failed;
    }
    // The file format is fine; now what only the mapping engine can judge (date formats,
    // overlapping targets, bad paths), so a run never finds it first.
    Diagnostics engineErrors;
    for (const DataPointConfig &config : loaded->project.dataPoints) {
        for (const Error &error : MappingEngine::problems(config))
            engineErrors.append({Diagnostic::Severity::Error, error.where, error.message, error.hint});
    }
    if (!engineErrors.isEmpty()) {
        for (const Diagnostic &diagnostic : engineErrors)
            printDiagnostic(m_out, file, diagnostic);
        if (!parser.isSet(quiet))
            m_out << (engineErrors.size() == 1
                    ? CliCommands::tr("%1: invalid, 1 error").arg(file)
                    : CliCommands::tr("%1: invalid, %2 errors").arg(file).arg(engineErrors.size()))
                  << Qt::endl;
        return ExitCode::Failed;
    }
    if (!parser.isSet(quiet)) {
        for (const Diagnostic &diagnostic : loaded->warnings)
            printDiagnostic(m_out, file, diagnostic);
        const auto count = loaded->warnings.size();
        m_out << (count == 0 ? CliCommands::tr("%1: valid").arg(file)
                : count == 1 ? CliCommands::tr("%1: valid, 1 warning").arg(file)
                             : CliCommands::tr("%1: valid, %2 warnings").arg(file).arg(count))
              << Qt::endl;
    }
    return ExitCode::Ok;
}

ExitCode CliCommands::init(const QStringList &arguments)
{
    CliArguments args(
        m_out, m_err, QStringLiteral("init"), QStringLiteral("linkwright-cli init [--port N] [--force] [FILE]"));
    args.setFileOptional(true);
    const QCommandLineOption port(QStringLiteral("port"), CliCommands::tr("The port linkwright-sim listens on."),
        QStringLiteral("port"), QString::number(DefaultSimulatorPort));
    const QCommandLineOption force(QStringLiteral("force"), CliCommands::tr("Overwrite an existing file."));
    QCommandLineParser &parser = args.parser();
    args.addOptions({port, force});
    if (const auto stop = args.parse(arguments))
        return *stop;
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber == 0 || portNumber > 65535) {
        m_err << CliCommands::tr("init: --port must be a number from 1 to 65535, not \"%1\"").arg(parser.value(port))
              << Qt::endl;
        return ExitCode::Usage;
    }
    const QString file = args.file().isEmpty() ? QStringLiteral("demo.linkwright.json") : args.file();
    if (QFileInfo(file).isDir()) {
        m_err << CliCommands::tr("init: %1 is a folder; nothing was written").arg(file) << Qt::endl
              << CliCommands::tr("  hint: name the project file, such as %1")
                     .arg(QDir(file).filePath(QStringLiteral("demo.linkwright.json")))
              << Qt::endl;
        return ExitCode::Failed;
    }
    if (QFileInfo::exists(file) && !parser.isSet(force)) {
        m_err << CliCommands::tr("init: %1 exists already; nothing was written").arg(file) << Qt::endl
              << CliCommands::tr("  hint: choose another name, or add --force to overwrite it") << Qt::endl;
        return ExitCode::Failed;
    }
    if (const auto saved = ProjectFile::save(demoProject(static_cast<quint16>(portNumber)), file); !saved) {
        m_err << QStringLiteral("linkwright-cli init: ") << saved.error().toString() << Qt::endl;
        return ExitCode::Failed;
    }
    m_out << CliCommands::tr("Wrote %1. Start the simulator with \"linkwright-sim --port %2\", then open the project.")
                 .arg(file)
                 .arg(portNumber)
          << Qt::endl;
    return ExitCode::Ok;
}

} // namespace Linkwright

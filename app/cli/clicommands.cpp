#include "clicommands.h"

#include "mapping/mappingengine.h"
#include "project/demoproject.h"
#include "project/projectfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace Linkwright {

namespace {

void printDiagnostic(QTextStream &stream, const QString &file, const Diagnostic &diagnostic)
{
    const QString severity =
        diagnostic.severity == Diagnostic::Severity::Error ? CliCommands::tr("error") : CliCommands::tr("warning");
    // The file name is left out when the diagnostic already names it (a missing file, say).
    const QString prefix = diagnostic.path == file ? QString() : file + QStringLiteral(": ");
    stream << prefix << severity << QStringLiteral(": ") << diagnostic.toString() << Qt::endl;
    if (!diagnostic.hint.isEmpty())
        stream << QStringLiteral("  ") << CliCommands::tr("hint") << QStringLiteral(": ") << diagnostic.hint
               << Qt::endl;
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
        "Usage: linkwright-cli COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  validate FILE       check a project file; exit 0 when valid, 1 on errors\n"
        "  init [FILE]         write a demo project for linkwright-sim (default demo.linkwright.json)\n"
        "\n"
        "Options:\n"
        "  -h, --help          show this help\n"
        "  -v, --version       show the version\n"
        "\n"
        "Exit codes: 0 done, 1 could not run or invalid input, 2 usage error, 3 finished with failures.\n");
    stream.flush();
}

ExitCode CliCommands::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == u"-h" || command == u"--help" || command == u"help") {
        printUsage(m_out);
        return ExitCode::Ok;
    }
    if (command == u"-v" || command == u"--version") {
        m_out << QStringLiteral("linkwright-cli ") << QStringLiteral(LINKWRIGHT_VERSION) << Qt::endl;
        return ExitCode::Ok;
    }
    const QStringList rest = arguments.mid(1);
    if (command == u"validate")
        return validate(rest);
    if (command == u"init")
        return init(rest);
    if (command.isEmpty())
        m_err << CliCommands::tr("linkwright-cli: no command given") << Qt::endl;
    else
        m_err << CliCommands::tr("linkwright-cli: unknown command \"%1\"").arg(command) << Qt::endl;
    printUsage(m_err);
    return ExitCode::Usage;
}

ExitCode CliCommands::validate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), CliCommands::tr("The project file to check."));
    const QCommandLineOption quiet(QStringList{QStringLiteral("q"), QStringLiteral("quiet")},
        CliCommands::tr("Print errors only, no warnings or summary."));
    parser.addOption(quiet);
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1) {
        m_err << (parser.errorText().isEmpty() ? CliCommands::tr("validate: expected exactly one project file")
                                               : parser.errorText())
              << Qt::endl
              << CliCommands::tr("Usage: linkwright-cli validate [--quiet] FILE") << Qt::endl;
        return ExitCode::Usage;
    }
    const QString file = parser.positionalArguments().constFirst();
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
        if (auto engine = MappingEngine::compile(config); !engine) {
            const Error &error = engine.error();
            engineErrors.append({Diagnostic::Severity::Error, error.where, error.message, error.hint});
        }
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
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), CliCommands::tr("Where to write the project."));
    const QCommandLineOption port(QStringLiteral("port"), CliCommands::tr("The port linkwright-sim listens on."),
        QStringLiteral("port"), QString::number(DefaultSimulatorPort));
    const QCommandLineOption force(QStringLiteral("force"), CliCommands::tr("Overwrite an existing file."));
    parser.addOptions({port, force});
    if (!parser.parse(arguments) || parser.positionalArguments().size() > 1) {
        m_err << (parser.errorText().isEmpty() ? CliCommands::tr("init: expected at most one file")
                                               : parser.errorText())
              << Qt::endl
              << CliCommands::tr("Usage: linkwright-cli init [--port N] [--force] [FILE]") << Qt::endl;
        return ExitCode::Usage;
    }
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber == 0 || portNumber > 65535) {
        m_err << CliCommands::tr("init: --port must be a number from 1 to 65535, not \"%1\"").arg(parser.value(port))
              << Qt::endl;
        return ExitCode::Usage;
    }
    const QString file = parser.positionalArguments().value(0, QStringLiteral("demo.linkwright.json"));
    if (QFileInfo::exists(file) && !parser.isSet(force)) {
        m_err << CliCommands::tr("init: %1 exists already; nothing was written").arg(file) << Qt::endl
              << CliCommands::tr("  hint: choose another name, or add --force to overwrite it") << Qt::endl;
        return ExitCode::Failed;
    }
    if (const auto saved = ProjectFile::save(demoProject(static_cast<quint16>(portNumber)), file); !saved) {
        m_err << saved.error().toString() << Qt::endl;
        return ExitCode::Failed;
    }
    m_out << CliCommands::tr("Wrote %1. Start the simulator with \"linkwright-sim --port %2\", then open the project.")
                 .arg(file)
                 .arg(portNumber)
          << Qt::endl;
    return ExitCode::Ok;
}

} // namespace Linkwright

#include "cliarguments.h"

#include "clijson.h"
#include "domain/editdistance.h"

#include <algorithm>
#include <limits>

namespace Linkwright {

CliArguments::CliArguments(QTextStream &out, QTextStream &err, QString command, QString usage)
    : m_out(out)
    , m_err(err)
    , m_command(std::move(command))
    , m_usage(std::move(usage))
    , m_help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this command's options."))
{
    m_parser.addPositionalArgument(QStringLiteral("file"), tr("The project file."));
    m_parser.addOption(m_help);
}

std::optional<ExitCode> CliArguments::parse(const QStringList &arguments)
{
    // Looked for by hand: a usage error may come before the parser knows --json is an option.
    m_json = arguments.contains(QStringLiteral("--json"));
    if (!m_parser.parse(arguments)) {
        usageError(unknownOption().value_or(m_parser.errorText()));
        return ExitCode::Usage;
    }
    if (m_parser.isSet(m_help)) {
        // Qt's text names the program by its file; only the option list is worth keeping.
        const QString help = m_parser.helpText();
        const qsizetype options = help.indexOf(QStringLiteral("Options:"));
        // What every command shares is said here too: a user of "run --help" never saw --state
        // (it is not a command's own option) nor the exit codes, which only "help" listed.
        m_out << tr("Usage: %1").arg(m_usage) << Qt::endl
              << Qt::endl
              << (options < 0 ? help : help.mid(options)) << Qt::endl
              << tr("Anywhere on the line: --state DB, the sync state database (default: one per project file).\n"
                    "Exit codes: 0 done, 1 could not run or invalid input, 2 usage error, 3 finished with "
                    "failures, 130 stopped by Ctrl+C or SIGTERM.")
              << Qt::endl
              << Qt::flush;
        return ExitCode::Ok;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty() && !m_fileOptional) {
        usageError(tr("expected a project file"));
        return ExitCode::Usage;
    }
    if (positional.size() > 1) {
        usageError(tr("expected one project file, not also \"%1\"").arg(positional.at(1)));
        return ExitCode::Usage;
    }
    return std::nullopt;
}

void CliArguments::addOptions(const QList<QCommandLineOption> &options)
{
    m_parser.addOptions(options);
    m_options.append(options);
}

std::optional<QString> CliArguments::unknownOption() const
{
    const QStringList unknown = m_parser.unknownOptionNames();
    if (unknown.isEmpty())
        return std::nullopt;
    // Qt's "Unknown option 'fulll'." drops the dashes the user typed and suggests nothing.
    const QString typed = unknown.constFirst();
    const QString dashed = (typed.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + typed;
    QString closest;
    // About one slip in three letters; a letter or two alone is too little to guess from.
    qsizetype best = typed.size() < 3 ? 0 : std::max<qsizetype>(1, typed.size() / 3) + 1;
    QStringList names;
    QList<QCommandLineOption> options = m_options;
    options.append(m_help);
    for (const QCommandLineOption &option : std::as_const(options)) {
        const QString longest = option.names().constLast();
        names.append(name(option));
        const qsizetype distance = editDistance(typed.toLower(), longest.toLower());
        if (distance < best) {
            best = distance;
            closest = name(option);
        }
    }
    if (!closest.isEmpty())
        return tr("%1 is not an option of %2; did you mean %3?").arg(dashed, m_command, closest);
    return tr("%1 is not an option of %2; its options: %3").arg(dashed, m_command, names.join(QStringLiteral(", ")));
}

QString CliArguments::file() const
{
    return m_parser.positionalArguments().value(0);
}

bool CliArguments::usageError(const QString &message)
{
    m_failed = true;
    const QString usage = tr("Usage: %1").arg(m_usage);
    m_err << m_command << QStringLiteral(": ") << message << Qt::endl << usage << Qt::endl;
    // A script that asked for --json reads stdout: it gets the errors document, not nothing.
    if (m_json && !m_jsonPrinted) {
        m_jsonPrinted = true;
        CliJson::print(m_out,
            Value::object({Member{"errors",
                Value::array({CliJson::error(Error{ErrorCode::InvalidArgument, m_command, message, usage})})}}));
    }
    return false;
}

QString CliArguments::name(const QCommandLineOption &option)
{
    const QString longest = option.names().constLast();
    return (longest.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + longest;
}

QStringList CliArguments::values(const QCommandLineOption &option) const
{
    QStringList all;
    for (const QString &value : m_parser.values(option)) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts))
            all.append(part.trimmed());
    }
    return all;
}

std::optional<QList<DataPointKind>> CliArguments::dataPoints(const QCommandLineOption &option)
{
    QList<DataPointKind> kinds;
    QStringList keys;
    for (DataPointKind known : DataPoints::all())
        keys.append(DataPoints::key(known));
    const QStringList named = values(option);
    // An empty value (a script's unset variable) would otherwise mean "every data point".
    if (m_parser.isSet(option) && named.isEmpty()) {
        usageError(tr("%1 names no data point; choose from %2").arg(name(option), keys.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    for (const QString &value : named) {
        auto kind = DataPoints::fromKey(value);
        // "Products" or "orderupdates" on a command line mean what they say.
        for (qsizetype i = 0; !kind && i < keys.size(); ++i) {
            if (keys.at(i).compare(value, Qt::CaseInsensitive) == 0)
                kind = DataPoints::fromKey(keys.at(i));
        }
        if (!kind) {
            QString closest;
            qsizetype best = std::max<qsizetype>(1, value.size() / 3) + 1;
            for (const QString &key : std::as_const(keys)) {
                if (const qsizetype distance = editDistance(value.toLower(), key.toLower()); distance < best) {
                    best = distance;
                    closest = key;
                }
            }
            usageError(closest.isEmpty()
                    ? tr("%1: \"%2\" is not a data point; choose from %3")
                          .arg(name(option), value, keys.join(QStringLiteral(", ")))
                    : tr("%1: \"%2\" is not a data point; did you mean %3?").arg(name(option), value, closest));
            return std::nullopt;
        }
        if (!kinds.contains(*kind))
            kinds.append(*kind);
    }
    return kinds;
}

std::optional<DataPointKind> CliArguments::dataPoint(const QCommandLineOption &option)
{
    const auto kinds = dataPoints(option);
    if (!kinds)
        return std::nullopt;
    if (kinds->size() != 1) {
        usageError(kinds->isEmpty() ? tr("%1 is required").arg(name(option))
                                    : tr("%1 takes one data point here").arg(name(option)));
        return std::nullopt;
    }
    return kinds->constFirst();
}

std::optional<qint64> CliArguments::number(
    const QCommandLineOption &option, qint64 lowest, qint64 highest, qint64 fallback)
{
    if (!m_parser.isSet(option))
        return fallback;
    const QString text = m_parser.value(option);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (ok && value >= lowest && value <= highest)
        return value;
    if (highest == std::numeric_limits<qint64>::max())
        usageError(tr("%1 must be a whole number of at least %2, not \"%3\"").arg(name(option)).arg(lowest).arg(text));
    else
        usageError(tr("%1 must be a whole number from %2 to %3, not \"%4\"")
                       .arg(name(option))
                       .arg(lowest)
                       .arg(highest)
                       .arg(text));
    return std::nullopt;
}

std::optional<QList<qint64>> CliArguments::numbers(const QCommandLineOption &option, qint64 lowest)
{
    QList<qint64> all;
    const QStringList texts = values(option);
    if (m_parser.isSet(option) && texts.isEmpty()) {
        usageError(tr("%1 is empty; give a whole number of at least %2").arg(name(option)).arg(lowest));
        return std::nullopt;
    }
    for (const QString &text : texts) {
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok || value < lowest) {
            usageError(
                tr("%1 must be a whole number of at least %2, not \"%3\"").arg(name(option)).arg(lowest).arg(text));
            return std::nullopt;
        }
        all.append(value);
    }
    return all;
}

std::optional<QDateTime> CliArguments::dateTime(const QCommandLineOption &option)
{
    if (!m_parser.isSet(option))
        return QDateTime();
    const QString text = m_parser.value(option);
    QDateTime value = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!value.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            value = date.startOfDay();
    }
    if (value.isValid())
        return value;
    usageError(tr("%1 must be a date or time in ISO 8601, such as 2026-01-31 or 2026-01-31T14:00:00Z, not \"%2\"")
                   .arg(name(option), text));
    return std::nullopt;
}

std::optional<QString> CliArguments::oneOf(const QCommandLineOption &option, const QStringList &keys)
{
    if (!m_parser.isSet(option))
        return std::nullopt;
    const QString value = m_parser.value(option);
    if (keys.contains(value))
        return value;
    usageError(tr("%1: \"%2\" is not one of %3").arg(name(option), value, keys.join(QStringLiteral(", "))));
    return std::nullopt;
}

} // namespace Linkwright

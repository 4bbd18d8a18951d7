#pragma once

#include "clicommands.h"
#include "domain/datapoint.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

#include <optional>

namespace Linkwright {

/// One command's arguments: parses them and turns option values into what the core takes. A
/// bad value prints a message naming the option and the command's usage line on stderr and
/// comes back empty; the command then exits with ExitCode::Usage.
class CliArguments final
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::Cli)

public:
    /// usage: the command's synopsis, e.g. "linkwright-cli apply FILE --plan ID [--record KEY]...".
    CliArguments(QTextStream &out, QTextStream &err, QString command, QString usage);

    [[nodiscard]] QCommandLineParser &parser() { return m_parser; }
    /// Adds options as parser().addOptions does, and keeps them for suggestions on a typo.
    void addOptions(const QList<QCommandLineOption> &options);
    /// For init: the project file may be left out (a default name is used).
    void setFileOptional(bool optional) { m_fileOptional = optional; }
    /// Parses and expects exactly one positional argument, the project file. An exit code when
    /// the command ends here: Usage after an error, Ok after --help printed the options.
    [[nodiscard]] std::optional<ExitCode> parse(const QStringList &arguments);
    [[nodiscard]] QString file() const;

    [[nodiscard]] bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    /// Every data point named (repeated, or comma-separated); empty when none.
    [[nodiscard]] std::optional<QList<DataPointKind>> dataPoints(const QCommandLineOption &option);
    [[nodiscard]] std::optional<DataPointKind> dataPoint(const QCommandLineOption &option);
    /// The option's value as a whole number in [lowest, highest], or fallback when not given.
    [[nodiscard]] std::optional<qint64> number(
        const QCommandLineOption &option, qint64 lowest, qint64 highest, qint64 fallback = 0);
    /// Every value of a repeatable number option (also comma-separated).
    [[nodiscard]] std::optional<QList<qint64>> numbers(const QCommandLineOption &option, qint64 lowest);
    /// ISO 8601, a date or a date and time; local time unless it names its offset or Z.
    [[nodiscard]] std::optional<QDateTime> dateTime(const QCommandLineOption &option);
    /// A value that must be one of keys; nullopt when not given or when wrong (see failed()).
    [[nodiscard]] std::optional<QString> oneOf(const QCommandLineOption &option, const QStringList &keys);

    /// Prints message and the usage line; always false, for `return usageError(...)`.
    bool usageError(const QString &message);
    /// Whether a value check printed a usage error.
    [[nodiscard]] bool failed() const { return m_failed; }

    /// "--plan", or "-n" for a one-letter option: how the user wrote it.
    [[nodiscard]] static QString name(const QCommandLineOption &option);

private:
    [[nodiscard]] QStringList values(const QCommandLineOption &option) const;
    /// An unknown option as the user typed it, with the closest known one.
    [[nodiscard]] std::optional<QString> unknownOption() const;

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_command;
    QString m_usage;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QList<QCommandLineOption> m_options;
    bool m_failed = false;
    bool m_fileOptional = false;
    bool m_json = false; ///< --json was given: usage errors go to stdout as an errors document too
    bool m_jsonPrinted = false;
};

} // namespace Linkwright

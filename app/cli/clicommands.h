#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Linkwright {

/// Exit codes shared by every command, so scripts and cron can branch on them.
enum class ExitCode {
    Ok = 0,
    Failed = 1, ///< could not run, or the input is invalid; the message says why
    Usage = 2,
    FinishedWithFailures = 3,
    /// Stopped by SIGINT or SIGTERM: what the shell reports for a Ctrl+C (128 + SIGINT), so a
    /// script can tell "someone stopped it" from "it could not run".
    Cancelled = 130,
};

/// linkwright-cli's commands. Output goes to the streams given, so tests can capture it.
class CliCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::Cli)

public:
    CliCommands(QTextStream &out, QTextStream &err);

    /// arguments as in main's argv, including the program name.
    [[nodiscard]] ExitCode run(const QStringList &arguments);

private:
    ExitCode validate(const QStringList &arguments);
    ExitCode init(const QStringList &arguments);
    /// Takes the global --state FILE out of arguments; false after a usage error.
    bool takeGlobalOptions(QStringList &arguments);
    void printUsage(QTextStream &stream) const;

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_statePath;
};

} // namespace Linkwright

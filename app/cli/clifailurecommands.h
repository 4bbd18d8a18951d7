#pragma once

#include "clicommands.h"
#include "store/store.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QTextStream>

#include <optional>

namespace Linkwright {

class CliArguments;
class CliSession;

/// failures and retry: the failure log, for the people who fix what did not sync.
class CliFailureCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::Cli)

public:
    CliFailureCommands(QTextStream &out, QTextStream &err, QString statePath);

    ExitCode failures(const QStringList &arguments);
    ExitCode retry(const QStringList &arguments);
    ExitCode ignore(const QStringList &arguments);

private:
    /// The filter options both commands take.
    struct FilterOptions {
        QCommandLineOption dataPoint;
        QCommandLineOption errorClass;
        QCommandLineOption step;
        QCommandLineOption text;
        QCommandLineOption since;
        QCommandLineOption run;

        FilterOptions();
        void addTo(CliArguments &args) const;
        [[nodiscard]] bool anySet(const CliArguments &args) const;
        /// The filter, or nullopt after a usage error.
        [[nodiscard]] std::optional<FailureFilter> read(CliArguments &args) const;
    };

    /// The failures named by ids, each of which must exist: an id that does not is an error
    /// (printed), so that a mistyped number is never read as "nothing to do".
    [[nodiscard]] std::optional<QList<Failure>> namedFailures(CliSession &session, const QList<qint64> &ids);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_statePath;
};

} // namespace Linkwright

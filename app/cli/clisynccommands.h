#pragma once

#include "clicommands.h"
#include "domain/value.h"
#include "sync/synctypes.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Linkwright {

class CliSession;

/// run, plan and apply: the commands that move records (or plan to).
class CliSyncCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::Cli)

public:
    CliSyncCommands(QTextStream &out, QTextStream &err, QString statePath);

    ExitCode run(const QStringList &arguments);
    /// A dry run that prints every record's field changes and the plan's number.
    ExitCode plan(const QStringList &arguments);
    ExitCode apply(const QStringList &arguments);

private:
    struct Runs {
        QList<SyncReport> reports;
        QList<Value> json; ///< the reports and the data points that could not run, in order
        bool errors = false;
    };
    /// Runs each data point (all that are switched on when kinds is empty) in catalogue order;
    /// stops early when cancelled.
    [[nodiscard]] Runs runAll(CliSession &session, QList<DataPointKind> kinds, const SyncOptions &options);
    /// A line pointing at the failures a run left, when it left some.
    void hintFailures(CliSession &session, const QList<SyncReport> &reports);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_statePath;
};

} // namespace Linkwright

#pragma once

#include "sync/synctypes.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace Linkwright {

/// Prints a run's progress on stderr, so that stdout carries only results. On a terminal one
/// line is rewritten in place; elsewhere (cron, a log file, a pipe) each change is a line of its
/// own, since a carriage return would garble a log.
class CliProgress final
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::Cli)

public:
    explicit CliProgress(QTextStream &err);

    [[nodiscard]] ProgressCallback callback();
    /// Ends the line being rewritten, if any, before other output.
    void end();

private:
    void show(const SyncProgress &progress);

    QTextStream &m_err;
    QString m_last;
    qsizetype m_width = 0; ///< of the line on the terminal, to blank what a shorter one leaves
    bool m_terminal = false;
};

} // namespace Linkwright

#pragma once

#include "clicommands.h"
#include "mapping/mappingpreview.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Linkwright {

/// preview and preflight: look before a run changes anything.
class CliInspectCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::Cli)

public:
    CliInspectCommands(QTextStream &out, QTextStream &err, QString statePath);

    /// A few records from the data point's source, each input beside what the mappings make of it.
    ExitCode preview(const QStringList &arguments);
    ExitCode preflight(const QStringList &arguments);

private:
    void printPreview(const DataPointConfig &config, const MappingEngine &engine, const QList<PreviewRow> &rows);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_statePath;
};

} // namespace Linkwright

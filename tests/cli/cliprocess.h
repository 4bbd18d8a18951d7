#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtGlobal>

/// Runs the real linkwright-cli binary and collects what it printed, for both CLI suites.
class CliProcess final
{
public:
    struct Outcome {
        int exitCode = -1; ///< -1 when it crashed
        QString out;
        QString err;
    };

    static Outcome run(
        const QStringList &arguments, const QString &workingDirectory = {}, const QProcessEnvironment &environment = {})
    {
        QProcess process;
        if (!workingDirectory.isEmpty())
            process.setWorkingDirectory(workingDirectory);
        if (!environment.isEmpty())
            process.setProcessEnvironment(environment);
        process.start(QStringLiteral(LINKWRIGHT_CLI), arguments);
        if (!process.waitForFinished(60'000))
            qFatal("linkwright-cli did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }
};

#pragma once

#include "clicommands.h"
#include "roi/roicalculator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

namespace Linkwright {

/// roi: what an integration is worth, from the whitepaper preset or a scenario file.
class CliRoiCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::Cli)

public:
    CliRoiCommands(QTextStream &out, QTextStream &err);

    ExitCode roi(const QStringList &arguments);

private:
    void printTable(const RoiScenario &scenario, const RoiResult &result);
    void printJson(const QString &name, const RoiInputs &inputs, const RoiResult &result);
    [[nodiscard]] QString money(const Decimal &amount, const QString &currency) const;

    QTextStream &m_out;
    QTextStream &m_err;
    /// Output for people, the same on every machine: a point for decimals, commas between thousands.
    QLocale m_locale;
};

} // namespace Linkwright

#pragma once

#include "domain/error.h"
#include "mapping/mappingpreview.h"
#include "project/project.h"
#include "sync/synctypes.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Linkwright {

/// What the commands print for people: compact, aligned, one line per run or failure, with
/// the details (messages, diffs) indented below. Scripts use --json instead (CliJson).
class CliOutput final
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::Cli)

public:
    /// One line per run: data point, direction, status, counts, then its run (or plan) number;
    /// a message below a run that has one.
    static void reports(QTextStream &out, const QList<SyncReport> &reports);
    /// A dry run's plan: a summary line, then each record with the fields it would change.
    static void plan(QTextStream &out, const SyncReport &report, const QList<PlanItem> &items);
    /// total: how many match the filter, to say when the limit cut the list short.
    static void failures(QTextStream &out, const QList<Failure> &failures, qint64 total);
    /// Each failure whole (failures --id): what the table cuts to a line, and the record.
    static void failureDetails(QTextStream &out, const QList<Failure> &failures);
    static void preflight(QTextStream &out, const PreflightReport &report, Direction direction);

    /// A value as JSON on one line, cut to at most width characters.
    [[nodiscard]] static QString shortValue(const Value &value, qsizetype width = 60);
    /// Every line of text after the first indented by indent.
    [[nodiscard]] static QString indentLines(const QString &text, const QString &indent);
    /// "the ERP" or "the shop".
    [[nodiscard]] static QString sideName(Side side);
};

} // namespace Linkwright

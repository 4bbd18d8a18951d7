#include "clioutput.h"

#include "clitable.h"
#include "domain/json.h"
#include "domain/textcut.h"
#include "sync/recorddiff.h"
#include "sync/synccontext.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <array>

namespace Linkwright {

namespace {

using Align = CliTable::Align;

const char *const CountLabels[] = {
    QT_TRANSLATE_NOOP("Linkwright::Cli", "fetched"),
    QT_TRANSLATE_NOOP("Linkwright::Cli", "created"),
    QT_TRANSLATE_NOOP("Linkwright::Cli", "updated"),
    QT_TRANSLATE_NOOP("Linkwright::Cli", "unchanged"),
    QT_TRANSLATE_NOOP("Linkwright::Cli", "deleted"),
    QT_TRANSLATE_NOOP("Linkwright::Cli", "failed"),
    QT_TRANSLATE_NOOP("Linkwright::Cli", "conflicts"),
    QT_TRANSLATE_NOOP("Linkwright::Cli", "echoes"),
    QT_TRANSLATE_NOOP("Linkwright::Cli", "retried"),
    QT_TRANSLATE_NOOP("Linkwright::Cli", "resolved"),
};
enum Count {
    Fetched,
    Created,
    Updated,
    Unchanged,
    Deleted,
    Failed,
    Conflicts,
    Echoes,
    Retried,
    Resolved,
    CountCount,
};

std::array<qint64, CountCount> countsOf(const SyncReport &report)
{
    const RunCounts &c = report.run.counts;
    return {c.fetched, c.created, c.updated, c.unchanged, c.deleted, c.failed, report.conflicts, report.echoes,
        report.retried, report.resolved};
}

/// Whether a column says anything: deletes, two-way and retry figures only when some run has them.
bool shown(Count count, const QList<SyncReport> &reports)
{
    switch (count) {
    case Deleted:
        return std::ranges::any_of(reports, [](const SyncReport &r) { return r.run.counts.deleted > 0; });
    case Conflicts:
    case Echoes:
        return std::ranges::any_of(reports, [](const SyncReport &r) { return r.run.direction == Direction::Both; });
    case Retried:
    case Resolved:
        return std::ranges::any_of(reports, [](const SyncReport &r) { return r.retried > 0; });
    default:
        return true;
    }
}

QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

/// targets: per change, which system it goes to (two-way plans); empty for one-way.
/// The members of an object that differ, by their path below field: cut to a line each, two
/// whole addresses looked the same where only a late member differed.
void addMemberChanges(
    CliTable &table, const QString &field, const Value &before, const Value &after, const QString &target)
{
    QList<QByteArray> names;
    for (const Value *side : {&before, &after}) {
        for (const Member &member : side->members()) {
            if (!names.contains(member.name))
                names.append(member.name);
        }
    }
    for (const QByteArray &name : std::as_const(names)) {
        const Value *was = before.find(name);
        const Value *now = after.find(name);
        if (was && now && *was == *now)
            continue;
        const QString path = field + u'.' + QString::fromUtf8(name);
        if (was && now && was->isObject() && now->isObject()) {
            addMemberChanges(table, path, *was, *now, target);
            continue;
        }
        QStringList row{path, was ? CliOutput::shortValue(*was) : CliOutput::tr("(none)"), QStringLiteral("->"),
            now ? CliOutput::shortValue(*now) : CliOutput::tr("(none)")};
        if (!target.isEmpty())
            row.append(target);
        table.add(row);
    }
}

void printChanges(QTextStream &out, const QList<FieldChange> &changes, bool create, const QStringList &targets = {})
{
    CliTable table;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const FieldChange &change = changes.at(i);
        const QString field = QString::fromUtf8(change.field);
        const QString target = i < targets.size() ? targets.at(i) : QString();
        if (!create && change.before.isObject() && change.after.isObject()) {
            addMemberChanges(table, field, change.before, change.after, target);
            continue;
        }
        QStringList row = create ? QStringList{field, CliOutput::shortValue(change.after)}
                                 : QStringList{field, CliOutput::shortValue(change.before), QStringLiteral("->"),
                                     CliOutput::shortValue(change.after)};
        if (i < targets.size())
            row.append(target);
        table.add(row);
    }
    table.print(out, QStringLiteral("      "));
}

/// "to the ERP" or "to the shop" for each change of a two-way diff; empty when none says.
QStringList changeTargets(const Value &diff)
{
    QStringList targets;
    bool any = false;
    for (const Value &change : diff.items()) {
        const Value *to = change.find("to");
        const QString side = to ? to->text() : QString();
        any = any || !side.isEmpty();
        targets.append(side == u"erp" ? CliOutput::tr("to the ERP")
                : side == u"shop"     ? CliOutput::tr("to the shop")
                                      : QString());
    }
    return any ? targets : QStringList();
}

/// A two-way item writes each system it has changes for: counted per system, as the run that
/// applies it counts (the header said 1 to update and the run updated 2).
qint64 writesOf(const PlanItem &item)
{
    if (item.action != PlanAction::Create && item.action != PlanAction::Update)
        return 1;
    const auto diff = Json::parse(item.diff);
    if (!diff || !diff->isArray())
        return 1;
    QSet<QString> systems;
    for (const Value &change : diff->items()) {
        if (const Value *to = change.find("to"))
            systems.insert(to->text());
    }
    return std::max<qint64>(1, systems.size());
}

} // namespace

QString CliOutput::sideName(Side side)
{
    return side == Side::Erp ? tr("the ERP") : tr("the shop");
}

QString CliOutput::shortValue(const Value &value, qsizetype width)
{
    return cutText(QString::fromUtf8(Json::serialize(value)), width);
}

QString CliOutput::indentLines(const QString &text, const QString &indent)
{
    QString copy = text;
    return copy.replace(u'\n', u'\n' + indent);
}

void CliOutput::reports(QTextStream &out, const QList<SyncReport> &reports)
{
    std::array<qsizetype, CountCount> widths{};
    for (const SyncReport &report : reports) {
        const auto counts = countsOf(report);
        for (int i = 0; i < CountCount; ++i)
            widths[i] = std::max(widths[i], QString::number(counts[i]).size());
    }
    CliTable table;
    for (const SyncReport &report : reports) {
        const RunRecord &run = report.run;
        QStringList cells{DataPoints::key(run.dataPoint), directionKey(run.direction), runStatusKey(run.status)};
        const auto counts = countsOf(report);
        for (int i = 0; i < CountCount; ++i) {
            if (!shown(static_cast<Count>(i), reports))
                continue;
            // Two-way figures mean nothing for a one-way run: a blank says so better than a 0.
            const bool applies = (i != Conflicts && i != Echoes) || run.direction == Direction::Both;
            cells.append(
                applies ? tr(CountLabels[i]) + u' ' + QString::number(counts[i]).rightJustified(widths[i]) : QString());
        }
        // "created 3" of a dry run read as if written: the figures are what applying would do.
        if (report.planId > 0 && run.dryRun)
            cells.append(tr("plan %1 (dry run: nothing written)").arg(report.planId));
        else
            cells.append(report.planId > 0 ? tr("plan %1").arg(report.planId) : tr("run %1").arg(run.id));
        table.add(cells);
        if (!run.message.isEmpty())
            table.addNote(QStringLiteral("  ") + indentLines(run.message, QStringLiteral("  ")));
    }
    table.print(out);
}

void CliOutput::plan(QTextStream &out, const SyncReport &report, const QList<PlanItem> &items)
{
    std::array<qint64, 6> byAction{};
    for (const PlanItem &item : items)
        byAction[static_cast<int>(item.action)] += writesOf(item);
    const RunRecord &run = report.run;
    const QString head = tr("plan %1: %2 (%3), %4 fetched")
                             .arg(report.planId)
                             .arg(DataPoints::key(run.dataPoint), directionKey(run.direction))
                             .arg(run.counts.fetched);
    if (items.isEmpty()) {
        out << tr("%1: nothing to change").arg(head) << Qt::endl;
    } else {
        out << tr("%1: %2 to create, %3 to update, %4 to delete, %5 unchanged, %6 failing")
                   .arg(head)
                   .arg(byAction[static_cast<int>(PlanAction::Create)])
                   .arg(byAction[static_cast<int>(PlanAction::Update)])
                   .arg(byAction[static_cast<int>(PlanAction::Delete)])
                   .arg(run.counts.unchanged)
                   .arg(byAction[static_cast<int>(PlanAction::Invalid)]
                       + byAction[static_cast<int>(PlanAction::Conflict)])
            << Qt::endl;
    }
    if (!run.message.isEmpty())
        out << QStringLiteral("  ") << indentLines(run.message, QStringLiteral("  ")) << Qt::endl;
    // A one-way run compares with what it wrote, not with the target: a value a person changed
    // there since did not show, and was overwritten all the same.
    if (run.direction != Direction::Both && byAction[static_cast<int>(PlanAction::Update)] > 0) {
        out << QStringLiteral("  ")
            << tr("(an update's old value is what the last sync wrote; the target is not read, so an edit made "
                  "there since is not shown and is overwritten)")
            << Qt::endl;
    }
    for (const PlanItem &item : items) {
        out << QStringLiteral("  ") << planActionKey(item.action).leftJustified(10) << item.key << Qt::endl;
        const auto diff = Json::parse(item.diff);
        if (diff && diff->isArray()) {
            printChanges(out, diffFromJson(*diff), item.action == PlanAction::Create, changeTargets(*diff));
            continue;
        }
        // Records that would fail carry why instead of a diff.
        const Value *step = diff ? diff->find("step") : nullptr;
        const Value *message = diff ? diff->find("message") : nullptr;
        QString why = message ? message->text() : QString::fromUtf8(item.diff);
        if (step)
            why = step->text() + QStringLiteral(": ") + why;
        out << QStringLiteral("      ") << indentLines(why, QStringLiteral("      ")) << Qt::endl;
    }
}

void CliOutput::failures(QTextStream &out, const QList<Failure> &failures, qint64 total)
{
    if (failures.isEmpty()) {
        out << tr("no failures match") << Qt::endl;
        return;
    }
    CliTable table({Align::Right, Align::Right, Align::Left, Align::Left, Align::Left, Align::Left, Align::Left,
        Align::Right, Align::Left, Align::Left});
    table.add({tr("id"), tr("run"), tr("data point"), tr("key"), tr("step"), tr("class"), tr("status"), tr("tries"),
        tr("updated"), tr("message")});
    for (const Failure &failure : failures) {
        table.add({QString::number(failure.id), QString::number(failure.runId), DataPoints::key(failure.dataPoint),
            failure.key.isEmpty() ? QStringLiteral("-") : failure.key, failureStepKey(failure.step),
            errorClassKey(failure.errorClass), failureStatusKey(failure.status), QString::number(failure.attempts),
            localTime(failure.updatedAt.isValid() ? failure.updatedAt : failure.createdAt),
            failure.message.section(u'\n', 0, 0)});
    }
    table.print(out);
    if (total > failures.size()) {
        out << tr("%1 of %2 matching failures shown, newest first; --limit N shows more, --limit 0 all")
                   .arg(failures.size())
                   .arg(total)
            << Qt::endl;
    }
}

void CliOutput::failureDetails(QTextStream &out, const QList<Failure> &failures)
{
    // Enough of a record to see what is wrong with it; a hostile one may be megabytes long.
    constexpr qsizetype MaxPayload = 4000;
    for (const Failure &failure : failures) {
        out << tr("failure %1: %2 %3")
                   .arg(failure.id)
                   .arg(DataPoints::key(failure.dataPoint), failure.key.isEmpty() ? tr("(no key)") : failure.key)
            << Qt::endl;
        CliTable table;
        table.add({QStringLiteral("  ") + tr("status"),
            tr("%1, attempts %2, last by run %3")
                .arg(failureStatusKey(failure.status))
                .arg(failure.attempts)
                .arg(failure.runId)});
        table.add({QStringLiteral("  ") + tr("step"),
            QStringLiteral("%1 (%2), %3")
                .arg(
                    failureStepKey(failure.step), errorClassKey(failure.errorClass), directionKey(failure.direction))});
        if (failure.httpStatus != 0)
            table.add({QStringLiteral("  ") + tr("HTTP status"), QString::number(failure.httpStatus)});
        table.add({QStringLiteral("  ") + tr("logged"), localTime(failure.createdAt)});
        if (failure.updatedAt.isValid() && failure.updatedAt != failure.createdAt)
            table.add({QStringLiteral("  ") + tr("updated"), localTime(failure.updatedAt)});
        if ((failure.status == FailureStatus::Open || failure.status == FailureStatus::Retried)
            && failure.nextAttemptAt.isValid())
            table.add({QStringLiteral("  ") + tr("next try"), localTime(failure.nextAttemptAt)});
        table.print(out);
        out << QStringLiteral("  ") << tr("message") << Qt::endl;
        for (const QString &line : failure.message.split(u'\n'))
            out << QStringLiteral("    ") << line << Qt::endl;
        // A page that could not be fetched keeps what was asked for, not a record.
        out << QStringLiteral("  ")
            << (failure.step == FailureStep::Fetch ? tr("page asked for") : tr("record as received")) << Qt::endl;
        const QByteArray payload = failure.payload.left(MaxPayload);
        out << QStringLiteral("    ") << (payload.isEmpty() ? tr("(none)") : QString::fromUtf8(payload)) << Qt::endl;
        if (failure.payload.size() > MaxPayload) {
            out << QStringLiteral("    ")
                << tr("(%1 more bytes; --json shows all of it)").arg(failure.payload.size() - MaxPayload) << Qt::endl;
        }
    }
}

void CliOutput::preflight(QTextStream &out, const PreflightReport &report, Direction direction)
{
    const Side source = direction == Direction::Both ? Side::Erp : sourceSide(direction);
    const Side target = direction == Direction::Both ? Side::Shop : targetSide(direction);
    const QString partial = tr("not read completely");
    const auto records = [&](const QString &problem, qint64 count) {
        return QStringList{QString::number(count), problem.isEmpty() ? QString() : partial};
    };
    CliTable counts({Align::Left, Align::Right, Align::Left});
    if (direction == Direction::Both) {
        const QString erp = sideName(Side::Erp);
        const QString shop = sideName(Side::Shop);
        out << tr("%1: pre-flight of an initial load between %2 and %3, both ways")
                   .arg(DataPoints::key(report.dataPoint), erp, shop)
            << Qt::endl;
        counts.add(QStringList{tr("records in %1").arg(erp)} + records(report.sourceProblem, report.sourceRecords));
        counts.add(QStringList{tr("records in %1").arg(shop)} + records(report.targetProblem, report.targetRecords));
        if (report.compared()) {
            counts.add({tr("matched"), QString::number(report.matched),
                tr("in both: compared field by field, conflicts as the data point's policy says")});
            counts.add({tr("to create in %1").arg(shop), QString::number(report.toCreate)});
            counts.add({tr("to create in %1").arg(erp), QString::number(report.toCreateInSource)});
        }
    } else {
        out << tr("%1: pre-flight of an initial load from %2 to %3")
                   .arg(DataPoints::key(report.dataPoint), sideName(source), sideName(target))
            << Qt::endl;
        counts.add(QStringList{tr("source records")} + records(report.sourceProblem, report.sourceRecords));
        counts.add(QStringList{tr("target records")} + records(report.targetProblem, report.targetRecords));
        if (report.compared()) {
            counts.add({tr("matched"), QString::number(report.matched), tr("in both: updated where they differ")});
            counts.add({tr("to create"), QString::number(report.toCreate)});
            counts.add({tr("target only"), QString::number(report.targetOnly), tr("would be left alone")});
        }
    }
    counts.add({tr("problems"), QString::number(report.invalid), tr("invalid records, missing or duplicate keys")});
    counts.print(out, QStringLiteral("  "));
    for (const auto &[side, problem] :
        {std::pair{source, report.sourceProblem}, std::pair{target, report.targetProblem}}) {
        if (!problem.isEmpty()) {
            out << QStringLiteral("  ")
                << indentLines(tr("%1 could not be read: %2").arg(sideName(side), problem), QStringLiteral("  "))
                << Qt::endl;
        }
    }
    if (!report.compared()) {
        const QString unread = !report.sourceProblem.isEmpty() && !report.targetProblem.isEmpty()
            ? tr("%1 and %2").arg(sideName(source), sideName(target))
            : sideName(report.sourceProblem.isEmpty() ? target : source);
        out << QStringLiteral("  ")
            << (direction == Direction::Both
                       ? tr("nothing is compared: without every record of %1, which records would be updated or "
                            "created on either side is not known")
                       : tr("nothing is compared: without every record of %1, which records would be updated, "
                            "created or left alone is not known"))
                   .arg(unread)
            << Qt::endl;
    }
    if (report.issues.isEmpty())
        return;
    out << tr("issues:") << Qt::endl;
    CliTable issues;
    for (const PreflightIssue &issue : report.issues)
        issues.add({preflightIssueKey(issue.kind), issue.key.isEmpty() ? QStringLiteral("-") : issue.key,
            indentLines(issue.message, QStringLiteral("    "))});
    issues.print(out, QStringLiteral("  "));
    if (report.issues.size() == PreflightReport::MaxIssues)
        out << tr("only the first %1 issues are listed").arg(PreflightReport::MaxIssues) << Qt::endl;
}

} // namespace Linkwright

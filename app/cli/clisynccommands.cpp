#include "clisynccommands.h"

#include "cliarguments.h"
#include "clijson.h"
#include "clioutput.h"
#include "clisession.h"

#include <limits>

namespace Linkwright {

namespace {

QCommandLineOption dataPointOption()
{
    return {{QStringLiteral("d"), QStringLiteral("data-point")},
        CliSyncCommands::tr("Only this data point; repeat for more. Default: every one that is not off."),
        QStringLiteral("key")};
}

QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), CliSyncCommands::tr("Print one JSON document on stdout.")};
}

QCommandLineOption quietOption()
{
    return {{QStringLiteral("q"), QStringLiteral("quiet")}, CliSyncCommands::tr("No progress on stderr.")};
}

QCommandLineOption fullOption()
{
    return {QStringLiteral("full"), CliSyncCommands::tr("Ignore the watermark and fetch every record.")};
}

QCommandLineOption resendOption()
{
    return {QStringLiteral("resend"),
        CliSyncCommands::tr("With --full and --data-point: write every record, also those unchanged since the last "
                            "run (for a target that lost records).")};
}

QCommandLineOption confirmDeletesOption()
{
    return {QStringLiteral("confirm-deletes"),
        CliSyncCommands::tr("With --full and --data-point: delete what the source no longer has even when that is "
                            "more than half of the records synced (check first that they really are gone).")};
}

/// --confirm-deletes lifts the guard against a source that lost most of its records: it names
/// the data points a person checked, so that a run of all of them does not empty another one
/// whose source failed the same night.
bool confirmsDeletesRightly(CliArguments &args, const QCommandLineOption &confirmDeletes,
    const QCommandLineOption &full, const QCommandLineOption &dataPoint)
{
    if (!args.isSet(confirmDeletes))
        return true;
    if (!args.isSet(full)) {
        args.usageError(
            CliSyncCommands::tr("--confirm-deletes needs --full: only a full run finds what the source no longer has"));
        return false;
    }
    if (!args.isSet(dataPoint)) {
        args.usageError(CliSyncCommands::tr("--confirm-deletes needs --data-point: name the data points whose "
                                            "missing records you checked"));
        return false;
    }
    return true;
}

/// --resend writes every record of the source again: named data points and a full read only.
bool resendsRightly(CliArguments &args, const QCommandLineOption &resend, const QCommandLineOption &full,
    const QCommandLineOption &dataPoint)
{
    if (!args.isSet(resend))
        return true;
    if (!args.isSet(full)) {
        args.usageError(CliSyncCommands::tr("--resend needs --full: only a full run reads every record"));
        return false;
    }
    if (!args.isSet(dataPoint)) {
        args.usageError(
            CliSyncCommands::tr("--resend needs --data-point: name the data points whose target lost records"));
        return false;
    }
    return true;
}

} // namespace

CliSyncCommands::CliSyncCommands(QTextStream &out, QTextStream &err, QString statePath)
    : m_out(out)
    , m_err(err)
    , m_statePath(std::move(statePath))
{
}

CliSyncCommands::Runs CliSyncCommands::runAll(
    CliSession &session, QList<DataPointKind> kinds, const SyncOptions &options)
{
    Runs runs;
    SyncRunner *runner = session.runner();
    if (!runner) {
        runs.errors = true;
        return runs;
    }
    for (const DataPointKind kind : std::as_const(kinds)) {
        if (session.cancelled())
            break;
        auto report = runner->run(kind, options);
        if (!report) {
            session.printError(report.error());
            runs.errors = true;
            runs.json.append(CliJson::notRun(kind, report.error()));
            continue;
        }
        runs.reports.append(*report);
        runs.json.append(CliJson::report(*report));
    }
    session.endProgress();
    return runs;
}

void CliSyncCommands::hintFailures(CliSession &session, const QList<SyncReport> &reports)
{
    for (const SyncReport &report : reports) {
        Store *store = session.store();
        if (report.run.counts.failed > 0 && !report.run.dryRun) {
            // A full disk or a lock stopped the log itself: pointing to it showed "no failures
            // match". The watermark stayed, so the next run reads those records again.
            FailureFilter ofRun;
            ofRun.runId = report.run.id;
            std::optional<qint64> logged;
            if (auto counted = store && report.run.id > 0 ? store->countFailures(ofRun) : Result<qint64>(-1); counted)
                logged = *counted;
            if (logged == 0) {
                m_out << tr("The run's failures could not be stored in the failure log (see the error above); the "
                            "next run reads those records again.")
                      << Qt::endl;
            } else {
                m_out << tr("Failures are in the log: linkwright-cli failures %1 --run %2")
                             .arg(session.fileForHints())
                             .arg(report.run.id)
                      << Qt::endl;
            }
        }
        // "failed 0" read as "all synced" while records of earlier runs still waited for a
        // person: a cron user believed the shop complete.
        if (report.run.dryRun || !store || report.run.id == 0)
            continue;
        FailureFilter waiting;
        waiting.dataPoint = report.run.dataPoint;
        waiting.waiting = true;
        const auto all = store->countFailures(waiting);
        waiting.runId = report.run.id;
        const auto own = store->countFailures(waiting);
        if (const auto open = all && own ? std::optional<qint64>(*all - *own) : std::nullopt; open && *open > 0) {
            m_out << tr("%n failure(s) of earlier runs still wait: linkwright-cli failures %1 --data-point %2 "
                        "--status open",
                nullptr, static_cast<int>(std::min<qint64>(*open, 1'000'000'000)))
                         .arg(session.fileForHints(), DataPoints::key(report.run.dataPoint))
                  << Qt::endl;
        }
    }
}

namespace {

/// The data points to run: those named, or every one that is switched on.
QList<DataPointKind> chosen(const Project &project, const QList<DataPointKind> &named)
{
    if (!named.isEmpty())
        return named;
    QList<DataPointKind> kinds;
    for (const DataPointConfig &config : project.dataPoints) {
        if (config.direction != Direction::Off)
            kinds.append(config.kind);
    }
    return kinds;
}

/// Why a project gives run or plan nothing to do, and what to change in it.
Error nothingToDo(const Project &project, const QString &file, bool planning)
{
    if (project.dataPoints.isEmpty()) {
        return Error{ErrorCode::InvalidProject, file,
            planning ? CliSyncCommands::tr("the project has no data points; nothing to plan")
                     : CliSyncCommands::tr("the project has no data points; nothing to run"),
            CliSyncCommands::tr("Add one under \"dataPoints\", such as \"products\": {\"direction\": "
                                "\"erp-to-shop\"}; \"linkwright-cli init\" writes a project with all seven.")};
    }
    return Error{ErrorCode::InvalidProject, file,
        planning ? CliSyncCommands::tr("every data point of the project is off; nothing to plan")
                 : CliSyncCommands::tr("every data point of the project is off; nothing to run"),
        CliSyncCommands::tr("Set a data point's \"direction\" to erp-to-shop, shop-to-erp or both.")};
}

} // namespace

ExitCode CliSyncCommands::run(const QStringList &arguments)
{
    CliArguments args(m_out, m_err, QStringLiteral("run"),
        QStringLiteral(
            "linkwright-cli run FILE [--data-point DP]... [--full [--confirm-deletes] [--resend]] [--dry-run] "
            "[--json] [--quiet]"));
    const QCommandLineOption dataPoint = dataPointOption();
    const QCommandLineOption full = fullOption();
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Write nothing; store a plan instead."));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption quiet = quietOption();
    const QCommandLineOption confirmDeletes = confirmDeletesOption();
    const QCommandLineOption resend = resendOption();
    args.addOptions({dataPoint, full, confirmDeletes, resend, dryRun, json, quiet});
    if (const auto stop = args.parse(arguments))
        return *stop;
    const auto named = args.dataPoints(dataPoint);
    if (!named)
        return ExitCode::Usage;
    if (!confirmsDeletesRightly(args, confirmDeletes, full, dataPoint))
        return ExitCode::Usage;
    if (!resendsRightly(args, resend, full, dataPoint))
        return ExitCode::Usage;

    CliSession session(m_out, m_err, QStringLiteral("run"), m_statePath);
    session.setJson(args.isSet(json));
    if (!session.load(args.file()))
        return ExitCode::Failed;
    const QList<DataPointKind> kinds = chosen(session.project(), *named);
    if (kinds.isEmpty()) {
        session.printError(nothingToDo(session.project(), args.file(), false));
        return ExitCode::Failed;
    }
    SyncOptions options;
    options.full = args.isSet(full);
    options.dryRun = args.isSet(dryRun);
    options.confirmDeletes = args.isSet(confirmDeletes);
    options.resend = args.isSet(resend);
    // A state database that cannot be opened stops the command before the endpoints are asked.
    if (!session.runner())
        return ExitCode::Failed;
    if (!session.reach(session.sidesFor(kinds, options.dryRun)))
        return ExitCode::Failed;
    session.showProgress(args.isSet(quiet));
    const Runs runs = runAll(session, kinds, options);
    if (args.isSet(json)) {
        session.printJson(Value::array(runs.json));
    } else {
        CliOutput::reports(m_out, runs.reports);
        hintFailures(session, runs.reports);
    }
    return session.exitCode(runs.reports, runs.errors);
}

ExitCode CliSyncCommands::plan(const QStringList &arguments)
{
    CliArguments args(m_out, m_err, QStringLiteral("plan"),
        QStringLiteral("linkwright-cli plan FILE [--data-point DP]... [--full [--confirm-deletes] [--resend]] [--json] "
                       "[--quiet]"));
    const QCommandLineOption dataPoint = dataPointOption();
    const QCommandLineOption full = fullOption();
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption quiet = quietOption();
    const QCommandLineOption confirmDeletes = confirmDeletesOption();
    const QCommandLineOption resend = resendOption();
    args.addOptions({dataPoint, full, confirmDeletes, resend, json, quiet});
    if (const auto stop = args.parse(arguments))
        return *stop;
    const auto named = args.dataPoints(dataPoint);
    if (!named)
        return ExitCode::Usage;
    if (!confirmsDeletesRightly(args, confirmDeletes, full, dataPoint))
        return ExitCode::Usage;
    if (!resendsRightly(args, resend, full, dataPoint))
        return ExitCode::Usage;

    CliSession session(m_out, m_err, QStringLiteral("plan"), m_statePath);
    session.setJson(args.isSet(json));
    if (!session.load(args.file()))
        return ExitCode::Failed;
    const QList<DataPointKind> kinds = chosen(session.project(), *named);
    if (kinds.isEmpty()) {
        session.printError(nothingToDo(session.project(), args.file(), true));
        return ExitCode::Failed;
    }
    SyncOptions options;
    options.full = args.isSet(full);
    options.dryRun = true;
    options.confirmDeletes = args.isSet(confirmDeletes);
    options.resend = args.isSet(resend);
    if (!session.runner())
        return ExitCode::Failed;
    if (!session.reach(session.sidesFor(kinds, true)))
        return ExitCode::Failed;
    session.showProgress(args.isSet(quiet));
    Runs runs = runAll(session, kinds, options);

    QList<Value> documents;
    QList<qint64> planIds;
    QList<SyncReport> unplanned; // stopped before a plan was stored (cancelled, could not run)
    for (const SyncReport &report : std::as_const(runs.reports)) {
        if (report.planId <= 0) {
            unplanned.append(report);
            if (args.isSet(json))
                documents.append(CliJson::report(report));
            continue;
        }
        auto items = session.store()->planItems(report.planId);
        if (!items) {
            session.printError(items.error());
            runs.errors = true;
            continue;
        }
        if (!items->isEmpty())
            planIds.append(report.planId);
        if (!args.isSet(json)) {
            CliOutput::plan(m_out, report, *items);
            continue;
        }
        QList<Value> itemValues;
        for (const PlanItem &item : std::as_const(*items))
            itemValues.append(CliJson::planItem(item));
        QList<Member> members = CliJson::report(report).members();
        members.append({QByteArray("items"), Value::array(std::move(itemValues))});
        documents.append(Value::object(std::move(members)));
    }
    if (!args.isSet(json) && !unplanned.isEmpty())
        CliOutput::reports(m_out, unplanned);
    if (args.isSet(json)) {
        session.printJson(Value::array(std::move(documents)));
    } else if (!planIds.isEmpty()) {
        QStringList numbers;
        for (const qint64 id : std::as_const(planIds))
            numbers.append(QString::number(id));
        m_out << (planIds.size() == 1 ? tr("Apply it with: linkwright-cli apply %1 --plan %2")
                                            .arg(session.fileForHints(), numbers.constFirst())
                                      : tr("Apply one with: linkwright-cli apply %1 --plan N (plans %2)")
                                            .arg(session.fileForHints(), numbers.join(QStringLiteral(", "))))
              << Qt::endl;
    } else if (!runs.reports.isEmpty() && unplanned.isEmpty()) {
        m_out << tr("Nothing to apply: every record is as the last sync left it.") << Qt::endl;
    }
    return session.exitCode(runs.reports, runs.errors);
}

ExitCode CliSyncCommands::apply(const QStringList &arguments)
{
    CliArguments args(m_out, m_err, QStringLiteral("apply"),
        QStringLiteral("linkwright-cli apply FILE --plan ID [--record KEY]... [--json] [--quiet]"));
    const QCommandLineOption planOption(
        QStringLiteral("plan"), tr("The plan to apply, as \"plan\" printed it."), QStringLiteral("id"));
    const QCommandLineOption record(QStringLiteral("record"),
        tr("Apply only this record of the plan (its key); repeat for more. Default: all of them."),
        QStringLiteral("key"));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption quiet = quietOption();
    args.addOptions({planOption, record, json, quiet});
    if (const auto stop = args.parse(arguments))
        return *stop;
    if (!args.isSet(planOption)) {
        args.usageError(tr("--plan is required"));
        return ExitCode::Usage;
    }
    const auto planId = args.number(planOption, 1, std::numeric_limits<qint64>::max());
    if (!planId)
        return ExitCode::Usage;

    CliSession session(m_out, m_err, QStringLiteral("apply"), m_statePath);
    session.setJson(args.isSet(json));
    session.requireExistingState();
    if (!session.load(args.file()))
        return ExitCode::Failed;
    SyncRunner *runner = session.runner();
    if (!runner)
        return ExitCode::Failed;
    // Only the side the plan writes to has to be there; an unknown plan is the runner's to explain.
    if (auto plan = session.store()->plan(*planId); plan && *plan) {
        const Direction direction = (*plan)->direction;
        const QList<Side> sides =
            direction == Direction::Both ? QList<Side>{Side::Erp, Side::Shop} : QList<Side>{targetSide(direction)};
        if (!session.reach(sides))
            return ExitCode::Failed;
    }
    session.showProgress(args.isSet(quiet));
    auto report = runner->applyPlan(*planId, args.parser().values(record));
    session.endProgress();
    if (!report) {
        session.printError(report.error());
        return ExitCode::Failed;
    }
    if (args.isSet(json)) {
        session.printJson(Value::array({CliJson::report(*report)}));
    } else {
        CliOutput::reports(m_out, {*report});
        hintFailures(session, {*report});
    }
    return session.exitCode({*report}, false);
}

} // namespace Linkwright

#include "clifailurecommands.h"

#include "cliarguments.h"
#include "clijson.h"
#include "clioutput.h"
#include "clisession.h"

#include <algorithm>
#include <limits>

namespace Linkwright {

CliFailureCommands::FilterOptions::FilterOptions()
    : dataPoint({QStringLiteral("d"), QStringLiteral("data-point")}, tr("Only failures of this data point."),
        QStringLiteral("key"))
    , errorClass(QStringLiteral("class"), tr("transient or permanent."), QStringLiteral("class"))
    , step(QStringLiteral("step"),
          tr("Where the records failed: %1.").arg(failureStepKeys().join(QStringLiteral(", "))), QStringLiteral("step"))
    , text(QStringLiteral("text"), tr("Words that the message or the key contain."), QStringLiteral("words"))
    , since(
          QStringLiteral("since"), tr("Only failures logged at or after this time (ISO 8601)."), QStringLiteral("time"))
    , run(QStringLiteral("run"), tr("Only failures this run tried last (a retry that fails again takes them over)."),
          QStringLiteral("id"))
{
}

void CliFailureCommands::FilterOptions::addTo(CliArguments &args) const
{
    args.addOptions({dataPoint, errorClass, step, text, since, run});
}

bool CliFailureCommands::FilterOptions::anySet(const CliArguments &args) const
{
    return std::ranges::any_of(QList<QCommandLineOption>{dataPoint, errorClass, step, text, since, run},
        [&args](const QCommandLineOption &option) { return args.isSet(option); });
}

std::optional<FailureFilter> CliFailureCommands::FilterOptions::read(CliArguments &args) const
{
    FailureFilter filter;
    if (args.isSet(dataPoint)) {
        const auto kind = args.dataPoint(dataPoint);
        if (!kind)
            return std::nullopt;
        filter.dataPoint = kind;
    }
    if (const auto key = args.oneOf(errorClass, errorClassKeys()))
        filter.errorClass = errorClassFromKey(*key);
    if (const auto key = args.oneOf(step, failureStepKeys()))
        filter.step = failureStepFromKey(*key);
    filter.text = args.parser().value(text).trimmed();
    const auto from = args.dateTime(since);
    const auto runId = args.number(run, 1, std::numeric_limits<qint64>::max());
    if (args.failed() || !from || !runId)
        return std::nullopt;
    filter.since = *from;
    filter.runId = *runId;
    return filter;
}

CliFailureCommands::CliFailureCommands(QTextStream &out, QTextStream &err, QString statePath)
    : m_out(out)
    , m_err(err)
    , m_statePath(std::move(statePath))
{
}

ExitCode CliFailureCommands::failures(const QStringList &arguments)
{
    CliArguments args(m_out, m_err, QStringLiteral("failures"),
        QStringLiteral("linkwright-cli failures FILE [--id N]... [--data-point DP] [--status S] "
                       "[--class transient|permanent] [--step S] [--text T] [--since ISO] [--run N] [--limit N] "
                       "[--json]"));
    const FilterOptions filterOptions;
    filterOptions.addTo(args);
    const QCommandLineOption status(QStringLiteral("status"),
        tr("%1. Default: every status.").arg(failureStatusKeys().join(QStringLiteral(", "))), QStringLiteral("status"));
    const QCommandLineOption limit(
        QStringLiteral("limit"), tr("At most this many, newest first (default 50; 0 for all)."), QStringLiteral("n"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON document on stdout."));
    const QCommandLineOption id(QStringLiteral("id"),
        tr("Show this failure whole: its full message, times and the record as it was received; repeat for more."),
        QStringLiteral("n"));
    args.addOptions({id, status, limit, json});
    if (const auto stop = args.parse(arguments))
        return *stop;
    auto filter = filterOptions.read(args);
    if (!filter)
        return ExitCode::Usage;
    const auto chosen = args.numbers(id, 1);
    if (!chosen || args.failed())
        return ExitCode::Usage;
    const QList<qint64> ids = *chosen;
    filter->ids = ids;
    if (const auto key = args.oneOf(status, failureStatusKeys()))
        filter->status = failureStatusFromKey(*key);
    const auto count = args.number(limit, 0, std::numeric_limits<int>::max(), 50);
    if (args.failed() || !count)
        return ExitCode::Usage;
    filter->limit = static_cast<int>(*count);

    CliSession session(m_out, m_err, QStringLiteral("failures"), m_statePath);
    session.setJson(args.isSet(json));
    session.requireExistingState();
    if (!session.load(args.file()))
        return ExitCode::Failed;
    Store *store = session.store();
    if (!store)
        return ExitCode::Failed;
    auto found = store->failures(*filter);
    auto total = store->countFailures(*filter);
    if (!found || !total) {
        session.printError(!found ? found.error() : total.error());
        return ExitCode::Failed;
    }
    // A failure asked for by its id that is not there is an error, as for retry --id.
    for (const qint64 wanted : ids) {
        if (std::ranges::none_of(*found, [wanted](const Failure &failure) { return failure.id == wanted; })) {
            session.printError(Error{ErrorCode::InvalidArgument, QStringLiteral("--id %1").arg(wanted),
                tr("there is no failure %1 that matches").arg(wanted),
                tr("\"linkwright-cli failures FILE\" lists the failures with their ids.")});
            return ExitCode::Failed;
        }
    }
    if (args.isSet(json)) {
        QList<Value> values;
        values.reserve(found->size());
        for (const Failure &failure : std::as_const(*found))
            values.append(CliJson::failure(failure));
        session.printJson(Value::array(std::move(values)));
    } else if (!ids.isEmpty()) {
        CliOutput::failureDetails(m_out, *found);
    } else {
        CliOutput::failures(m_out, *found, *total);
    }
    return ExitCode::Ok;
}

ExitCode CliFailureCommands::retry(const QStringList &arguments)
{
    const QString usage = QStringLiteral(
        "linkwright-cli retry FILE (--id N... | --all | [--data-point DP] [--class C] [--step S] [--text T] "
        "[--since ISO] [--run N]) [--json] [--quiet]");
    CliArguments args(m_out, m_err, QStringLiteral("retry"), usage);
    const FilterOptions filterOptions;
    filterOptions.addTo(args);
    const QCommandLineOption id(QStringLiteral("id"),
        tr("Retry this failure (as \"failures\" lists it); repeat for more."), QStringLiteral("n"));
    const QCommandLineOption all(QStringLiteral("all"), tr("Retry every open failure."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON document on stdout."));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")}, tr("No progress on stderr."));
    args.addOptions({id, all, json, quiet});
    if (const auto stop = args.parse(arguments))
        return *stop;
    if (args.isSet(id) && args.isSet(all)) {
        args.usageError(tr("--id and --all exclude each other: name failures, or take them all"));
        return ExitCode::Usage;
    }
    if (args.isSet(all) && filterOptions.anySet(args)) {
        args.usageError(tr("--all retries every open failure; leave it out to retry those the filter matches"));
        return ExitCode::Usage;
    }
    if (!args.isSet(id) && !args.isSet(all) && !filterOptions.anySet(args)) {
        args.usageError(tr("say which failures to retry: --id N, --all, or a filter such as --data-point"));
        return ExitCode::Usage;
    }
    auto filter = filterOptions.read(args);
    const auto ids = args.numbers(id, 1);
    if (!filter || !ids)
        return ExitCode::Usage;
    filter->ids = *ids;

    CliSession session(m_out, m_err, QStringLiteral("retry"), m_statePath);
    session.setJson(args.isSet(json));
    session.requireExistingState();
    if (!session.load(args.file()))
        return ExitCode::Failed;
    SyncRunner *runner = session.runner();
    if (!runner)
        return ExitCode::Failed;
    if (!filter->ids.isEmpty()) {
        const auto named = namedFailures(session, filter->ids);
        if (!named)
            return ExitCode::Failed;
        for (const Failure &failure : *named) {
            if (failure.status != FailureStatus::Open && failure.status != FailureStatus::Retried) {
                // With --json stdout holds one document only.
                (args.isSet(json) ? m_err : m_out) << tr("failure %1 (%2): not retried, status %3")
                                                          .arg(failure.id)
                                                          .arg(failure.key, failureStatusKey(failure.status))
                                                   << Qt::endl;
            }
        }
    }
    // What the runner takes: open failures, and those a retry that never finished left "retried".
    FailureFilter open = *filter;
    open.waiting = true;
    open.limit = 0;
    auto matched = session.store()->failures(open);
    if (!matched) {
        session.printError(matched.error());
        return ExitCode::Failed;
    }
    if (matched->isEmpty()) {
        if (args.isSet(json))
            session.printJson(Value::array({}));
        else
            m_out << tr("no open failures match; nothing to retry") << Qt::endl;
        return ExitCode::Ok;
    }
    QList<DataPointKind> kinds;
    for (const Failure &failure : std::as_const(*matched)) {
        if (!kinds.contains(failure.dataPoint))
            kinds.append(failure.dataPoint);
    }
    if (!session.reach(session.sidesFor(kinds, false)))
        return ExitCode::Failed;

    session.showProgress(args.isSet(quiet));
    auto reports = runner->retry(*filter);
    session.endProgress();
    if (!reports) {
        session.printError(reports.error());
        return ExitCode::Failed;
    }
    auto left = session.store()->countFailures(open);
    if (!left) {
        session.printError(left.error());
        return ExitCode::Failed;
    }
    if (args.isSet(json)) {
        QList<Value> values;
        for (const SyncReport &report : std::as_const(*reports))
            values.append(CliJson::report(report));
        session.printJson(Value::array(std::move(values)));
    } else {
        CliOutput::reports(m_out, *reports);
        // What the runs took, not what matched: a data point that could not run (switched off)
        // retried none of its failures, and the line said it had.
        qint64 retried = 0;
        for (const SyncReport &report : std::as_const(*reports))
            retried += report.retried;
        m_out << tr("failures retried: %1, still open: %2").arg(retried).arg(*left) << Qt::endl;
        if (*left > 0)
            m_out << tr("See them with: linkwright-cli failures %1 --status open").arg(session.fileForHints())
                  << Qt::endl;
    }
    const ExitCode code = session.exitCode(*reports, false);
    if (code == ExitCode::Ok && *left > 0)
        return ExitCode::FinishedWithFailures;
    return code;
}

ExitCode CliFailureCommands::ignore(const QStringList &arguments)
{
    CliArguments args(
        m_out, m_err, QStringLiteral("ignore"), QStringLiteral("linkwright-cli ignore FILE --id N... [--reopen]"));
    const QCommandLineOption id(QStringLiteral("id"),
        tr("The failure to set aside (as \"failures\" lists it); repeat for more."), QStringLiteral("n"));
    const QCommandLineOption reopen(
        QStringLiteral("reopen"), tr("Open ignored failures again, so that retry takes them."));
    args.addOptions({id, reopen});
    if (const auto stop = args.parse(arguments))
        return *stop;
    const auto ids = args.numbers(id, 1);
    if (!ids)
        return ExitCode::Usage;
    if (ids->isEmpty()) {
        args.usageError(tr("name the failures with --id N"));
        return ExitCode::Usage;
    }
    CliSession session(m_out, m_err, QStringLiteral("ignore"), m_statePath);
    session.requireExistingState();
    if (!session.load(args.file()))
        return ExitCode::Failed;
    Store *store = session.store();
    if (!store)
        return ExitCode::Failed;
    const auto found = namedFailures(session, *ids);
    if (!found)
        return ExitCode::Failed;
    for (Failure failure : std::as_const(*found)) {
        const FailureStatus from = args.isSet(reopen) ? FailureStatus::Ignored : FailureStatus::Open;
        const FailureStatus to = args.isSet(reopen) ? FailureStatus::Open : FailureStatus::Ignored;
        // A failure being retried is open too; a resolved one has nothing left to set aside.
        if (failure.status != from && !(from == FailureStatus::Open && failure.status == FailureStatus::Retried)) {
            m_out << tr("failure %1 (%2): left as it is, status %3")
                         .arg(failure.id)
                         .arg(failure.key, failureStatusKey(failure.status))
                  << Qt::endl;
            continue;
        }
        failure.status = to;
        failure.updatedAt = QDateTime::currentDateTimeUtc();
        if (auto updated = store->updateFailure(failure); !updated) {
            session.printError(updated.error());
            return ExitCode::Failed;
        }
        m_out << tr("failure %1 (%2): status %3").arg(failure.id).arg(failure.key, failureStatusKey(to)) << Qt::endl;
    }
    return ExitCode::Ok;
}

std::optional<QList<Failure>> CliFailureCommands::namedFailures(CliSession &session, const QList<qint64> &ids)
{
    Store *store = session.store();
    if (!store)
        return std::nullopt;
    FailureFilter filter;
    filter.ids = ids;
    filter.limit = 0;
    auto found = store->failures(filter);
    if (!found) {
        session.printError(found.error());
        return std::nullopt;
    }
    bool allFound = true;
    for (const qint64 wanted : ids) {
        if (std::ranges::none_of(*found, [wanted](const Failure &failure) { return failure.id == wanted; })) {
            session.printError(Error{ErrorCode::InvalidArgument, QStringLiteral("--id %1").arg(wanted),
                tr("there is no failure %1").arg(wanted), tr("\"linkwright-cli failures\" lists them.")});
            allFound = false;
        }
    }
    if (!allFound)
        return std::nullopt;
    return *found;
}

} // namespace Linkwright

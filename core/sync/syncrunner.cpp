#include "syncrunner.h"

#include "mapping/mappingengine.h"
#include "project/projectfile.h"
#include "secrets/redactor.h"
#include "sync/onewaysync.h"
#include "sync/runjournal.h"
#include "sync/twowaysync.h"

#include <QSet>

#include <algorithm>

namespace Linkwright {

SyncRunner::SyncRunner(const Project &project, Store &store, Connector &erp, Connector &shop)
    : m_context{project, store, erp, shop, nullptr, {}}
{
}

Result<const DataPointConfig *> SyncRunner::activeDataPoint(DataPointKind kind) const
{
    const DataPointConfig *config = m_context.project.dataPoint(kind);
    const QString where = QStringLiteral("dataPoints.") + DataPoints::key(kind);
    if (!config) {
        return fail(ErrorCode::InvalidArgument, where,
            tr("the project has no data point \"%1\"").arg(DataPoints::key(kind)),
            tr("add it to the project's \"dataPoints\", or choose one the project has"));
    }
    if (config->direction == Direction::Off) {
        return fail(ErrorCode::InvalidArgument, where,
            tr("the data point \"%1\" is switched off").arg(DataPoints::key(kind)),
            tr("set its \"direction\" to %1 before running it")
                .arg(directionKey(DataPoints::recommendedDirection(kind))));
    }
    return config;
}

Result<std::unique_ptr<DataPointSync>> SyncRunner::makeSync(const DataPointConfig &config) const
{
    auto engine = MappingEngine::compile(config);
    if (!engine)
        return std::unexpected(engine.error());
    std::unique_ptr<DataPointSync> sync;
    if (config.direction == Direction::Both)
        sync = std::make_unique<TwoWaySync>(m_context, config, std::move(*engine));
    else
        sync = std::make_unique<OneWaySync>(m_context, config, std::move(*engine));
    return sync;
}

Result<qint64> SyncRunner::beginRun(const DataPointConfig &config, const SyncOptions &options)
{
    RunRecord run;
    run.dataPoint = config.kind;
    run.direction = config.direction;
    run.dryRun = options.dryRun;
    run.full = options.full;
    run.startedAt = QDateTime::currentDateTimeUtc();
    run.mappings = ProjectFile::mappingsFingerprint(config);
    return m_context.store.beginRun(run);
}

Result<SyncReport> SyncRunner::finishRun(
    RunJournal &journal, const DataPointSync &sync, SyncReport report, const Result<void> &outcome, const QString &note)
{
    RunStatus status = RunStatus::Succeeded;
    QString message;
    if (!outcome) {
        status = RunStatus::Failed;
        message = outcome.error().toString();
    } else if (m_context.cancelled()) {
        status = RunStatus::Cancelled;
        message = tr("cancelled; the watermark stayed where it was, so the next run fetches the rest");
    } else if (sync.nothingFetched()) {
        status = RunStatus::Failed;
        message = sync.fetchProblem();
    } else {
        if (journal.counts().failed > 0)
            status = RunStatus::FinishedWithFailures;
        message = sync.fetchProblem();
    }
    if (outcome && !note.isEmpty())
        message = message.isEmpty() ? note : message + u'\n' + note;
    keepHolds();
    const Redactor &redactor = m_context.erp.redactor();
    message = redactor.redact(message);
    if (auto finished = m_context.store.finishRun(journal.runId(), status, journal.counts(), message); !finished)
        return std::unexpected(finished.error());
    auto stored = m_context.store.run(journal.runId());
    if (!stored)
        return std::unexpected(stored.error());
    if (*stored)
        report.run = **stored;
    SyncProgress done;
    done.dataPoint = journal.dataPoint();
    done.phase = SyncPhase::Finished;
    done.fetched = journal.counts().fetched;
    done.written =
        report.run.dryRun ? 0 : journal.counts().created + journal.counts().updated + journal.counts().deleted;
    done.failed = journal.counts().failed;
    m_context.report(done);
    return report;
}

Result<QList<Failure>> SyncRunner::dueFailures(const DataPointConfig &config)
{
    const DataPointKind kind = config.kind;
    FailureFilter filter;
    filter.dataPoint = kind;
    filter.waiting = true;
    filter.errorClass = ErrorClass::Transient;
    filter.limit = 10'000;
    auto open = m_context.store.failures(filter);
    if (!open)
        return std::unexpected(open.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Failure> due;
    for (const Failure &failure : std::as_const(*open)) {
        // A page that failed is fetched again by the run itself.
        if (failure.step == FailureStep::Fetch || failure.key.isEmpty())
            continue;
        if (!failure.nextAttemptAt.isValid() || failure.nextAttemptAt <= now)
            due.append(failure);
    }
    // Chosen by the store: loading every refused record each run to compare fingerprints cost a
    // run with many of them tens of MB. One retried and refused again is the current run's, so
    // the next run takes the next ones.
    const QString mappings = ProjectFile::mappingsFingerprint(config);
    for (const FailureStep step : {FailureStep::Map, FailureStep::Validate}) {
        FailureFilter refused;
        refused.dataPoint = kind;
        refused.waiting = true;
        refused.step = step;
        refused.mappedOtherThan = mappings;
        refused.limit = 10'000;
        auto found = m_context.store.failures(refused);
        if (!found)
            return std::unexpected(found.error());
        for (const Failure &failure : std::as_const(*found)) {
            if (!failure.key.isEmpty())
                due.append(failure);
        }
    }
    return due;
}

Result<void> SyncRunner::retryMarked(
    DataPointSync &sync, const QList<Failure> &failures, RunJournal &journal, SyncReport &report)
{
    // The log shows what a retry has taken until the retry settles it (resolved, or open with its
    // attempts counted on); what it did not reach (a cancelled run) is open again afterwards.
    QList<qint64> ids;
    ids.reserve(failures.size());
    for (const Failure &failure : failures)
        ids.append(failure.id);
    if (auto marked = m_context.store.moveFailures(ids, FailureStatus::Open, FailureStatus::Retried); !marked)
        return std::unexpected(marked.error());
    Result<void> outcome = sync.retry(failures, journal, report);
    auto reopened = m_context.store.moveFailures(ids, FailureStatus::Retried, FailureStatus::Open);
    if (outcome && !reopened)
        return std::unexpected(reopened.error());
    return outcome;
}

Result<SyncReport> SyncRunner::run(DataPointKind kind, const SyncOptions &options)
{
    auto config = activeDataPoint(kind);
    if (!config)
        return std::unexpected(config.error());
    if (options.resend && (*config)->direction == Direction::Both) {
        return fail(ErrorCode::InvalidArgument, DataPoints::key(kind),
            tr("a two-way data point cannot resend its records: which system's version goes where is what its runs "
               "decide"),
            tr("To give a system back records it lost, run this data point in one direction for once (set its "
               "direction), or edit the records in the other system."));
    }
    auto sync = makeSync(**config);
    if (!sync)
        return std::unexpected(sync.error());
    auto runId = beginRun(**config, options);
    if (!runId)
        return std::unexpected(runId.error());
    // A scheduled run waits out a pause a server asked for; a person's retry or apply does not
    // (the failure's hint offers "retry" to try sooner), nor the page reads a retry makes through
    // run(), which are the ones that leave the due failures alone.
    if (options.retryDue)
        takeHolds();
    RunJournal journal(m_context.store, m_context.erp.redactor(), *runId, kind);
    SyncReport report;
    Result<void> outcome = journal.begin();
    // A due failure's record may have changed in the source since it failed: retried as stored,
    // it failed again beside the fixed version the fetch then wrote (a run "with failures" and
    // none in the log), or the older version went out before the newer one.
    SyncOptions runOptions = options;
    runOptions.retryWithNewer = true;
    if (outcome)
        outcome = (*sync)->begin(runOptions, journal);
    QList<Failure> retried;
    QList<Failure> unplanned; // a dry run's due failures
    // A full run reads every record as the source has it now, and closes the failures of those
    // it no longer has: retried first, from their stored copies, a record deleted in the source
    // since came back in the target.
    if (outcome && options.retryDue && !options.full) {
        auto due = dueFailures(**config);
        if (!due) {
            outcome = std::unexpected(due.error());
        } else if (options.dryRun) {
            unplanned = std::move(*due);
        } else if (!due->isEmpty()) {
            outcome = retryMarked(**sync, *due, journal, report);
            retried = std::move(*due);
        }
    }
    if (outcome) {
        // The first page may be long in coming (a slow or stalled source): the progress said
        // nothing until then, and "writing" once the read had failed.
        SyncProgress fetching;
        fetching.dataPoint = kind;
        fetching.phase = SyncPhase::Fetching;
        fetching.fetched = journal.counts().fetched;
        fetching.failed = journal.counts().failed;
        m_context.report(fetching);
        outcome = (*sync)->execute(options, journal, report);
    }
    // The run's "retried 200, resolved 0" read as if none took, though all were settled: by the
    // retry, or by the fetch that read them after.
    if (outcome)
        report.resolved = resolvedOf(retried);
    return finishRun(journal, **sync, report, outcome, outcome ? unplannedNote(unplanned, report.planId) : QString());
}

QString SyncRunner::unplannedNote(const QList<Failure> &due, qint64 planId)
{
    // The plan said "nothing to change" and the run then wrote the records it retried. Those the
    // plan holds anyway (read again, or changed since) need no word.
    if (due.isEmpty() || planId == 0)
        return {};
    auto items = m_context.store.planItems(planId);
    QSet<QString> planned;
    for (const PlanItem &item : items ? *items : QList<PlanItem>())
        planned.insert(item.key);
    const auto left =
        std::ranges::count_if(due, [&](const Failure &failure) { return !planned.contains(failure.key); });
    if (left == 0)
        return {};
    return tr("%n failure(s) of earlier runs are due: a run retries them before it reads, and this plan does not "
              "hold them\n  hint: a run or a retry takes them; the failure log lists them",
        nullptr, static_cast<int>(left));
}

Result<QList<SyncReport>> SyncRunner::retry(FailureFilter filter, const SyncOptions &options)
{
    // Only what is still waiting: resolved and ignored failures stay as they are.
    if (!filter.status)
        filter.waiting = true;
    filter.limit = 1000;
    QList<Failure> matched;
    while (true) {
        auto page = m_context.store.failures(filter);
        if (!page)
            return std::unexpected(page.error());
        matched.append(*page);
        if (page->size() < filter.limit)
            break;
        filter.beforeId = page->constLast().id;
    }
    QList<SyncReport> reports;
    for (DataPointKind kind : DataPoints::all()) {
        QList<Failure> records;
        FailureFilter pages; // the fetch failures, counted as the retry's like the records
        QList<qint64> setAside; // pages a person ignored and now retries
        for (const Failure &failure : std::as_const(matched)) {
            if (failure.dataPoint != kind)
                continue;
            // A page is fetched again; a record, even one without a key, is tried from its payload.
            if (failure.step == FailureStep::Fetch)
                pages.ids.append(failure.id);
            else
                records.append(failure);
            if (failure.step == FailureStep::Fetch && failure.status == FailureStatus::Ignored)
                setAside.append(failure.id);
        }
        const bool fetchAgain = !pages.ids.isEmpty();
        if (records.isEmpty() && !fetchAgain)
            continue;
        auto config = activeDataPoint(kind);
        if (!config) {
            // One data point that cannot run (switched off since) must not keep the others'
            // failures from their retry: it is reported as a run that could not start.
            SyncReport skipped;
            skipped.run.dataPoint = kind;
            skipped.run.status = RunStatus::Failed;
            skipped.run.message = config.error().toString();
            reports.append(skipped);
            continue;
        }
        if (!records.isEmpty()) {
            auto report = retryDataPoint(**config, records, options);
            if (!report)
                return std::unexpected(report.error());
            reports.append(*report);
        }
        if (fetchAgain) {
            // The run settles the pages that wait, so an ignored page chosen for the retry stayed
            // ignored after its page was read: it waits again, for this run to settle or fold into.
            if (!setAside.isEmpty()) {
                if (auto moved = m_context.store.moveFailures(setAside, FailureStatus::Ignored, FailureStatus::Open);
                    !moved)
                    return std::unexpected(moved.error());
            }
            // The run settles every page of the data point that failed, not only those chosen:
            // all of them are the retry's, and its figures said nothing of them while the log
            // showed them resolved.
            FailureFilter waiting;
            waiting.dataPoint = kind;
            waiting.step = FailureStep::Fetch;
            waiting.waiting = true;
            waiting.limit = 0;
            auto taken = m_context.store.failures(waiting);
            if (!taken)
                return std::unexpected(taken.error());
            pages.ids.clear();
            for (const Failure &failure : std::as_const(*taken))
                pages.ids.append(failure.id);
            // Only what was asked for: the run does not take up other due failures as well.
            SyncOptions fetchOptions = options;
            fetchOptions.retryDue = false;
            auto report = run(kind, fetchOptions);
            if (!report)
                return std::unexpected(report.error());
            report->retried += pages.ids.size();
            pages.status = FailureStatus::Resolved;
            pages.limit = static_cast<int>(pages.ids.size());
            // No ids would count every resolved failure.
            if (auto settled = m_context.store.countFailures(pages); settled && !pages.ids.isEmpty())
                report->resolved += *settled;
            reports.append(*report);
        }
        if (m_context.cancelled())
            break;
    }
    return reports;
}

Result<SyncReport> SyncRunner::retryDataPoint(
    const DataPointConfig &config, const QList<Failure> &failures, const SyncOptions &options)
{
    auto sync = makeSync(config);
    if (!sync)
        return std::unexpected(sync.error());
    SyncOptions retryOptions = options;
    retryOptions.dryRun = false;
    retryOptions.retryWithNewer = true;
    auto runId = beginRun(config, retryOptions);
    if (!runId)
        return std::unexpected(runId.error());
    RunJournal journal(m_context.store, m_context.erp.redactor(), *runId, config.kind);
    SyncReport report;
    Result<void> outcome = journal.begin();
    if (outcome)
        outcome = (*sync)->begin(retryOptions, journal);
    if (outcome)
        outcome = retryMarked(**sync, failures, journal, report);
    if (outcome)
        report.resolved = resolvedOf(failures);
    return finishRun(journal, **sync, report, outcome);
}

qint64 SyncRunner::resolvedOf(const QList<Failure> &failures) const
{
    if (failures.isEmpty())
        return 0;
    FailureFilter resolved;
    for (const Failure &failure : failures)
        resolved.ids.append(failure.id);
    resolved.status = FailureStatus::Resolved;
    resolved.limit = static_cast<int>(failures.size());
    return m_context.store.countFailures(resolved).value_or(0);
}

} // namespace Linkwright

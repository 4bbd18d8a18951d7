// SyncRunner::applyPlan: a dry run's plan written as planned.
#include "syncrunner.h"

#include "domain/json.h"
#include "project/projectfile.h"
#include "sync/datapointsync.h"
#include "sync/runjournal.h"

#include <algorithm>

namespace Linkwright {

namespace {

/// The failure an item the plan could not write leaves behind, so the watermark may pass it.
FailureInput unwritable(const PlanItem &item, Direction direction)
{
    FailureInput failure;
    failure.key = item.key;
    failure.direction = direction;
    failure.payload = item.source;
    JsonReader reader;
    const auto why = reader.parse(item.diff);
    const Value *message = why ? why->find("message") : nullptr;
    const Value *step = why ? why->find("step") : nullptr;
    failure.message = message ? message->text() : QString();
    if (item.action == PlanAction::Conflict) {
        failure.step = FailureStep::Conflict;
        failure.direction = Direction::Both;
    } else {
        failure.step = step ? failureStepFromKey(step->text()).value_or(FailureStep::Map) : FailureStep::Map;
    }
    return failure;
}

} // namespace

Result<SyncReport> SyncRunner::applyPlan(qint64 planId, const QStringList &keys, const SyncOptions &options)
{
    const QString where = tr("plan %1").arg(planId);
    auto plan = m_context.store.plan(planId);
    if (!plan)
        return std::unexpected(plan.error());
    if (!*plan) {
        return fail(ErrorCode::InvalidArgument, where, tr("there is no plan with this number"),
            tr("\"linkwright-cli plan FILE\" makes one and prints its number"));
    }
    if ((*plan)->applied) {
        return fail(ErrorCode::InvalidArgument, where, tr("the plan was applied already"),
            tr("make a new plan: the data may have changed since"));
    }
    auto config = activeDataPoint((*plan)->dataPoint);
    if (!config)
        return std::unexpected(config.error());
    if ((*config)->direction != (*plan)->direction) {
        return fail(ErrorCode::InvalidArgument, where,
            tr("the plan was made for the direction %1, the project now says %2")
                .arg(directionKey((*plan)->direction), directionKey((*config)->direction)),
            tr("make a new plan with the project as it is"));
    }
    // The plan's payloads are what the mappings made then: written after a mapping was fixed,
    // they put the mistake back (an emptied field), and records whose mapped form differs now
    // were left out as "changed in the source".
    auto made = m_context.store.run((*plan)->runId);
    if (!made)
        return std::unexpected(made.error());
    if (*made && !(**made).mappings.isEmpty() && (**made).mappings != ProjectFile::mappingsFingerprint(**config)) {
        return fail(ErrorCode::InvalidArgument, where,
            tr("the mappings, key field or conflict policies of %1 changed since the plan was made")
                .arg(DataPoints::key((*config)->kind)),
            tr("Make a new plan with the project as it is: \"linkwright-cli plan FILE\"."));
    }
    auto items = m_context.store.planItems(planId);
    if (!items)
        return std::unexpected(items.error());
    QList<PlanItem> chosen;
    for (const QString &key : keys) {
        const auto found =
            std::find_if(items->cbegin(), items->cend(), [&key](const PlanItem &item) { return item.key == key; });
        if (found == items->cend()) {
            return fail(ErrorCode::InvalidArgument, where, tr("the plan has no record \"%1\"").arg(key),
                tr("\"linkwright-cli plan\" lists the keys of a plan's records"));
        }
        // Asked again, a record done already was skipped without a word (exit 0, nothing written).
        if (found->status == PlanItemStatus::Applied) {
            return fail(ErrorCode::InvalidArgument, where, tr("record \"%1\" was applied already").arg(key),
                tr("Make a new plan to write it again: the data may have changed since."));
        }
        if (found->status == PlanItemStatus::Skipped) {
            return fail(ErrorCode::InvalidArgument, where,
                tr("record \"%1\" was skipped: a run since has moved it on").arg(key),
                tr("Make a new plan to write it again: the data may have changed since."));
        }
        if (found->status == PlanItemStatus::Failed) {
            return fail(ErrorCode::InvalidArgument, where, tr("record \"%1\" failed when it was applied").arg(key),
                tr("Its failure is in the log: \"linkwright-cli retry\" tries it again."));
        }
    }
    for (const PlanItem &item : std::as_const(*items)) {
        if (item.status == PlanItemStatus::Pending && (keys.isEmpty() || keys.contains(item.key)))
            chosen.append(item);
    }

    auto sync = makeSync(**config);
    if (!sync)
        return std::unexpected(sync.error());
    SyncOptions applyOptions = options;
    applyOptions.dryRun = false;
    auto runId = beginRun(**config, applyOptions);
    if (!runId)
        return std::unexpected(runId.error());
    RunJournal journal(m_context.store, m_context.erp.redactor(), *runId, (*plan)->dataPoint);
    SyncReport report;
    report.planId = planId;
    QHash<QString, PlanItemStatus> statuses;
    Result<void> outcome = journal.begin();
    if (outcome)
        outcome = (*sync)->begin(applyOptions, journal);
    if (outcome) {
        // Records the plan could not write go to the failure log now: the watermark may pass them.
        for (const PlanItem &item : std::as_const(chosen)) {
            if (item.action == PlanAction::Invalid || item.action == PlanAction::Conflict) {
                journal.fail(unwritable(item, (*plan)->direction));
                statuses.insert(item.key, PlanItemStatus::Failed);
                // Counted as a run counts the same record sent to review.
                if (item.action == PlanAction::Conflict)
                    ++report.conflicts;
            }
        }
        outcome = (*sync)->apply(**plan, chosen, journal, statuses, report);
    }
    if (outcome) {
        outcome = m_context.store.transaction([&]() -> Result<void> {
            for (const PlanItem &item : std::as_const(chosen)) {
                const auto status = statuses.constFind(item.key);
                if (status == statuses.cend())
                    continue;
                if (auto set = m_context.store.setPlanItemStatus(item.id, *status); !set)
                    return set;
            }
            return {};
        });
    }
    // Applied record by record to the last one, the plan is done as if applied whole: its
    // watermark moves, and applying it again is refused rather than writing nothing.
    const bool everyItemDone = std::all_of(items->cbegin(), items->cend(), [&statuses](const PlanItem &item) {
        return item.status != PlanItemStatus::Pending
            || statuses.value(item.key, PlanItemStatus::Pending) != PlanItemStatus::Pending;
    });
    const bool whole = (keys.isEmpty() || everyItemDone) && !m_context.cancelled();
    if (outcome && whole) {
        outcome = m_context.store.markPlanApplied(planId);
        if (outcome && !(*plan)->watermark.isEmpty()) {
            const DataPointKind kind = (*plan)->dataPoint;
            if ((*plan)->direction == Direction::Both) {
                auto marks = JsonReader().parse((*plan)->watermark.toUtf8());
                for (Side side : {Side::Erp, Side::Shop}) {
                    const Value *mark = marks ? marks->find(side == Side::Erp ? "erp" : "shop") : nullptr;
                    if (outcome && mark && !mark->utf8().isEmpty())
                        outcome = m_context.store.setWatermark(kind, side, mark->text());
                }
            } else {
                outcome = m_context.store.setWatermark(kind, sourceSide((*plan)->direction), (*plan)->watermark);
            }
        }
    }
    return finishRun(journal, **sync, report, outcome);
}

} // namespace Linkwright

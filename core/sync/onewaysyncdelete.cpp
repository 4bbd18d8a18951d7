// OneWaySync after a full read: deleting in the target what the source no longer has, and
// settling the failures of records that are gone.
#include "onewaysync.h"

#include "domain/json.h"
#include "secrets/redactor.h"
#include "sync/recorddiff.h"

#include <algorithm>
#include <limits>

namespace Linkwright {

void OneWaySync::settleGone(RunJournal &journal)
{
    // A record that failed and then went from the source has nothing left to retry: retried
    // from its stored payload, it came back in the target (and a full run with deletions took
    // it away again). A full read that saw every page closes such failures.
    if (!m_full || !m_pagingComplete || m_fetchFailures > 0 || m_context.cancelled() || readShifted() || m_dryRun)
        return;
    // Failures known by their record's id alone (refused a key another record holds, or left
    // without one) settle where the read did not meet the id; a refused record may be any.
    if (m_unreadable == 0)
        journal.resolveUnseenSourceIds(m_direction);
    if (m_keylessFailures > 0)
        return;
    const QSet<QString> open = journal.unresolvedKeys();
    for (const QString &key : open) {
        if (!key.isEmpty() && !m_seen.contains(key) && !m_failedKeys.contains(key))
            journal.resolveGone(key);
    }
}

void OneWaySync::deleteMissing(RunJournal &journal)
{
    // After a shifted read a record the pages skipped would look gone (see readShifted()).
    if (!m_full || !m_config.deletes || !m_pagingComplete || m_fetchFailures > 0 || m_context.cancelled()
        || readShifted())
        return;
    QStringList missing;
    for (auto it = m_hashes.cbegin(); it != m_hashes.cend(); ++it) {
        // A record that failed here is still in the source: fixed, it is written again.
        if (!m_seen.contains(it.key()) && !m_failedKeys.contains(it.key()))
            missing.append(it.key());
    }
    if (missing.isEmpty())
        return;
    // Any of them may be a record that failed before its key was known.
    if (m_keylessFailures > 0) {
        m_fetchProblem = tr("nothing was deleted: %n record(s) of the source failed before their key was known, "
                            "and each may be one of the %1 the source no longer lists\n  hint: give those records "
                            "their key in the source (or remove them there), then run a full sync again",
            nullptr, static_cast<int>(std::min<qint64>(m_keylessFailures, std::numeric_limits<int>::max())))
                             .arg(missing.size());
        return;
    }
    // A source that answers with a partial or empty list is likelier than most records going at
    // once; deleting on its word would empty the shop.
    // So at any size: ten products of a small shop gone at once are as likely a fault as ten
    // thousand (an empty answer emptied a small shop).
    // Deleted by hand in the target instead, they stayed in the store and every full run after
    // refused again: a person who checked says so for one run.
    if (missing.size() * 2 > m_hashes.size() && !m_confirmDeletes) {
        m_fetchProblem = tr("%1 of %2 records are no longer in the source; they were not deleted, because "
                            "more than half at once is more likely a fault of the source\n  hint: check the "
                            "source; if the records really are gone, run a full sync of this data point with "
                            "--confirm-deletes (linkwright-cli run FILE --data-point %3 --full --confirm-deletes; "
                            "plan instead of run shows them first)")
                             .arg(missing.size())
                             .arg(m_hashes.size())
                             .arg(DataPoints::key(m_config.kind));
        return;
    }
    std::sort(missing.begin(), missing.end());
    if (m_dryRun) {
        auto states = m_context.store.recordStates(m_config.kind, missing);
        JsonReader reader;
        for (const QString &key : std::as_const(missing)) {
            Value before;
            if (states) {
                if (auto parsed = reader.parse(states->value(key).values))
                    before = std::move(*parsed);
            }
            PlanItem item;
            item.key = key;
            item.action = PlanAction::Delete;
            item.diff = diffToJson(diffFields(before, Value()));
            m_planItems.append(std::move(item));
            ++journal.counts().deleted;
        }
        return;
    }
    m_writer->finish();
    const qint64 foundNothingBefore = m_deletesFoundNothing;
    for (const QString &key : std::as_const(missing)) {
        if (m_context.cancelled())
            return;
        removeOne(key, journal, 0, 0);
    }
    // A 404 is a record gone already, so a retried delete passes. But a target that addresses its
    // records otherwise (by its own id) answers 404 to every delete by key, and the run counted
    // them all deleted while the records stayed.
    if (const qint64 notFound = m_deletesFoundNothing - foundNothingBefore; notFound == missing.size()) {
        Connector &target = m_context.connector(targetSide(m_direction));
        addProblem(tr("the target answered 404 Not Found to every one of the %n deletion(s) (DELETE %1/<key>): "
                      "either the records were gone there already, or the target does not delete records by their "
                      "key at that path\n  hint: check in the target that the records are gone; if they are not, "
                      "delete them there by hand: their states are removed, so no run deletes them again",
            nullptr, static_cast<int>(std::min<qint64>(notFound, std::numeric_limits<int>::max())))
                       .arg(target.redactor().redactUrl(target.resourceUrl(m_config.kind))));
    }
}

void OneWaySync::removeOne(const QString &key, RunJournal &journal, qint64 failureId, int previousAttempts)
{
    auto removed = m_context.connector(targetSide(m_direction)).remove(m_config.kind, key);
    if (removed) {
        ++journal.counts().deleted;
        if (*removed == Connector::RemoveOutcome::AlreadyGone)
            ++m_deletesFoundNothing;
        journal.removed(key);
        m_hashes.remove(key);
        if (m_statuses)
            m_statuses->insert(key, PlanItemStatus::Applied);
        return;
    }
    if (removed.error().error.code == ErrorCode::Cancelled)
        return;
    if (m_statuses)
        m_statuses->insert(key, PlanItemStatus::Failed);
    const ConnectorError &error = removed.error();
    journal.fail({key, m_direction, FailureStep::Write, error.failureClass, error.error.toString(), error.httpStatus,
        std::max(1, error.attempts), Json::serialize(Value::object({{QByteArray("delete"), Value::string(key)}})),
        failureId, previousAttempts, error.retryAfter});
}

} // namespace Linkwright

// OneWaySync: a key that passes from one source record to another between incremental runs.
#include "onewaysync.h"

#include "sync/recorddiff.h"

#include <utility>

namespace Linkwright {

void OneWaySync::noteOwner(const QString &key, const QString &erpId, const QString &shopId)
{
    const QString &id = sourceSide(m_direction) == Side::Erp ? erpId : shopId;
    if (!id.isEmpty())
        m_owners.insert(key, id);
}

Result<void> OneWaySync::loadOwners()
{
    auto links = m_context.store.identityLinks(m_config.kind);
    if (!links)
        return std::unexpected(links.error());
    // Only keys with a state: the link of a record a full run deleted stays in the identity map,
    // and a new record under its key takes nothing over (the per-page look-up sees states only).
    for (const IdentityLink &link : std::as_const(*links)) {
        if (!m_hashes.value(link.key).isEmpty())
            noteOwner(link.key, link.erpId, link.shopId);
    }
    return {};
}

bool OneWaySync::ownedByAnother(const QString &key, const Value &source) const
{
    const auto owner = m_owners.constFind(key);
    if (owner == m_owners.cend())
        return false;
    const QString id = recordKey(source, "id");
    return !id.isEmpty() && id != *owner;
}

OneWaySync::Hold OneWaySync::holdForOwner(const QString &key, const Value &source, KeySet::Mark mark)
{
    if (m_owners.isEmpty() || m_seen.contains(key) || !ownedByAnother(key, source))
        return Hold::No;
    // The same record on a later page: the pages moved under the read, as for any record (a
    // record the shift skipped would otherwise look gone, and be deleted).
    KeySet::Mark earlier{};
    if (!m_held.insert(key, mark, &earlier) && mark.tag != 0 && mark.tag == earlier.tag && earlier.page < mark.page)
        return Hold::MetAgain;
    return Hold::Held;
}

void OneWaySync::settleDeferred(RunJournal &journal)
{
    const QList<Deferred> deferred = std::exchange(m_deferred, {});
    for (const Deferred &held : deferred) {
        // Neither written nor logged: a cancelled run keeps its watermark, the next reads it again.
        if (m_context.cancelled())
            return;
        const QString &key = held.candidate.key;
        // Without every page, whether the other record is still there is not known.
        if (!m_pagingComplete) {
            (void)takesAnotherRecordsKey(held.candidate, held.source, journal);
            continue;
        }
        const QString id = recordKey(held.source, "id");
        const QString owner = m_owners.value(key);
        // The owner came but failed (mapping, validation): it is still in the source.
        if (m_failedKeys.contains(key)) {
            (void)takesAnotherRecordsKey(held.candidate, held.source, journal);
            continue;
        }
        KeySet::Mark earlier{};
        if (!m_seen.insert(key, {KeySet::tag(id.toUtf8()), m_pagesFetched}, &earlier)) {
            const QString message = earlier.tag == KeySet::tag(owner.toUtf8())
                ? tr("the key \"%1\" came twice in one run: the record it was last synced from (id %2) kept it, "
                     "and this one (id %3) was not synced\n  hint: make the key unique in the source system: the "
                     "run that next reads this record under its own key settles this failure")
                      .arg(key, owner, id)
                : tr("the key \"%1\" came twice in one run; only the first record was synced\n  hint: make the "
                     "key unique in the source system: the run that next reads this record under its own key "
                     "settles this failure")
                      .arg(key);
            reject(journal, {key, m_direction, FailureStep::Match, ErrorClass::Permanent, message, 0, 1, {}, 0, 0},
                held.source);
            continue;
        }
        // The record it was last synced from is gone (or has another key now): this one takes it.
        Candidate candidate = held.candidate;
        if (changed(candidate, journal, 0)) {
            write(candidate, held.source, 0, 0);
        } else if (!m_dryRun) {
            // Nothing to write, but the key is this record's now: with the old id kept as its
            // owner, this record's next edit was refused as taking the key of one that is gone.
            const QString sourceId = recordKey(held.source, "id");
            const bool fromErp = sourceSide(m_direction) == Side::Erp;
            journal.written(
                key, candidate.hash, candidate.body, fromErp ? sourceId : QString(), fromErp ? QString() : sourceId);
        }
    }
}

bool OneWaySync::takesAnotherRecordsKey(
    const Candidate &candidate, const Value &source, RunJournal &journal, qint64 failureId, int previousAttempts)
{
    // Looked up by incremental runs and retries only: a full run reads the other record too, if
    // it is still there, and its duplicate check names it; if it is gone, the key is free.
    const auto owner = m_owners.constFind(candidate.key);
    if (owner == m_owners.cend())
        return false;
    const QString id = recordKey(source, "id");
    if (id.isEmpty() || id == *owner)
        return false;
    // Both may exist (two records the mappings give one key), or the first was deleted or given
    // another key and this one made since: only a person can tell, and writing would overwrite
    // the first record's copy in the target with this one.
    reject(journal,
        {candidate.key, m_direction, FailureStep::Match, ErrorClass::Permanent,
            tr("the key \"%1\" was last synced from another source record (id %2); this record (id %3) has it "
               "now, so it was not written over that record's copy in the target\n  hint: if record %2 was "
               "deleted in the source or its key changed, run with --full: it reads every record and gives the "
               "key to this one; if both records exist, make the key unique in the source")
                .arg(candidate.key, *owner, id),
            0, 1, {}, failureId, previousAttempts},
        source);
    return true;
}

} // namespace Linkwright

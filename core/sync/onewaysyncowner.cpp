// OneWaySync: a key that passes from one source record to another between incremental runs.
#include "onewaysync.h"

#include "sync/recorddiff.h"

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

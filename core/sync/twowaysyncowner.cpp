// TwoWaySync: a key that passes from one record of a side to another between incremental runs.
#include "twowaysync.h"

#include "domain/json.h"

namespace Linkwright {

Result<void> TwoWaySync::loadOwners()
{
    for (QHash<QString, QString> &owners : m_owners)
        owners.clear();
    auto links = m_context.store.identityLinks(m_config.kind);
    if (!links)
        return std::unexpected(links.error());
    for (const IdentityLink &link : std::as_const(*links)) {
        if (!link.erpId.isEmpty())
            m_owners[0].insert(link.key, link.erpId);
        if (!link.shopId.isEmpty())
            m_owners[1].insert(link.key, link.shopId);
    }
    return {};
}

bool TwoWaySync::refuseKeyTakers(
    const QString &key, Pair &pair, const std::optional<RecordState> &state, RunJournal &journal)
{
    // A retry cannot tell whether the other record is still there either; a full run can.
    if (m_fullRead || !state)
        return false;
    bool refused = false;
    for (const Side side : {Side::Erp, Side::Shop}) {
        SideRecord &record = side == Side::Erp ? pair.erp : pair.shop;
        const QString &owner = side == Side::Erp ? state->erpId : state->shopId;
        if (!record.present || record.id.isEmpty() || owner.isEmpty() || record.id == owner)
            continue;
        const QString message = side == Side::Erp
            ? tr("the key \"%1\" was last synced from another ERP record (id %2); this record (id %3) has it now, "
                 "so it was not written over that record's copy in the shop\n  hint: if record %2 was deleted in "
                 "the ERP or its key changed, run with --full: it reads every record and gives the key to this one; if "
                 "both records exist, make the key unique in the ERP")
            : tr(
                "the key \"%1\" was last synced from another shop record (id %2); this record (id %3) has it now, "
                "so it was not written over that record's copy in the ERP\n  hint: if record %2 was deleted in "
                "the shop or its key changed, run with --full: it reads every record and gives the key to this one; if "
                "both records exist, make the key unique in the shop");
        // The retried failure is this record's (or both sides', a conflict): it is brought up to
        // date, and the other side, settled on its own below, must not settle it.
        const bool retriedHere = pair.failureId > 0 && (!pair.retried || *pair.retried == side);
        journal.refuse(
            {key, flowFrom(side), FailureStep::Match, ErrorClass::Permanent, message.arg(key, owner, record.id), 0, 1,
                Json::serialize(record.raw), retriedHere ? pair.failureId : 0, retriedHere ? pair.previousAttempts : 0},
            m_dryRun ? &m_planItems : nullptr);
        if (retriedHere) {
            pair.failureId = 0;
            pair.previousAttempts = 0;
        }
        // The other side's record still counts: its edit, read now, would be lost once the
        // watermark moves past it. Decided as if this side had not been read.
        record = SideRecord{};
        refused = true;
    }
    return refused && !pair.erp.present && !pair.shop.present;
}

} // namespace Linkwright

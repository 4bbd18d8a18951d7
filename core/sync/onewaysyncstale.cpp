// OneWaySync: the planned records the source moved on from since the plan was made.
#include "onewaysync.h"

#include "domain/json.h"
#include "sync/pagereader.h"
#include "sync/recorddiff.h"
#include "sync/unreadablerecord.h"

namespace Linkwright {

Result<QSet<QString>> OneWaySync::movedOnSince(const Plan &plan, const QList<PlanItem> &items) const
{
    QHash<QString, const PlanItem *> planned;
    for (const PlanItem &item : items) {
        if (item.action == PlanAction::Create || item.action == PlanAction::Update || item.action == PlanAction::Delete)
            planned.insert(item.key, &item);
    }
    QSet<QString> moved;
    if (planned.isEmpty())
        return moved;
    const Side side = sourceSide(m_direction);
    PageRequest request;
    // Without a mark (a plan whose read stopped early or shifted) the whole source is read: from
    // the store's watermark, a run since the plan would have moved it past the records changed.
    request.modifiedSince = plan.watermark;
    JsonReader reader;
    auto read = PageReader::readAll(
        m_context.connector(side), m_config.kind, request, m_context,
        [&](const Value &raw) {
            auto mapped = m_engine.map(raw);
            const QString key = mapped ? recordKey(*mapped, m_keyField) : m_naming.nameOf(m_engine, raw).key;
            const auto found = planned.constFind(key);
            if (found == planned.cend())
                return;
            // A source record met again as it was planned (the mark's own record comes back
            // with a filter that includes its stamp) has not moved on.
            if ((*found)->action != PlanAction::Delete && mapped) {
                const auto written = reader.parse((*found)->payload);
                if (written && Json::serialize(*written) == Json::serialize(*mapped))
                    return;
            }
            moved.insert(key);
        },
        [&](const UnreadableRecord &record) {
            const QString key = unreadableFailure(record, m_naming.sourceKeyField(), m_direction, ReadFor::Look).key;
            if (planned.contains(key))
                moved.insert(key);
        },
        tr("cancelled while checking the plan's records; nothing was written"));
    if (!read) {
        Error error = read.error();
        if (error.code != ErrorCode::Cancelled) {
            error.message = tr("could not check whether the source changed the plan's records since it was made: %1")
                                .arg(error.message);
            error.hint = tr("Nothing was written. Apply the plan again when the source answers.");
        }
        return std::unexpected(std::move(error));
    }
    return moved;
}

Result<QHash<QString, Value>> OneWaySync::newerInSource(const QList<Failure> &failures) const
{
    QSet<QString> keys;
    for (const Failure &failure : failures) {
        if (!failure.key.isEmpty() && failure.step != FailureStep::Fetch)
            keys.insert(failure.key);
    }
    QHash<QString, Value> newer;
    const Side side = sourceSide(m_direction);
    auto mark = m_context.store.watermark(m_config.kind, side);
    if (!mark)
        return std::unexpected(mark.error());
    // Without a watermark the whole source would be read for a retry of a few records.
    if (keys.isEmpty() || mark->isEmpty())
        return newer;
    PageRequest request;
    request.modifiedSince = *mark;
    auto read = PageReader::readAll(
        m_context.connector(side), m_config.kind, request, m_context,
        [&](const Value &raw) {
            auto mapped = m_engine.map(raw);
            const QString key = mapped ? recordKey(*mapped, m_keyField) : m_naming.nameOf(m_engine, raw).key;
            if (keys.contains(key))
                newer.insert(key, raw);
        },
        [](const UnreadableRecord &) {}, tr("cancelled while reading the source's newer records; nothing was written"));
    if (!read)
        return std::unexpected(read.error());
    return newer;
}

} // namespace Linkwright

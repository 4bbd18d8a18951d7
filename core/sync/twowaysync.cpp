#include "twowaysync.h"

#include "domain/json.h"
#include "mapping/fieldcheck.h"
#include "sync/pagesahead.h"
#include "sync/recorddiff.h"
#include "sync/unreadablerecord.h"

namespace Linkwright {

namespace {

const QList<QByteArray> &systemFields()
{
    static const QList<QByteArray> fields{QByteArray("id"), WatermarkTracker::Field.toByteArray()};
    return fields;
}

} // namespace

TwoWaySync::TwoWaySync(const SyncContext &context, const DataPointConfig &config, MappingEngine engine)
    : m_context(context)
    , m_config(config)
    , m_engine(std::move(engine))
    , m_keyField(config.keyField.toUtf8())
{
    // A plain rename can be reversed; anything that transforms, combines or reaches into an
    // object cannot.
    m_erpKeyField = m_keyField;
    for (const FieldMapping &mapping : m_config.mappings) {
        if (mapping.sources.size() != 1)
            continue;
        if (mapping.isPlainRename()) {
            m_erpNames.insert(mapping.target.toUtf8(), mapping.sources.constFirst().toUtf8());
            const QByteArray field = mapping.target.toUtf8();
            if ((mapping.type != FieldType::Any || mapping.required) && policy(field) != ConflictPolicy::ErpOwns)
                m_shopChecks.insert(field, {mapping.type, mapping.required, mapping.sources.constFirst()});
        }
        if (mapping.target == config.keyField)
            m_erpKeyField = mapping.sources.constFirst().toUtf8();
        const QString &source = mapping.sources.constFirst();
        if (mapping.transforms.isEmpty() && source.contains(u'.') && !source.contains(u'[')
            && !mapping.target.contains(u'.') && !mapping.target.contains(u'[')) {
            m_erpPaths.append({mapping.target.toUtf8(), source.toUtf8().split('.')});
        }
    }
}

Result<void> TwoWaySync::begin(const SyncOptions &options, RunJournal &journal)
{
    m_dryRun = options.dryRun;
    m_full = options.full;
    if (m_full) {
        if (auto owners = loadOwners(); !owners)
            return owners;
    }
    if (m_dryRun)
        return {};
    m_toShop = std::make_unique<BatchWriter>(
        m_context.shop, m_config.kind, m_config.keyField, options.batchSize, options.writesInFlight);
    // A record written back to the ERP carries its key under the ERP's name for it.
    m_toErp = std::make_unique<BatchWriter>(
        m_context.erp, m_config.kind, QString::fromUtf8(m_erpKeyField), options.batchSize, options.writesInFlight);
    wireWriter(*m_toShop, Side::Shop, journal);
    wireWriter(*m_toErp, Side::Erp, journal);
    return {};
}

bool TwoWaySync::shape(Side side, const Value &raw, SideRecord &record, QString &key, RunJournal &journal,
    qint64 failureId, int previousAttempts)
{
    const auto reject = [&](FailureStep step, const QString &message) {
        const QString rawKey = recordKey(raw, side == Side::Erp ? m_erpKeyField : m_keyField);
        if (!rawKey.isEmpty())
            m_refusedKeys.insert(rawKey);
        journal.refuse({rawKey, flowFrom(side), step, ErrorClass::Permanent, message, 0, 1, Json::serialize(raw),
                           failureId, previousAttempts},
            m_dryRun ? &m_planItems : nullptr);
        return false;
    };
    if (!raw.isObject())
        return reject(FailureStep::Map, tr("the record is not a JSON object"));
    Value shaped = raw;
    if (side == Side::Erp) {
        auto mapped = m_engine.map(raw);
        if (!mapped) {
            return reject(
                mapped.error().kind == MappingFailure::FailureKind::Validate ? FailureStep::Validate : FailureStep::Map,
                mapped.error().toString());
        }
        shaped = std::move(*mapped);
    } else if (!m_engine.isPassThrough()) {
        QList<Member> members;
        for (const Member &member : raw.members()) {
            if (m_erpNames.contains(member.name) || member.name == m_keyField)
                members.append(member);
        }
        shaped = Value::object(std::move(members));
    }
    key = recordKey(shaped, m_keyField);
    if (key.trimmed().isEmpty()) {
        return reject(FailureStep::Match,
            tr("the record has no natural key: \"%1\" is missing or empty\n  hint: every record of a two-way data "
               "point needs its key on both sides")
                .arg(QString::fromUtf8(m_keyField)));
    }
    record.present = true;
    record.raw = raw;
    record.shaped = withoutFields(shaped, systemFields());
    record.modified = WatermarkTracker::stampOf(raw);
    record.id = recordKey(raw, "id");
    // A shop's "not a number" in a decimal field went into the ERP as it was, and each ERP change
    // of that record failed its check after. Refused, the field goes nowhere (the rest of the
    // record is decided as ever, so no edit on either side is lost), and the failure says why.
    if (side == Side::Shop && !m_shopChecks.isEmpty()) {
        if (const auto refused = checkShopFields(record)) {
            journal.refuse({key, flowFrom(side), FailureStep::Validate, ErrorClass::Permanent, *refused, 0, 1,
                               Json::serialize(raw), failureId, previousAttempts},
                m_dryRun ? &m_planItems : nullptr);
        }
    }
    return true;
}

void TwoWaySync::fetchSide(Side side, const SyncOptions &options, RunJournal &journal)
{
    Connector &connector = m_context.connector(side);
    WatermarkTracker &tracker = m_watermarks[index(side)];
    m_complete[index(side)] = false; // a retry may have read this side before the run does
    PageRequest request;
    request.pageSize = options.pageSize;
    if (!options.full) {
        if (auto watermark = m_context.store.watermark(m_config.kind, side))
            request.modifiedSince = *watermark;
    }
    tracker.start();
    const auto failed = [&](const ConnectorError &error) {
        if (error.error.code == ErrorCode::Cancelled)
            return;
        m_fetchFailed = true;
        m_fetchProblem = error.error.toString();
        if (!m_dryRun) {
            journal.fail({QString(), flowFrom(side), FailureStep::Fetch, error.failureClass, error.error.toString(),
                error.httpStatus, std::max(1, error.attempts),
                Json::serialize(Value::object({{QByteArray("side"), Value::string(sideKey(side))},
                    {QByteArray("cursor"), Value::string(request.cursor)},
                    {QByteArray("modifiedSince"), Value::string(request.modifiedSince)}})),
                0, 0, error.retryAfter});
        }
    };
    // The keys met, for settleGone(): only a full run that writes closes failures with them.
    const bool settling = options.full && !m_dryRun;
    const auto met = [this](const QString &key) {
        if (key.trimmed().isEmpty())
            ++m_keylessRead;
        else
            m_keysRead.insert(key);
    };
    // The next pages travel while this one is matched (see PagesAhead).
    PagesAhead ahead(connector, m_config.kind);
    std::optional<qint64> total;
    QHash<QString, QString> idsRead; // key -> the id of the record read with it
    auto pending = connector.startFetch(m_config.kind, request);
    bool onItsWay = true; // pending is a page not yet collected
    while (!m_context.cancelled()) {
        if (!pending) {
            failed(pending.error());
            return;
        }
        auto page = connector.finishFetch(*pending);
        onItsWay = false;
        if (!page) {
            failed(page.error());
            return;
        }
        if (page->total) {
            // A total that falls while the pages are read: a record went, and one after it may
            // have moved onto a page already read (see settleGone()).
            if (total && *page->total < *total)
                m_readShifted = true;
            total = page->total;
        }
        const bool more = !page->nextCursor.isEmpty();
        if (more && !m_context.cancelled()) {
            request.cursor = page->nextCursor;
            pending = ahead.take(request, total, &*page);
            onItsWay = true;
        }
        ++m_pagesFetched;
        tracker.seeServerClock(page->serverClockAheadMs);
        for (const Value &raw : std::as_const(page->records)) {
            ++journal.counts().fetched;
            tracker.see(raw);
            SideRecord record;
            QString key;
            // A record that failed is logged under its side's spelling of the key (see shape()).
            if (settling) {
                met(recordKey(raw, side == Side::Erp ? m_erpKeyField : m_keyField));
                if (journal.awaitsSourceIds())
                    journal.sawSourceId(flowFrom(side), recordKey(raw, "id"));
            }
            if (!shape(side, raw, record, key, journal, 0, 0))
                continue;
            for (const Member &member : m_config.mappings.isEmpty() ? raw.members() : QList<Member>())
                m_fieldsSeen.insert(member.name);
            if (settling)
                met(key);
            // Two records of one side with one key: the second replaced the first in silence.
            // The same record met again (pages that shifted) has the same id and is taken anew.
            if (const auto earlier = idsRead.constFind(key);
                earlier != idsRead.cend() && !earlier->isEmpty() && *earlier != record.id) {
                // The record last synced under the key keeps it, whichever the side lists first.
                const QString owner = m_owners[index(side)].value(key);
                const bool ownerCameSecond = !owner.isEmpty() && owner == record.id;
                SideRecord &first = side == Side::Erp ? m_pairs[key].erp : m_pairs[key].shop;
                journal.refuse(
                    {key, flowFrom(side), FailureStep::Match, ErrorClass::Permanent,
                        tr("the key \"%1\" came twice in one run; only the first record was synced\n  hint: "
                           "make the key unique in %2: the run that next reads this record under its own key "
                           "settles this failure")
                            .arg(key, side == Side::Erp ? tr("the ERP") : tr("the shop")),
                        0, 1, Json::serialize(ownerCameSecond ? first.raw : raw)},
                    m_dryRun ? &m_planItems : nullptr);
                if (!ownerCameSecond)
                    continue;
                idsRead.insert(key, record.id);
                first = std::move(record);
                continue;
            }
            if (idsRead.contains(key))
                m_readShifted = true; // the same record met again: the pages moved under the read
            idsRead.insert(key, record.id);
            auto found = m_pairs.find(key);
            if (found == m_pairs.end()) {
                found = m_pairs.insert(key, Pair());
                m_order.append(key);
            }
            (side == Side::Erp ? found->erp : found->shop) = std::move(record);
        }
        // Records of the page the reader refused: failures of their own, the page goes on.
        for (const UnreadableRecord &unreadable : std::as_const(page->unreadable)) {
            ++journal.counts().fetched;
            tracker.see(unreadableStamp(unreadable));
            FailureInput failure = unreadableFailure(unreadable, side == Side::Erp ? m_erpKeyField : m_keyField,
                flowFrom(side), m_dryRun ? ReadFor::Look : ReadFor::Run);
            if (settling)
                met(failure.key);
            ++m_unreadableRead;
            journal.refuse(std::move(failure), m_dryRun ? &m_planItems : nullptr);
        }
        reportPhase(SyncPhase::Fetching, journal);
        if (!more) {
            m_complete[index(side)] = true;
            return;
        }
    }
    if (onItsWay && pending) // cancelled with the next page on its way
        connector.discardFetch(*pending);
}

ConflictPolicy TwoWaySync::policy(const QByteArray &field) const
{
    return m_config.conflictFields.value(QString::fromUtf8(field), m_config.conflictDefault);
}

bool TwoWaySync::flowsToErp(const QByteArray &field) const
{
    return m_engine.isPassThrough() || m_erpNames.contains(field);
}

std::optional<QString> TwoWaySync::checkShopFields(SideRecord &record) const
{
    QStringList why;
    for (const Member &member : record.shaped.members()) {
        const auto found = m_shopChecks.constFind(member.name);
        if (found == m_shopChecks.cend())
            continue;
        // Checked on a copy: the value stays as the shop has it, so that it compares as before.
        Value value = member.value;
        auto error = FieldCheck::check(value, found->type);
        if (!error && found->required)
            error = FieldCheck::checkRequired(value);
        if (!error)
            continue;
        record.refused.append(member.name);
        why.append(tr("the shop's \"%1\" cannot go to the ERP's \"%2\": %3\n  hint: %4")
                       .arg(QString::fromUtf8(member.name), found->erpName, error->message, error->hint));
    }
    if (why.isEmpty())
        return std::nullopt;
    return why.join(u'\n');
}

Result<void> TwoWaySync::resolveAll(RunJournal &journal, SyncReport &report)
{
    auto states = m_context.store.recordStates(m_config.kind, m_order);
    if (!states)
        return std::unexpected(states.error());
    if (auto attempted = loadAttemptedWrites(); !attempted)
        return attempted;
    for (const QString &key : std::as_const(m_order)) {
        const auto found = states->constFind(key);
        const auto state = found == states->cend() ? std::nullopt : std::optional<RecordState>(*found);
        if (!refuseKeyTakers(key, m_pairs[key], state, journal))
            settle(key, m_pairs[key], state, journal, report);
        if (m_storeError)
            return std::unexpected(*m_storeError);
    }
    if (!m_dryRun) {
        m_toShop->finish();
        m_toErp->finish();
    }
    // A retry and the run after it each decide their own records.
    m_pairs.clear();
    m_order.clear();
    if (m_storeError)
        return std::unexpected(*m_storeError);
    return {};
}

Result<void> TwoWaySync::execute(const SyncOptions &options, RunJournal &journal, SyncReport &report)
{
    // Only records of a full read decide who holds a key; the retries before it are checked.
    m_fullRead = options.full;
    // What the retries before refused was the stored record: the fetch may bring it fixed.
    m_refusedKeys.clear();
    fetchSide(Side::Erp, options, journal);
    if (!m_context.cancelled())
        fetchSide(Side::Shop, options, journal);
    // A record seen on one side only used to be decided as if the other side had not changed it,
    // even when that side's pages could not all be read (or a cancel stopped them): one side's
    // older value then overwrote the other's newer one for good. Such a record waits for a run
    // that reads both sides; the watermarks stay, so that run fetches it again.
    for (Side side : {Side::Erp, Side::Shop}) {
        if (m_complete[index(side)])
            continue;
        m_order.removeIf([&](const QString &key) {
            const auto pair = m_pairs.constFind(key);
            return !(side == Side::Erp ? pair->erp : pair->shop).present;
        });
    }
    // A side whose record the mappings refused said nothing of its edits: decided without it,
    // the other side's older copy was written over the newer one there.
    m_order.removeIf([this](const QString &key) { return m_refusedKeys.contains(key); });
    if (auto completed = completeFromConflicts(journal); !completed)
        return completed;
    if (auto resolved = resolveAll(journal, report); !resolved)
        return resolved;
    notePolicyTypos();
    noteOwnedApart();
    const bool complete = m_complete[0] && m_complete[1] && !m_context.cancelled();
    // A dry run stopped halfway stores no plan (see OneWaySync::storePlan).
    if (m_dryRun && m_context.cancelled())
        return {};
    if (m_dryRun) {
        Plan plan;
        plan.runId = journal.runId();
        plan.dataPoint = m_config.kind;
        plan.direction = Direction::Both;
        if (complete) {
            plan.watermark = QString::fromUtf8(
                Json::serialize(Value::object({{QByteArray("erp"), Value::string(m_watermarks[0].next())},
                    {QByteArray("shop"), Value::string(m_watermarks[1].next())}})));
        }
        auto planId = m_context.store.savePlan(plan, m_planItems);
        if (!planId)
            return std::unexpected(planId.error());
        report.planId = *planId;
        return {};
    }
    if (complete)
        journal.resolve(QString());
    if (complete && options.full && !m_fetchFailed)
        settleGone(journal);
    if (auto stored = journal.flush(); !stored)
        return stored;
    if (!complete)
        return {};
    for (Side side : {Side::Erp, Side::Shop}) {
        if (const QString next = m_watermarks[index(side)].next(); !next.isEmpty()) {
            if (auto moved = m_context.store.setWatermark(m_config.kind, side, next); !moved)
                return moved;
        }
    }
    return {};
}

} // namespace Linkwright

#include "onewaysync.h"

#include "domain/json.h"
#include "secrets/redactor.h"
#include "sync/contenthash.h"
#include "sync/pagesahead.h"
#include "sync/recorddiff.h"
#include "sync/unreadablerecord.h"

namespace Linkwright {

namespace {

QByteArray pagePayload(const PageRequest &request)
{
    return Json::serialize(Value::object({{QByteArray("cursor"), Value::string(request.cursor)},
        {QByteArray("modifiedSince"), Value::string(request.modifiedSince)},
        {QByteArray("pageSize"), Value::number(request.pageSize)}}));
}

} // namespace

OneWaySync::OneWaySync(const SyncContext &context, const DataPointConfig &config, MappingEngine engine)
    : m_context(context)
    , m_config(config)
    , m_engine(std::move(engine))
    , m_direction(config.direction)
    , m_keyField(config.keyField.toUtf8())
    , m_naming(config)
{
}

void OneWaySync::failedPresent(const FailureKey &key)
{
    // Full runs only: they delete what is gone and close the failures of what is gone.
    if (!m_full)
        return;
    if (key.certain)
        m_failedKeys.insert(key.key);
    else
        ++m_keylessFailures;
}

Result<void> OneWaySync::begin(const SyncOptions &options, RunJournal &journal)
{
    m_dryRun = options.dryRun;
    m_full = options.full;
    m_confirmDeletes = options.confirmDeletes;
    m_resend = options.resend;
    m_retryWithNewer = options.retryWithNewer;
    // A full run meets every record it synced before: loading all their hashes at once is
    // cheapest. An incremental run meets a few; loading 100,000 hashes to compare 1,000 records
    // was most of its time, so it asks for the keys each page brings (see lookUpHashes).
    m_lazyHashes = !options.full;
    if (!m_lazyHashes) {
        auto hashes = m_context.store.recordHashes(m_config.kind);
        if (!hashes)
            return std::unexpected(hashes.error());
        m_hashes = std::move(*hashes);
        // A record met first under a key another was synced from would take it, and the one
        // synced from it, met later, was logged as the duplicate (see settleDeferred()).
        if (!m_hashes.isEmpty()) {
            if (auto owners = loadOwners(); !owners)
                return owners;
        }
    }
    if (!m_dryRun) {
        m_writer = std::make_unique<BatchWriter>(m_context.connector(targetSide(m_direction)), m_config.kind,
            m_config.keyField, options.batchSize, options.writesInFlight);
        wireWriter(*m_writer, journal);
    }
    return {};
}

void OneWaySync::wireWriter(BatchWriter &writer, RunJournal &journal)
{
    const Side source = sourceSide(m_direction);
    writer.onAccepted([this, &journal, source](const WriteItem &item, const RecordWriteResult &result, int attempts) {
        countWritten(journal.counts(), item.action, result, attempts);
        // A fetching run sees each key once (a second is a duplicate), so only retries and
        // plans, which may meet a key again, need to know what was just written.
        if (m_statuses || item.failureId > 0)
            m_hashes.insert(item.key, item.hash);
        if (m_statuses)
            m_statuses->insert(item.key, PlanItemStatus::Applied);
        // Every write says the ids it knows: an update may make the record anew in the target
        // (deleted there by hand, upserted by key) under a new id. An empty one keeps the stored.
        const QString sourceId = recordKey(item.source, "id");
        journal.written(item.key, item.hash, item.body, source == Side::Erp ? sourceId : result.id,
            source == Side::Erp ? result.id : sourceId);
        // A retried record settles its failure even under a key it did not have then.
        journal.resolveFailure(item.failureId);
        journal.resolveBySourceId(m_direction, sourceId);
    });
    writer.onRefused([this, &journal](const WriteItem &item, const ConnectorError &error) {
        // A write stopped by the user is neither failed nor written: the watermark stays, and
        // the next run fetches the record again.
        if (error.error.code == ErrorCode::Cancelled)
            return;
        if (m_statuses)
            m_statuses->insert(item.key, PlanItemStatus::Failed);
        journal.fail({item.key, m_direction, FailureStep::Write, error.failureClass, error.error.toString(),
            error.httpStatus, std::max(1, error.attempts), Json::serialize(item.source), item.failureId,
            item.previousAttempts, error.retryAfter});
    });
    writer.onBatchDone([this, &journal] {
        flushSome(journal);
        reportProgress(journal);
    });
}

void OneWaySync::flushSome(RunJournal &journal)
{
    // Each commit is an fsync (synchronous=FULL): committing every few thousand records instead
    // of every batch costs nothing in safety, since the watermark only moves after the last
    // commit and a record whose state was lost in a crash is merely written again, by key. The
    // commits happen beside the run; execute() waits for them before it moves the watermark.
    if (journal.pendingCount() < FlushEvery)
        return;
    if (auto stored = journal.flushInBackground(); !stored)
        m_storeError = stored.error();
}

void OneWaySync::reportProgress(const RunJournal &journal, std::optional<SyncPhase> phase, std::optional<qint64> total)
{
    if (phase)
        m_phase = *phase;
    if (total)
        m_total = total;
    SyncProgress progress;
    progress.dataPoint = m_config.kind;
    progress.phase = m_phase;
    progress.fetched = journal.counts().fetched;
    // A dry run counts what it would write; it writes nothing.
    progress.written = m_dryRun ? 0 : journal.counts().created + journal.counts().updated + journal.counts().deleted;
    progress.failed = journal.counts().failed;
    progress.total = m_total;
    m_context.report(progress);
}

void OneWaySync::reject(RunJournal &journal, FailureInput failure, const Value &source)
{
    // A record that could not be read arrives with its bytes as the payload already.
    if (failure.payload.isEmpty())
        failure.payload = Json::serialize(source);
    journal.refuse(std::move(failure), m_dryRun ? &m_planItems : nullptr);
}

std::optional<OneWaySync::Candidate> OneWaySync::prepare(
    const Value &source, RunJournal &journal, qint64 failureId, int previousAttempts, bool checkDuplicate)
{
    const auto fail = [&](FailureStep step, const FailureKey &key, const QString &message) {
        failedPresent(key);
        reject(journal,
            {key.key, m_direction, step, ErrorClass::Permanent, message, 0, 1, {}, failureId, previousAttempts},
            source);
    };
    auto mapped = m_engine.map(source);
    if (!mapped) {
        const MappingFailure &failure = mapped.error();
        // Refused by the retry a moment ago: once more would count it twice, tried twice. (The
        // key is named only where a retry took records: naming it costs on every refusal.)
        if (checkDuplicate && !m_retriedRecords.isEmpty()) {
            if (const FailureKey key = failureKey(source); metInRetry(key.key, source)) {
                failedPresent(key);
                --journal.counts().fetched;
                return std::nullopt;
            }
        }
        fail(failure.kind == MappingFailure::FailureKind::Validate ? FailureStep::Validate : FailureStep::Map,
            failureKey(source), failure.toString());
        return std::nullopt;
    }
    Candidate candidate;
    candidate.key = recordKey(*mapped, m_keyField);
    if (candidate.key.trimmed().isEmpty()) {
        fail(FailureStep::Match, {m_naming.sourceKey(source), false},
            tr("the record has no natural key: \"%1\" is missing or empty after mapping\n  hint: map a unique "
               "field of the source to \"%1\", or choose another key field for this data point")
                .arg(QString::fromUtf8(m_keyField)));
        return std::nullopt;
    }
    if (checkDuplicate) {
        // The source's id and the page tell the same record met again on a later page from
        // another record of the same key (or a row the same page repeats).
        const Value *id = source.find("id");
        const KeySet::Mark mark{id && (id->isString() || id->isNumber()) ? KeySet::tag(id->utf8()) : 0, m_pagesFetched};
        KeySet::Mark earlier{};
        const Hold hold = m_full ? holdForOwner(candidate.key, source, mark) : Hold::No;
        if (hold == Hold::Held) {
            candidate.deferred = true;
        } else if (hold == Hold::MetAgain || !m_seen.insert(candidate.key, mark, &earlier)) {
            if (hold == Hold::MetAgain || (mark.tag != 0 && mark.tag == earlier.tag && earlier.page < mark.page)) {
                movedOn(source);
                // One record read twice: counted once, so that the outcomes add up to fetched.
                --journal.counts().fetched;
                return std::nullopt;
            }
            fail(FailureStep::Match, {candidate.key, true},
                tr("the key \"%1\" came twice in one run; only the first record was synced\n  hint: make the "
                   "key unique in the source system: the run that next reads this record under its own key "
                   "settles this failure")
                    .arg(candidate.key));
            return std::nullopt;
        }
        // Marked seen above, so that a full run does not take the key for gone.
        if (hold == Hold::No && metInRetry(candidate.key, source)) {
            --journal.counts().fetched;
            return std::nullopt;
        }
    }
    // Records of a data point come out about the same size: grown once, not append by append.
    candidate.body.reserve(m_bodySizeHint);
    Json::append(candidate.body, *mapped);
    m_bodySizeHint = std::max(m_bodySizeHint, candidate.body.size() + candidate.body.size() / 4);
    candidate.hash = contentHash(candidate.body);
    return candidate;
}

void OneWaySync::failFetch(RunJournal &journal, const ConnectorError &error, const PageRequest &request)
{
    if (error.error.code == ErrorCode::Cancelled)
        return;
    ++m_fetchFailures;
    m_fetchProblem = error.error.toString();
    journal.fail({QString(), m_direction, FailureStep::Fetch, error.failureClass, error.error.toString(),
        error.httpStatus, std::max(1, error.attempts), pagePayload(request), 0, 0, error.retryAfter});
}

void OneWaySync::fetchAll(const SyncOptions &options, RunJournal &journal)
{
    Connector &source = m_context.connector(sourceSide(m_direction));
    PageRequest request;
    request.pageSize = options.pageSize;
    // Only what the mappings, the identity map and the watermark read is parsed; each record
    // keeps its whole text for the failure log and the plan.
    request.fields = m_engine.sourceMembers();
    if (!request.fields.isEmpty()) {
        for (const QByteArray &name : {QByteArray("id"), WatermarkTracker::Field.toByteArray()}) {
            if (!request.fields.contains(name))
                request.fields.append(name);
        }
    }
    if (!options.full) {
        auto watermark = m_context.store.watermark(m_config.kind, sourceSide(m_direction));
        if (watermark)
            request.modifiedSince = *watermark;
    }
    m_watermark.start();
    m_positional = source.pagesByPosition();
    std::optional<qint64> total;
    auto pending = source.startFetch(m_config.kind, request);
    PagesAhead ahead(source, m_config.kind);
    while (true) {
        if (!pending) {
            failFetch(journal, pending.error(), request);
            return;
        }
        auto page = source.finishFetch(*pending);
        if (!page) {
            failFetch(journal, page.error(), request);
            return;
        }
        ++m_pagesFetched;
        m_watermark.seeServerClock(page->serverClockAheadMs);
        if (page->total) {
            if (!total)
                m_seen.reserve(static_cast<qsizetype>(std::min<qint64>(*page->total, 10'000'000)));
            // Fewer records than a page before counted: one went while the pages were read, and
            // those behind it moved up, one of them perhaps onto a page already read.
            if (m_positional && total && *page->total < *total)
                m_shrankFrom = m_shrankFrom ? m_shrankFrom : total;
            total = page->total;
            m_lastTotal = total;
        }
        // The next pages travel while this one is mapped and written.
        const bool more = !page->nextCursor.isEmpty() && !m_context.cancelled();
        PageRequest next = request;
        if (more) {
            next.cursor = page->nextCursor;
            pending = ahead.take(next, total, &*page);
        } else {
            ahead.drop();
        }
        // Mapped first, so that an incremental run asks the store about the page's keys at once.
        QList<std::pair<qsizetype, Candidate>> candidates;
        candidates.reserve(page->records.size());
        for (qsizetype i = 0; i < page->records.size(); ++i) {
            ++journal.counts().fetched;
            m_watermark.see(page->records.at(i));
            if (m_full && journal.awaitsSourceIds())
                journal.sawSourceId(m_direction, recordKey(page->records.at(i), "id"));
            if (auto candidate = prepare(page->records.at(i), journal, 0, 0, true))
                candidates.append({i, std::move(*candidate)});
        }
        lookUpHashes(candidates);
        for (auto &[index, candidate] : candidates) {
            if (candidate.deferred) {
                m_deferred.append({std::move(candidate), page->records.at(index)});
                continue;
            }
            if (!m_full && takesAnotherRecordsKey(candidate, page->records.at(index), journal))
                continue;
            if (changed(candidate, journal, 0))
                write(candidate, page->records.at(index), 0, 0);
            else if (journal.awaitsSourceIds()) // back under its own key, as synced: see resolveBySourceId()
                journal.resolveBySourceId(m_direction, recordKey(page->records.at(index), "id"));
        }
        // Records of the page the reader refused: failures of their own, the page goes on.
        for (const UnreadableRecord &unreadable : std::as_const(page->unreadable)) {
            ++journal.counts().fetched;
            ++m_unreadable;
            m_watermark.see(unreadableStamp(unreadable));
            FailureInput failure = unreadableFailure(
                unreadable, m_naming.sourceKeyField(), m_direction, m_dryRun ? ReadFor::Look : ReadFor::Run);
            // Only the key's source field can be read: the key mapping runs on that alone.
            const FailureKey key = m_naming.nameOfText(m_engine, unreadable.raw);
            failure.key = key.key;
            failedPresent(key);
            reject(journal, std::move(failure), Value());
        }
        reportProgress(journal, SyncPhase::Fetching, total);
        if (m_context.cancelled()) {
            if (more && pending)
                source.discardFetch(*pending);
            return;
        }
        if (!more) {
            m_pagingComplete = true;
            return;
        }
        request = next;
        if (!m_dryRun)
            flushSome(journal);
        if (m_storeError) {
            if (pending)
                source.discardFetch(*pending);
            return;
        }
    }
}

Result<void> OneWaySync::execute(const SyncOptions &options, RunJournal &journal, SyncReport &report)
{
    fetchAll(options, journal);
    settleDeferred(journal);
    deleteMissing(journal);
    settleGone(journal);
    if (m_dryRun)
        return storePlan(journal, report);
    reportProgress(journal, SyncPhase::Writing);
    m_writer->finish();
    if (m_storeError)
        return std::unexpected(*m_storeError);
    if (m_pagingComplete && m_fetchFailures == 0) {
        // The page that failed in an earlier run has now been read.
        journal.resolve(QString());
    }
    if (auto stored = journal.flush(); !stored)
        return stored;
    if (readShifted()) {
        addProblem(shiftedReadProblem());
        return {};
    }
    // Only now, with every fetched record written or logged, may the watermark pass them.
    if (m_pagingComplete && !m_context.cancelled()) {
        // Stamps as epoch numbers never moved the watermark, and nothing said why every run
        // read the whole source.
        if (nextWatermark().isEmpty() && !m_watermark.otherStamp().isEmpty()) {
            addProblem(tr("the source's records carry \"modifiedAt\" as %1, not as ISO 8601 text, so the watermark "
                          "cannot move and every run reads every record\n  hint: the runs stay complete, only "
                          "slower; if the source can write its stamps as text (2026-01-31T12:00:00Z), ask it to")
                           .arg(m_watermark.otherStamp()));
        }
        if (const QString watermark = nextWatermark(); !watermark.isEmpty()) {
            if (auto moved = m_context.store.setWatermark(m_config.kind, sourceSide(m_direction), watermark); !moved)
                return moved;
        }
    }
    return {};
}

} // namespace Linkwright

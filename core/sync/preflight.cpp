// SyncRunner::preflight: what an initial load would run into, before it writes anything.
#include "syncrunner.h"

#include "mapping/mappingengine.h"
#include "mapping/recordnaming.h"
#include "secrets/redactor.h"
#include "sync/pagereader.h"
#include "sync/recorddiff.h"
#include "sync/unreadablerecord.h"

#include <QSet>
#include <QStringList>

namespace Linkwright {

namespace {

/// Keys that only a person would call the same: trimmed, composed and compared without case. A run
/// matches keys exactly, so such a pair is two records to it (and to most systems' writes).
QString folded(const QString &key)
{
    // Composed and decomposed spellings too ("Å" and "A" with a combining ring): different
    // bytes to a run, the same text to a person and to most systems' searches.
    return key.normalized(QString::NormalizationForm_C).trimmed().toCaseFolded();
}

void note(PreflightReport &report, PreflightIssue::Kind kind, const QString &key, const QString &message)
{
    if (kind != PreflightIssue::Kind::TargetOnly)
        ++report.invalid;
    if (report.issues.size() < PreflightReport::MaxIssues)
        report.issues.append({kind, key, message});
}

} // namespace

Result<PreflightReport> SyncRunner::preflight(DataPointKind kind, const SyncOptions &options)
{
    auto config = activeDataPoint(kind);
    if (!config)
        return std::unexpected(config.error());
    auto engine = MappingEngine::compile(**config);
    if (!engine)
        return std::unexpected(engine.error());
    // Two-way reads the ERP through the mappings and the shop as it is, as TwoWaySync does.
    const bool twoWay = (*config)->direction == Direction::Both;
    const Direction direction = twoWay ? Direction::ErpToShop : (*config)->direction;
    const QByteArray keyField = (*config)->keyField.toUtf8();
    // Records named as the failure log would name them, so that the lists agree.
    const RecordNaming naming(**config);

    PreflightReport report;
    report.dataPoint = kind;
    // Keys as written (what a run matches), in the order read, and folded to the first spelling.
    QSet<QString> sourceExact;
    QStringList sourceOrder;
    QSet<QString> sourceRefused; // keys of source records the mappings refuse: not target-only
    QHash<QString, QString> sourceFolded;
    qint64 fetched = 0;
    PageRequest pageRequest;
    pageRequest.pageSize = options.pageSize;
    // Counts of a cancelled pre-flight are partial and must say so.
    const QString whenCancelled = tr("cancelled before every page was read; the counts are partial");
    auto source = PageReader::readAll(
        m_context.connector(sourceSide(direction)), kind, pageRequest, m_context,
        [&](const Value &record) {
            ++report.sourceRecords;
            auto mapped = engine->map(record);
            if (!mapped) {
                const QString key = naming.nameOf(*engine, record).key;
                note(report, PreflightIssue::Kind::Invalid, key, mapped.error().toString());
                sourceRefused.insert(key);
                return;
            }
            const QString key = recordKey(*mapped, keyField);
            if (key.trimmed().isEmpty()) {
                note(report, PreflightIssue::Kind::MissingKey, QString(),
                    tr("record %1 of the source has no \"%2\" after mapping")
                        .arg(report.sourceRecords)
                        .arg(QString::fromUtf8(keyField)));
                return;
            }
            if (sourceExact.contains(key)) {
                note(report, PreflightIssue::Kind::DuplicateSourceKey, key,
                    tr("the source has \"%1\" more than once: a run writes the first and logs the others as "
                       "failures")
                        .arg(key));
                return;
            }
            const QString fold = folded(key);
            if (const auto other = sourceFolded.constFind(fold); other != sourceFolded.cend()) {
                note(report, PreflightIssue::Kind::NearMatch, key,
                    tr("the source has \"%1\" and \"%2\", which differ only in case or spaces: the sync writes two "
                       "records, which a target that compares keys without case takes for one\n  hint: write the "
                       "key the same way in both records, or make them different keys")
                        .arg(*other, key));
            } else {
                sourceFolded.insert(fold, key);
            }
            sourceExact.insert(key);
            sourceOrder.append(key);
        },
        [&](const UnreadableRecord &record) {
            ++report.sourceRecords;
            const FailureInput failure = unreadableFailure(record, naming.sourceKeyField(), direction, ReadFor::Look);
            note(report, PreflightIssue::Kind::Invalid, naming.nameOfText(*engine, record.raw).key, failure.message);
        },
        whenCancelled, &fetched);
    if (!source)
        report.sourceProblem = source.error().toString();

    // The target is read even when the source was not: its own problems are real either way.
    QHash<QString, QString> targetKeys; // folded -> as written, the first of each
    QSet<QString> targetExact; // every key as written: what a run matches
    QStringList targetOrder; // as written, in the order read, for the target-only issues
    QSet<QString> targetNamed; // named by a duplicate issue already
    auto target = PageReader::readAll(
        m_context.connector(targetSide(direction)), kind, pageRequest, m_context,
        [&](const Value &record) {
            ++report.targetRecords;
            const QString key = recordKey(record, keyField);
            if (key.trimmed().isEmpty()) {
                note(report, PreflightIssue::Kind::MissingKey, QString(),
                    tr("record %1 of the target has no \"%2\"")
                        .arg(report.targetRecords)
                        .arg(QString::fromUtf8(keyField)));
                return;
            }
            const QString fold = folded(key);
            if (targetExact.contains(key) || targetKeys.contains(fold)) {
                note(report, PreflightIssue::Kind::DuplicateTargetKey, key,
                    tr("the target holds \"%1\" more than once (trimmed, without case): a sync would update one of "
                       "them")
                        .arg(key));
                targetNamed.insert(key);
                if (targetExact.contains(key))
                    return;
            } else {
                targetKeys.insert(fold, key);
            }
            targetExact.insert(key);
            targetOrder.append(key);
        },
        [&](const UnreadableRecord &record) {
            ++report.targetRecords;
            const FailureInput failure = unreadableFailure(record, keyField, direction, ReadFor::LookAtTarget);
            note(report, PreflightIssue::Kind::Invalid, failure.key, failure.message);
        },
        whenCancelled, &fetched);
    if (!target)
        report.targetProblem = target.error().toString();
    SyncProgress done;
    done.dataPoint = kind;
    done.phase = SyncPhase::Finished;
    done.fetched = fetched;
    done.failed = report.invalid;
    m_context.report(done);

    // A key missing from a side read in part may be on a page that was not read: without both
    // sides whole, no record can be said to be created or left alone.
    if (!report.compared())
        return report;
    // Keys match as written, as a run matches them: "lw-1" in the source and "LW-1" in the
    // target were counted as matched, and the load then created "lw-1" beside "LW-1".
    for (const QString &key : std::as_const(sourceOrder)) {
        if (targetExact.contains(key)) {
            ++report.matched;
            continue;
        }
        ++report.toCreate;
        const auto near = targetKeys.constFind(folded(key));
        if (near == targetKeys.cend())
            continue;
        targetNamed.insert(*near);
        note(report, PreflightIssue::Kind::NearMatch, key,
            twoWay ? tr("the ERP has \"%1\" and the shop \"%2\": keys match only as written, so the sync would "
                        "create each in the other system\n  hint: write the key the same way in both systems")
                         .arg(key, *near)
                   : tr("the target has \"%2\", not \"%1\": keys match only as written, so the sync would create "
                        "\"%1\" beside it\n  hint: write the key the same way in both systems")
                         .arg(key, *near));
    }
    for (const QString &key : std::as_const(targetOrder)) {
        // A record the source has but cannot send is listed as invalid, not as the target's alone.
        if (sourceExact.contains(key) || sourceRefused.contains(key))
            continue;
        if (twoWay) {
            ++report.toCreateInSource;
        } else {
            ++report.targetOnly;
            if (!targetNamed.contains(key))
                note(report, PreflightIssue::Kind::TargetOnly, key,
                    tr("\"%1\" is in the target only; the sync leaves it alone").arg(key));
        }
    }
    return report;
}

} // namespace Linkwright

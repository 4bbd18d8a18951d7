// Hostile records (SimulatorDataOptions::hostile) in the three resources that carry them: each
// ends either byte-exact in the target or as a failure-log entry with a step and a message that
// says what is wrong, the run never crashes, and every ordinary record still syncs.
#include "domain/json.h"
#include "simulatorhostile.h"
#include "syncfixture.h"

#include <QTest>

using namespace Linkwright;
using namespace Linkwright::Testing;

class TestSyncHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void productsSurviveHostileRecords();
    void typeCheckedMappingsDecideAtValidate();
    void customersSurviveHostileRecords();
    void ordersSurviveHostileRecords();
    void failingAgainKeepsOneEntry();
    void preflightListsInvalidAndDuplicateKeys();
    void preflightMatchesKeysAsARunDoes();
    void preflightTellsNearKeysOfTheSourceApart();
    void preflightTellsComposedAndDecomposedKeysApart();
    void unreadableHintSaysWhatBecameOfItsPage();
};

namespace {

SimulatorDataOptions hostile()
{
    SimulatorDataOptions data;
    data.products = 12;
    data.customers = 6;
    data.orders = 8;
    data.hostile = true;
    return data;
}

QString hostileKey(const QString &prefix, const char *kind)
{
    return prefix + QLatin1StringView(kind);
}

/// The open failure of key, or a failure with id 0 when there is none or more than one.
Failure openFailure(SyncFixture &fixture, DataPointKind kind, const QString &key)
{
    FailureFilter filter;
    filter.dataPoint = kind;
    filter.status = FailureStatus::Open;
    QList<Failure> found;
    for (const Failure &failure : fixture.failures(filter)) {
        if (failure.key == key)
            found.append(failure);
    }
    return found.size() == 1 ? found.constFirst() : Failure{};
}

/// What every resource's hostile set must come to when the mappings pass the values on:
/// DEEP and UTF8 cannot be read and fail with a message; BIGINT, HUGE and TYPE are valid JSON
/// and arrive exactly as the source holds them (no mapping asked for a type).
void expectHostileOutcome(
    SyncFixture &fixture, DataPointKind kind, SimulatorSystem from, SimulatorSystem to, const char *integerField)
{
    const QStringList keys = SimulatorHostile::keys(from, kind);
    QCOMPARE(keys.size(), 5);
    const QString prefix = keys.constFirst().left(keys.constFirst().lastIndexOf(u'-') + 1);

    const Failure deep = openFailure(fixture, kind, hostileKey(prefix, "DEEP"));
    QVERIFY2(deep.id > 0, "the deeply nested record must be one failure-log entry");
    QCOMPARE(deep.step, FailureStep::Map);
    QCOMPARE(deep.errorClass, ErrorClass::Permanent);
    QVERIFY2(deep.message.contains(QStringLiteral("nested deeper")), qPrintable(deep.message));
    QVERIFY(fixture.rawRecord(to, kind, hostileKey(prefix, "DEEP")).isEmpty());

    const Failure utf8 = openFailure(fixture, kind, hostileKey(prefix, "UTF8"));
    QVERIFY2(utf8.id > 0, "the record that is not UTF-8 must be one failure-log entry");
    QCOMPARE(utf8.step, FailureStep::Map);
    QVERIFY2(utf8.message.contains(QStringLiteral("UTF-8")), qPrintable(utf8.message));
    // The failure log keeps the bytes as they came, so a person sees what the source sent.
    QCOMPARE(utf8.payload, fixture.rawRecord(from, kind, hostileKey(prefix, "UTF8")));
    QVERIFY(fixture.rawRecord(to, kind, hostileKey(prefix, "UTF8")).isEmpty());

    const QByteArray bigint = fixture.rawRecord(to, kind, hostileKey(prefix, "BIGINT"));
    const QByteArray exact = '"' + QByteArray(integerField) + "\":" + SimulatorHostile::HugeIntegerText;
    QVERIFY2(bigint.contains(exact), bigint.left(300).constData());

    const auto source = fixture.records(from, kind);
    const auto target = fixture.records(to, kind);
    for (const char *kept : {"HUGE", "TYPE", "BIGINT"}) {
        const QString key = hostileKey(prefix, kept);
        QVERIFY2(target.contains(key), qPrintable(key));
        QVERIFY(canonical(target.value(key)) == canonical(source.value(key)));
    }
    // Every ordinary record arrived too, whole.
    for (auto it = source.cbegin(); it != source.cend(); ++it) {
        if (!it.key().startsWith(prefix))
            QVERIFY2(canonical(target.value(it.key())) == canonical(it.value()), qPrintable(it.key()));
    }
}

} // namespace

void TestSyncHostile::productsSurviveHostileRecords()
{
    SyncFixture fixture(hostile());
    QVERIFY(fixture.isValid());
    // Pass every field through, so the values themselves meet the target.
    fixture.dataPoint(DataPointKind::Products).mappings.clear();
    auto report = fixture.runner().run(DataPointKind::Products);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->run.status, RunStatus::FinishedWithFailures);
    QCOMPARE(report->run.counts.fetched, 17);
    QCOMPARE(report->run.counts.created, 15);
    QCOMPARE(report->run.counts.failed, 2);
    expectHostileOutcome(
        fixture, DataPointKind::Products, SimulatorSystem::Erp, SimulatorSystem::Shop, "minOrderQuantity");
    // The page after the hostile records was read completely: the watermark moved.
    QVERIFY(!fixture.store().watermark(DataPointKind::Products, Side::Erp)->isEmpty());
    // The 10 MiB name went through untouched.
    const QByteArray huge =
        fixture.rawRecord(SimulatorSystem::Shop, DataPointKind::Products, QStringLiteral("LW-HOSTILE-HUGE"));
    QVERIFY(huge.size() > SimulatorHostile::HugeStringBytes);
}

void TestSyncHostile::typeCheckedMappingsDecideAtValidate()
{
    SyncFixture fixture(hostile());
    QVERIFY(fixture.isValid());
    auto &mappings = fixture.dataPoint(DataPointKind::Products).mappings;
    mappings[1].type = FieldType::String; // name
    mappings.append(
        {QStringLiteral("minOrderQuantity"), {QStringLiteral("minOrderQuantity")}, {}, true, FieldType::Integer});
    auto report = fixture.runner().run(DataPointKind::Products);
    QVERIFY(report);
    QCOMPARE(report->run.counts.created, 14);

    // A 30-digit integer is no 64-bit integer: the type check refuses it rather than round it.
    const Failure bigint = openFailure(fixture, DataPointKind::Products, QStringLiteral("LW-HOSTILE-BIGINT"));
    QVERIFY(bigint.id > 0);
    QCOMPARE(bigint.step, FailureStep::Validate);
    QVERIFY2(bigint.message.contains(QStringLiteral("minOrderQuantity"))
            && bigint.message.contains(QStringLiteral("never rounded")),
        qPrintable(bigint.message));
    QVERIFY(fixture.rawRecord(SimulatorSystem::Shop, DataPointKind::Products, bigint.key).isEmpty());

    // "string" takes a number as its exact digits (FieldCheck's documented, lossless
    // conversion), so the number where the name belongs arrives as the text "12345".
    const Value type =
        fixture.records(SimulatorSystem::Shop, DataPointKind::Products).value(QStringLiteral("LW-HOSTILE-TYPE"));
    QVERIFY(type.find("name") && type.find("name")->isString());
    QCOMPARE(type.find("name")->utf8(), QByteArray("12345"));

    // The 10 MiB name passes trim unchanged.
    const Value huge =
        fixture.records(SimulatorSystem::Shop, DataPointKind::Products).value(QStringLiteral("LW-HOSTILE-HUGE"));
    const Value source =
        fixture.records(SimulatorSystem::Erp, DataPointKind::Products).value(QStringLiteral("LW-HOSTILE-HUGE"));
    QCOMPARE(huge.find("name")->utf8().size(), SimulatorHostile::HugeStringBytes);
    QVERIFY(huge.find("name")->utf8() == source.find("name")->utf8());
}

void TestSyncHostile::customersSurviveHostileRecords()
{
    SyncFixture fixture(hostile());
    QVERIFY(fixture.isValid());
    auto report = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(report);
    QCOMPARE(report->run.status, RunStatus::FinishedWithFailures);
    QCOMPARE(report->run.counts.failed, 2);
    expectHostileOutcome(fixture, DataPointKind::Customers, SimulatorSystem::Erp, SimulatorSystem::Shop, "paymentDays");
    // Two-way: the copies come back as echoes and settle, hostile values included.
    auto again = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(again);
    QCOMPARE(again->run.counts.created + again->run.counts.updated, 0);
    QCOMPARE(fixture.openFailures(DataPointKind::Customers), 2);
}

void TestSyncHostile::ordersSurviveHostileRecords()
{
    SyncFixture fixture(hostile());
    QVERIFY(fixture.isValid());
    auto report = fixture.runner().run(DataPointKind::Orders);
    QVERIFY(report);
    QCOMPARE(report->run.status, RunStatus::FinishedWithFailures);
    QCOMPARE(report->run.counts.failed, 2);
    expectHostileOutcome(fixture, DataPointKind::Orders, SimulatorSystem::Shop, SimulatorSystem::Erp, "totalQuantity");
}

void TestSyncHostile::failingAgainKeepsOneEntry()
{
    SyncFixture fixture(hostile());
    QVERIFY(fixture.isValid());
    for (bool full : {false, false, true}) {
        SyncOptions options;
        options.full = full;
        QVERIFY(fixture.runner().run(DataPointKind::Orders, options));
    }
    // Retrying reads the stored bytes again and fails again: the same entry, one more attempt.
    FailureFilter all;
    all.dataPoint = DataPointKind::Orders;
    auto retried = fixture.runner().retry(all);
    QVERIFY(retried);
    const QList<Failure> open = fixture.failures(all);
    QStringList keys;
    for (const Failure &failure : open)
        keys.append(failure.key);
    keys.sort();
    QCOMPARE(keys, QStringList({QStringLiteral("WEB-HOSTILE-DEEP"), QStringLiteral("WEB-HOSTILE-UTF8")}));
    for (const Failure &failure : open) {
        QCOMPARE(failure.status, FailureStatus::Open);
        QVERIFY2(failure.attempts >= 2, qPrintable(QString::number(failure.attempts)));
        QVERIFY2(failure.message.contains(failure.key.endsWith(QLatin1StringView("DEEP")) ? QStringLiteral("nested")
                                                                                          : QStringLiteral("UTF-8")),
            qPrintable(failure.message));
    }
}

void TestSyncHostile::preflightListsInvalidAndDuplicateKeys()
{
    SyncFixture fixture(hostile());
    QVERIFY(fixture.isValid());
    // The ERP holds a SKU twice once trimmed and upper-cased (what the mapping does to keys);
    // the shop already holds one twice, differing in case.
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Products,
        {Value::object({{"sku", Value::utf8(" lw-00003")}, {"name", Value::utf8("Copy")},
            {"description", Value::utf8("")}, {"category", Value::utf8("Office")}, {"unit", Value::utf8("pcs")}})}));
    // One without a category, which a mapping reads: named by its key as the mapping makes it,
    // as the failure log names it, not by the SKU as the ERP wrote it.
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Products,
        {Value::object({{"sku", Value::utf8(" lw-77777 ")}, {"name", Value::utf8("No category")},
            {"description", Value::utf8("")}, {"unit", Value::utf8("pcs")}})}));
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Products,
        {Value::object({{"sku", Value::utf8("LW-00005")}, {"name", Value::utf8("Shop copy")}}),
            Value::object({{"sku", Value::utf8("lw-00005")}, {"name", Value::utf8("Shop copy 2")}})}));
    auto report = fixture.runner().preflight(DataPointKind::Products);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QVERIFY2(report->compared(), qPrintable(report->sourceProblem + report->targetProblem));
    QCOMPARE(report->sourceRecords, 19);
    QCOMPARE(report->targetRecords, 2);

    QHash<QString, PreflightIssue::Kind> issues;
    for (const PreflightIssue &issue : std::as_const(report->issues)) {
        issues.insert(issue.key, issue.kind);
        QVERIFY2(!issue.message.isEmpty(), qPrintable(issue.key));
    }
    QCOMPARE(issues.value(QStringLiteral("LW-HOSTILE-DEEP"), PreflightIssue::Kind::TargetOnly),
        PreflightIssue::Kind::Invalid);
    QCOMPARE(issues.value(QStringLiteral("LW-HOSTILE-UTF8"), PreflightIssue::Kind::TargetOnly),
        PreflightIssue::Kind::Invalid);
    QCOMPARE(issues.value(QStringLiteral("LW-00003"), PreflightIssue::Kind::TargetOnly),
        PreflightIssue::Kind::DuplicateSourceKey);
    QCOMPARE(issues.value(QStringLiteral("lw-00005"), PreflightIssue::Kind::TargetOnly),
        PreflightIssue::Kind::DuplicateTargetKey);
    QCOMPARE(issues.value(QStringLiteral("LW-77777"), PreflightIssue::Kind::TargetOnly), PreflightIssue::Kind::Invalid);
    QCOMPARE(report->matched, 1);
    QCOMPARE(report->invalid, 5);
    // Nothing was written.
    QCOMPARE(fixture.records(SimulatorSystem::Shop, DataPointKind::Products).size(), 2);
}

void TestSyncHostile::preflightMatchesKeysAsARunDoes()
{
    // The shop holds a product under the ERP's SKU in lower case. The pre-flight counted the two
    // as matched (an update); the load then created the ERP's beside the shop's. It now says
    // what the run will do, and why.
    SimulatorDataOptions data;
    data.products = 3;
    SyncFixture fixture(data);
    QVERIFY(fixture.isValid());
    const QString erpKey = fixture.records(SimulatorSystem::Erp, DataPointKind::Products).keys().constFirst();
    const QString shopKey = erpKey.toLower();
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Products,
        {Value::object({{"sku", Value::string(shopKey)}, {"name", Value::utf8("Entered by hand")}})}));
    auto report = fixture.runner().preflight(DataPointKind::Products);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->matched, 0);
    QCOMPARE(report->toCreate, 3);
    QCOMPARE(report->targetOnly, 1);
    QCOMPARE(report->invalid, 1);
    QCOMPARE(report->issues.size(), 1);
    QCOMPARE(report->issues.constFirst().kind, PreflightIssue::Kind::NearMatch);
    QCOMPARE(report->issues.constFirst().key, erpKey);
    QVERIFY2(report->issues.constFirst().message.contains(shopKey), qPrintable(report->issues.constFirst().message));

    // Issues come in the order the records were read, the same every time.
    auto again = fixture.runner().preflight(DataPointKind::Products);
    QVERIFY(again);
    QCOMPARE(again->issues.size(), report->issues.size());

    // What it foretold: the load creates the ERP's record beside the shop's.
    QVERIFY(fixture.runner().run(DataPointKind::Products));
    const auto shop = fixture.records(SimulatorSystem::Shop, DataPointKind::Products);
    QCOMPARE(shop.size(), 4);
    QVERIFY(shop.contains(erpKey) && shop.contains(shopKey));
}

void TestSyncHostile::preflightTellsNearKeysOfTheSourceApart()
{
    // Two source records whose keys differ only in case: a run writes both, so they are not
    // duplicates (the pre-flight said so, and the run then created both without a failure),
    // but a target that compares keys without case would take them for one.
    SimulatorDataOptions data;
    data.products = 2;
    SyncFixture fixture(data);
    QVERIFY(fixture.isValid());
    fixture.dataPoint(DataPointKind::Products).mappings.first().transforms.clear(); // keep the SKU's case
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Products,
        {Value::object({{"sku", Value::utf8("Desk-1")}, {"name", Value::utf8("Desk")}, {"description", Value::utf8("")},
             {"category", Value::utf8("Office")}, {"unit", Value::utf8("pcs")}}),
            Value::object(
                {{"sku", Value::utf8("DESK-1")}, {"name", Value::utf8("Desk")}, {"description", Value::utf8("")},
                    {"category", Value::utf8("Office")}, {"unit", Value::utf8("pcs")}})}));
    auto report = fixture.runner().preflight(DataPointKind::Products);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->toCreate, 4);
    QCOMPARE(report->issues.size(), 1);
    QCOMPARE(report->issues.constFirst().kind, PreflightIssue::Kind::NearMatch);
    QCOMPARE(report->issues.constFirst().key, QStringLiteral("DESK-1"));
    auto run = fixture.runner().run(DataPointKind::Products);
    QVERIFY(run);
    QCOMPARE(run->run.counts.created, 4);
    QCOMPARE(run->run.counts.failed, 0);
}

void TestSyncHostile::unreadableHintSaysWhatBecameOfItsPage()
{
    // Only a run syncs the other records of an unreadable record's page: a plan and a pre-flight
    // read them, and a pre-flight meets the target's records where the target has to correct them.
    SyncFixture fixture(hostile());
    QVERIFY(fixture.isValid());
    const QString key = QStringLiteral("LW-HOSTILE-UTF8");
    const QString synced = QStringLiteral("the other records of its page were synced");
    const QString read = QStringLiteral("the other records of its page were read");
    const auto hintOf = [&](const QString &message) { return message.section(QStringLiteral("hint: "), 1); };

    // Customers go both ways: the two-way sync plans as the one-way does.
    for (const DataPointKind kind : {DataPointKind::Products, DataPointKind::Customers}) {
        SyncOptions dry;
        dry.dryRun = true;
        auto plan = fixture.runner().run(kind, dry);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        auto items = fixture.store().planItems(plan->planId);
        QVERIFY(items);
        QString planned;
        for (const PlanItem &item : std::as_const(*items)) {
            if (item.key.endsWith(QLatin1StringView("-HOSTILE-UTF8")))
                planned = Json::parse(item.diff)->find("message")->text();
        }
        QCOMPARE(hintOf(planned), QStringLiteral("correct the record in the source system; ") + read);
    }

    auto source = fixture.runner().preflight(DataPointKind::Products);
    QVERIFY(source);
    QString looked;
    for (const PreflightIssue &issue : std::as_const(source->issues)) {
        if (issue.key == key)
            looked = issue.message;
    }
    QCOMPARE(hintOf(looked), QStringLiteral("correct the record in the source system; ") + read);

    auto run = fixture.runner().run(DataPointKind::Products);
    QVERIFY(run);
    QCOMPARE(hintOf(openFailure(fixture, DataPointKind::Products, key).message),
        QStringLiteral("correct the record in the source system; ") + synced);

    // The other way round, the ERP's unreadable record is the target's.
    fixture.dataPoint(DataPointKind::Products).direction = Direction::ShopToErp;
    auto target = fixture.runner().preflight(DataPointKind::Products);
    QVERIFY(target);
    looked.clear();
    for (const PreflightIssue &issue : std::as_const(target->issues)) {
        if (issue.key == key)
            looked = issue.message;
    }
    QCOMPARE(hintOf(looked), QStringLiteral("correct the record in the target system; ") + read);
}

void TestSyncHostile::preflightTellsComposedAndDecomposedKeysApart()
{
    // "ÅRHUS-1" written composed and decomposed (A and a combining ring): two records to a run,
    // one to a person; the pre-flight said nothing.
    SimulatorDataOptions data;
    data.products = 2;
    SyncFixture fixture(data);
    QVERIFY(fixture.isValid());
    fixture.dataPoint(DataPointKind::Products).mappings.first().transforms.clear();
    const QString composed = QStringLiteral("\u00C5RHUS-1");
    const QString decomposed = QStringLiteral("A\u030ARHUS-1");
    QList<Value> records;
    for (const QString &sku : {composed, decomposed}) {
        records.append(Value::object({{"sku", Value::string(sku)}, {"name", Value::utf8("Chair")},
            {"description", Value::utf8("")}, {"category", Value::utf8("Office")}, {"unit", Value::utf8("pcs")}}));
    }
    QVERIFY(fixture.post(SimulatorSystem::Erp, DataPointKind::Products, records));
    auto report = fixture.runner().preflight(DataPointKind::Products);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->toCreate, 4);
    QCOMPARE(report->issues.size(), 1);
    QCOMPARE(report->issues.constFirst().kind, PreflightIssue::Kind::NearMatch);
}

QTEST_GUILESS_MAIN(TestSyncHostile)
#include "tst_sync_hostile.moc"

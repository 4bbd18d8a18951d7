// Two-way edits of different members of one object (an address): both are kept, and only
// members both systems changed are the conflict policy's.
#include "sync/recorddiff.h"
#include "syncfixture.h"
#include "twowaytesthelpers.h"

#include <QTest>

using namespace Linkwright;
using namespace Linkwright::Testing;

class TestSyncTwoWayMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void membersMerge_data();
    void membersMerge();
    void editsOfOneAddressOnBothSidesAreBothKept();
    void reviewHoldsOnlyAMemberBothSidesChanged();
    void aRecordMadeInTheShopTakesItsFieldsFromInsideObjects();
    void aHeldAddressIsSettledMemberByMember();
    void aConflictIsClearedOneMemberAtATime();
    void aMemberAlikeWhenHeldIsEditedFreely();
};

namespace {

Value parsed(const QByteArray &json)
{
    return Json::parse(json).value_or(Value());
}

/// The customer's billTo with one member set, posted as a person's edit in that system.
bool editBillTo(SyncFixture &fixture, SimulatorSystem system, const QString &key, const char *member, const char *to)
{
    const Value record = fixture.records(system, DataPointKind::Customers).value(key);
    const Value *billTo = record.find("billTo");
    if (!billTo || !billTo->isObject())
        return false;
    const Value edited = mergeFields(*billTo, {{QByteArray(member), Value::utf8(QByteArray(to))}});
    return fixture.post(system, DataPointKind::Customers,
        {Value::object({{QByteArray("customerNumber"), Value::string(key)}, {QByteArray("billTo"), edited}})});
}

/// One member of billTo as each system sets it: {member, ERP value, shop value}.
struct AddressEdit {
    const char *member;
    const char *erp;
    const char *shop;
};

/// billTo under review, customers synced; then a customer's address edited in both systems as
/// given and a run, which holds it when a member differs. Its key, or "" when a step failed.
QString heldAddress(SyncFixture &fixture, std::initializer_list<AddressEdit> edits)
{
    fixture.dataPoint(DataPointKind::Customers).conflictFields.insert(QStringLiteral("billTo"), ConflictPolicy::Review);
    if (!syncedApart(fixture))
        return {};
    const QString key = anyCustomer(fixture);
    for (const SimulatorSystem system : {SimulatorSystem::Erp, SimulatorSystem::Shop}) {
        for (const AddressEdit &edit : edits) {
            if (!editBillTo(fixture, system, key, edit.member, system == SimulatorSystem::Erp ? edit.erp : edit.shop))
                return {};
        }
    }
    return fixture.runner().run(DataPointKind::Customers) ? key : QString();
}

QString billTo(SyncFixture &fixture, SimulatorSystem system, const QString &key, const char *member)
{
    const Value record = fixture.records(system, DataPointKind::Customers).value(key);
    const Value *address = record.find("billTo");
    const Value *value = address ? address->find(member) : nullptr;
    return value ? value->text() : QStringLiteral("<missing>");
}

} // namespace

void TestSyncTwoWayMerge::membersMerge_data()
{
    QTest::addColumn<QByteArray>("erp");
    QTest::addColumn<QByteArray>("shop");
    QTest::addColumn<QByteArray>("agreed");
    QTest::addColumn<bool>("erpNewer");
    QTest::addColumn<QByteArray>("merged");
    QTest::addColumn<QStringList>("collisions");
    QTest::newRow("different members") << QByteArray(R"({"city":"Aarhus","zip":"1000"})")
                                       << QByteArray(R"({"city":"Odense","zip":"8000"})")
                                       << QByteArray(R"({"city":"Odense","zip":"1000"})") << true
                                       << QByteArray(R"({"city":"Aarhus","zip":"8000"})") << QStringList();
    QTest::newRow("one member on both sides, the ERP newer")
        << QByteArray(R"({"city":"Aarhus","zip":"1"})") << QByteArray(R"({"city":"Vejle","zip":"2"})")
        << QByteArray(R"({"city":"Odense","zip":"1"})") << true << QByteArray(R"({"city":"Aarhus","zip":"2"})")
        << QStringList{QStringLiteral("city")};
    QTest::newRow("one member on both sides, the shop newer")
        << QByteArray(R"({"city":"Aarhus"})") << QByteArray(R"({"city":"Vejle"})") << QByteArray(R"({"city":"Odense"})")
        << false << QByteArray(R"({"city":"Vejle"})") << QStringList{QStringLiteral("city")};
    QTest::newRow("alike on both sides") << QByteArray(R"({"city":"Aarhus","zip":"1"})")
                                         << QByteArray(R"({"city":"Aarhus","zip":"2"})")
                                         << QByteArray(R"({"city":"Odense","zip":"1"})") << false
                                         << QByteArray(R"({"city":"Aarhus","zip":"2"})") << QStringList();
    QTest::newRow("removed on one side, edited on neither")
        << QByteArray(R"({"city":"Aarhus"})") << QByteArray(R"({"city":"Odense","zip":"1"})")
        << QByteArray(R"({"city":"Odense","zip":"1"})") << false << QByteArray(R"({"city":"Aarhus"})") << QStringList();
    QTest::newRow("nested, the path named")
        << QByteArray(R"({"geo":{"lat":"1","lon":"9"},"city":"A"})")
        << QByteArray(R"({"geo":{"lat":"2","lon":"5"},"city":"B"})")
        << QByteArray(R"({"geo":{"lat":"1","lon":"5"},"city":"A"})") << false
        << QByteArray(R"({"geo":{"lat":"2","lon":"9"},"city":"B"})") << QStringList();
    QTest::newRow("nested collision") << QByteArray(R"({"geo":{"lat":"3"}})") << QByteArray(R"({"geo":{"lat":"2"}})")
                                      << QByteArray(R"({"geo":{"lat":"1"}})") << true
                                      << QByteArray(R"({"geo":{"lat":"3"}})") << QStringList{QStringLiteral("geo.lat")};
    QTest::newRow("a list is one value") << QByteArray(R"({"tags":["a","b"]})") << QByteArray(R"({"tags":["a","c"]})")
                                         << QByteArray(R"({"tags":["a"]})") << false
                                         << QByteArray(R"({"tags":["a","c"]})") << QStringList{QStringLiteral("tags")};
}

void TestSyncTwoWayMerge::membersMerge()
{
    QFETCH(QByteArray, erp);
    QFETCH(QByteArray, shop);
    QFETCH(QByteArray, agreed);
    QFETCH(bool, erpNewer);
    QFETCH(QByteArray, merged);
    QFETCH(QStringList, collisions);
    const EditMerge merge = mergeEdits(parsed(erp), parsed(shop), parsed(agreed), erpNewer);
    QCOMPARE(Json::serialize(merge.merged), merged);
    QCOMPARE(merge.collisions, collisions);
}

void TestSyncTwoWayMerge::editsOfOneAddressOnBothSidesAreBothKept()
{
    // The ERP corrects the bill-to city, the shop (later) the bill-to name: newest wins took the
    // shop's whole address, and the ERP's city went back to what it was, on both sides.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    QVERIFY(syncedApart(fixture));
    const QString key = anyCustomer(fixture);
    QCOMPARE(fixture.dataPoint(DataPointKind::Customers).conflictDefault, ConflictPolicy::NewestWins);
    QVERIFY(editBillTo(fixture, SimulatorSystem::Erp, key, "city", "Skagen"));
    QVERIFY(editBillTo(fixture, SimulatorSystem::Shop, key, "name", "Shop Name ApS"));
    auto report = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(report);
    QCOMPARE(report->run.status, RunStatus::Succeeded);
    for (const SimulatorSystem system : {SimulatorSystem::Erp, SimulatorSystem::Shop}) {
        QCOMPARE(billTo(fixture, system, key, "city"), QStringLiteral("Skagen"));
        QCOMPARE(billTo(fixture, system, key, "name"), QStringLiteral("Shop Name ApS"));
    }
    // Both sides hold the same address now: the next run has nothing to send.
    auto again = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(again);
    QCOMPARE(again->run.counts.updated, 0);
}

void TestSyncTwoWayMerge::reviewHoldsOnlyAMemberBothSidesChanged()
{
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    fixture.dataPoint(DataPointKind::Customers).conflictFields.insert(QStringLiteral("billTo"), ConflictPolicy::Review);
    QVERIFY(syncedApart(fixture));
    const QStringList keys = fixture.records(SimulatorSystem::Erp, DataPointKind::Customers).keys();
    const QString apart = keys.at(0);
    const QString clash = keys.at(1);
    QVERIFY(editBillTo(fixture, SimulatorSystem::Erp, apart, "city", "Skagen"));
    QVERIFY(editBillTo(fixture, SimulatorSystem::Shop, apart, "name", "Shop Name ApS"));
    QVERIFY(editBillTo(fixture, SimulatorSystem::Erp, clash, "city", "Skagen"));
    QVERIFY(editBillTo(fixture, SimulatorSystem::Shop, clash, "city", "Ribe"));
    auto report = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(report);
    QCOMPARE(billTo(fixture, SimulatorSystem::Shop, apart, "city"), QStringLiteral("Skagen"));
    QCOMPARE(billTo(fixture, SimulatorSystem::Erp, apart, "name"), QStringLiteral("Shop Name ApS"));
    QCOMPARE(fixture.openFailureKeys(DataPointKind::Customers), QSet<QString>{clash});
    // The conflict names the member, not two whole addresses.
    const QString message = fixture.failures().constFirst().message;
    QVERIFY2(message.contains(QStringLiteral("\"billTo.city\" is \"Skagen\" in the ERP and \"Ribe\" in the shop")),
        qPrintable(message));
    QCOMPARE(billTo(fixture, SimulatorSystem::Erp, clash, "city"), QStringLiteral("Skagen"));
    QCOMPARE(billTo(fixture, SimulatorSystem::Shop, clash, "city"), QStringLiteral("Ribe"));
}

void TestSyncTwoWayMerge::aRecordMadeInTheShopTakesItsFieldsFromInsideObjects()
{
    // "city" maps the ERP's billTo.city, so it flows from the ERP only. A customer made in the
    // shop went to the ERP without it; there the record lacked billTo.city, and every run after
    // failed it ("the source has no field billTo.city"). Made anew, the ERP record gets it.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    mapCityFromBillTo(fixture);
    QVERIFY(fixture.runner().run(DataPointKind::Customers));
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers,
        {Value::object({{QByteArray("customerNumber"), Value::utf8("C-SHOP-1")},
            {QByteArray("name"), Value::utf8("Made in the shop")}, {QByteArray("city"), Value::utf8("Esbjerg")}})}));
    // The plan shows it, and applying it writes it.
    auto plan = planCustomers(fixture);
    QVERIFY(plan);
    auto items = fixture.store().planItems(plan->planId);
    QVERIFY(items);
    const auto item = std::ranges::find(*items, QStringLiteral("C-SHOP-1"), &PlanItem::key);
    QVERIFY(item != items->cend());
    QVERIFY2(item->diff.contains(R"("field":"city")"), item->diff.constData());
    auto made = fixture.runner().applyPlan(plan->planId, {QStringLiteral("C-SHOP-1")});
    QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));
    QCOMPARE(made->run.status, RunStatus::Succeeded);
    QCOMPARE(billTo(fixture, SimulatorSystem::Erp, QStringLiteral("C-SHOP-1"), "city"), QStringLiteral("Esbjerg"));
    // A run (not a plan) does the same.
    QVERIFY(fixture.post(SimulatorSystem::Shop, DataPointKind::Customers,
        {Value::object({{QByteArray("customerNumber"), Value::utf8("C-SHOP-2")},
            {QByteArray("name"), Value::utf8("Also made in the shop")}, {QByteArray("city"), Value::utf8("Ribe")}})}));
    QVERIFY(fixture.runner().run(DataPointKind::Customers));
    QCOMPARE(billTo(fixture, SimulatorSystem::Erp, QStringLiteral("C-SHOP-2"), "city"), QStringLiteral("Ribe"));
    auto next = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(next);
    QCOMPARE(next->run.status, RunStatus::Succeeded);
    QCOMPARE(next->run.counts.created + next->run.counts.updated, 0);
    QCOMPARE(fixture.openFailures(DataPointKind::Customers), 0);
}

void TestSyncTwoWayMerge::aHeldAddressIsSettledMemberByMember()
{
    // Held for review by the city both sides changed (the ERP changed the street too): a person
    // settles the city in the shop, and the shop's whole address went over the ERP's, new street
    // and all. And an edit of another member in the shop alone decided the held city for the
    // shop, which no one had chosen.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    fixture.dataPoint(DataPointKind::Customers).conflictFields.insert(QStringLiteral("billTo"), ConflictPolicy::Review);
    QVERIFY(syncedApart(fixture));
    const QStringList keys = fixture.records(SimulatorSystem::Erp, DataPointKind::Customers).keys();
    const QString settled = keys.at(0);
    const QString untouched = keys.at(1);
    for (const QString &key : {settled, untouched}) {
        QVERIFY(editBillTo(fixture, SimulatorSystem::Erp, key, "city", "Skagen"));
        QVERIFY(editBillTo(fixture, SimulatorSystem::Erp, key, "street", "Erp Street 1"));
        QVERIFY(editBillTo(fixture, SimulatorSystem::Shop, key, "city", "Ribe"));
    }
    QVERIFY(fixture.runner().run(DataPointKind::Customers));
    QCOMPARE(fixture.openFailureKeys(DataPointKind::Customers), (QSet<QString>{settled, untouched}));

    QVERIFY(editBillTo(fixture, SimulatorSystem::Shop, settled, "city", "Skagen"));
    QVERIFY(editBillTo(fixture, SimulatorSystem::Shop, untouched, "name", "Shop Name ApS"));
    auto report = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(report);
    for (const SimulatorSystem system : {SimulatorSystem::Erp, SimulatorSystem::Shop}) {
        QCOMPARE(billTo(fixture, system, settled, "city"), QStringLiteral("Skagen"));
        QCOMPARE(billTo(fixture, system, settled, "street"), QStringLiteral("Erp Street 1"));
    }
    QCOMPARE(billTo(fixture, SimulatorSystem::Erp, untouched, "city"), QStringLiteral("Skagen"));
    QCOMPARE(billTo(fixture, SimulatorSystem::Shop, untouched, "city"), QStringLiteral("Ribe"));
    QCOMPARE(fixture.openFailureKeys(DataPointKind::Customers), QSet<QString>{untouched});
}

void TestSyncTwoWayMerge::aConflictIsClearedOneMemberAtATime()
{
    // Held by two members: a person settles the city in the ERP (held again, by the street),
    // then the street in the shop. Each hold took the sides as they were then, so the settled
    // city counted as unmoved at the next run: held again by the city, and so on for ever.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    const QString key =
        heldAddress(fixture, {{"city", "Erp City", "Shop City"}, {"street", "Erp Street", "Shop Street"}});
    QCOMPARE(fixture.openFailureKeys(DataPointKind::Customers), QSet<QString>{key});

    QVERIFY(editBillTo(fixture, SimulatorSystem::Erp, key, "city", "City Decided"));
    QVERIFY(fixture.runner().run(DataPointKind::Customers));
    QCOMPARE(fixture.openFailureKeys(DataPointKind::Customers), QSet<QString>{key});
    QVERIFY(editBillTo(fixture, SimulatorSystem::Shop, key, "street", "Street Decided"));
    auto report = fixture.runner().run(DataPointKind::Customers);
    QVERIFY(report);
    QCOMPARE(fixture.openFailureKeys(DataPointKind::Customers), QSet<QString>());
    for (const SimulatorSystem system : {SimulatorSystem::Erp, SimulatorSystem::Shop}) {
        QCOMPARE(billTo(fixture, system, key, "city"), QStringLiteral("City Decided"));
        QCOMPARE(billTo(fixture, system, key, "street"), QStringLiteral("Street Decided"));
    }
}

void TestSyncTwoWayMerge::aMemberAlikeWhenHeldIsEditedFreely()
{
    // Both sides had set the same new zip when the city held the record; a person then settles
    // the city in the ERP and corrects the zip there too. The zip was measured against the last
    // sync's address, so it counted as changed on both sides: a collision no one could settle.
    SyncFixture fixture(small());
    QVERIFY(fixture.isValid());
    const QString key = heldAddress(fixture, {{"city", "Skagen", "Ribe"}, {"zip", "9990", "9990"}});
    QCOMPARE(fixture.openFailureKeys(DataPointKind::Customers), QSet<QString>{key});

    QVERIFY(editBillTo(fixture, SimulatorSystem::Erp, key, "city", "Ribe"));
    QVERIFY(editBillTo(fixture, SimulatorSystem::Erp, key, "zip", "9991"));
    QVERIFY(fixture.runner().run(DataPointKind::Customers));
    QCOMPARE(fixture.openFailureKeys(DataPointKind::Customers), QSet<QString>());
    for (const SimulatorSystem system : {SimulatorSystem::Erp, SimulatorSystem::Shop}) {
        QCOMPARE(billTo(fixture, system, key, "city"), QStringLiteral("Ribe"));
        QCOMPARE(billTo(fixture, system, key, "zip"), QStringLiteral("9991"));
    }
}

QTEST_GUILESS_MAIN(TestSyncTwoWayMerge)
#include "tst_sync_twowaymerge.moc"

#include "../testdata.h"
#include "project/demoproject.h"
#include "project/projectfile.h"
#include "project/projectpaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Linkwright;

namespace {

QString dataDir()
{
    return TestData::dir();
}

using TestData::readAll;

/// The same text linkwright-cli validate prints, without the file prefix.
QString format(const Diagnostics &diagnostics)
{
    QString text;
    for (const Diagnostic &d : diagnostics) {
        text += (d.severity == Diagnostic::Severity::Error ? QStringLiteral("error: ") : QStringLiteral("warning: "))
            + d.toString() + u'\n';
        if (!d.hint.isEmpty())
            text += QStringLiteral("  hint: ") + d.hint + u'\n';
    }
    return text;
}

} // namespace

class TestProjectFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void brokenFilesGiveTheExpectedMessages_data();
    void brokenFilesGiveTheExpectedMessages();
    void atLeastTenDistinctBrokenFiles();
    void validFileLoads();
    void demoProjectRoundTrips();
    void saveThenLoadKeepsEverySetting();
    void trytonEndpointRoundTrips();
    void trytonSettingsAreChecked();
    void trytonDemoProjectIsValid();
    void formatVersionComesFirst();
    void departureFromRecommendationWarnsWithReason();
    void aKeyNoMappingWritesWarns();
    void twoWaySettingsTheSyncWouldPassOverWarn();
    void secretValueNeverEchoed();
    void newerVersionIsRefusedAndFileUntouched();
    void missingFileNamesThePath();
    void saveToUnwritablePlaceFailsCleanly();
    void saveReplacesWithoutLeavingTemporaryFiles();
    void stateDatabaseIsPerProjectPath();
    void mappingsFingerprintFollowsWhatDecidesRecords();
};

void TestProjectFile::mappingsFingerprintFollowsWhatDecidesRecords()
{
    const Project demo = demoProject();
    const DataPointConfig products = *demo.dataPoint(DataPointKind::Products);
    const DataPointConfig customers = *demo.dataPoint(DataPointKind::Customers);
    const QString base = ProjectFile::mappingsFingerprint(products);
    QCOMPARE(ProjectFile::mappingsFingerprint(products), base);
    // What makes or decides records changes it.
    DataPointConfig changed = products;
    changed.mappings[0].sources = {QStringLiteral("title")};
    QVERIFY(ProjectFile::mappingsFingerprint(changed) != base);
    changed = products;
    changed.keyField = QStringLiteral("ean");
    QVERIFY(ProjectFile::mappingsFingerprint(changed) != base);
    DataPointConfig twoWay = customers;
    twoWay.conflictFields.insert(QStringLiteral("phone"), ConflictPolicy::ShopOwns);
    QVERIFY(ProjectFile::mappingsFingerprint(twoWay) != ProjectFile::mappingsFingerprint(customers));
    // What does not, does not: the schedule, and policies of a one-way data point (ignored) or
    // one that says what the default says.
    changed = products;
    changed.schedule.kind = Schedule::Kind::Interval;
    changed.schedule.intervalSeconds = 60;
    changed.mode = SyncMode::Live;
    changed.conflictDefault = ConflictPolicy::ErpOwns;
    QCOMPARE(ProjectFile::mappingsFingerprint(changed), base);
    twoWay = customers;
    twoWay.conflictFields.insert(QStringLiteral("phone"), customers.conflictDefault);
    QCOMPARE(ProjectFile::mappingsFingerprint(twoWay), ProjectFile::mappingsFingerprint(customers));
}

void TestProjectFile::brokenFilesGiveTheExpectedMessages_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(dataDir() + QStringLiteral("/broken"));
    const auto files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestProjectFile::brokenFilesGiveTheExpectedMessages()
{
    QFETCH(QString, file);
    const auto loaded = ProjectFile::load(file);
    QVERIFY2(!loaded.has_value(), "a broken file loaded without errors");
    QString expectedFile = file;
    expectedFile.replace(QStringLiteral(".json"), QStringLiteral(".expected"));
    QCOMPARE(format(loaded.error()), QString::fromUtf8(readAll(expectedFile)));
}

void TestProjectFile::atLeastTenDistinctBrokenFiles()
{
    const QDir dir(dataDir() + QStringLiteral("/broken"));
    QSet<QString> messages;
    for (const QString &name : dir.entryList({QStringLiteral("*.expected")}, QDir::Files))
        messages.insert(QString::fromUtf8(readAll(dir.filePath(name))));
    QVERIFY2(messages.size() >= 10, "each broken file must show a different mistake");
}

void TestProjectFile::validFileLoads()
{
    const auto loaded = ProjectFile::load(dataDir() + QStringLiteral("/valid/minimal-valid.json"));
    QVERIFY2(loaded.has_value(), loaded ? "" : qPrintable(format(loaded.error())));
    const Project &project = loaded->project;
    QCOMPARE(project.name, QStringLiteral("Test project"));
    QCOMPARE(project.erp.baseUrl, QUrl(QStringLiteral("https://erp.example.com/api/")));
    QCOMPARE(project.erp.auth.type, AuthType::Bearer);
    QCOMPARE(project.erp.auth.secret.source, SecretRef::Source::Environment);
    QCOMPARE(project.erp.auth.secret.name, QStringLiteral("ERP_TOKEN"));
    QCOMPARE(project.shop.auth.secret.source, SecretRef::Source::Keychain);
    QCOMPARE(project.dataPoints.size(), 3);
    const DataPointConfig *orders = project.dataPoint(DataPointKind::Orders);
    QVERIFY(orders);
    QCOMPARE(orders->direction, Direction::ShopToErp);
    QCOMPARE(orders->mode, SyncMode::Live);
    const DataPointConfig *products = project.dataPoint(DataPointKind::Products);
    QVERIFY(products);
    QCOMPARE(products->schedule.kind, Schedule::Kind::Interval);
    QCOMPARE(products->schedule.intervalSeconds, 15 * 60);
    QCOMPARE(products->mappings.size(), 2);
    QCOMPARE(products->mappings.at(0).sources, QStringList{QStringLiteral("itemNo")});
    QVERIFY(products->mappings.at(0).required);
    QCOMPARE(project.dataPoint(DataPointKind::Customers)->conflictDefault, ConflictPolicy::NewestWins);
    QVERIFY(!project.dataPoint(DataPointKind::Invoices));
}

void TestProjectFile::demoProjectRoundTrips()
{
    const Project demo = demoProject(12345);
    QCOMPARE(demo.dataPoints.size(), DataPoints::all().size());
    const auto loaded = ProjectFile::parse(ProjectFile::serialize(demo));
    QVERIFY2(loaded.has_value(), loaded ? "" : qPrintable(format(loaded.error())));
    QCOMPARE(loaded->warnings.size(), 0);
    QVERIFY(loaded->project == demo);
    QCOMPARE(loaded->project.erp.baseUrl.port(), 12345);
    // Defaults are not written: files that do not use a setting stay as they were.
    QVERIFY(!ProjectFile::serialize(demo).contains("pagination"));
    Project atOnce = demo;
    atOnce.erp.pagination.pagesAtOnce = 5; // the only departure from the default paging
    const QByteArray json = ProjectFile::serialize(atOnce);
    QVERIFY(json.contains("\"pagesAtOnce\": 5"));
    const auto reloaded = ProjectFile::parse(json);
    QVERIFY(reloaded.has_value());
    QCOMPARE(reloaded->project.erp.pagination.pagesAtOnce, 5);
}

void TestProjectFile::saveThenLoadKeepsEverySetting()
{
    Project project = demoProject();
    project.erp.auth = {
        AuthType::ApiKey, QStringLiteral("X-Erp-Key"), {}, {SecretRef::Source::Keychain, QStringLiteral("erp")}};
    project.shop.auth = {
        AuthType::Basic, {}, QStringLiteral("sync"), {SecretRef::Source::Environment, QStringLiteral("SHOP_PW")}};
    project.shop.resources.insert(QStringLiteral("products"), QStringLiteral("catalog/items"));
    project.shop.requestsPerSecond = 2.5;
    project.shop.pagination.style = Pagination::Style::Offset;
    project.shop.pagination.offsetParam = QStringLiteral("skip");
    project.shop.pagination.sizeParam = QStringLiteral("take");
    project.shop.pagination.itemsPath = QStringLiteral("data.rows");
    project.shop.pagination.modifiedSinceParam = QStringLiteral("updated_since");
    project.erp.pagination.style = Pagination::Style::Page;
    project.erp.pagination.firstPage = 0;
    project.shop.pagination.pagesAtOnce = 1;
    DataPointConfig *products = project.dataPoint(DataPointKind::Products);
    products->deletes = true;
    products->mappings.append({QStringLiteral("title"), {QStringLiteral("name"), QStringLiteral("variant")},
        {{QStringLiteral("concat"), {{QStringLiteral("separator"), QStringLiteral(" - ")}}},
            {QStringLiteral("lookup"),
                {{QStringLiteral("table"), QJsonObject{{QStringLiteral("a"), QStringLiteral("b")}}}}}},
        false});
    project.dataPoint(DataPointKind::Invoices)->direction = Direction::Off;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("p.linkwright.json"));
    QVERIFY(ProjectFile::save(project, file).has_value());
    const auto loaded = ProjectFile::load(file);
    QVERIFY2(loaded.has_value(), loaded ? "" : qPrintable(format(loaded.error())));
    QVERIFY(loaded->project == project);
    // A second save of what was loaded writes the same bytes: files stay diff-friendly.
    QCOMPARE(ProjectFile::serialize(loaded->project), readAll(file));
}

void TestProjectFile::trytonEndpointRoundTrips()
{
    Project project = demoProject();
    project.erp.connector = ConnectorType::Tryton;
    project.erp.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8000/"));
    project.erp.auth = {
        AuthType::Basic, {}, QStringLiteral("admin"), {SecretRef::Source::Environment, QStringLiteral("TRYTON_PW")}};
    project.erp.tryton = {QStringLiteral("shop"), 2, {4, 9}};
    const QByteArray json = ProjectFile::serialize(project);
    QVERIFY(json.contains("\"type\": \"tryton\""));
    QVERIFY(!json.contains("TRYTON_PW\": "));
    const auto loaded = ProjectFile::parse(json);
    QVERIFY2(loaded.has_value(), loaded ? "" : qPrintable(format(loaded.error())));
    QVERIFY(loaded->project == project);
    QCOMPARE(loaded->project.erp.tryton.database, QStringLiteral("shop"));
    QCOMPARE(loaded->project.erp.tryton.company, 2);
    QCOMPARE(loaded->project.erp.tryton.warehouses, (QList<int>{4, 9}));
    QCOMPARE(ProjectFile::serialize(loaded->project), json);
    // A REST endpoint writes no "tryton" object, so older files stay byte for byte the same.
    QVERIFY(!ProjectFile::serialize(demoProject()).contains("\"tryton\""));
}

void TestProjectFile::trytonSettingsAreChecked()
{
    Project project = demoProject();
    project.erp.connector = ConnectorType::Tryton;
    project.erp.auth = {AuthType::Bearer, {}, {}, {SecretRef::Source::Environment, QStringLiteral("TOKEN")}};
    QByteArray json = ProjectFile::serialize(project);
    json.replace("\"database\": \"\",", "");
    const auto loaded = ProjectFile::parse(json);
    QVERIFY(!loaded.has_value());
    const QString messages = format(loaded.error());
    QVERIFY2(messages.contains(QStringLiteral("endpoints.erp.tryton.database")), qPrintable(messages));
    QVERIFY2(
        messages.contains(QStringLiteral("endpoints.erp.auth: a Tryton endpoint logs in with a user and a password")),
        qPrintable(messages));

    // The settings of another type are a mistake, not something to keep silently.
    QByteArray rest = ProjectFile::serialize(demoProject());
    rest.replace("\"timeoutSeconds\": 30", "\"timeoutSeconds\": 30, \"tryton\": {\"database\": \"x\"}");
    const auto refused = ProjectFile::parse(rest);
    QVERIFY(!refused.has_value());
    QVERIFY2(format(refused.error()).contains(QStringLiteral("only applies to an endpoint of type \"tryton\"")),
        qPrintable(format(refused.error())));
}

void TestProjectFile::trytonDemoProjectIsValid()
{
    const auto loaded = ProjectFile::load(dataDir() + QStringLiteral("/../../resources/demo/tryton.linkwright.json"));
    QVERIFY2(loaded.has_value(), loaded ? "" : qPrintable(format(loaded.error())));
    const Project &project = loaded->project;
    QCOMPARE(project.erp.connector, ConnectorType::Tryton);
    QCOMPARE(project.erp.tryton.database, QStringLiteral("linkwright"));
    QCOMPARE(project.erp.auth.secret.source, SecretRef::Source::Environment);
    QCOMPARE(project.dataPoint(DataPointKind::Orders)->direction, Direction::ShopToErp);
    // Tryton takes customer writes: customers go both ways, as recommended, without a warning.
    QCOMPARE(project.dataPoint(DataPointKind::Customers)->direction, Direction::Both);
    QCOMPARE(loaded->warnings.size(), 0);
}

void TestProjectFile::formatVersionComesFirst()
{
    const QByteArray json = ProjectFile::serialize(demoProject());
    QVERIFY(json.startsWith("{\n  \"formatVersion\": 1,\n"));
    QVERIFY(json.indexOf("\"products\"") < json.indexOf("\"invoices\""));
}

void TestProjectFile::departureFromRecommendationWarnsWithReason()
{
    Project project = demoProject();
    project.dataPoint(DataPointKind::Stock)->direction = Direction::ShopToErp;
    const Diagnostics warnings = ProjectFile::recommendations(project);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().severity, Diagnostic::Severity::Warning);
    QCOMPARE(warnings.first().path, QStringLiteral("dataPoints.stock.direction"));
    QCOMPARE(warnings.first().message, QStringLiteral("shop-to-erp departs from the recommended erp-to-shop"));
    QVERIFY(warnings.first().hint.contains(QStringLiteral("the ERP stays the stock master")));

    const auto loaded = ProjectFile::parse(ProjectFile::serialize(project));
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->warnings, warnings);
}

void TestProjectFile::aKeyNoMappingWritesWarns()
{
    // Mapped records hold only the targets: keyed by a field none writes, every record would fail.
    Project project = demoProject();
    DataPointConfig *products = project.dataPoint(DataPointKind::Products);
    products->keyField = QStringLiteral("articleNo");
    const Diagnostics warnings = ProjectFile::recommendations(project);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().path, QStringLiteral("dataPoints.products.keyField"));
    QCOMPARE(warnings.first().message,
        QStringLiteral("no mapping writes \"articleNo\", so every record would fail for want of its key"));
    QVERIFY2(warnings.first().hint.contains(QStringLiteral("sku, name")), qPrintable(warnings.first().hint));
    // Switched off, it cannot fail.
    products->direction = Direction::Off;
    QVERIFY(ProjectFile::recommendations(project).isEmpty());
}

void TestProjectFile::twoWaySettingsTheSyncWouldPassOverWarn()
{
    Project project = demoProject();
    DataPointConfig *customers = project.dataPoint(DataPointKind::Customers);
    QCOMPARE(customers->direction, Direction::Both);
    customers->deletes = true;
    customers->mappings = {FieldMapping{QStringLiteral("customerNumber"), {QStringLiteral("number")}, {}},
        FieldMapping{QStringLiteral("email"), {QStringLiteral("mail")}, {}},
        FieldMapping{QStringLiteral("creditHold"), {QStringLiteral("blocked")}, {}},
        FieldMapping{QStringLiteral("name"), {QStringLiteral("name")}, {Transform{QStringLiteral("trim"), {}}}},
        FieldMapping{QStringLiteral("address.city"), {QStringLiteral("city")}, {}},
        FieldMapping{QStringLiteral("town"), {QStringLiteral("billTo.city")}, {}}};
    customers->conflictFields.clear();
    customers->conflictFields.insert(QStringLiteral("mail"), ConflictPolicy::ShopOwns); // the ERP's name
    customers->conflictFields.insert(QStringLiteral("phone"), ConflictPolicy::ShopOwns); // not mapped
    customers->conflictFields.insert(QStringLiteral("name"), ConflictPolicy::NewestWins); // cannot flow back
    customers->conflictFields.insert(QStringLiteral("creditHold"), ConflictPolicy::ErpOwns); // fine
    customers->conflictFields.insert(QStringLiteral("email"), ConflictPolicy::ShopOwns); // fine
    customers->conflictFields.insert(QStringLiteral("address.city"), ConflictPolicy::ShopOwns); // not top-level
    customers->conflictFields.insert(QStringLiteral("address"), ConflictPolicy::ShopOwns); // built of parts
    customers->conflictFields.insert(QStringLiteral("customerNumber"), ConflictPolicy::ShopOwns); // the key
    // From inside an object: written back, it was a new top-level field "billTo.city" in the ERP.
    customers->conflictFields.insert(QStringLiteral("town"), ConflictPolicy::NewestWins);

    QHash<QString, Diagnostic> byPath;
    for (const Diagnostic &warning : ProjectFile::recommendations(project))
        byPath.insert(warning.path, warning);
    QCOMPARE(byPath.size(), 8);
    QCOMPARE(byPath.value(QStringLiteral("dataPoints.customers.deletes")).message,
        QStringLiteral("deletions are not carried out for a two-way data point"));
    const Diagnostic mail = byPath.value(QStringLiteral("dataPoints.customers.conflict.fields.mail"));
    QCOMPARE(
        mail.message, QStringLiteral("the conflict policy for \"mail\" never applies: no mapping writes \"mail\""));
    QVERIFY2(mail.hint.contains(QStringLiteral("write \"email\"")), qPrintable(mail.hint));
    const Diagnostic phone = byPath.value(QStringLiteral("dataPoints.customers.conflict.fields.phone"));
    QVERIFY2(phone.hint.contains(QStringLiteral("customerNumber, email, creditHold, name")), qPrintable(phone.hint));
    QVERIFY(byPath.value(QStringLiteral("dataPoints.customers.conflict.fields.name"))
                .message.contains(QStringLiteral("made by transforms, from several fields")));
    QVERIFY(byPath.value(QStringLiteral("dataPoints.customers.conflict.fields.town"))
                .message.contains(QStringLiteral("from a field inside an object")));
    QCOMPARE(byPath.value(QStringLiteral("dataPoints.customers.conflict.fields.address.city")).hint,
        QStringLiteral("Write \"address\" instead."));
    QVERIFY(byPath.value(QStringLiteral("dataPoints.customers.conflict.fields.address"))
                .message.contains(QStringLiteral("built from several mappings")));
    QVERIFY(byPath.value(QStringLiteral("dataPoints.customers.conflict.fields.customerNumber"))
                .message.contains(QStringLiteral("for the key \"customerNumber\" never applies")));

    // One way, none of it applies: one warning says so for the whole policy.
    customers->direction = Direction::ErpToShop;
    QStringList conflictPaths;
    for (const Diagnostic &warning : ProjectFile::recommendations(project)) {
        QVERIFY2(!warning.path.contains(QStringLiteral("deletes")), qPrintable(warning.path));
        if (warning.path.contains(QStringLiteral("conflict")))
            conflictPaths.append(warning.path);
    }
    QCOMPARE(conflictPaths, QStringList{QStringLiteral("dataPoints.customers.conflict")});
}

void TestProjectFile::secretValueNeverEchoed()
{
    const QByteArray json = readAll(dataDir() + QStringLiteral("/broken/08-secret-in-clear-text.json"));
    QVERIFY(json.contains("s3cr3t-t0ken"));
    const auto loaded = ProjectFile::parse(json);
    QVERIFY(!loaded.has_value());
    QVERIFY(!format(loaded.error()).contains(QStringLiteral("s3cr3t")));

    const Project project = demoProject();
    QVERIFY(!ProjectFile::serialize(project).contains("password\": \""));
}

void TestProjectFile::newerVersionIsRefusedAndFileUntouched()
{
    const QString file = dataDir() + QStringLiteral("/broken/05-newer-format-version.json");
    const QByteArray before = readAll(file);
    const auto loaded = ProjectFile::load(file);
    QVERIFY(!loaded.has_value());
    QCOMPARE(loaded.error().size(), 1);
    QCOMPARE(loaded.error().first().path, QStringLiteral("formatVersion"));
    QCOMPARE(readAll(file), before);
}

void TestProjectFile::missingFileNamesThePath()
{
    const QString file = QStringLiteral("/nonexistent/dir/p.json");
    const auto loaded = ProjectFile::load(file);
    QVERIFY(!loaded.has_value());
    QCOMPARE(loaded.error().first().path, file);
    QCOMPARE(loaded.error().first().message, QStringLiteral("no such file"));
}

void TestProjectFile::saveToUnwritablePlaceFailsCleanly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A path below a regular file can never be created, whoever runs the test.
    const QString blocker = dir.filePath(QStringLiteral("plain-file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const auto saved = ProjectFile::save(demoProject(), blocker + QStringLiteral("/p.json"));
    QVERIFY(!saved.has_value());
    QCOMPARE(saved.error().code, ErrorCode::FileUnwritable);
    QVERIFY(saved.error().where.endsWith(QStringLiteral("/p.json")));
    QVERIFY(!saved.error().hint.isEmpty());
}

void TestProjectFile::saveReplacesWithoutLeavingTemporaryFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("p.json"));
    Project project = demoProject();
    QVERIFY(ProjectFile::save(project, file).has_value());
    project.name = QStringLiteral("Renamed");
    QVERIFY(ProjectFile::save(project, file).has_value());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("p.json")});
    QCOMPARE(ProjectFile::load(file)->project.name, QStringLiteral("Renamed"));
}

void TestProjectFile::stateDatabaseIsPerProjectPath()
{
    const QString data = QStringLiteral("/data");
    const QString a = ProjectPaths::stateDatabase(QStringLiteral("/home/a/shop.linkwright.json"), data);
    const QString b = ProjectPaths::stateDatabase(QStringLiteral("/home/b/shop.linkwright.json"), data);
    QVERIFY2(a.startsWith(QStringLiteral("/data/state/shop-")), qPrintable(a));
    QVERIFY(a.endsWith(QStringLiteral(".sqlite")));
    QVERIFY(a != b);
    QCOMPARE(ProjectPaths::stateDatabase(QStringLiteral("/home/a/shop.linkwright.json"), data), a);
    QVERIFY(ProjectPaths::stateDatabase(QStringLiteral("/x/plain.json"), data).contains(QStringLiteral("/plain-")));
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"

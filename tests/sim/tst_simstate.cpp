#include "simclient.h"
#include "simulatorhostile.h"
#include "simulatorserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Linkwright;
using namespace Linkwright::SimTest;

namespace {

SimulatorDataOptions smallOptions(quint32 seed = 5)
{
    SimulatorDataOptions options;
    options.seed = seed;
    options.products = 20;
    options.customers = 6;
    options.orders = 15;
    return options;
}

QByteArray fileContent(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray everything(Client &client, const QUrl &base, const QString &path)
{
    return client.get(base, path, QStringLiteral("pageSize=1000")).body;
}

} // namespace

class TestSimState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemUrlsEndInASlash();
    void duplicatesAreReported();
    void stateSurvivesARestart();
    void changesAreSavedWithoutAnExplicitFlush();
    void aBrokenDataFolderIsAnError();
    void hostileRecordsAreServedAsTheyAre();

private:
    Client m_client;
};

void TestSimState::systemUrlsEndInASlash()
{
    SimulatorServer server(smallOptions());
    QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0).has_value());
    QCOMPARE(server.erpUrl().toString(), QStringLiteral("http://127.0.0.1:%1/erp/").arg(server.port()));
    QCOMPARE(server.shopUrl().toString(), QStringLiteral("http://127.0.0.1:%1/shop/").arg(server.port()));
    const Response erp = m_client.send(server.erpUrl());
    QCOMPARE(erp.status, 200);
    QCOMPARE(erp.json.value(QStringLiteral("system")).toString(), QStringLiteral("erp"));
    const Response products = m_client.send(server.shopUrl().resolved(QUrl(QStringLiteral("products"))));
    QCOMPARE(products.status, 200);
}

void TestSimState::duplicatesAreReported()
{
    SimulatorServer server(smallOptions());
    QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0).has_value());
    const QString path = QStringLiteral("/shop/products");
    QCOMPARE(m_client.post(server.baseUrl(), path, R"([{"sku":"LW-00001"},{"sku":"LW-00002"}])").status, 200);
    QCOMPARE(m_client.post(server.baseUrl(), path, R"([{"sku":"LW-00001","name":"again"}])").status, 200);
    QVERIFY(server.stats().duplicates().isEmpty());

    // A key that differs only in case and spaces is another record to the store, and a duplicate
    // to anyone looking at the shop.
    QCOMPARE(m_client.post(server.baseUrl(), path, R"([{"sku":" lw-00001"}])").status, 200);
    const SimulatorStats stats = server.stats();
    QCOMPARE(stats.duplicates().size(), 1);
    const SimulatorDuplicate duplicate = stats.duplicates().constFirst();
    QCOMPARE(duplicate.system, SimulatorSystem::Shop);
    QCOMPARE(duplicate.kind, DataPointKind::Products);
    QCOMPARE(duplicate.key, QStringLiteral("lw-00001"));
    QCOMPARE(duplicate.keys, (QStringList{QStringLiteral(" lw-00001"), QStringLiteral("LW-00001")}));
    QCOMPARE(stats.resource(SimulatorSystem::Shop, DataPointKind::Products).creates, 3);

    const Response json = m_client.get(server.baseUrl(), QStringLiteral("/_admin/stats"));
    const QJsonArray listed = json.json.value(QStringLiteral("duplicates")).toArray();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).toObject().value(QStringLiteral("records")).toInt(), 2);
    QCOMPARE(listed.at(0).toObject().value(QStringLiteral("resource")).toString(), QStringLiteral("products"));
}

void TestSimState::stateSurvivesARestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(QStringLiteral("sim"));
    QByteArray shopBefore;
    QByteArray erpBefore;
    QByteArray ordersBefore;
    qint64 lastStamp = 0;
    {
        SimulatorServer first(smallOptions());
        const Result<bool> opened = first.openDataDirectory(data);
        QVERIFY2(opened.has_value(), opened ? "" : qPrintable(opened.error().toString()));
        QVERIFY(!*opened);
        QVERIFY(QFile::exists(data + QStringLiteral("/linkwright-sim.json")));
        QVERIFY(first.listen(QHostAddress(QHostAddress::LocalHost), 0).has_value());
        const QString path = QStringLiteral("/shop/products");
        QCOMPARE(
            m_client.post(first.baseUrl(), path, R"([{"sku":"LW-00001","name":"A"},{"sku":"LW-00002"}])").status, 200);
        QCOMPARE(m_client.post(first.baseUrl(), path, R"([{"sku":"LW-00001","name":"B"}])").status, 200);
        shopBefore = everything(m_client, first.baseUrl(), path);
        erpBefore = everything(m_client, first.baseUrl(), QStringLiteral("/erp/products"));
        ordersBefore = everything(m_client, first.baseUrl(), QStringLiteral("/shop/orders"));
        lastStamp = first.store().lastStamp();
        // No flush: destroying the server, as a clean shutdown does, must save what is pending.
    }

    // Other data options: the saved state wins over generating anew.
    SimulatorServer second(smallOptions(77));
    const Result<bool> opened = second.openDataDirectory(data);
    QVERIFY2(opened.has_value(), opened ? "" : qPrintable(opened.error().toString()));
    QVERIFY(*opened);
    QVERIFY(second.listen(QHostAddress(QHostAddress::LocalHost), 0).has_value());
    const QByteArray shopAfter = everything(m_client, second.baseUrl(), QStringLiteral("/shop/products"));
    QCOMPARE(shopAfter, shopBefore);
    QVERIFY(shopAfter.contains("\"name\":\"B\""));
    QCOMPARE(everything(m_client, second.baseUrl(), QStringLiteral("/erp/products")), erpBefore);
    QCOMPARE(everything(m_client, second.baseUrl(), QStringLiteral("/shop/orders")), ordersBefore);
    QCOMPARE(second.store().lastStamp(), lastStamp);

    // A clock set back does not move modifiedAt back, and ids are not reused.
    second.store().setClock([] { return qint64(0); });
    const Response created = m_client.post(second.baseUrl(), QStringLiteral("/shop/products"), R"({"sku":"LW-00003"})");
    QCOMPARE(created.status, 200);
    QCOMPARE(
        created.json.value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("id")).toInt(),
        3);
    const Response one = m_client.get(second.baseUrl(), QStringLiteral("/shop/products/LW-00003"));
    QCOMPARE(one.json.value(QStringLiteral("modifiedAt")).toString(), SimulatorSchema::timestamp(lastStamp));
}

void TestSimState::changesAreSavedWithoutAnExplicitFlush()
{
    QTemporaryDir dir;
    SimulatorServer server(smallOptions());
    QVERIFY(server.openDataDirectory(dir.path()).has_value());
    QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0).has_value());
    const QString file = dir.filePath(QStringLiteral("shop-customers.jsonl"));
    QCOMPARE(fileContent(file), QByteArray());
    QCOMPARE(
        m_client.post(server.baseUrl(), QStringLiteral("/shop/customers"), R"({"customerNumber":"C10001"})").status,
        200);
    // The debounce timer saves it while the event loop runs.
    QTRY_VERIFY(fileContent(file).contains("\"customerNumber\":\"C10001\""));

    QCOMPARE(
        m_client.post(server.baseUrl(), QStringLiteral("/shop/customers"), R"({"customerNumber":"C10002"})").status,
        200);
    QVERIFY(server.flush().has_value());
    QVERIFY(fileContent(file).contains("C10002"));
    QCOMPARE(fileContent(file).count('\n'), 2);

    const Response flushed = m_client.post(server.baseUrl(), QStringLiteral("/_admin/flush"), {});
    QCOMPARE(flushed.status, 200);
}

void TestSimState::aBrokenDataFolderIsAnError()
{
    QTemporaryDir dir;
    {
        SimulatorServer server(smallOptions());
        QVERIFY(server.openDataDirectory(dir.path()).has_value());
    }
    const QString products = dir.filePath(QStringLiteral("erp-products.jsonl"));
    QByteArray content = fileContent(products);
    QVERIFY(content.count('\n') == 20);
    content += "{\"sku\": \"LW-99999\", \"id\": \n";
    QFile file(products);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();

    SimulatorServer server(smallOptions());
    QCOMPARE(server.store().collection(SimulatorSystem::Erp, DataPointKind::Products).size(), 20);
    const Result<bool> opened = server.openDataDirectory(dir.path());
    QVERIFY(!opened.has_value());
    // The server keeps what it had: a broken folder replaces nothing.
    QCOMPARE(server.store().collection(SimulatorSystem::Erp, DataPointKind::Products).size(), 20);
    QCOMPARE(opened.error().where, products + QStringLiteral(":21"));
    QVERIFY(!opened.error().message.isEmpty());
    QVERIFY(!opened.error().hint.isEmpty());
    // Nothing was overwritten.
    QCOMPARE(fileContent(products), content);

    QFile state(dir.filePath(QStringLiteral("linkwright-sim.json")));
    QVERIFY(state.open(QIODevice::WriteOnly | QIODevice::Truncate));
    state.write("{\"format\": 99}");
    state.close();
    const Result<bool> future = SimulatorServer(smallOptions()).openDataDirectory(dir.path());
    QVERIFY(!future.has_value());
    QVERIFY(future.error().where.endsWith(QStringLiteral("linkwright-sim.json")));
}

void TestSimState::hostileRecordsAreServedAsTheyAre()
{
    QTemporaryDir dir;
    SimulatorDataOptions options = smallOptions();
    options.hostile = true;
    QHash<QString, QByteArray> served;
    const QStringList keys = SimulatorHostile::keys(SimulatorSystem::Erp, DataPointKind::Products);
    QCOMPARE(keys.size(), 5);
    for (int round = 0; round < 2; ++round) {
        SimulatorServer server(options);
        QVERIFY(server.openDataDirectory(dir.path()).has_value());
        QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0).has_value());
        QCOMPARE(server.stats().resource(SimulatorSystem::Erp, DataPointKind::Products).records, 25);
        QCOMPARE(server.stats().resource(SimulatorSystem::Shop, DataPointKind::Orders).records, 20);
        QCOMPARE(server.stats().resource(SimulatorSystem::Erp, DataPointKind::Customers).records, 11);
        for (const QString &key : keys) {
            const Response one = m_client.get(server.baseUrl(), QStringLiteral("/erp/products/") + key);
            QCOMPARE(one.status, 200);
            if (round == 0)
                served.insert(key, one.body);
            else
                QCOMPARE(one.body, served.value(key));
        }
    }

    const auto body = [&served](const char *suffix) {
        return served.value(QStringLiteral("LW-HOSTILE-") + QLatin1StringView(suffix));
    };
    QJsonParseError error;
    QJsonDocument::fromJson(body("DEEP"), &error);
    QCOMPARE(error.error, QJsonParseError::DeepNesting);
    QVERIFY(body("DEEP").contains(QByteArray(SimulatorHostile::NestingDepth, '[')));
    QVERIFY(body("BIGINT").contains("\"minOrderQuantity\":123456789012345678901234567890"));
    QVERIFY(body("UTF8").contains("\xFF\xFE"));
    QVERIFY(!QString::fromUtf8(body("UTF8")).toUtf8().contains("\xFF\xFE"));
    QVERIFY(body("HUGE").size() > SimulatorHostile::HugeStringBytes);
    const QJsonObject wrongType = QJsonDocument::fromJson(body("TYPE")).object();
    QVERIFY(wrongType.value(QStringLiteral("name")).isDouble());
    // Apart from its one bad field, a hostile record is an ordinary one.
    QCOMPARE(wrongType.value(QStringLiteral("sku")).toString(), QStringLiteral("LW-HOSTILE-TYPE"));
    QVERIFY(wrongType.contains(QStringLiteral("listPrice")));
    QVERIFY(wrongType.contains(QStringLiteral("modifiedAt")));
}

QTEST_GUILESS_MAIN(TestSimState)
#include "tst_simstate.moc"

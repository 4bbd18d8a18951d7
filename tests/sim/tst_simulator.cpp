#include "simulatordata.h"
#include "simulatorserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Linkwright;

namespace {

struct Response {
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QByteArray link;
};

SimulatorDataOptions smallOptions(quint32 seed = 7)
{
    SimulatorDataOptions options;
    options.seed = seed;
    options.products = 25;
    options.customers = 6;
    options.orders = 12;
    return options;
}

QUrl nextLink(const QByteArray &header)
{
    static const QRegularExpression next(QStringLiteral("<([^>]+)>\\s*;\\s*rel=\"next\""));
    const QRegularExpressionMatch match = next.match(QString::fromLatin1(header));
    return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void health();
    void baseUrlsListTheirResources();
    void pagingFollowsTheLinkHeader();
    void pagingRejectsBadParameters();
    void unknownPathsAnswerInJson();
    void modifiedSinceFiltersGeneratedRecords();
    void modifiedSinceFindsUpserts();
    void postUpsertsWithoutDuplicates();
    void postMergesFields();
    void postRejectsBadBodiesAtomically();
    void deleteRemovesOneRecord();
    void tokenIsEnforcedWhenSet();
    void listenReportsATakenPort();

private:
    Response send(const QUrl &url, const QByteArray &method = "GET", const QByteArray &body = {},
        const QByteArray &authorization = {});
    Response get(const QString &path, const QString &query = {});
    Response post(const QString &path, const QByteArray &body);
    QUrl url(const QString &path, const QString &query = {}) const;

    std::unique_ptr<SimulatorServer> m_server;
    QNetworkAccessManager m_network;
};

void TestSimulator::initTestCase()
{
    m_server = std::make_unique<SimulatorServer>(smallOptions());
    const Result<quint16> port = m_server->listen(QHostAddress(QHostAddress::LocalHost), 0);
    QVERIFY2(port.has_value(), port ? "" : qPrintable(port.error().toString()));
    QVERIFY(*port != 0);
    QCOMPARE(m_server->port(), *port);
}

QUrl TestSimulator::url(const QString &path, const QString &query) const
{
    QUrl target = m_server->baseUrl();
    target.setPath(path);
    if (!query.isEmpty())
        target.setQuery(query);
    return target;
}

Response TestSimulator::send(
    const QUrl &target, const QByteArray &method, const QByteArray &body, const QByteArray &authorization)
{
    QNetworkRequest request(target);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(20000)) {
        qWarning("no answer from %s", qPrintable(target.toString()));
        return {};
    }
    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.json = QJsonDocument::fromJson(response.body).object();
    response.link = reply->rawHeader("Link");
    return response;
}

Response TestSimulator::get(const QString &path, const QString &query)
{
    return send(url(path, query));
}

Response TestSimulator::post(const QString &path, const QByteArray &body)
{
    return send(url(path), "POST", body);
}

void TestSimulator::health()
{
    const Response response = get(QStringLiteral("/health"));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
}

void TestSimulator::baseUrlsListTheirResources()
{
    for (const QString &side : {QStringLiteral("erp"), QStringLiteral("shop")}) {
        const Response response = get(u'/' + side + u'/');
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json.value(QStringLiteral("system")).toString(), side);
        QVERIFY(response.json.value(QStringLiteral("resources")).toArray().contains(QStringLiteral("orderUpdates")));
    }
}

void TestSimulator::pagingFollowsTheLinkHeader()
{
    const Response first = get(QStringLiteral("/erp/products"), QStringLiteral("page=1&pageSize=10"));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value(QStringLiteral("total")).toInt(), 25);
    QCOMPARE(first.json.value(QStringLiteral("page")).toInt(), 1);
    QCOMPARE(first.json.value(QStringLiteral("pageSize")).toInt(), 10);
    QCOMPARE(first.json.value(QStringLiteral("items")).toArray().size(), 10);

    QSet<QString> skus;
    QList<int> pageSizes;
    Response page = first;
    for (int guard = 0; guard < 10; ++guard) {
        QCOMPARE(page.status, 200);
        const QJsonArray items = page.json.value(QStringLiteral("items")).toArray();
        pageSizes.append(static_cast<int>(items.size()));
        for (const QJsonValue &item : items)
            skus.insert(item.toObject().value(QStringLiteral("sku")).toString());
        const QUrl next = nextLink(page.link);
        if (!next.isValid())
            break;
        QCOMPARE(next.host(), m_server->baseUrl().host());
        QCOMPARE(next.port(), static_cast<int>(m_server->port()));
        page = send(next);
    }
    QCOMPARE(pageSizes, (QList<int>{10, 10, 5}));
    QCOMPARE(skus.size(), 25);
    QVERIFY(skus.contains(SimulatorData::sku(0)));
    QVERIFY(skus.contains(SimulatorData::sku(24)));
    QVERIFY2(page.link.isEmpty(), page.link.constData());

    // When the total divides evenly, the last full page must not point past the end.
    QVERIFY(!get(QStringLiteral("/erp/products"), QStringLiteral("page=4&pageSize=5")).link.isEmpty());
    QVERIFY(get(QStringLiteral("/erp/products"), QStringLiteral("page=5&pageSize=5")).link.isEmpty());

    const Response beyond = get(QStringLiteral("/erp/products"), QStringLiteral("page=9&pageSize=10"));
    QCOMPARE(beyond.status, 200);
    QCOMPARE(beyond.json.value(QStringLiteral("items")).toArray().size(), 0);
    QCOMPARE(beyond.json.value(QStringLiteral("total")).toInt(), 25);
}

void TestSimulator::pagingRejectsBadParameters()
{
    for (const char *query : {"pageSize=0", "pageSize=1001", "page=0", "page=two", "modifiedSince=yesterday"}) {
        const Response response = get(QStringLiteral("/erp/products"), QString::fromLatin1(query));
        QVERIFY2(response.status == 400, query);
        QVERIFY2(!response.json.value(QStringLiteral("error")).toString().isEmpty(), query);
        QVERIFY2(!response.json.value(QStringLiteral("hint")).toString().isEmpty(), query);
    }
}

void TestSimulator::unknownPathsAnswerInJson()
{
    for (const char *path :
        {"/erp/widgets", "/crm/products", "/crm", "/erp/products/LW-99999/x", "/shop/products/none"}) {
        const Response response = get(QString::fromLatin1(path));
        QVERIFY2(response.status == 404, path);
        QVERIFY2(!response.json.value(QStringLiteral("error")).toString().isEmpty(), path);
    }
    const Response one = get(QStringLiteral("/erp/products/") + SimulatorData::sku(3));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json.value(QStringLiteral("sku")).toString(), SimulatorData::sku(3));
}

void TestSimulator::deleteRemovesOneRecord()
{
    const QString path = QStringLiteral("/shop/customers/");
    const QByteArray record = QByteArrayLiteral("[{\"customerNumber\":\"DEL-1\",\"name\":\"Gone soon\"}]");
    QCOMPARE(post(QStringLiteral("/shop/customers"), record).status, 200);
    const qint64 before = m_server->stats().resource(SimulatorSystem::Shop, DataPointKind::Customers).deletes;
    const Response removed = send(url(path + QStringLiteral("DEL-1")), "DELETE");
    QCOMPARE(removed.status, 200);
    QCOMPARE(removed.json.value(QStringLiteral("outcome")).toString(), QStringLiteral("deleted"));
    QCOMPARE(get(path + QStringLiteral("DEL-1")).status, 404);
    QCOMPARE(send(url(path + QStringLiteral("DEL-1")), "DELETE").status, 404);
    QCOMPARE(m_server->stats().resource(SimulatorSystem::Shop, DataPointKind::Customers).deletes, before + 1);
    // A deleted key can come back as a new record with a new id.
    QCOMPARE(post(QStringLiteral("/shop/customers"), record).json.value(QStringLiteral("created")).toInt(), 1);
    // Only single records are deleted; a resource as a whole is not.
    QCOMPARE(send(url(QStringLiteral("/shop/customers")), "DELETE").status, 405);
    QCOMPARE(send(url(path + QStringLiteral("DEL-1")), "PUT", record).status, 405);

    // A key with a slash is one segment, sent as %2F: it was decoded before the path was split,
    // so the record could be made but never read or deleted (404 "no such path").
    QCOMPARE(post(QStringLiteral("/shop/customers"), R"([{"customerNumber":"DEL/2","name":"Slash"}])").status, 200);
    QUrl slashed = m_server->baseUrl();
    slashed.setPath(path + QStringLiteral("DEL%2F2"), QUrl::TolerantMode);
    QCOMPARE(send(slashed, "GET").json.value(QStringLiteral("name")).toString(), QStringLiteral("Slash"));
    QCOMPARE(send(slashed, "DELETE").status, 200);
    QCOMPARE(send(slashed, "GET").status, 404);
}

void TestSimulator::modifiedSinceFiltersGeneratedRecords()
{
    const QList<QJsonObject> customers =
        SimulatorData(smallOptions()).records(SimulatorSystem::Erp, DataPointKind::Customers);
    QStringList stamps;
    for (const QJsonObject &customer : customers)
        stamps.append(customer.value(QStringLiteral("modifiedAt")).toString());
    std::sort(stamps.begin(), stamps.end());
    const QString cutoff = stamps.at(stamps.size() / 2);
    const auto expected =
        std::count_if(stamps.cbegin(), stamps.cend(), [&cutoff](const QString &s) { return s >= cutoff; });
    QVERIFY(expected > 0 && expected < stamps.size());

    const Response response =
        get(QStringLiteral("/erp/customers"), QStringLiteral("pageSize=1000&modifiedSince=") + cutoff);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.value(QStringLiteral("total")).toInt(), static_cast<int>(expected));
    const QJsonArray items = response.json.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), expected);
    for (const QJsonValue &item : items)
        QVERIFY(item.toObject().value(QStringLiteral("modifiedAt")).toString() >= cutoff);

    // The same moment with an explicit offset, the '+' percent-encoded as a client must.
    const QString offset = cutoff.left(10) + QStringLiteral("T")
        + QString::number(cutoff.mid(11, 2).toInt() + 1).rightJustified(2, u'0') + cutoff.mid(13, 10)
        + QStringLiteral("%2B01:00");
    if (cutoff.mid(11, 2).toInt() < 23) {
        const Response shifted =
            get(QStringLiteral("/erp/customers"), QStringLiteral("pageSize=1000&modifiedSince=") + offset);
        QCOMPARE(shifted.json.value(QStringLiteral("total")).toInt(), static_cast<int>(expected));
    }
}

void TestSimulator::modifiedSinceFindsUpserts()
{
    // A fixed clock far after the generated data makes the upsert the only newer record.
    const qint64 later = SimulatorData::AnchorMsecs + 400LL * 24 * 60 * 60 * 1000;
    m_server->store().setClock([later] { return later; });
    const QString watermark = SimulatorSchema::timestamp(later);

    const Response before = get(QStringLiteral("/erp/stock"), QStringLiteral("modifiedSince=") + watermark);
    QCOMPARE(before.json.value(QStringLiteral("total")).toInt(), 0);

    const QByteArray change = R"([{"sku":"LW-00004","available":0,"warehouses":[]}])";
    const Response posted = post(QStringLiteral("/erp/stock"), change);
    QCOMPARE(posted.status, 200);
    QCOMPARE(posted.json.value(QStringLiteral("updated")).toInt(), 1);

    const Response after = get(QStringLiteral("/erp/stock"), QStringLiteral("modifiedSince=") + watermark);
    QCOMPARE(after.json.value(QStringLiteral("total")).toInt(), 1);
    const QJsonObject record = after.json.value(QStringLiteral("items")).toArray().at(0).toObject();
    QCOMPARE(record.value(QStringLiteral("sku")).toString(), QStringLiteral("LW-00004"));
    QCOMPARE(record.value(QStringLiteral("modifiedAt")).toString(), watermark);
}

void TestSimulator::postUpsertsWithoutDuplicates()
{
    const QString path = QStringLiteral("/shop/customers");
    QCOMPARE(get(path).json.value(QStringLiteral("total")).toInt(), 0);

    const Response created = post(path, R"([{"customerNumber":"C20001","name":"Holm Design ApS"}])");
    QCOMPARE(created.status, 200);
    QCOMPARE(created.json.value(QStringLiteral("created")).toInt(), 1);
    QCOMPARE(created.json.value(QStringLiteral("updated")).toInt(), 0);
    const qint64 id = created.json.value(QStringLiteral("results"))
                          .toArray()
                          .at(0)
                          .toObject()
                          .value(QStringLiteral("id"))
                          .toInteger();

    const Response updated = post(path, R"({"customerNumber":"C20001","name":"Holm Design A/S"})");
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json.value(QStringLiteral("created")).toInt(), 0);
    QCOMPARE(updated.json.value(QStringLiteral("updated")).toInt(), 1);
    QCOMPARE(updated.json.value(QStringLiteral("results"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toInteger(),
        id);

    const Response again = post(path, R"([{"customerNumber":"C20001","name":"Holm Design A/S"}])");
    QCOMPARE(again.json.value(QStringLiteral("unchanged")).toInt(), 1);
    QCOMPARE(again.json.value(QStringLiteral("updated")).toInt(), 0);

    const Response listed = get(path);
    QCOMPARE(listed.json.value(QStringLiteral("total")).toInt(), 1);
    QCOMPARE(
        listed.json.value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("Holm Design A/S"));
}

void TestSimulator::postMergesFields()
{
    const QString path = QStringLiteral("/shop/products");
    QCOMPARE(post(path, R"([{"sku":"LW-00002","name":"Desk","seoTitle":"Best desk"}])").status, 200);
    QCOMPARE(post(path, R"([{"sku":"LW-00002","name":"Desk, oak"}])").status, 200);
    const Response one = get(path + QStringLiteral("/LW-00002"));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json.value(QStringLiteral("name")).toString(), QStringLiteral("Desk, oak"));
    QCOMPARE(one.json.value(QStringLiteral("seoTitle")).toString(), QStringLiteral("Best desk"));

    // A mapping to seo.title sends {"seo":{"title":...}}: the whole "seo" replaced the stored
    // one, and the shop's own keywords beside the title were gone.
    QCOMPARE(post(path, R"([{"sku":"LW-00002","seo":{"title":"Desk","keywords":"oak, desk","og":{"image":"a.png"}}}])")
                 .status,
        200);
    const Response merged =
        post(path, R"([{"sku":"LW-00002","seo": {"title": "Oak desk", "og": {"type": "product"}}}])");
    QCOMPARE(merged.json.value(QStringLiteral("updated")).toInt(), 1);
    const QJsonObject seo = get(path + QStringLiteral("/LW-00002")).json.value(QStringLiteral("seo")).toObject();
    QCOMPARE(seo.value(QStringLiteral("title")).toString(), QStringLiteral("Oak desk"));
    QCOMPARE(seo.value(QStringLiteral("keywords")).toString(), QStringLiteral("oak, desk"));
    QCOMPARE(seo.value(QStringLiteral("og")).toObject(),
        QJsonObject(
            {{QStringLiteral("image"), QStringLiteral("a.png")}, {QStringLiteral("type"), QStringLiteral("product")}}));
    // Sent again, nothing changes; a value that is no object replaces one.
    const Response again = post(path, R"([{"sku":"LW-00002","seo":{"title":"Oak desk"}}])");
    QCOMPARE(again.json.value(QStringLiteral("unchanged")).toInt(), 1);
    QCOMPARE(post(path, R"([{"sku":"LW-00002","seo":null}])").json.value(QStringLiteral("updated")).toInt(), 1);
    QVERIFY(get(path + QStringLiteral("/LW-00002")).json.value(QStringLiteral("seo")).isNull());
}

void TestSimulator::postRejectsBadBodiesAtomically()
{
    const QString path = QStringLiteral("/shop/orders");
    const int before = get(path).json.value(QStringLiteral("total")).toInt();
    QCOMPARE(before, 12);

    const QList<QByteArray> bodies{
        "",
        "[{\"orderNumber\":",
        "42",
        R"([{"orderNumber":"WEB-900001"},"not a record"])",
        R"([{"orderNumber":"WEB-900002"},{"orderNumber":""}])",
        R"([{"orderNumber":"WEB-900003"},{"number":"WEB-900004"}])",
    };
    for (const QByteArray &body : bodies) {
        const Response response = post(path, body);
        QVERIFY2(response.status == 400, body.constData());
        QVERIFY2(!response.json.value(QStringLiteral("error")).toString().isEmpty(), body.constData());
        QVERIFY2(!response.json.value(QStringLiteral("hint")).toString().isEmpty(), body.constData());
    }
    QCOMPARE(get(path).json.value(QStringLiteral("total")).toInt(), before);
}

void TestSimulator::tokenIsEnforcedWhenSet()
{
    SimulatorServer guarded(smallOptions());
    guarded.setToken(QStringLiteral("s3cret"));
    QVERIFY(guarded.listen(QHostAddress(QHostAddress::LocalHost), 0).has_value());
    QUrl products = guarded.baseUrl();
    products.setPath(QStringLiteral("/erp/products"));
    QUrl health = guarded.baseUrl();
    health.setPath(QStringLiteral("/health"));

    QCOMPARE(send(products).status, 401);
    QCOMPARE(send(products, "GET", {}, "Bearer wrong").status, 401);
    QCOMPARE(send(products, "GET", {}, "Basic czNjcmV0").status, 401);
    QCOMPARE(send(products, "GET", {}, "Bearer s3cret").status, 200);
    QCOMPARE(send(health).status, 200);

    // Without a token any credentials pass, so the demo needs no set-up.
    QCOMPARE(send(url(QStringLiteral("/erp/products")), "GET", {}, "Bearer anything").status, 200);
}

void TestSimulator::listenReportsATakenPort()
{
    SimulatorServer second(smallOptions());
    const Result<quint16> port = second.listen(QHostAddress(QHostAddress::LocalHost), m_server->port());
    QVERIFY(!port.has_value());
    QCOMPARE(port.error().code, ErrorCode::Network);
    QVERIFY(port.error().where.contains(QString::number(m_server->port())));
    QVERIFY(!port.error().message.isEmpty());
    QVERIFY(!port.error().hint.isEmpty());
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"

#include "../testdata.h"
#include "project/projectfile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace Linkwright;

namespace {

/// path: message of each diagnostic whose message contains part, in the order reported.
QStringList findings(const Diagnostics &diagnostics, const QString &part)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics) {
        if (d.message.contains(part))
            out.append(d.toString());
    }
    return out;
}

/// The minimal valid project with the members of the object at path (dotted, such as
/// "endpoints.erp") replaced by those of members; the object is created where it is missing.
QByteArray edited(const QString &path, const QJsonObject &members)
{
    const std::function<QJsonObject(QJsonObject, QStringList)> edit = [&](QJsonObject object, QStringList keys) {
        if (keys.isEmpty()) {
            for (auto it = members.begin(); it != members.end(); ++it)
                object.insert(it.key(), it.value());
            return object;
        }
        const QString first = keys.takeFirst();
        object.insert(first, edit(object.value(first).toObject(), keys));
        return object;
    };
    const QJsonObject root =
        QJsonDocument::fromJson(TestData::readAll(TestData::dir() + QStringLiteral("/valid/minimal-valid.json")))
            .object();
    return QJsonDocument(edit(root, path.split(u'.'))).toJson();
}

QByteArray withErp(const QJsonObject &erp)
{
    return edited(QStringLiteral("endpoints.erp"), erp);
}

QString everything(const Diagnostics &diagnostics)
{
    QString text;
    for (const Diagnostic &d : diagnostics)
        text += d.toString() + u'\n' + d.hint + u'\n';
    return text;
}

} // namespace

/// The checks of a project file that guard against what a reader of JSON lets through silently:
/// repeated keys, credentials written into URLs or header names, resources on another host.
class TestProjectFileChecks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void duplicateKeysAreErrorsAtAnyDepth();
    void credentialsInTheBaseUrlAreErrors_data();
    void credentialsInTheBaseUrlAreErrors();
    void urlThatIsNoWebUrlIsShownRedacted();
    void aBadUrlSaysWhatIsWrong();
    void apiKeyHeaderMustBeAName_data();
    void apiKeyHeaderMustBeAName();
    void resourceMustStayBelowTheBaseUrl_data();
    void resourceMustStayBelowTheBaseUrl();
    void conflictPolicyOfAOneWayDataPointWarns_data();
    void conflictPolicyOfAOneWayDataPointWarns();
};

void TestProjectFileChecks::duplicateKeysAreErrorsAtAnyDepth()
{
    // The second "products" is written escaped: QJsonDocument takes it for the same key.
    const QByteArray json = R"({
  "formatVersion": 1,
  "name": "a", "name": "b", "name": "c",
  "endpoints": {
    "erp": {"baseUrl": "https://erp.example.com/"},
    "shop": {"baseUrl": "https://shop.example.com/"}
  },
  "dataPoints": {
    "products": {"direction": "erp-to-shop", "keyField": "sku", "mappings": [
      {"target": "sku", "source": "sku"},
      {"target": "name", "source": "name", "transforms": [{"op": "trim", "op": "upper"}]}
    ]},
    "product\u0073": {"direction": "off"}
  },
  "roi": {"scenarios": [{"name": "x", "areas": [{"name": "y", "name": "z"}]}]}
})";
    const auto loaded = ProjectFile::parse(json);
    QVERIFY(!loaded.has_value());
    QCOMPARE(findings(loaded.error(), QStringLiteral(" appears ")),
        (QStringList{QStringLiteral("name: the key \"name\" appears 3 times in this object"),
            QStringLiteral("dataPoints.products.mappings[1].transforms[0].op: the key \"op\" appears twice in this "
                           "object"),
            QStringLiteral("dataPoints.products: the key \"products\" appears twice in this object"),
            QStringLiteral("roi.scenarios[0].areas[0].name: the key \"name\" appears twice in this object")}));
    for (const Diagnostic &d : loaded.error()) {
        if (d.message.contains(QStringLiteral(" appears "))) {
            QCOMPARE(d.severity, Diagnostic::Severity::Error);
            QVERIFY2(d.hint.contains(QStringLiteral("merge")), qPrintable(d.hint));
        }
    }

    // As deep as QJsonDocument reads (1024 levels).
    const QByteArray deep =
        "{\"formatVersion\": 1, \"x\": " + QByteArray(1000, '[') + R"({"a": 1, "a": 2})" + QByteArray(1000, ']') + "}";
    const auto deepLoaded = ProjectFile::parse(deep);
    QVERIFY(!deepLoaded.has_value());
    QString deepPath = QStringLiteral("x");
    for (int i = 0; i < 1000; ++i)
        deepPath += QStringLiteral("[0]");
    QCOMPARE(findings(deepLoaded.error(), QStringLiteral(" appears ")),
        QStringList{deepPath + QStringLiteral(".a: the key \"a\" appears twice in this object")});

    // The same key in different objects is no repetition.
    const auto valid = ProjectFile::load(TestData::dir() + QStringLiteral("/valid/minimal-valid.json"));
    QVERIFY(valid.has_value());
}

void TestProjectFileChecks::credentialsInTheBaseUrlAreErrors_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("messages"); // empty: the URL is fine
    const QString userInfo = QStringLiteral(
        "endpoints.erp.baseUrl: the URL holds credentials (\"user:password@\"), which must not be written into the "
        "project file");
    const auto query = [](const char *name) {
        return QStringLiteral("endpoints.erp.baseUrl: the URL parameter \"%1\" holds a credential, which must not "
                              "be written into the project file")
            .arg(QLatin1StringView(name));
    };
    QTest::newRow("user and password") << QStringLiteral("http://admin:hunter2@127.0.0.1:47911/erp/")
                                       << QStringList{userInfo};
    QTest::newRow("user alone") << QStringLiteral("https://admin@erp.example.com/api/") << QStringList{userInfo};
    QTest::newRow("api_key") << QStringLiteral("https://erp.example.com/api/?api_key=sk_live_12345")
                             << QStringList{query("api_key")};
    QTest::newRow("any case, among others")
        << QStringLiteral("https://erp.example.com/api/?page=1&Access_Token=hunter2&x=2;sig=abcd1234")
        << QStringList{query("Access_Token"), query("sig")};
    QTest::newRow("percent-encoded name")
        << QStringLiteral("https://erp.example.com/api/?pass%77ord=hunter2") << QStringList{query("password")};
    QTest::newRow("both") << QStringLiteral("https://u:hunter2@erp.example.com/api/?secret=hunter2")
                          << QStringList{userInfo, query("secret")};
    QTest::newRow("ordinary query") << QStringLiteral("https://erp.example.com/api/?api-version=2&keys=a,b")
                                    << QStringList{};
    QTest::newRow("empty value") << QStringLiteral("https://erp.example.com/api/?token=") << QStringList{};
}

void TestProjectFileChecks::credentialsInTheBaseUrlAreErrors()
{
    QFETCH(QString, url);
    QFETCH(QStringList, messages);
    const auto loaded = ProjectFile::parse(withErp({{QStringLiteral("baseUrl"), url}}));
    if (messages.isEmpty()) {
        QVERIFY2(loaded.has_value(), loaded ? "" : qPrintable(everything(loaded.error())));
        QCOMPARE(loaded->project.erp.baseUrl.toString(), url);
        return;
    }
    QVERIFY(!loaded.has_value());
    QCOMPARE(findings(loaded.error(), QStringLiteral("must not be written")), messages);
    for (const Diagnostic &d : loaded.error()) {
        QVERIFY2(d.hint.contains(QStringLiteral("{\"env\": \"VARIABLE\"}")), qPrintable(d.hint));
        QVERIFY2(d.hint.contains(QStringLiteral("{\"keychain\": \"name\"}")), qPrintable(d.hint));
    }
    const QString text = everything(loaded.error());
    for (const char *secret : {"hunter2", "sk_live", "abcd1234"})
        QVERIFY2(!text.contains(QLatin1StringView(secret)), qPrintable(text));
}

void TestProjectFileChecks::urlThatIsNoWebUrlIsShownRedacted()
{
    const auto loaded = ProjectFile::parse(
        withErp({{QStringLiteral("baseUrl"), QStringLiteral("ftp://admin:hunter2@erp.example.com/?token=sk_live_1")}}));
    QVERIFY(!loaded.has_value());
    QCOMPARE(findings(loaded.error(), QStringLiteral("is not an http or https URL")),
        QStringList{QStringLiteral(
            "endpoints.erp.baseUrl: \"ftp://***@erp.example.com/?token=***\" is not an http or https URL")});
}

void TestProjectFileChecks::aBadUrlSaysWhatIsWrong()
{
    const auto reason = [](const QString &url) {
        const auto loaded = ProjectFile::parse(withErp({{QStringLiteral("baseUrl"), url}}));
        return loaded ? QString() : findings(loaded.error(), QStringLiteral("is not an http or https URL")).join(u'|');
    };
    QVERIFY2(reason(QStringLiteral("http://127.0.0.1:481000/erp/"))
                 .endsWith(QStringLiteral("its port is not a number from 1 to 65535")),
        qPrintable(reason(QStringLiteral("http://127.0.0.1:481000/erp/"))));
    QVERIFY2(
        reason(QStringLiteral("http://127.0.0.1:48100/erp/ ")).endsWith(QStringLiteral("a space at its start or end")),
        qPrintable(reason(QStringLiteral("http://127.0.0.1:48100/erp/ "))));
    QVERIFY2(reason(QStringLiteral("http://erp example.com/")).endsWith(QStringLiteral("it has a space in it")),
        qPrintable(reason(QStringLiteral("http://erp example.com/"))));
    QVERIFY2(reason(QStringLiteral("erp.example.com/api/"))
                 .endsWith(QStringLiteral("does not begin with http:// or https://")),
        qPrintable(reason(QStringLiteral("erp.example.com/api/"))));
    QCOMPARE(reason(QStringLiteral("https://erp.example.com:8443/api/")), QString());
}

void TestProjectFileChecks::apiKeyHeaderMustBeAName_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<bool>("valid");
    QTest::newRow("name and key") << QStringLiteral("X-Api-Key: sk_live_12345") << false;
    QTest::newRow("key after a space") << QStringLiteral("X-Api-Key sk_live_12345") << false;
    QTest::newRow("line break") << QStringLiteral("X-Api-Key\r\nX-Other: sk_live_12345") << false;
    QTest::newRow("separator") << QStringLiteral("X-Api-Key(sk_live_12345)") << false;
    QTest::newRow("not ASCII") << QStringLiteral("X-Schl\u00fcssel") << false;
    QTest::newRow("plain") << QStringLiteral("X-Api-Key") << true;
    QTest::newRow("every token character") << QStringLiteral("!#$%&'*+-.^_`|~09azAZ") << true;
    QTest::newRow("blanks around, as the window trims") << QStringLiteral(" X-Shop-Key ") << true;
    QTest::newRow("empty: the default name") << QString() << true;
}

void TestProjectFileChecks::apiKeyHeaderMustBeAName()
{
    QFETCH(QString, header);
    QFETCH(bool, valid);
    const QJsonObject auth{{QStringLiteral("type"), QStringLiteral("api-key")}, {QStringLiteral("header"), header},
        {QStringLiteral("key"), QJsonObject{{QStringLiteral("env"), QStringLiteral("ERP_KEY")}}}};
    const auto loaded = ProjectFile::parse(withErp({{QStringLiteral("auth"), auth}}));
    if (valid) {
        QVERIFY2(loaded.has_value(), loaded ? "" : qPrintable(everything(loaded.error())));
        QCOMPARE(loaded->project.erp.auth.header, header);
        return;
    }
    QVERIFY(!loaded.has_value());
    QCOMPARE(loaded.error().size(), 1);
    const Diagnostic &error = loaded.error().constFirst();
    QCOMPARE(error.path, QStringLiteral("endpoints.erp.auth.header"));
    QVERIFY2(error.message.startsWith(QStringLiteral("is not an HTTP header name")), qPrintable(error.message));
    QVERIFY2(error.hint.contains(QStringLiteral("{\"env\": \"VARIABLE\"} or {\"keychain\": \"name\"}")),
        qPrintable(error.hint));
    QVERIFY2(!everything(loaded.error()).contains(QStringLiteral("sk_live")), qPrintable(everything(loaded.error())));
}

void TestProjectFileChecks::resourceMustStayBelowTheBaseUrl_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("message"); // empty: the resource is fine
    const auto elsewhere = [](const char *shown) {
        return QStringLiteral("endpoints.erp.resources.products: \"%1\" is not a path below the base URL: it names a "
                              "scheme or a host, and the endpoint's credentials would be sent there")
            .arg(QLatin1StringView(shown));
    };
    QTest::newRow("another host") << QStringLiteral("http://127.0.0.1:47912/stolen")
                                  << elsewhere("http://127.0.0.1:47912/stolen");
    QTest::newRow("no scheme") << QStringLiteral("//127.0.0.1:47912/stolen") << elsewhere("//127.0.0.1:47912/stolen");
    QTest::newRow("after a slash") << QStringLiteral("/https://evil.example/x") << elsewhere("/https://evil.example/x");
    QTest::newRow("scheme alone") << QStringLiteral("items:batchGet") << elsewhere("items:batchGet");
    QTest::newRow("shown redacted") << QStringLiteral("https://u:hunter2@evil.example/?token=sk_live_1")
                                    << elsewhere("https://***@evil.example/?token=***");
    QTest::newRow("key in the query")
        << QStringLiteral("products?api_key=sk_live_1")
        << QStringLiteral("endpoints.erp.resources.products: the URL parameter \"api_key\" holds a credential, "
                          "which must not be written into the project file");
    QTest::newRow("path") << QStringLiteral("catalog/items") << QString();
    QTest::newRow("leading slash") << QStringLiteral("/catalog/items") << QString();
    QTest::newRow("above the base path, same host") << QStringLiteral("../v1/items") << QString();
    QTest::newRow("ordinary query") << QStringLiteral("items?status=publish") << QString();
    QTest::newRow("colon after a slash") << QStringLiteral("v1/items:batchGet") << QString();
}

void TestProjectFileChecks::resourceMustStayBelowTheBaseUrl()
{
    QFETCH(QString, resource);
    QFETCH(QString, message);
    const auto loaded = ProjectFile::parse(
        withErp({{QStringLiteral("resources"), QJsonObject{{QStringLiteral("products"), resource}}}}));
    if (message.isEmpty()) {
        QVERIFY2(loaded.has_value(), loaded ? "" : qPrintable(everything(loaded.error())));
        QCOMPARE(loaded->project.erp.resources.value(QStringLiteral("products")), resource);
        return;
    }
    QVERIFY(!loaded.has_value());
    QCOMPARE(loaded.error().size(), 1);
    QCOMPARE(loaded.error().constFirst().toString(), message);
    if (message.contains(QStringLiteral("scheme or a host")))
        QCOMPARE(
            loaded.error().constFirst().hint, QStringLiteral("Give the path below baseUrl, such as \"products\"."));
    QVERIFY2(!everything(loaded.error()).contains(QStringLiteral("hunter2")), qPrintable(everything(loaded.error())));
    QVERIFY2(!everything(loaded.error()).contains(QStringLiteral("sk_live")), qPrintable(everything(loaded.error())));
}

void TestProjectFileChecks::conflictPolicyOfAOneWayDataPointWarns_data()
{
    QTest::addColumn<QString>("direction");
    QTest::addColumn<QJsonObject>("conflict");
    QTest::addColumn<bool>("warns");
    const QJsonObject review{{QStringLiteral("default"), QStringLiteral("review")}};
    const QJsonObject fields{{QStringLiteral("default"), QStringLiteral("newest-wins")},
        {QStringLiteral("fields"), QJsonObject{{QStringLiteral("status"), QStringLiteral("review")}}}};
    QTest::newRow("review, shop-to-erp") << QStringLiteral("shop-to-erp") << review << true;
    QTest::newRow("review, erp-to-shop") << QStringLiteral("erp-to-shop") << review << true;
    QTest::newRow("fields, shop-to-erp") << QStringLiteral("shop-to-erp") << fields << true;
    QTest::newRow("both") << QStringLiteral("both") << fields << false;
    QTest::newRow("off") << QStringLiteral("off") << review << false;
    QTest::newRow("no policy") << QStringLiteral("shop-to-erp") << QJsonObject() << false;
}

void TestProjectFileChecks::conflictPolicyOfAOneWayDataPointWarns()
{
    QFETCH(QString, direction);
    QFETCH(QJsonObject, conflict);
    QFETCH(bool, warns);
    QJsonObject orders{{QStringLiteral("direction"), direction}};
    if (!conflict.isEmpty())
        orders.insert(QStringLiteral("conflict"), conflict);
    const auto loaded = ProjectFile::parse(edited(QStringLiteral("dataPoints.orders"), orders));
    QVERIFY2(loaded.has_value(), loaded ? "" : qPrintable(everything(loaded.error())));
    const QStringList found = findings(loaded->warnings, QStringLiteral("conflict policy"));
    if (!warns) {
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    } else {
        QCOMPARE(found,
            QStringList{QStringLiteral("dataPoints.orders.conflict: the conflict policy only applies to direction "
                                       "\"both\" and is ignored for %1")
                            .arg(direction)});
        QVERIFY(std::ranges::all_of(loaded->warnings, [](const Diagnostic &d) {
            return !d.path.endsWith(QStringLiteral(".conflict")) || d.hint.contains(QStringLiteral("review"));
        }));
    }
    // Saved and read again, the file says the same, and so does the warning.
    const QByteArray saved = ProjectFile::serialize(loaded->project);
    const QJsonObject savedOrders = QJsonDocument::fromJson(saved)
                                        .object()
                                        .value(QStringLiteral("dataPoints"))
                                        .toObject()
                                        .value(QStringLiteral("orders"))
                                        .toObject();
    QCOMPARE(savedOrders.value(QStringLiteral("conflict")).toObject(), conflict);
    const auto reloaded = ProjectFile::parse(saved);
    QVERIFY(reloaded.has_value());
    QVERIFY(reloaded->project == loaded->project);
    QCOMPARE(reloaded->warnings, loaded->warnings);
}

QTEST_GUILESS_MAIN(TestProjectFileChecks)
#include "tst_projectfilechecks.moc"

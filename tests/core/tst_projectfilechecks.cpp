#include "../testdata.h"
#include "project/projectfile.h"

#include <QTest>

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

} // namespace

/// The checks of a project file that guard against what a reader of JSON lets through silently:
/// repeated keys, credentials written into URLs or header names, resources on another host.
class TestProjectFileChecks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void duplicateKeysAreErrorsAtAnyDepth();
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

QTEST_GUILESS_MAIN(TestProjectFileChecks)
#include "tst_projectfilechecks.moc"

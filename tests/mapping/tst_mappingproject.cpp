#include "mapping/mappingengine.h"
#include "mappingtesthelpers.h"
#include "project/demoproject.h"
#include "project/projectfile.h"

#include <QTest>

using namespace Linkwright;
using namespace Linkwright::Testing;

class TestMappingProject final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typeIsReadAndWrittenBack();
    void everyTypeRoundTrips();
    void unknownTypeIsRefusedWithASuggestion();
    void typeMustBeText();
    void loadedMappingsCompileAndMap();
    void demoProjectMappingsCompile();
    void aNumberADoubleCannotHoldIsAnError();
    void aFactorThatIsNotANumberSaysWhy();
};

namespace {

QByteArray project(const QByteArray &mappings)
{
    return QByteArray(R"({
  "formatVersion": 1,
  "name": "Types",
  "endpoints": {
    "erp": {"type": "rest", "baseUrl": "https://erp.example.com/api/"},
    "shop": {"type": "rest", "baseUrl": "https://shop.example.com/api/"}
  },
  "dataPoints": {
    "products": {
      "direction": "erp-to-shop",
      "keyField": "sku",
      "mappings": )")
        + mappings + QByteArray(R"(
    }
  }
})");
}

QString format(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString() + (d.hint.isEmpty() ? QString() : QStringLiteral(" | ") + d.hint));
    return lines.join(u'\n');
}

} // namespace

void TestMappingProject::typeIsReadAndWrittenBack()
{
    const auto loaded = ProjectFile::parse(project(R"([
        {"target": "sku", "source": "sku", "type": "string", "required": true},
        {"target": "price", "source": "listPrice", "type": "decimal",
         "transforms": [{"op": "convert", "factor": "1.19", "decimals": 2}]},
        {"target": "name", "source": "name"}])"));
    QVERIFY2(loaded, loaded ? "" : qPrintable(format(loaded.error())));
    const QList<FieldMapping> &mappings = loaded->project.dataPoint(DataPointKind::Products)->mappings;
    QCOMPARE(mappings.size(), 3);
    QCOMPARE(mappings.at(0).type, FieldType::String);
    QCOMPARE(mappings.at(1).type, FieldType::Decimal);
    QCOMPARE(mappings.at(2).type, FieldType::Any);

    const QByteArray saved = ProjectFile::serialize(loaded->project);
    QVERIFY(saved.contains(R"("type": "string")"));
    QVERIFY(saved.contains(R"("type": "decimal")"));
    QCOMPARE(saved.count(R"("type": ")"), 2 + 2); // the two mappings and the two endpoints
    const auto again = ProjectFile::parse(saved);
    QVERIFY2(again, again ? "" : qPrintable(format(again.error())));
    QVERIFY(again->project == loaded->project);
    QCOMPARE(ProjectFile::serialize(again->project), saved);
}

void TestMappingProject::everyTypeRoundTrips()
{
    Project p = demoProject();
    DataPointConfig *products = p.dataPoint(DataPointKind::Products);
    products->mappings.clear();
    for (FieldType type : FieldTypes::all()) {
        FieldMapping mapping{FieldTypes::key(type) + QStringLiteral("Field"), {QStringLiteral("x")}, {}, false};
        mapping.type = type;
        products->mappings.append(mapping);
    }
    QCOMPARE(products->mappings.size(), 9);
    const auto loaded = ProjectFile::parse(ProjectFile::serialize(p));
    QVERIFY2(loaded, loaded ? "" : qPrintable(format(loaded.error())));
    QVERIFY(loaded->project == p);
    for (FieldType type : FieldTypes::all())
        QCOMPARE(FieldTypes::fromKey(FieldTypes::key(type)), std::optional<FieldType>(type));
    // "any" is the default and is not written.
    QVERIFY(!ProjectFile::serialize(p).contains(R"("type": "any")"));
}

void TestMappingProject::unknownTypeIsRefusedWithASuggestion()
{
    const auto loaded = ProjectFile::parse(project(R"([{"target": "price", "source": "p", "type": "decimals"}])"));
    QVERIFY(!loaded);
    QCOMPARE(format(loaded.error()),
        QStringLiteral("dataPoints.products.mappings[0].type: \"decimals\" is not one of string, integer, decimal, "
                       "boolean, date, datetime, object, array, any | Did you mean \"decimal\"?"));
}

void TestMappingProject::typeMustBeText()
{
    const auto loaded = ProjectFile::parse(project(R"([{"target": "price", "source": "p", "type": 2}])"));
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().size(), 1);
    QCOMPARE(loaded.error().first().path, QStringLiteral("dataPoints.products.mappings[0].type"));
}

void TestMappingProject::loadedMappingsCompileAndMap()
{
    const auto loaded = ProjectFile::parse(project(R"([
        {"target": "sku", "source": "sku", "type": "string", "required": true},
        {"target": "price", "source": "listPrice", "type": "decimal",
         "transforms": [{"op": "convert", "factor": 1.19, "decimals": 2}]},
        {"target": "updated", "source": "modifiedAt", "type": "date",
         "transforms": [{"op": "date", "from": "iso", "to": "yyyy-MM-dd"}]}])"));
    QVERIFY2(loaded, loaded ? "" : qPrintable(format(loaded.error())));
    const auto engine = MappingEngine::compile(*loaded->project.dataPoint(DataPointKind::Products));
    QVERIFY2(engine, engine ? "" : qPrintable(engine.error().toString()));
    QCOMPARE(mapped(*engine, json(R"({"sku":1001,"listPrice":"19.90","modifiedAt":"2026-02-14T09:30:00.000Z"})")),
        QByteArray(R"({"sku":"1001","price":23.68,"updated":"2026-02-14"})"));

    // What the reader accepts but the engine cannot use is reported before any record is mapped.
    const auto badFormat = ProjectFile::parse(project(R"([{"target": "d", "source": "d",
        "transforms": [{"op": "date", "from": "YYYY-MM-DD", "to": "iso"}]}])"));
    QVERIFY(badFormat);
    const auto refused = MappingEngine::compile(*badFormat->project.dataPoint(DataPointKind::Products));
    QVERIFY(!refused);
    QCOMPARE(refused.error().toString(),
        QStringLiteral("dataPoints.products.mappings[0].transforms[0]: \"from\": \"Y\" is not a date field in "
                       "\"YYYY-MM-DD\"\n  hint: Use \"iso\", \"epoch\", \"epoch-ms\" or a Qt format: yyyy year, MM "
                       "month, dd day, HH hour, mm minute, ss second, zzz milliseconds, literal text in single "
                       "quotes, such as \"dd.MM.yyyy HH:mm\"."));
}

void TestMappingProject::demoProjectMappingsCompile()
{
    for (const DataPointConfig &config : demoProject().dataPoints) {
        const auto engine = MappingEngine::compile(config);
        QVERIFY2(engine, engine ? "" : qPrintable(engine.error().toString()));
        QCOMPARE(engine->mappingCount(), config.mappings.size());
    }
}

void TestMappingProject::aNumberADoubleCannotHoldIsAnError()
{
    // Read as a double, the constant would become 12345678901234567000 without a word.
    const auto loaded = ProjectFile::parse(project(R"([{"target": "id", "source": "id",
        "transforms": [{"op": "constant", "value": 12345678901234567891}]},
        {"target": "price", "source": "p", "transforms": [{"op": "convert", "factor": 7.4604382736482736}]}])"));
    QVERIFY(!loaded);
    QCOMPARE(format(loaded.error()),
        QStringLiteral("dataPoints.products.mappings[0].transforms[0].value: the number 12345678901234567891 has more "
                       "digits than can be kept exactly | Write it as text, in quotes (\"12345678901234567891\"): "
                       "transform arguments such as factors, constants and lookup values keep every digit of text.\n"
                       "dataPoints.products.mappings[1].transforms[0].factor: the number 7.4604382736482736 has more "
                       "digits than can be kept exactly | Write it as text, in quotes (\"7.4604382736482736\"): "
                       "transform arguments such as factors, constants and lookup values keep every digit of text."));
    // Nor more digits than even the engine computes with (38).
    const auto huge = ProjectFile::parse(project(R"([{"target": "id", "source": "id",
        "transforms": [{"op": "constant", "value": 123456789012345678901234567890123456789}]}])"));
    QVERIFY(!huge);
    QVERIFY2(format(huge.error())
                 .startsWith(QStringLiteral("dataPoints.products.mappings[0].transforms[0].value: the "
                                            "number 123456789012345678901234567890123456789 has")),
        qPrintable(format(huge.error())));
    // What a double holds is fine, however it is written.
    QVERIFY(ProjectFile::parse(project(R"([{"target": "price", "source": "p",
        "transforms": [{"op": "convert", "factor": 1.190, "decimals": 2}, {"op": "scale", "factor": 1e3}]}])")));
}

void TestMappingProject::aFactorThatIsNotANumberSaysWhy()
{
    const auto comma = ProjectFile::parse(project(R"([{"target": "price", "source": "p",
        "transforms": [{"op": "convert", "factor": "7,46"}]}])"));
    QVERIFY(!comma);
    QCOMPARE(format(comma.error()),
        QStringLiteral("dataPoints.products.mappings[0].transforms[0].factor: \"7,46\" is not a number | Write it "
                       "with a point as the decimal separator and no thousands separator, such as \"7.46\"; in "
                       "quotes every digit is kept."));
    // Text the engine reads as a number is accepted, exponent and all.
    QVERIFY(ProjectFile::parse(project(R"([{"target": "price", "source": "p",
        "transforms": [{"op": "convert", "factor": "1e2"}]}])")));
}

QTEST_GUILESS_MAIN(TestMappingProject)
#include "tst_mappingproject.moc"

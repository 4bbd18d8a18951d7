// bench_mapping: the mapping engine on product records. Prints figures; asserts nothing.
//
//   bench_mapping [--records N] [--repeat N]
//
// Builds N product records (100,000 by default) shaped like linkwright-sim's ERP products and
// maps them with a 12-mapping chain (trim, upper, money conversion, lookup, boolean, date, concat,
// split, a nested target, type checks). Prints records per second, the median of --repeat runs
// after one untimed warm-up: parsed and mapped a page at a time as a sync does (mapping timed
// alone), and once more over the whole set held in memory, cache-cold.

#include "domain/json.h"
#include "mapping/mappingengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

using namespace Linkwright;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

const char *const Mappings = R"([
  {"target": "sku", "source": "sku", "required": true, "type": "string",
   "transforms": [{"op": "trim"}, {"op": "upper"}]},
  {"target": "name", "source": "name", "required": true, "transforms": [{"op": "trim"}]},
  {"target": "regular_price", "source": "listPrice", "type": "string",
   "transforms": [{"op": "convert", "factor": "1.19", "decimals": 2}]},
  {"target": "price_dkk", "source": "listPrice", "type": "decimal",
   "transforms": [{"op": "convert", "factor": "7.4604", "decimals": 2}]},
  {"target": "status", "source": "active",
   "transforms": [{"op": "boolean", "true": "publish", "false": "draft"}]},
  {"target": "tax_class", "source": "taxClass",
   "transforms": [{"op": "lookup", "table": {"standard": "", "reduced": "reduced-rate"}}]},
  {"target": "category", "source": "categories[0].path",
   "transforms": [{"op": "split", "separator": "/", "index": -1}, {"op": "lower"}]},
  {"target": "brand", "source": ["brand", "unit"], "transforms": [{"op": "concat", "separator": " / "}]},
  {"target": "weight", "source": "weight.value", "type": "decimal"},
  {"target": "dimensions.length", "source": "dimensions.length", "type": "string"},
  {"target": "first_variant", "source": "variants[0].sku", "transforms": [{"op": "default", "value": null}]},
  {"target": "date_modified_gmt", "source": "modifiedAt", "type": "string",
   "transforms": [{"op": "date", "from": "iso", "to": "yyyy-MM-ddTHH:mm:ss"}]}
])";

DataPointConfig config()
{
    DataPointConfig config;
    for (const QJsonValue &item : QJsonDocument::fromJson(Mappings).array()) {
        const QJsonObject object = item.toObject();
        FieldMapping mapping;
        mapping.target = object.value(QStringLiteral("target")).toString();
        const QJsonValue source = object.value(QStringLiteral("source"));
        if (source.isString())
            mapping.sources.append(source.toString());
        for (const QJsonValue &s : source.toArray())
            mapping.sources.append(s.toString());
        mapping.required = object.value(QStringLiteral("required")).toBool();
        if (object.contains(QStringLiteral("type")))
            mapping.type =
                FieldTypes::fromKey(object.value(QStringLiteral("type")).toString()).value_or(FieldType::Any);
        for (const QJsonValue &t : object.value(QStringLiteral("transforms")).toArray()) {
            QJsonObject args = t.toObject();
            const QString op = args.take(QStringLiteral("op")).toString();
            mapping.transforms.append({op, args});
        }
        config.mappings.append(mapping);
    }
    return config;
}

QByteArray productJson(int i)
{
    const QByteArray n = QByteArray::number(i);
    const QByteArray cents = QByteArray::number(1000 + (i * 7919) % 90000);
    const QByteArray price = cents.chopped(2) + '.' + cents.right(2);
    QByteArray variants = "[]";
    if (i % 4 == 0)
        variants =
            R"([{"sku":"LW-)" + n + R"(-OAK","attributes":{"colour":"Oak"},"ean":"5701234567908","active":true}])";
    return R"({"sku":" lw-)" + n + R"( ","name":"Nordic Oak Desk )" + n
        + R"(","description":"A desk for workplaces that value good design.","category":"Furniture/Desks",)"
          R"("categories":[{"code":"furniture-desks","path":"Furniture/Desks"}],"brand":"Linkwright Furniture",)"
          R"("unit":"pcs","minOrderQuantity":1,"ean":"5701234567892","weight":{"value":"23.500","unit":"kg"},)"
          R"("dimensions":{"length":"140.0","width":"70.0","height":"74.5","unit":"cm"},"listPrice":")"
        + price + R"(","currency":"EUR","taxClass":")" + (i % 3 ? "standard" : "reduced") + R"(","active":)"
        + (i % 25 ? "true" : "false") + R"(,"variants":)" + variants + R"(,"modifiedAt":"2026-02-14T09:30:00.000Z"})";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the mapping engine on product records."));
    parser.addHelpOption();
    const QCommandLineOption recordsOption(QStringLiteral("records"), QStringLiteral("How many records (100000)."),
        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
        QStringLiteral("Timed runs; the median is shown (5)."), QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({recordsOption, repeatOption});
    parser.process(app);
    const int count = std::max(1, parser.value(recordsOption).toInt());
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    const auto engine = MappingEngine::compile(config());
    if (!engine) {
        out() << "mappings do not compile: " << engine.error().toString() << Qt::endl;
        return 1;
    }

    // The records as a sync receives them: JSON text, a page at a time.
    constexpr int PageSize = 500;
    QList<QByteArray> texts;
    texts.reserve(count);
    for (int i = 0; i < count; ++i)
        texts.append(productJson(i));

    // Each run parses a page and maps it right away, as the sync loop does, so the records are
    // warm in the cache; only the mapping is timed. A second figure maps the whole set held in
    // memory, where most field reads miss the cache.
    JsonReader reader;
    QList<Value> records;
    records.reserve(count);
    QList<double> warm;
    QList<double> cold;
    qint64 failures = 0;
    QElapsedTimer timer;
    for (int run = 0; run <= repeat; ++run) {
        failures = 0;
        records.clear();
        qint64 mapNs = 0;
        for (int first = 0; first < count; first += PageSize) {
            const qsizetype page = records.size();
            for (int i = first; i < std::min(count, first + PageSize); ++i) {
                auto value = reader.parse(texts.at(i));
                if (!value) {
                    out() << "bad record: " << value.error().message << Qt::endl;
                    return 1;
                }
                records.append(std::move(*value));
            }
            timer.restart();
            for (qsizetype i = page; i < records.size(); ++i) {
                if (!engine->map(records.at(i)))
                    ++failures;
            }
            mapNs += timer.nsecsElapsed();
        }
        timer.restart();
        for (const Value &record : std::as_const(records))
            (void)engine->map(record);
        const qint64 coldNs = timer.nsecsElapsed();
        if (run > 0) { // the first run warms up and is not counted
            warm.append(static_cast<double>(mapNs) / 1e6);
            cold.append(static_cast<double>(coldNs) / 1e6);
        }
    }
    std::ranges::sort(warm);
    std::ranges::sort(cold);
    const double median = warm.at(warm.size() / 2);
    const double coldMedian = cold.at(cold.size() / 2);

    const auto sample = engine->map(records.constFirst());
    out() << "records:               " << count << Qt::endl;
    out() << "mappings:              " << engine->mappingCount() << Qt::endl;
    out() << "map per page, median:  " << QString::number(median, 'f', 1) << " ms" << Qt::endl;
    out() << "records/s:             " << QString::number(count / (median / 1000.0), 'f', 0) << Qt::endl;
    out() << "per record:            " << QString::number(median * 1e6 / count, 'f', 0) << " ns" << Qt::endl;
    out() << "all held, cache-cold:  " << QString::number(coldMedian, 'f', 1) << " ms, "
          << QString::number(count / (coldMedian / 1000.0), 'f', 0) << " records/s" << Qt::endl;
    out() << "failures:              " << failures << Qt::endl;
    if (sample)
        out() << "first record:          " << QString::fromUtf8(Json::serialize(*sample)) << Qt::endl;
    return 0;
}

#include "benchprocesses.h"

#include "connectors/httptransport.h"
#include "domain/json.h"
#include "mapping/mappingengine.h"
#include "project/demoproject.h"
#include "sync/synctypes.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace Linkwright::BenchSync {

Preparation prepare(const QString &simProgram, int products, const QString &work)
{
    Preparation prep;
    Simulator sim(simProgram, products);
    if (prep.problem = sim.start(); !prep.problem.isEmpty())
        return prep;
    const Project project = demoProject(sim.port());
    auto engine = MappingEngine::compile(*project.dataPoint(DataPointKind::Products));
    if (!engine) {
        prep.problem = engine.error().toString();
        return prep;
    }
    const SyncOptions sync;
    HttpTransport transport;
    JsonReader reader;
    QList<QByteArray> bodies;
    QByteArray batch;
    int inBatch = 0;
    QList<Value> changes;
    // Cut as BatchWriter and RestConnector::startWrite cut them: batchSize records per body.
    const auto closeBatch = [&] {
        if (inBatch == 0)
            return;
        batch += ']';
        prep.mappedBytes += batch.size();
        bodies.append(std::exchange(batch, {}));
        inBatch = 0;
    };
    for (int page = 1;; ++page) {
        const HttpResult result = transport.execute(jsonRequest(pageUrl(sim.base(), page, sync.pageSize)));
        std::optional<Value> parsed;
        if (result.ok()) {
            if (auto value = reader.parse(result.body))
                parsed = std::move(*value);
        }
        const Value *items = parsed ? parsed->find("items") : nullptr;
        if (!items || !items->isArray()) {
            prep.problem = QStringLiteral("page %1 of the ERP's products cannot be read").arg(page);
            return prep;
        }
        ++prep.pages;
        prep.pageBytes += result.body.size();
        for (const Value &record : items->items()) {
            auto mapped = engine->map(record);
            if (!mapped) {
                prep.problem = mapped.error().toString();
                return prep;
            }
            batch += inBatch == 0 ? '[' : ',';
            batch += Json::serialize(*mapped);
            if (++inBatch == sync.batchSize)
                closeBatch();
            // Every hundredth product gets a new name: 1 % changed, spread over every page.
            if (prep.records++ % 100 == 0) {
                const Value *sku = record.find("sku");
                const Value *name = record.find("name");
                changes.append(Value::object({{QByteArray("sku"), sku ? *sku : Value()},
                    {QByteArray("name"), Value::utf8((name ? name->utf8() : QByteArray()) + " (changed)")}}));
            }
        }
        if (items->items().size() < sync.pageSize || qint64(page) * sync.pageSize >= products)
            break;
    }
    closeBatch();
    prep.batches = static_cast<int>(bodies.size());
    prep.changed = changes.size();
    prep.changes = Json::serialize(Value::array(std::move(changes)));
    QFile file(QDir(work).filePath(QString::fromLatin1(FloorBodiesFile)));
    if (!file.open(QIODevice::WriteOnly)) {
        prep.problem = QStringLiteral("cannot write %1").arg(file.fileName());
        return prep;
    }
    QDataStream stream(&file);
    stream << bodies;
    return prep;
}

Measure readResult(QProcess &process, bool pythonStyle)
{
    Measure measure;
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit) {
        measure.problem =
            QStringLiteral("%1 crashed or could not run: %2").arg(process.program(), process.errorString());
        return measure;
    }
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    QByteArray json;
    for (const QByteArray &line : lines) {
        if (pythonStyle)
            json = line; // the last line
        else if (line.startsWith(ResultTag))
            json = line.mid(qsizetype(sizeof(ResultTag)) - 1);
    }
    measure.raw = QJsonDocument::fromJson(json).object();
    if (measure.raw.isEmpty()) {
        measure.problem =
            QStringLiteral("%1 printed no result (exit code %2)").arg(process.program()).arg(process.exitCode());
        return measure;
    }
    measure.problem = measure.raw.value(QStringLiteral("problem")).toString();
    if (pythonStyle && measure.raw.value(QStringLiteral("failed")).toInteger() > 0)
        measure.problem = QStringLiteral("the Python script failed %1 records")
                              .arg(measure.raw.value(QStringLiteral("failed")).toInteger());
    measure.wall = measure.raw.value(QStringLiteral("wall")).toDouble(std::nan(""));
    measure.cpu = measure.raw.value(QStringLiteral("cpu")).toDouble(std::nan(""));
    measure.records =
        measure.raw.value(pythonStyle ? QStringLiteral("fetched") : QStringLiteral("records")).toInteger();
    measure.rssKiB = measure.raw.value(QStringLiteral("rssKiB")).toInteger();
    return measure;
}

} // namespace Linkwright::BenchSync

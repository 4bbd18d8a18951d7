#include "simulatorbatch.h"

#include "simulatorcollection.h"
#include "simulatorschema.h"

namespace Linkwright {

Result<SimulatorBatch> SimulatorBatch::parse(QByteArrayView body, DataPointKind kind)
{
    const QString keyField = SimulatorSchema::naturalKeyField(kind);
    const QByteArray keyName = keyField.toUtf8();
    const QString hint = tr("send a JSON array of %1 records (or one record object), each with its key \"%2\"")
                             .arg(DataPoints::key(kind), keyField);
    const QByteArrayView text = body.trimmed();
    if (text.isEmpty())
        return fail(ErrorCode::InvalidJson, {}, tr("the request body is empty"), hint);
    if (!text.isValidUtf8())
        return fail(ErrorCode::InvalidJson, {}, tr("the body is not valid UTF-8"), hint);
    if (const auto problem = SimulatorJsonScan::validate(text)) {
        return fail(ErrorCode::InvalidJson, {},
            tr("the body is not valid JSON: %1 at byte %2").arg(problem->message).arg(problem->offset), hint);
    }

    QList<QByteArrayView> items;
    if (text.front() == '[')
        items = SimulatorJsonScan::arrayElements(text);
    else if (text.front() == '{')
        items.append(text);
    else
        return fail(ErrorCode::InvalidJson, {}, tr("the body is neither a JSON array nor a JSON object"), hint);

    SimulatorBatch batch;
    batch.m_records.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const auto members = SimulatorJsonScan::topLevelMembers(items.at(i));
        if (!members)
            return fail(ErrorCode::InvalidJson, {}, tr("item %1 of the array is not a JSON object").arg(i), hint);
        Record record;
        for (const SimulatorJsonScan::Member &member : *members) {
            if (member.name == keyName) {
                record.keyToken = member.value;
                record.key = SimulatorJsonScan::stringValue(member.value).value_or(QString());
            }
        }
        if (record.key.trimmed().isEmpty()) {
            return fail(ErrorCode::InvalidJson, {},
                tr("record %1 has no \"%2\" (the key must be a non-empty string)").arg(i).arg(keyField), hint);
        }
        record.members = *members;
        batch.m_records.append(std::move(record));
    }
    return batch;
}

SimulatorBatch::Outcome SimulatorBatch::apply(SimulatorCollection &target, qint64 modifiedMsecs) const
{
    Outcome out;
    // The answer is written by hand for the same reason records are merged as text: a
    // QJsonObject per record would cost more than the upsert itself.
    QByteArray results;
    results.reserve(m_records.size() * 64);
    for (const Record &record : m_records) {
        const SimulatorCollection::UpsertResult result = target.upsert(record.key, record.members, modifiedMsecs);
        const char *outcome = "";
        switch (result.outcome) {
        case SimulatorCollection::Outcome::Created:
            ++out.created;
            outcome = "created";
            break;
        case SimulatorCollection::Outcome::Updated:
            ++out.updated;
            outcome = "updated";
            break;
        case SimulatorCollection::Outcome::Unchanged:
            ++out.unchanged;
            outcome = "unchanged";
            break;
        }
        if (!results.isEmpty())
            results += ',';
        results += "{\"key\":";
        results += record.keyToken;
        results += ",\"id\":" + QByteArray::number(result.id) + ",\"outcome\":\"" + outcome + "\"}";
    }
    out.body = "{\"created\":" + QByteArray::number(out.created) + ",\"updated\":" + QByteArray::number(out.updated)
        + ",\"unchanged\":" + QByteArray::number(out.unchanged) + ",\"results\":[" + results + "]}";
    return out;
}

} // namespace Linkwright

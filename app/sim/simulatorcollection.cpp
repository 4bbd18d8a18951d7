#include "simulatorcollection.h"

#include "simulatorschema.h"

#include <QJsonDocument>

namespace Linkwright {

namespace {

const QString IdField = QStringLiteral("id");
const QString ModifiedField = QStringLiteral("modifiedAt");

QByteArray compact(const QJsonObject &record)
{
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

} // namespace

SimulatorCollection::SimulatorCollection(QString keyField, qint64 firstId)
    : m_keyField(std::move(keyField))
    , m_nextId(firstId)
{
}

SimulatorCollection::UpsertResult SimulatorCollection::upsert(const QJsonObject &record, qint64 modifiedMsecs)
{
    const QString key = record.value(m_keyField).toString();
    const auto found = m_index.constFind(key);
    if (found == m_index.cend()) {
        QJsonObject fresh = record;
        fresh.remove(IdField);
        const qint64 id = m_nextId;
        add(key, std::move(fresh), modifiedMsecs);
        return {Outcome::Created, id};
    }

    Entry &entry = m_entries[*found];
    const QJsonObject stored = QJsonDocument::fromJson(entry.json).object();
    QJsonObject merged = stored;
    for (auto it = record.begin(); it != record.end(); ++it) {
        if (it.key() != IdField && it.key() != ModifiedField)
            merged.insert(it.key(), it.value());
    }
    if (merged == stored)
        return {Outcome::Unchanged, entry.id};

    merged.insert(ModifiedField, SimulatorSchema::timestamp(modifiedMsecs));
    entry.modifiedMsecs = modifiedMsecs;
    entry.json = compact(merged);
    return {Outcome::Updated, entry.id};
}

void SimulatorCollection::insertGenerated(const QJsonObject &record)
{
    const auto modified = SimulatorSchema::parseTimestamp(record.value(ModifiedField).toString());
    const qint64 id = m_nextId++;
    // The record already carries its modifiedAt, so only the id is added, written ahead of the
    // other fields: inserting it into the QJsonObject would copy the whole record first, and
    // start-up with a large data set is mostly spent on such copies.
    const QByteArray fields = compact(record);
    QByteArray json = "{\"id\":" + QByteArray::number(id);
    if (fields.size() > 2)
        json += ',';
    json += QByteArrayView(fields).sliced(1);
    m_index.insert(record.value(m_keyField).toString(), m_entries.size());
    m_entries.append(Entry{id, modified.value_or(0), json});
}

void SimulatorCollection::add(const QString &key, QJsonObject record, qint64 modifiedMsecs)
{
    const qint64 id = m_nextId++;
    record.insert(IdField, id);
    record.insert(ModifiedField, SimulatorSchema::timestamp(modifiedMsecs));
    m_index.insert(key, m_entries.size());
    m_entries.append(Entry{id, modifiedMsecs, compact(record)});
}

std::optional<QJsonObject> SimulatorCollection::find(const QString &key) const
{
    const auto found = m_index.constFind(key);
    if (found == m_index.cend())
        return std::nullopt;
    return QJsonDocument::fromJson(m_entries.at(*found).json).object();
}

SimulatorCollection::Page SimulatorCollection::page(
    std::optional<qint64> modifiedSinceMsecs, qsizetype offset, qsizetype limit) const
{
    Page out;
    if (!modifiedSinceMsecs) {
        out.total = m_entries.size();
        for (qsizetype i = offset; i < m_entries.size() && i < offset + limit; ++i)
            out.items.append(m_entries.at(i).json);
        return out;
    }
    for (const Entry &entry : m_entries) {
        if (entry.modifiedMsecs < *modifiedSinceMsecs)
            continue;
        if (out.total >= offset && out.total < offset + limit)
            out.items.append(entry.json);
        ++out.total;
    }
    return out;
}

} // namespace Linkwright

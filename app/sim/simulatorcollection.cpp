#include "simulatorcollection.h"

#include "simulatorschema.h"

#include <QJsonDocument>

#include <algorithm>

namespace Linkwright {

namespace {

const QString ModifiedField = QStringLiteral("modifiedAt");

QByteArray compact(const QJsonObject &record)
{
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

/// "id" and "modifiedAt" belong to the system: values a client sends for them are ignored.
bool isSystemField(QByteArrayView name)
{
    return name == "id" || name == "modifiedAt";
}

/// The start of a stored record: its id and modifiedAt, before the other members. stamp is the
/// quoted modifiedAt, formatted once per batch rather than once per record.
QByteArray recordHead(qint64 id, QByteArrayView stamp, qsizetype reserve)
{
    QByteArray json;
    json.reserve(reserve + 64);
    json += "{\"id\":" + QByteArray::number(id) + ",\"modifiedAt\":";
    json += stamp;
    return json;
}

void appendMember(QByteArray &json, QByteArrayView name, QByteArrayView value)
{
    json += ",\"";
    json += name;
    json += "\":";
    json += value;
}

bool isObjectText(QByteArrayView value)
{
    return value.startsWith('{');
}

/// Deeper than this, an object sent replaces the stored one: merging is for records' nested
/// fields (seo.title), and hostile records nest thousands of levels deep.
constexpr int MaxMergeDepth = 32;

/// An object sent for one the record has, merged as the record itself is: members left out are
/// kept at every depth (as JSON Merge Patch, RFC 7396, merges them, though a null is stored, not
/// a deletion), so a shop keeps seo.keywords when the ERP sends seo.title. Both texts compact.
QByteArray mergedObject(QByteArrayView stored, QByteArrayView sent, int depth)
{
    const auto storedMembers = SimulatorJsonScan::topLevelMembers(stored);
    const auto sentMembers = SimulatorJsonScan::topLevelMembers(sent);
    if (!storedMembers || !sentMembers || depth > MaxMergeDepth)
        return sent.toByteArray();
    QList<std::pair<QByteArrayView, QByteArray>> merged;
    for (const SimulatorJsonScan::Member &member : *storedMembers)
        merged.append({member.name, member.value.toByteArray()});
    for (const SimulatorJsonScan::Member &member : *sentMembers) {
        const auto same = std::find_if(
            merged.begin(), merged.end(), [&member](const auto &field) { return field.first == member.name; });
        if (same == merged.end())
            merged.append({member.name, member.value.toByteArray()});
        else if (isObjectText(same->second) && isObjectText(member.value))
            same->second = mergedObject(same->second, member.value, depth + 1);
        else
            same->second = member.value.toByteArray();
    }
    QByteArray json = "{";
    for (const auto &[name, value] : merged) {
        if (json.size() > 1)
            json += ',';
        json += '"';
        json += name;
        json += "\":";
        json += value;
    }
    json += '}';
    return json;
}

} // namespace

SimulatorCollection::SimulatorCollection(QString keyField, qint64 firstId)
    : m_keyField(std::move(keyField))
    , m_nextId(firstId)
{
}

SimulatorCollection::UpsertResult SimulatorCollection::upsert(
    const QString &key, const QList<SimulatorJsonScan::Member> &members, qint64 modifiedMsecs)
{
    // Records are merged as text: building a QJsonObject per record and serialising it again
    // made a 10,000-record POST take several times longer than reading its body.
    const auto found = m_index.constFind(key);
    if (found == m_index.cend()) {
        qsizetype size = 0;
        for (const SimulatorJsonScan::Member &member : members)
            size += member.name.size() + member.value.size() + 4;
        const qint64 id = m_nextId++;
        QByteArray json = recordHead(id, quotedStamp(modifiedMsecs), size);
        for (qsizetype i = 0; i < members.size(); ++i) {
            const SimulatorJsonScan::Member &member = members.at(i);
            // JSON allows a name twice; like a parser, the last one counts.
            const bool repeated = std::any_of(members.cbegin() + i + 1, members.cend(),
                [&member](const SimulatorJsonScan::Member &later) { return later.name == member.name; });
            if (isSystemField(member.name) || repeated)
                continue;
            if (SimulatorJsonScan::hasSpace(member.value))
                appendMember(json, member.name, SimulatorJsonScan::compact(member.value));
            else
                appendMember(json, member.name, member.value);
        }
        json += '}';
        m_index.insert(key, m_entries.size());
        m_entries.append(Entry{id, modifiedMsecs, std::move(json)});
        return {Outcome::Created, id};
    }

    // Merge: fields the client leaves out are kept, as a shop keeps its own SEO text when the ERP
    // sends product data, inside nested objects too (see mergedObject). A value counts as changed
    // only if it differs as JSON, not as text.
    Entry &entry = m_entries[*found];
    const QByteArray stored = entry.json; // a shared copy: the views below point into it
    QList<std::pair<QByteArrayView, QByteArrayView>> merged;
    for (const SimulatorJsonScan::Member &member :
        SimulatorJsonScan::topLevelMembers(stored).value_or(QList<SimulatorJsonScan::Member>{})) {
        if (!isSystemField(member.name))
            merged.append({member.name, member.value});
    }
    QList<QByteArray> compacted; // owns the values that needed their whitespace removed
    bool changed = false;
    for (const SimulatorJsonScan::Member &member : members) {
        if (isSystemField(member.name))
            continue;
        QByteArrayView value = member.value;
        if (SimulatorJsonScan::hasSpace(value)) {
            compacted.append(SimulatorJsonScan::compact(value));
            value = compacted.constLast();
        }
        const auto same = std::find_if(
            merged.begin(), merged.end(), [&member](const auto &field) { return field.first == member.name; });
        if (same != merged.end() && isObjectText(same->second) && isObjectText(value)) {
            compacted.append(mergedObject(same->second, value, 1));
            value = compacted.constLast();
        }
        if (same == merged.end()) {
            merged.append({member.name, value});
            changed = true;
        } else if (!SimulatorJsonScan::sameValue(same->second, value)) {
            same->second = value;
            changed = true;
        }
    }
    if (!changed)
        return {Outcome::Unchanged, entry.id};

    qsizetype size = 0;
    for (const auto &[name, value] : merged)
        size += name.size() + value.size() + 4;
    QByteArray json = recordHead(entry.id, quotedStamp(modifiedMsecs), size);
    for (const auto &[name, value] : merged)
        appendMember(json, name, value);
    json += '}';
    entry.modifiedMsecs = modifiedMsecs;
    entry.json = std::move(json);
    return {Outcome::Updated, entry.id};
}

const QByteArray &SimulatorCollection::quotedStamp(qint64 modifiedMsecs)
{
    if (m_stampMsecs != modifiedMsecs || m_stampText.isEmpty()) {
        m_stampMsecs = modifiedMsecs;
        m_stampText = '"' + SimulatorSchema::timestamp(modifiedMsecs).toLatin1() + '"';
    }
    return m_stampText;
}

void SimulatorCollection::insertGenerated(const QJsonObject &record)
{
    const auto modified = SimulatorSchema::parseTimestamp(record.value(ModifiedField).toString());
    insertGeneratedJson(record.value(m_keyField).toString(), modified.value_or(0), compact(record));
}

void SimulatorCollection::insertGeneratedJson(const QString &key, qint64 modifiedMsecs, QByteArrayView objectJson)
{
    const qint64 id = m_nextId++;
    // The record already carries its modifiedAt, so only the id is added, written ahead of the
    // other fields: inserting it into the QJsonObject would copy the whole record first, and
    // start-up with a large data set is mostly spent on such copies.
    QByteArray json;
    json.reserve(objectJson.size() + 24);
    json += "{\"id\":" + QByteArray::number(id);
    if (objectJson.size() > 2)
        json += ',';
    json += objectJson.sliced(1);
    m_index.insert(key, m_entries.size());
    m_entries.append(Entry{id, modifiedMsecs, json});
}

void SimulatorCollection::insertStored(const QString &key, qint64 id, qint64 modifiedMsecs, QByteArray json)
{
    m_nextId = std::max(m_nextId, id + 1);
    m_index.insert(key, m_entries.size());
    m_entries.append(Entry{id, modifiedMsecs, std::move(json)});
}

bool SimulatorCollection::remove(const QString &key)
{
    const auto found = m_index.constFind(key);
    if (found == m_index.cend())
        return false;
    const qsizetype at = *found;
    m_index.erase(found);
    m_entries.removeAt(at);
    // Positions after the removed record moved down by one; deletes are rare, so O(n) is fine.
    for (auto it = m_index.begin(); it != m_index.end(); ++it) {
        if (*it > at)
            --*it;
    }
    return true;
}

std::optional<QByteArray> SimulatorCollection::findJson(const QString &key) const
{
    const auto found = m_index.constFind(key);
    if (found == m_index.cend())
        return std::nullopt;
    return m_entries.at(*found).json;
}

QByteArray SimulatorCollection::toJsonLines() const
{
    qsizetype size = 0;
    for (const Entry &entry : m_entries)
        size += entry.json.size() + 1;
    QByteArray out;
    out.reserve(size);
    for (const Entry &entry : m_entries) {
        out += entry.json;
        out += '\n';
    }
    return out;
}

void SimulatorCollection::setNextId(qint64 id)
{
    m_nextId = std::max(m_nextId, id);
}

qint64 SimulatorCollection::newestModified() const
{
    qint64 newest = 0;
    for (const Entry &entry : m_entries)
        newest = std::max(newest, entry.modifiedMsecs);
    return newest;
}

QList<QStringList> SimulatorCollection::keysDifferingOnlyInCase() const
{
    QHash<QString, QStringList> groups;
    for (auto it = m_index.cbegin(); it != m_index.cend(); ++it)
        groups[it.key().trimmed().toCaseFolded()].append(it.key());
    QList<QStringList> out;
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        if (it->size() > 1) {
            it->sort();
            out.append(*it);
        }
    }
    std::sort(out.begin(), out.end(), [](const QStringList &a, const QStringList &b) { return a.first() < b.first(); });
    return out;
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

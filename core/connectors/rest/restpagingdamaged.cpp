// RestPaging::readDamagedPage: a page some of whose records no reader accepts.
#include "restpaging.h"

#include "domain/json.h"
#include "domain/jsonscan.h"

namespace Linkwright {

namespace {

/// root with the value at path (through objects) replaced by value.
Value replacedAt(const Value &root, QList<QByteArray> path, const Value &value)
{
    if (path.isEmpty())
        return value;
    const QByteArray name = path.takeFirst();
    QList<Member> members = root.members();
    for (Member &member : members) {
        if (member.name == name)
            member.value = replacedAt(member.value, path, value);
    }
    return Value::object(std::move(members));
}

} // namespace

std::optional<Page> RestPaging::readDamagedPage(
    JsonReader &reader, const HttpResult &result, const PageRequest &request, const QUrl &resource) const
{
    for (const QList<QByteArray> &path : recordPaths()) {
        const auto split = JsonScan::splitArray(result.body, path);
        if (!split)
            continue;
        auto envelope = reader.parse(split->envelope);
        if (!envelope)
            return std::nullopt;
        // Each refused record keeps its place as a null while paging counts the page's records.
        QList<Value> records;
        QList<qsizetype> holes;
        QList<UnreadableRecord> unreadable;
        records.reserve(split->items.size());
        for (const QByteArrayView item : split->items) {
            auto record = reader.parse(item);
            if (record) {
                records.append(std::move(*record));
                continue;
            }
            holes.append(records.size());
            records.append(Value());
            unreadable.append({item.toByteArray(), record.error().message});
        }
        if (unreadable.isEmpty())
            return std::nullopt; // every record reads: the damage is elsewhere
        const qsizetype sent = records.size();
        auto page = readPage(replacedAt(*envelope, path, Value::array(std::move(records))), result, request, resource);
        if (!page)
            return std::nullopt;
        // readPage dropped the records of a page that repeats the first: none of it counts, nor
        // are its refused records logged a second time.
        if (page->records.size() != sent) {
            page->records.clear();
            return std::move(*page);
        }
        for (auto hole = holes.crbegin(); hole != holes.crend(); ++hole)
            page->records.removeAt(*hole);
        page->unreadable = std::move(unreadable);
        return std::move(*page);
    }
    return std::nullopt;
}

} // namespace Linkwright

#include "jsonconverter.h"

#include "domain/json.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace Linkwright {

namespace {

/// simdjson's raw spans run up to the next structural character, JSON's whitespace included.
std::string_view withoutTrailingSpace(std::string_view text)
{
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\r' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

} // namespace

JsonConverter::JsonConverter(int maxDepth)
    : m_maxDepth(maxDepth)
{
}

void JsonConverter::setProjection(const JsonProjection *projection)
{
    m_projection = projection && !projection->keep.isEmpty() ? projection : nullptr;
    m_path.clear();
    m_pathLimit = 0;
    for (auto &names : m_keptByLength)
        names.fill(NoName);
    if (m_projection) {
        for (const QList<QByteArray> &path : m_projection->recordPaths)
            m_pathLimit = std::max(m_pathLimit, path.size());
        for (qsizetype i = 0; i < m_projection->keep.size(); ++i) {
            const auto length = static_cast<std::size_t>(m_projection->keep.at(i).size());
            if (length >= LongName)
                continue;
            auto &names = m_keptByLength[length];
            const auto free = std::ranges::find(names, NoName);
            if (i > std::numeric_limits<qint16>::max() || free == names.end() || free == names.end() - 1)
                names.back() = SearchNames;
            else
                *free = static_cast<qint16>(i);
        }
    }
}

qsizetype JsonConverter::keptIndex(std::string_view key) const
{
    const auto search = [&] {
        return m_projection->keep.indexOf(QByteArrayView(key.data(), static_cast<qsizetype>(key.size())));
    };
    if (key.size() >= LongName)
        return search();
    const auto &names = m_keptByLength[key.size()];
    if (names.back() == SearchNames)
        return search();
    for (const qint16 index : names) {
        if (index == NoName)
            return -1;
        if (std::memcmp(m_projection->keep.at(index).constData(), key.data(), key.size()) == 0)
            return index;
    }
    return -1;
}

simdjson::error_code JsonConverter::convert(od::value value, Value &out, int depth)
{
    if (depth > m_maxDepth)
        return simdjson::DEPTH_ERROR;
    od::json_type type;
    if (auto error = value.type().get(type))
        return error;
    switch (type) {
    case od::json_type::object:
        return convertObject(value, out, depth);
    case od::json_type::array:
        return convertArray(value, out, depth);
    case od::json_type::string: {
        std::string_view text;
        if (auto error = value.get_string().get(text))
            return error;
        out = Value::utf8(QByteArray(text.data(), static_cast<qsizetype>(text.size())));
        return simdjson::SUCCESS;
    }
    case od::json_type::number:
        return number(value.raw_json_token(), out);
    case od::json_type::boolean: {
        bool flag = false;
        if (auto error = value.get_bool().get(flag))
            return error;
        out = Value::boolean(flag);
        return simdjson::SUCCESS;
    }
    case od::json_type::null: {
        // The error-code form: converting is_null()'s result to bool throws simdjson_error
        // when the text is cut off inside "null", out of the transport's event handler.
        bool null = false;
        if (auto error = value.is_null().get(null))
            return error;
        if (!null)
            return simdjson::N_ATOM_ERROR;
        out = Value();
        return simdjson::SUCCESS;
    }
    }
    return simdjson::INCORRECT_TYPE;
}

simdjson::error_code JsonConverter::number(std::string_view token, Value &out)
{
    // The raw token runs up to the next structural character and is not checked by
    // simdjson, so the number grammar is checked here.
    token = withoutTrailingSpace(token);
    const QByteArrayView text(token.data(), static_cast<qsizetype>(token.size()));
    if (!Json::isNumber(text))
        return simdjson::NUMBER_ERROR;
    out = Value::number(text.toByteArray());
    return simdjson::SUCCESS;
}

simdjson::error_code JsonConverter::check(od::value value, int depth)
{
    if (depth > m_maxDepth)
        return simdjson::DEPTH_ERROR;
    od::json_type type;
    if (auto error = value.type().get(type))
        return error;
    switch (type) {
    case od::json_type::object: {
        od::object object;
        if (auto error = value.get_object().get(object))
            return error;
        for (auto field : object) {
            std::string_view key;
            od::value child;
            if (auto error = field.unescaped_key().get(key))
                return error;
            if (auto error = field.value().get(child))
                return error;
            if (auto error = check(child, depth + 1))
                return error;
        }
        return simdjson::SUCCESS;
    }
    case od::json_type::array: {
        od::array array;
        if (auto error = value.get_array().get(array))
            return error;
        for (auto element : array) {
            od::value item;
            if (auto error = element.get(item))
                return error;
            if (auto error = check(item, depth + 1))
                return error;
        }
        return simdjson::SUCCESS;
    }
    case od::json_type::string: {
        std::string_view text;
        return value.get_string().get(text);
    }
    case od::json_type::number: {
        const std::string_view token = withoutTrailingSpace(value.raw_json_token());
        return Json::isNumber(QByteArrayView(token.data(), static_cast<qsizetype>(token.size())))
            ? simdjson::SUCCESS
            : simdjson::NUMBER_ERROR;
    }
    case od::json_type::boolean: {
        bool flag = false;
        return value.get_bool().get(flag);
    }
    case od::json_type::null: {
        bool null = false;
        if (auto error = value.is_null().get(null))
            return error;
        return null ? simdjson::SUCCESS : simdjson::N_ATOM_ERROR;
    }
    }
    return simdjson::INCORRECT_TYPE;
}

simdjson::error_code JsonConverter::convertObject(od::value value, Value &out, int depth)
{
    od::object object;
    if (auto error = value.get_object().get(object))
        return error;
    QList<Member> members;
    for (auto field : object) {
        std::string_view key;
        if (auto error = field.unescaped_key().get(key))
            return error;
        // Only the top levels can lead to a list of records.
        const bool onPath = m_projection && m_path.size() < m_pathLimit && depth == m_path.size() + 1;
        if (onPath)
            m_path.append(key);
        Value child;
        const auto error = convert(field.value(), child, depth + 1);
        if (onPath)
            m_path.removeLast();
        if (error)
            return error;
        if (m_keepsRepeated)
            members.append({keyBytes(key), std::move(child)});
        else
            addMember(members, keyBytes(key), std::move(child));
    }
    out = Value::object(std::move(members));
    return simdjson::SUCCESS;
}

void JsonConverter::addMember(QList<Member> &members, QByteArray name, Value child)
{
    // A repeated key replaces the earlier one, as most JSON readers do.
    auto same = std::find_if(members.begin(), members.end(), [&](const Member &m) { return m.name == name; });
    if (same != members.end())
        same->value = std::move(child);
    else
        members.append({std::move(name), std::move(child)});
}

bool JsonConverter::atRecordList(int depth) const
{
    if (!m_projection || depth != m_path.size() + 1)
        return false;
    return std::any_of(
        m_projection->recordPaths.cbegin(), m_projection->recordPaths.cend(), [this](const QList<QByteArray> &path) {
            return std::equal(path.cbegin(), path.cend(), m_path.cbegin(), m_path.cend(),
                [](const QByteArray &name, std::string_view key) { return name == QByteArrayView(key); });
        });
}

simdjson::error_code JsonConverter::convertRecord(od::value value, Value &out, int depth)
{
    if (depth > m_maxDepth)
        return simdjson::DEPTH_ERROR;
    // The record's text runs from its '{' to the token after its '}': taken after reading it,
    // which spares a second walk over every record (object.raw_json() skips to the end first).
    const char *start = value.raw_json_token().data();
    od::object object;
    if (auto error = value.get_object().get(object))
        return error;
    QList<Member> members;
    members.reserve(m_projection->keep.size());
    quint64 seen = 0;
    for (auto field : object) {
        std::string_view key;
        if (auto error = field.unescaped_key().get(key))
            return error;
        // Skipped members are stepped over unread; kept ones share the projection's name.
        const qsizetype kept = keptIndex(key);
        if (kept < 0)
            continue;
        Value child;
        if (auto error = convert(field.value(), child, depth + 1))
            return error;
        // A member's first time needs no search for an earlier one: a projection names few.
        const quint64 bit = kept < 64 ? quint64(1) << kept : 0;
        if (bit && !(seen & bit)) {
            seen |= bit;
            members.append({m_projection->keep.at(kept), std::move(child)});
        } else {
            addMember(members, m_projection->keep.at(kept), std::move(child));
        }
    }
    std::string_view raw;
    if (const char *end = nullptr; !value.current_location().get(end) && end > start) {
        raw = std::string_view(start, static_cast<std::size_t>(end - start));
    } else {
        // Only a record that ends the document has no token after it.
        bool rewound = false;
        if (auto error = object.reset().get(rewound))
            return error;
        if (auto error = object.raw_json().get(raw))
            return error;
    }
    raw = withoutTrailingSpace(raw);
    out = Value::object(std::move(members), QByteArray(raw.data(), static_cast<qsizetype>(raw.size())));
    return simdjson::SUCCESS;
}

simdjson::error_code JsonConverter::convertArray(od::value value, Value &out, int depth)
{
    od::array array;
    if (auto error = value.get_array().get(array))
        return error;
    QList<Value> items;
    const bool records = atRecordList(depth);
    for (auto element : array) {
        od::value item;
        if (auto error = element.get(item))
            return error;
        Value child;
        od::json_type type = od::json_type::null;
        if (records) {
            if (auto error = item.type().get(type))
                return error;
        }
        const auto error = records && type == od::json_type::object ? convertRecord(item, child, depth + 1)
                                                                    : convert(item, child, depth + 1);
        if (error)
            return error;
        items.append(std::move(child));
    }
    out = Value::array(std::move(items));
    return simdjson::SUCCESS;
}

QByteArray JsonConverter::keyBytes(std::string_view key)
{
    // Every record repeats the same keys: sharing one QByteArray per key saves an allocation per
    // member. A direct-mapped cache with FNV-1a, because Qt's seeded qHash of a QByteArray cost
    // more than all the rest of a member; a collision only costs a copy.
    quint32 hash = 2166136261U;
    for (const char c : key) {
        hash ^= static_cast<uchar>(c);
        hash *= 16777619U;
    }
    QByteArray &slot = m_keys[hash % m_keys.size()];
    if (slot.size() == static_cast<qsizetype>(key.size()) && std::memcmp(slot.constData(), key.data(), key.size()) == 0)
        return slot;
    slot = QByteArray(key.data(), static_cast<qsizetype>(key.size()));
    return slot;
}

} // namespace Linkwright

// JsonReader::readFlatList: a batch write's answer without Values. Building a Value tree for
// every answer of 500 results, to read three members of each, cost a tenth of a full sync.

#include "domain/json.h"
#include "domain/jsonreaderprivate.h"

#include <algorithm>

namespace Linkwright {

namespace {

simdjson::error_code readScalar(od::value value, JsonConverter &converter, FlatScalar &out)
{
    od::json_type type = od::json_type::null;
    if (auto error = value.type().get(type))
        return error;
    switch (type) {
    case od::json_type::string: {
        std::string_view text;
        if (auto error = value.get_string().get(text))
            return error;
        out.kind = FlatScalar::Kind::String;
        out.text = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
        return simdjson::SUCCESS;
    }
    case od::json_type::number: {
        const std::string_view token = value.raw_json_token();
        // The converter checks the number's grammar, as a full parse would.
        Value number;
        if (auto error = converter.number(token, number))
            return error;
        out.kind = FlatScalar::Kind::Number;
        out.text = number.text();
        return simdjson::SUCCESS;
    }
    case od::json_type::boolean:
        out.kind = FlatScalar::Kind::Bool;
        return value.get_bool().get(out.flag);
    case od::json_type::null: {
        bool null = false;
        if (auto error = value.is_null().get(null); error || !null)
            return error ? error : simdjson::N_ATOM_ERROR;
        out.kind = FlatScalar::Kind::Null;
        return simdjson::SUCCESS;
    }
    default:
        break;
    }
    return simdjson::INCORRECT_TYPE; // an object or a list: not flat
}

/// The list's items are at depth (the root is 1), their members one deeper.
simdjson::error_code readList(od::array list, int depth, JsonConverter &converter,
    std::span<const std::string_view> names, QList<FlatRecord> &out)
{
    for (auto element : list) {
        od::value item;
        if (auto error = element.get(item))
            return error;
        od::object object;
        if (auto error = item.get_object().get(object))
            return error;
        FlatRecord record(static_cast<qsizetype>(names.size()));
        for (auto field : object) {
            std::string_view key;
            if (auto error = field.unescaped_key().get(key))
                return error;
            od::value member;
            if (auto error = field.value().get(member))
                return error;
            const auto named = std::find(names.begin(), names.end(), key);
            if (named == names.end()) {
                // Not read, but checked: an answer a full parse refuses is refused here too.
                if (auto error = converter.check(member, depth + 1))
                    return error;
                continue;
            }
            FlatScalar &slot = record[named - names.begin()];
            slot = FlatScalar();
            if (auto error = readScalar(member, converter, slot))
                return error;
        }
        out.append(std::move(record));
    }
    return simdjson::SUCCESS;
}

} // namespace

std::optional<QList<FlatRecord>> JsonReader::readFlatList(
    QByteArrayView json, std::string_view listName, std::span<const std::string_view> names)
{
    json = Json::withoutByteOrderMark(json); // as parseText() does
    if (d->allocation != simdjson::SUCCESS || json.trimmed().isEmpty())
        return std::nullopt;
    d->converter.setProjection(nullptr);
    d->load(json);
    od::document document;
    if (d->parser
            .iterate(d->buffer.constData(), static_cast<std::size_t>(json.size()),
                static_cast<std::size_t>(d->buffer.size()))
            .get(document))
        return std::nullopt;
    od::json_type type = od::json_type::null;
    if (document.type().get(type))
        return std::nullopt;

    QList<FlatRecord> records;
    if (type == od::json_type::array) {
        od::array list;
        if (document.get_array().get(list) || readList(list, 2, d->converter, names, records))
            return std::nullopt;
    } else if (type == od::json_type::object) {
        od::object root;
        if (document.get_object().get(root))
            return std::nullopt;
        bool found = false;
        for (auto field : root) {
            std::string_view key;
            od::value member;
            if (field.unescaped_key().get(key) || field.value().get(member))
                return std::nullopt;
            if (key != listName) {
                if (d->converter.check(member, 2))
                    return std::nullopt;
                continue;
            }
            // A repeated member replaces the earlier one, as in parse().
            records.clear();
            od::array list;
            if (member.get_array().get(list) || readList(list, 3, d->converter, names, records))
                return std::nullopt;
            found = true;
        }
        if (!found)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    // Past the root only whitespace may remain (see parse()).
    if (const char *location = nullptr; document.current_location().get(location) != simdjson::OUT_OF_BOUNDS)
        return std::nullopt;
    return records;
}

} // namespace Linkwright

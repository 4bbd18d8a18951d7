#pragma once

#include "domain/json.h"

#include <QByteArray>
#include <QVarLengthArray>

#include <simdjson.h>

#include <array>
#include <string_view>

namespace Linkwright {

namespace od = simdjson::ondemand;

/// Turns simdjson values into Values, for JsonReader only. Keys repeat in every record, so their
/// QByteArrays are shared; with a projection, the objects of a list of records keep only the
/// members asked for, and their whole text.
class JsonConverter final
{
public:
    explicit JsonConverter(int maxDepth);

    /// For the next document only: null reads every member of every object.
    void setProjection(const JsonProjection *projection);
    /// See JsonReader::setKeepsRepeatedMembers.
    void setKeepsRepeatedMembers(bool keep) { m_keepsRepeated = keep; }

    simdjson::error_code convert(od::value value, Value &out, int depth);

    simdjson::error_code number(std::string_view token, Value &out);

    /// Checks a value as convert() would read it (grammar, escapes, numbers, depth), building
    /// nothing: for readers that skip members yet must refuse what a full parse refuses.
    simdjson::error_code check(od::value value, int depth);

private:
    simdjson::error_code convertObject(od::value value, Value &out, int depth);

    void addMember(QList<Member> &members, QByteArray name, Value child);

    [[nodiscard]] bool atRecordList(int depth) const;

    /// A record of a projected page: the members asked for, and the record's whole text.
    simdjson::error_code convertRecord(od::value value, Value &out, int depth);

    simdjson::error_code convertArray(od::value value, Value &out, int depth);

    QByteArray keyBytes(std::string_view key);

    /// The index of key in the projection's names, or -1.
    [[nodiscard]] qsizetype keptIndex(std::string_view key) const;

    int m_maxDepth;
    std::array<QByteArray, 512> m_keys;
    const JsonProjection *m_projection = nullptr;
    /// The projection's names by their length: a record has about twenty members of which a
    /// few are asked for, and searching the names for each member was a tenth of reading a page.
    /// Up to three indexes into keep per length; LongName and SearchNames: search them all.
    static constexpr qint16 NoName = -1;
    static constexpr qint16 SearchNames = -2;
    static constexpr std::size_t LongName = 64;
    std::array<std::array<qint16, 4>, LongName> m_keptByLength{};
    QVarLengthArray<std::string_view, 4> m_path; ///< member names from the top, while on a record path
    qsizetype m_pathLimit = 0;
    bool m_keepsRepeated = false;
};

} // namespace Linkwright

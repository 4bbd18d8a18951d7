#pragma once

#include "domain/jsonconverter.h"

#include <QByteArray>

#include <simdjson.h>

#include <cstring>

namespace Linkwright {

/// JsonReader's state, shared by the files that implement its readers.
struct JsonReader::Private {
    explicit Private(int depth)
        : maxDepth(depth)
        , converter(depth)
    {
        // The parser's own depth limit sits just above ours, so ours names the problem.
        allocation = parser.allocate(1 << 20, static_cast<std::size_t>(depth) + 2);
    }

    /// simdjson reads up to SIMDJSON_PADDING bytes past the end; the copy provides them.
    void load(QByteArrayView json)
    {
        buffer.resize(json.size() + simdjson::SIMDJSON_PADDING);
        std::memcpy(buffer.data(), json.data(), static_cast<std::size_t>(json.size()));
        std::memset(buffer.data() + json.size(), 0, simdjson::SIMDJSON_PADDING);
    }

    int maxDepth;
    od::parser parser;
    simdjson::error_code allocation = simdjson::SUCCESS;
    JsonConverter converter;
    QByteArray buffer;
};

} // namespace Linkwright

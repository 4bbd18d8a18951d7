#pragma once

#include "domain/transformspec.h"
#include "domain/value.h"
#include "mapping/mapping.h"

#include <optional>

namespace Linkwright {

/// The type check at the end of a mapping's chain. It converts only where nothing can be lost:
/// a number to its exact text for "string", text holding a number to that number for "decimal"
/// and "integer". Integers stay exact text within ±2^63 and are never rounded. Null passes every
/// type: whether a value must be there is what "required" says.
class FieldCheck final
{
public:
    /// Converts value in place where the type allows it.
    [[nodiscard]] static std::optional<StepError> check(Value &value, FieldType type);
    /// required: null and empty text fail (a missing field never gets this far).
    [[nodiscard]] static std::optional<StepError> checkRequired(const Value &value);
};

} // namespace Linkwright

#pragma once

#include <QString>

namespace Linkwright {

/// Why one record could not be mapped. The message already names the mapping, as in
/// mappings[2] (target "name"): the source record has no field "title"; the hint says what to do.
struct MappingFailure {
    enum class FailureKind {
        Map, ///< a field could not be read or a transform could not apply: the "map" step failed
        Validate, ///< the result broke the mapping's type or "required": the "validate" step failed
    };

    int mappingIndex = -1; ///< -1 when no single mapping is at fault (the record is not an object)
    QString target;
    FailureKind kind = FailureKind::Map;
    QString message;
    QString hint;

    /// The message, and the hint on its own line when there is one.
    [[nodiscard]] QString toString() const
    {
        return hint.isEmpty() ? message : message + QStringLiteral("\n  hint: ") + hint;
    }
};

} // namespace Linkwright

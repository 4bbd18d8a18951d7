#pragma once

#include "domain/value.h"

namespace Linkwright::RestAnswer {

/// Whether an "error"-like member of an answer says anything: null, false, 0, "" and an empty
/// list or object (as in {"success": true, "errors": []}) say there was none. Pages and write
/// answers read it alike.
[[nodiscard]] bool saysSomething(const Value *value);

} // namespace Linkwright::RestAnswer

#pragma once

#include "connectors/rest/restpaging.h"
#include "sync/runjournal.h"

namespace Linkwright {

/// The failure a record leaves that its page delivered but the reader refused (Page::unreadable):
/// step "map", permanent, its key found without parsing it (keyField, empty when not found), and
/// its bytes as they arrived for the payload, so the failure log shows what the source sent.
[[nodiscard]] FailureInput unreadableFailure(
    const UnreadableRecord &record, QByteArrayView keyField, Direction direction);

/// A stand-in object holding only the record's "modifiedAt", for a WatermarkTracker: a record
/// that could not be read is in the failure log, so the watermark may pass it.
[[nodiscard]] Value unreadableStamp(const UnreadableRecord &record);

} // namespace Linkwright

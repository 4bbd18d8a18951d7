#pragma once

#include "connectors/rest/restpaging.h"
#include "sync/runjournal.h"

namespace Linkwright {

/// What read the page an unreadable record came in: its hint says what became of the page's other
/// records and where the record is to be corrected, which differs between these.
enum class ReadFor {
    Run, ///< a run, which synced the other records
    Look, ///< a dry run, a plan or a pre-flight reading the source: the others were only read
    LookAtTarget, ///< a pre-flight reading the target: only read, and the record is the target's
};

/// The failure a record leaves that its page delivered but the reader refused (Page::unreadable):
/// step "map", permanent, its key found without parsing it (keyField, empty when not found), and
/// its bytes as they arrived for the payload, so the failure log shows what the source sent.
[[nodiscard]] FailureInput unreadableFailure(
    const UnreadableRecord &record, QByteArrayView keyField, Direction direction, ReadFor readFor);

/// A stand-in object holding only the record's "modifiedAt", for a WatermarkTracker: a record
/// that could not be read is in the failure log, so the watermark may pass it.
[[nodiscard]] Value unreadableStamp(const UnreadableRecord &record);

} // namespace Linkwright

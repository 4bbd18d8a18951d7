#include "synctypes.h"

#include "domain/enumkeys.h"

namespace Linkwright {

namespace {

constexpr EnumKeys<PreflightIssue::Kind, 6> PreflightIssueKeys{
    {"invalid", "missing-key", "duplicate-source-key", "duplicate-target-key", "target-only", "near-match"}};

} // namespace

QString preflightIssueKey(PreflightIssue::Kind kind)
{
    return PreflightIssueKeys.key(kind);
}

} // namespace Linkwright

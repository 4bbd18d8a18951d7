#include "store.h"

#include "domain/enumkeys.h"

namespace Linkwright {

namespace {

constexpr EnumKeys<Side, 2> SideKeys{{"erp", "shop"}};
constexpr EnumKeys<RunStatus, 5> RunStatusKeys{
    {"running", "succeeded", "finished-with-failures", "failed", "cancelled"}};
constexpr EnumKeys<PlanAction, 6> PlanActionKeys{{"create", "update", "delete", "unchanged", "conflict", "invalid"}};
constexpr EnumKeys<PlanItemStatus, 4> PlanItemStatusKeys{{"pending", "applied", "skipped", "failed"}};
constexpr EnumKeys<FailureStep, 6> FailureStepKeys{{"fetch", "map", "validate", "match", "write", "conflict"}};
constexpr EnumKeys<ErrorClass, 2> ErrorClassKeys{{"transient", "permanent"}};
constexpr EnumKeys<FailureStatus, 4> FailureStatusKeys{{"open", "retried", "resolved", "ignored"}};

} // namespace

QString sideKey(Side side)
{
    return SideKeys.key(side);
}
std::optional<Side> sideFromKey(QStringView key)
{
    return SideKeys.fromKey(key);
}

QString runStatusKey(RunStatus status)
{
    return RunStatusKeys.key(status);
}
std::optional<RunStatus> runStatusFromKey(QStringView key)
{
    return RunStatusKeys.fromKey(key);
}

QString planActionKey(PlanAction action)
{
    return PlanActionKeys.key(action);
}
std::optional<PlanAction> planActionFromKey(QStringView key)
{
    return PlanActionKeys.fromKey(key);
}

QString planItemStatusKey(PlanItemStatus status)
{
    return PlanItemStatusKeys.key(status);
}
std::optional<PlanItemStatus> planItemStatusFromKey(QStringView key)
{
    return PlanItemStatusKeys.fromKey(key);
}

QString failureStepKey(FailureStep step)
{
    return FailureStepKeys.key(step);
}
std::optional<FailureStep> failureStepFromKey(QStringView key)
{
    return FailureStepKeys.fromKey(key);
}
QStringList failureStepKeys()
{
    return FailureStepKeys.allKeys();
}

QString errorClassKey(ErrorClass errorClass)
{
    return ErrorClassKeys.key(errorClass);
}
std::optional<ErrorClass> errorClassFromKey(QStringView key)
{
    return ErrorClassKeys.fromKey(key);
}
QStringList errorClassKeys()
{
    return ErrorClassKeys.allKeys();
}

QString failureStatusKey(FailureStatus status)
{
    return FailureStatusKeys.key(status);
}
std::optional<FailureStatus> failureStatusFromKey(QStringView key)
{
    return FailureStatusKeys.fromKey(key);
}
QStringList failureStatusKeys()
{
    return FailureStatusKeys.allKeys();
}

} // namespace Linkwright

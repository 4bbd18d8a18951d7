#pragma once

#include "simulatorschema.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Linkwright {

/// The records --hostile adds: each is an ordinary record of its resource with one thing a sync
/// must survive and turn into a failure-log entry, never a crash or a silently wrong value.
/// They live in the resources a demo sync reads first in each direction: ERP products and
/// customers, shop orders.
namespace SimulatorHostile {

enum class Kind {
    DeepNesting, ///< a field nested 2,000 arrays deep
    HugeInteger, ///< 123456789012345678901234567890 in an integer field
    InvalidUtf8, ///< bytes that are not UTF-8 inside a text field
    HugeString, ///< a text field of 10 MiB
    WrongType, ///< a number in a text field
};

/// Where the hostile values go in one resource.
struct Target {
    QString keyPrefix; ///< "LW-HOSTILE-"; the record keys are the prefix plus "DEEP", "BIGINT", ...
    QString textField; ///< a top-level string field a mapping will read
    QString integerField; ///< a top-level integer field
    QString structuredField; ///< a top-level object field, replaced by the deep nesting
};

inline constexpr int NestingDepth = 2000;
inline constexpr qsizetype HugeStringBytes = 10 * 1024 * 1024;
inline constexpr char HugeIntegerText[] = "123456789012345678901234567890";

[[nodiscard]] const QList<Kind> &kinds();
/// The resource's hostile set, or nullopt for resources that get none.
[[nodiscard]] std::optional<Target> target(SimulatorSystem system, DataPointKind kind);
/// "LW-HOSTILE-DEEP" and so on.
[[nodiscard]] QString key(const Target &target, Kind kind);
/// Every hostile key of the resource, empty when it has none.
[[nodiscard]] QStringList keys(SimulatorSystem system, DataPointKind kind);

/// The text of the hostile record: template with its key replaced and one field made hostile.
/// template must be an ordinary record of the resource (it gives every other field).
[[nodiscard]] QByteArray record(
    const Target &target, Kind kind, const QString &keyField, const QJsonObject &recordTemplate);

} // namespace SimulatorHostile

} // namespace Linkwright

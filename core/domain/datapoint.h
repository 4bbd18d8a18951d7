#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Linkwright {

/// The catalogue of what flows between an ERP and a shop (DESIGN.md, "Data points").
enum class DataPointKind {
    Products,
    Prices,
    Stock,
    Customers,
    Orders,
    OrderUpdates,
    Invoices,
};

enum class Direction {
    ErpToShop,
    ShopToErp,
    Both,
    Off,
};

enum class SyncMode {
    Batch,
    Live,
    Hybrid,
};

/// Who wins when both sides changed a field of a two-way data point since the last sync.
enum class ConflictPolicy {
    ErpOwns,
    ShopOwns,
    NewestWins,
    Review,
};

namespace DataPoints {

/// Every data point, in catalogue order.
[[nodiscard]] const QList<DataPointKind> &all();

/// The stable key used in project files and on the command line ("products", "orderUpdates").
[[nodiscard]] QString key(DataPointKind kind);
[[nodiscard]] std::optional<DataPointKind> fromKey(QStringView key);

/// Translated name for display ("Order updates").
[[nodiscard]] QString displayName(DataPointKind kind);

[[nodiscard]] Direction recommendedDirection(DataPointKind kind);
/// Why the recommendation is what it is, translated; shown when a project departs from it.
[[nodiscard]] QString recommendationReason(DataPointKind kind);
/// The natural key that matches records across both systems (SKU, customer number, ...).
[[nodiscard]] QString defaultKeyField(DataPointKind kind);

} // namespace DataPoints

[[nodiscard]] QString directionKey(Direction direction);
[[nodiscard]] std::optional<Direction> directionFromKey(QStringView key);
[[nodiscard]] QStringList directionKeys();
[[nodiscard]] QString directionDisplayName(Direction direction);

[[nodiscard]] QString syncModeKey(SyncMode mode);
[[nodiscard]] std::optional<SyncMode> syncModeFromKey(QStringView key);
[[nodiscard]] QStringList syncModeKeys();
[[nodiscard]] QString syncModeDisplayName(SyncMode mode);

[[nodiscard]] QString conflictPolicyKey(ConflictPolicy policy);
[[nodiscard]] std::optional<ConflictPolicy> conflictPolicyFromKey(QStringView key);
[[nodiscard]] QStringList conflictPolicyKeys();
[[nodiscard]] QString conflictPolicyDisplayName(ConflictPolicy policy);

} // namespace Linkwright

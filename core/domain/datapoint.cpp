#include "datapoint.h"

#include "domain/enumkeys.h"

#include <QCoreApplication>

#include <array>

namespace Linkwright {

namespace {

struct DataPointInfo {
    DataPointKind kind;
    const char *key;
    const char *name;
    Direction recommended;
    const char *reason;
    const char *keyField;
};

// The catalogue of DESIGN.md in one table, so keys, names and recommendations cannot drift apart.
constexpr std::array<DataPointInfo, 7> Catalogue{{
    {DataPointKind::Products, "products", QT_TRANSLATE_NOOP("Linkwright::DataPoints", "Products"), Direction::ErpToShop,
        QT_TRANSLATE_NOOP(
            "Linkwright::DataPoints", "the ERP is the master of product data; the shop only enriches it (images, SEO)"),
        "sku"},
    {DataPointKind::Prices, "prices", QT_TRANSLATE_NOOP("Linkwright::DataPoints", "Prices"), Direction::ErpToShop,
        QT_TRANSLATE_NOOP("Linkwright::DataPoints", "prices, contracts and quantity breaks are kept in the ERP"),
        "sku"},
    {DataPointKind::Stock, "stock", QT_TRANSLATE_NOOP("Linkwright::DataPoints", "Stock levels"), Direction::ErpToShop,
        QT_TRANSLATE_NOOP("Linkwright::DataPoints", "the shop sends orders, not stock; the ERP stays the stock master"),
        "sku"},
    {DataPointKind::Customers, "customers", QT_TRANSLATE_NOOP("Linkwright::DataPoints", "Customers"), Direction::Both,
        QT_TRANSLATE_NOOP("Linkwright::DataPoints",
            "customers register in the shop and are maintained in the ERP, so both sides change them"),
        "customerNumber"},
    {DataPointKind::Orders, "orders", QT_TRANSLATE_NOOP("Linkwright::DataPoints", "Orders"), Direction::ShopToErp,
        QT_TRANSLATE_NOOP("Linkwright::DataPoints", "online orders are placed in the shop and fulfilled by the ERP"),
        "orderNumber"},
    {DataPointKind::OrderUpdates, "orderUpdates", QT_TRANSLATE_NOOP("Linkwright::DataPoints", "Order updates"),
        Direction::Both,
        QT_TRANSLATE_NOOP("Linkwright::DataPoints",
            "the ERP reports status, shipping and tracking; the shop reports cancellations and edits"),
        "orderNumber"},
    {DataPointKind::Invoices, "invoices", QT_TRANSLATE_NOOP("Linkwright::DataPoints", "Offline orders and invoices"),
        Direction::ErpToShop,
        QT_TRANSLATE_NOOP("Linkwright::DataPoints",
            "invoices and offline orders exist only in the ERP; the shop shows them as history"),
        "invoiceNumber"},
}};

const DataPointInfo &info(DataPointKind kind)
{
    return Catalogue.at(static_cast<std::size_t>(kind));
}

QString translated(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

} // namespace

namespace DataPoints {

const QList<DataPointKind> &all()
{
    static const QList<DataPointKind> kinds = [] {
        QList<DataPointKind> list;
        for (const auto &entry : Catalogue)
            list.append(entry.kind);
        return list;
    }();
    return kinds;
}

QString key(DataPointKind kind)
{
    return QString::fromLatin1(info(kind).key);
}

std::optional<DataPointKind> fromKey(QStringView key)
{
    for (const auto &entry : Catalogue) {
        if (key == QLatin1StringView(entry.key))
            return entry.kind;
    }
    return std::nullopt;
}

QString displayName(DataPointKind kind)
{
    return translated("Linkwright::DataPoints", info(kind).name);
}

Direction recommendedDirection(DataPointKind kind)
{
    return info(kind).recommended;
}

QString recommendationReason(DataPointKind kind)
{
    return translated("Linkwright::DataPoints", info(kind).reason);
}

QString defaultKeyField(DataPointKind kind)
{
    return QString::fromLatin1(info(kind).keyField);
}

} // namespace DataPoints

namespace {

/// Keys for files and the command line, and names for people (translated on use).
template <typename Enum, std::size_t N>
struct EnumNames {
    EnumKeys<Enum, N> keys;
    std::array<const char *, N> names;

    QString key(Enum value) const { return keys.key(value); }
    std::optional<Enum> fromKey(QStringView text) const { return keys.fromKey(text); }
    QStringList allKeys() const { return keys.allKeys(); }
    QString name(Enum value) const
    {
        return QCoreApplication::translate("Linkwright::DataPoints", names.at(static_cast<std::size_t>(value)));
    }
};

constexpr EnumNames<Direction, 4> DirectionNames{{"erp-to-shop", "shop-to-erp", "both", "off"},
    {QT_TRANSLATE_NOOP("Linkwright::DataPoints", "ERP → shop"),
        QT_TRANSLATE_NOOP("Linkwright::DataPoints", "Shop → ERP"),
        QT_TRANSLATE_NOOP("Linkwright::DataPoints", "Both ways"), QT_TRANSLATE_NOOP("Linkwright::DataPoints", "Off")}};

constexpr EnumNames<SyncMode, 3> ModeNames{{"batch", "live", "hybrid"},
    {QT_TRANSLATE_NOOP("Linkwright::DataPoints", "Batch"), QT_TRANSLATE_NOOP("Linkwright::DataPoints", "Live"),
        QT_TRANSLATE_NOOP("Linkwright::DataPoints", "Hybrid")}};

constexpr EnumNames<ConflictPolicy, 4> PolicyNames{{"erp-owns", "shop-owns", "newest-wins", "review"},
    {QT_TRANSLATE_NOOP("Linkwright::DataPoints", "ERP owns"), QT_TRANSLATE_NOOP("Linkwright::DataPoints", "Shop owns"),
        QT_TRANSLATE_NOOP("Linkwright::DataPoints", "Newest change wins"),
        QT_TRANSLATE_NOOP("Linkwright::DataPoints", "Send to review")}};

} // namespace

QString directionKey(Direction direction)
{
    return DirectionNames.key(direction);
}
std::optional<Direction> directionFromKey(QStringView key)
{
    return DirectionNames.fromKey(key);
}
QStringList directionKeys()
{
    return DirectionNames.allKeys();
}
QString directionDisplayName(Direction direction)
{
    return DirectionNames.name(direction);
}

QString syncModeKey(SyncMode mode)
{
    return ModeNames.key(mode);
}
std::optional<SyncMode> syncModeFromKey(QStringView key)
{
    return ModeNames.fromKey(key);
}
QStringList syncModeKeys()
{
    return ModeNames.allKeys();
}
QString syncModeDisplayName(SyncMode mode)
{
    return ModeNames.name(mode);
}

QString conflictPolicyKey(ConflictPolicy policy)
{
    return PolicyNames.key(policy);
}
std::optional<ConflictPolicy> conflictPolicyFromKey(QStringView key)
{
    return PolicyNames.fromKey(key);
}
QStringList conflictPolicyKeys()
{
    return PolicyNames.allKeys();
}
QString conflictPolicyDisplayName(ConflictPolicy policy)
{
    return PolicyNames.name(policy);
}

} // namespace Linkwright

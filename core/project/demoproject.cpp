#include "demoproject.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Linkwright {

namespace {

Endpoint simulatorEndpoint(const QString &name, quint16 port, const QString &side)
{
    Endpoint endpoint;
    endpoint.name = name;
    endpoint.connector = ConnectorType::Rest;
    endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/%2/").arg(port).arg(side));
    endpoint.timeoutSeconds = 30;
    return endpoint;
}

FieldMapping map(const char *target, const char *source, QList<Transform> transforms = {}, bool required = false)
{
    return {QString::fromLatin1(target), {QString::fromLatin1(source)}, std::move(transforms), required};
}

Transform op(const char *name, QJsonObject args = {})
{
    return {QString::fromLatin1(name), std::move(args)};
}

Schedule every(int seconds)
{
    return {Schedule::Kind::Interval, seconds, {}};
}

} // namespace

Project demoProject(quint16 simulatorPort)
{
    Project project;
    project.name = QCoreApplication::translate("Linkwright::Project", "Demo: simulated ERP and shop");
    project.erp = simulatorEndpoint(
        QCoreApplication::translate("Linkwright::Project", "Demo ERP"), simulatorPort, QStringLiteral("erp"));
    project.shop = simulatorEndpoint(
        QCoreApplication::translate("Linkwright::Project", "Demo shop"), simulatorPort, QStringLiteral("shop"));

    const auto config = [](DataPointKind kind, SyncMode mode, Schedule schedule) {
        DataPointConfig dp;
        dp.kind = kind;
        dp.direction = DataPoints::recommendedDirection(kind);
        dp.mode = mode;
        dp.schedule = std::move(schedule);
        dp.keyField = DataPoints::defaultKeyField(kind);
        if (dp.direction == Direction::Both)
            dp.conflictDefault = ConflictPolicy::NewestWins;
        return dp;
    };

    DataPointConfig products = config(DataPointKind::Products, SyncMode::Batch, every(15 * 60));
    products.mappings = {
        map("sku", "sku", {op("trim"), op("upper")}, true),
        map("name", "name", {op("trim")}, true),
        map("description", "description", {op("default", {{QStringLiteral("value"), QString()}})}),
        map("category", "category"),
        map("unit", "unit", {op("lower")}),
    };
    DataPointConfig prices = config(DataPointKind::Prices, SyncMode::Hybrid, every(15 * 60));
    prices.mappings = {
        map("sku", "sku", {}, true), map("price", "listPrice", {}, true), map("currency", "currency", {op("upper")})};
    DataPointConfig stock = config(DataPointKind::Stock, SyncMode::Batch, every(5 * 60));
    DataPointConfig customers = config(DataPointKind::Customers, SyncMode::Batch, every(60 * 60));
    customers.conflictFields.insert(QStringLiteral("creditHold"), ConflictPolicy::ErpOwns);
    customers.conflictFields.insert(QStringLiteral("email"), ConflictPolicy::ShopOwns);
    DataPointConfig orders = config(DataPointKind::Orders, SyncMode::Live, {});
    DataPointConfig updates = config(DataPointKind::OrderUpdates, SyncMode::Hybrid, every(10 * 60));
    DataPointConfig invoices =
        config(DataPointKind::Invoices, SyncMode::Batch, {Schedule::Kind::Cron, 0, QStringLiteral("0 2 * * *")});

    project.dataPoints = {products, prices, stock, customers, orders, updates, invoices};
    return project;
}

} // namespace Linkwright

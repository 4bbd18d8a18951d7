#include "roiscenario.h"

namespace Linkwright {

QString RoiPresets::whitepaperName()
{
    return tr("Whitepaper example");
}

RoiScenario RoiPresets::whitepaper()
{
    RoiScenario scenario;
    scenario.name = whitepaperName();
    scenario.areas = {area(Area::ProductChanges), area(Area::Orders), area(Area::CustomerQueries)};
    return scenario;
}

QList<RoiPresets::Area> RoiPresets::areas()
{
    return {Area::ProductChanges, Area::Orders, Area::CustomerQueries, Area::StockUpdates, Area::Invoices,
        Area::Returns, Area::Custom};
}

QString RoiPresets::areaName(Area preset)
{
    switch (preset) {
    case Area::ProductChanges:
        return tr("Product changes");
    case Area::Orders:
        return tr("Orders");
    case Area::CustomerQueries:
        return tr("Customer queries");
    case Area::StockUpdates:
        return tr("Stock updates");
    case Area::Invoices:
        return tr("Invoices");
    case Area::Returns:
        return tr("Returns");
    case Area::Custom:
        break;
    }
    return tr("New area");
}

RoiArea RoiPresets::area(Area preset)
{
    const auto make = [preset](const char *cost, const char *perDay, const char *improvement,
                          std::optional<DataPointKind> dataPoint) {
        return RoiArea{areaName(preset), QString::fromLatin1(cost), QString::fromLatin1(perDay),
            QString::fromLatin1(improvement), dataPoint};
    };
    switch (preset) {
    case Area::ProductChanges:
        return make("10", "10", "50", DataPointKind::Products);
    case Area::Orders:
        return make("10", "100", "50", DataPointKind::Orders);
    case Area::CustomerQueries:
        // Queries are not records the integration writes, so nothing measures them by default.
        return make("7", "10", "80", std::nullopt);
    case Area::StockUpdates:
        return make("0", "0", "50", DataPointKind::Stock);
    case Area::Invoices:
        return make("0", "0", "50", DataPointKind::Invoices);
    case Area::Returns:
        return make("0", "0", "50", std::nullopt);
    case Area::Custom:
        break;
    }
    return make("0", "0", "0", std::nullopt);
}

} // namespace Linkwright

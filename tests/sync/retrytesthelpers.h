#pragma once

// What the retry suites share: a few products whose writes the shop refuses, and the failures
// that leaves in the log to retry.
#include "domain/json.h"
#include "syncfixture.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Linkwright::Testing {

inline constexpr int Products = 6;

inline SimulatorDataOptions few()
{
    SimulatorDataOptions data;
    data.products = Products;
    data.customers = 4;
    data.orders = 4;
    return data;
}

/// The shop refuses every write (the ERP answers as usual).
inline FaultConfig shopWritesFail(FaultKind kind)
{
    FaultConfig config = faults(1.0, {kind});
    config.scope = FaultScope::Shop;
    config.onGet = false;
    return config;
}

inline SyncOptions smallBatches()
{
    SyncOptions options;
    options.batchSize = 2;
    return options;
}

/// The open failure of each product key, after a run whose writes all failed.
inline QHash<QString, Failure> failWrites(SyncFixture &fixture, FaultKind kind)
{
    fixture.sim().setFaults(shopWritesFail(kind));
    auto report = fixture.runner().run(DataPointKind::Products, smallBatches());
    fixture.sim().setFaults(FaultConfig{});
    QHash<QString, Failure> byKey;
    if (!report || report->run.counts.failed != Products)
        return byKey;
    FailureFilter open;
    open.status = FailureStatus::Open;
    for (const Failure &failure : fixture.failures(open))
        byKey.insert(failure.key, failure);
    return byKey;
}

/// A product whose blank name the mapping refuses (it requires one), after the run that
/// logged it: the filter finds its one validate failure.
inline FailureFilter refusedBlankName(SyncFixture &fixture)
{
    FailureFilter validate;
    validate.step = FailureStep::Validate;
    validate.waiting = true;
    const bool posted = fixture.post(SimulatorSystem::Erp, DataPointKind::Products,
        {Value::object({{"sku", Value::utf8("LW-00003")}, {"name", Value::utf8("  ")}})});
    if (!posted || !fixture.runner().run(DataPointKind::Products))
        validate.ids = {-1}; // matches nothing: the caller's count fails
    return validate;
}

inline QStringList shopKeys(SyncFixture &fixture)
{
    QStringList keys = fixture.records(SimulatorSystem::Shop, DataPointKind::Products).keys();
    keys.sort();
    return keys;
}

} // namespace Linkwright::Testing

#pragma once

// What the one-way suites share: a simulated data set small enough to check record by record.
#include "syncfixture.h"

namespace Linkwright::Testing {

inline SimulatorDataOptions small()
{
    SimulatorDataOptions data;
    data.products = 40;
    data.customers = 10;
    data.orders = 12;
    return data;
}

} // namespace Linkwright::Testing

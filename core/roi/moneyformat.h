#pragma once

#include "domain/decimal.h"

#include <QLocale>
#include <QString>

namespace Linkwright {

/// Exact amounts in a locale's conventions: its digits, grouping, decimal mark and the place of
/// the currency ("€1,234.50", "1.234,50 €", "EUR 1,234.50"). QLocale::toCurrencyString takes a
/// double; this never does.
class MoneyFormat final
{
public:
    /// amount rounded to places (2 by default) with the currency: the locale's own symbol when
    /// currency is the locale's currency, the ISO code otherwise.
    [[nodiscard]] static QString currency(
        const Decimal &amount, const QString &currency, const QLocale &locale, int places = 2);
    /// The number alone, grouped: "1,234.5".
    [[nodiscard]] static QString number(const Decimal &value, const QLocale &locale, int places);
    /// "12.5 %" in the locale's way of writing percent.
    [[nodiscard]] static QString percent(const Decimal &value, const QLocale &locale, int places = 1);
};

} // namespace Linkwright

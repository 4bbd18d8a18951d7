#pragma once

#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

#include <span>

namespace Linkwright::SimulatorWords {

/// A product family: what a generated product is, what it weighs and costs.
struct ProductFamily {
    const char *category;
    std::span<const char *const> nouns;
    const char *unit;
    int minWeightGrams;
    int maxWeightGrams;
    int minPriceCents;
    int maxPriceCents;
};

/// A country the demo customers live in, with cities whose postal codes look right.
struct Country {
    const char *code;
    const char *companySuffix;
    const char *callingCode;
    const char *language;
    const char *currency; ///< the currency an ERP bills customers there in
    int vatPercent;
    std::span<const char *const> cities;
    std::span<const char *const> postalCodes;
    std::span<const char *const> streets;
};

[[nodiscard]] std::span<const ProductFamily> productFamilies();
[[nodiscard]] std::span<const Country> countries();
[[nodiscard]] std::span<const char *const> seriesNames();
[[nodiscard]] std::span<const char *const> materials();
[[nodiscard]] std::span<const char *const> features();
[[nodiscard]] std::span<const char *const> colours();
[[nodiscard]] std::span<const char *const> sizes();
[[nodiscard]] std::span<const char *const> warehouses();
[[nodiscard]] std::span<const char *const> firstNames();
[[nodiscard]] std::span<const char *const> lastNames();
[[nodiscard]] std::span<const char *const> trades();
[[nodiscard]] std::span<const char *const> carriers();

/// An inclusive random integer; QRandomGenerator::bounded excludes the upper end.
[[nodiscard]] int between(QRandomGenerator &rng, int lowest, int highest);
/// True with the given chance in percent.
[[nodiscard]] bool chance(QRandomGenerator &rng, int percent);

template <typename T>
[[nodiscard]] const T &pick(QRandomGenerator &rng, std::span<const T> items)
{
    return items[static_cast<std::size_t>(between(rng, 0, static_cast<int>(items.size()) - 1))];
}

[[nodiscard]] inline QString pickText(QRandomGenerator &rng, std::span<const char *const> items)
{
    return QString::fromUtf8(pick(rng, items));
}

/// Fixed-point decimal text ("19.90" for 1990 at scale 2); money never passes through a double.
[[nodiscard]] QString decimal(qint64 units, int scale = 2);

/// A percentage of an amount in cents, rounded half up as an ERP prints it on a document.
[[nodiscard]] qint64 percentOf(qint64 cents, int percent);

/// prefix followed by length characters of uppercase letters and digits, as payment providers
/// and ERPs print references ("PAY-7KQ2M9XD4R8T").
[[nodiscard]] QString reference(QRandomGenerator &rng, const QString &prefix, int length);

/// A 13-digit EAN with a valid check digit.
[[nodiscard]] QString ean13(QRandomGenerator &rng);

/// A postal address in the given country for the given recipient.
[[nodiscard]] QJsonObject address(QRandomGenerator &rng, const Country &country, const QString &recipient);

/// Lower-case ASCII for e-mail addresses and URLs ("Müller & Co" -> "muller-co").
[[nodiscard]] QString slug(const QString &text);

} // namespace Linkwright::SimulatorWords

#include "moneyformat.h"

namespace Linkwright {

namespace {

QString digits(QStringView ascii, const QLocale &locale)
{
    QString text;
    for (QChar digit : ascii)
        text += locale.toString(digit.unicode() - u'0');
    return text;
}

} // namespace

QString MoneyFormat::number(const Decimal &value, const QLocale &locale, int places)
{
    const Decimal rounded = value.rounded(places).value_or(value);
    const QString text = rounded.toString();
    const bool negative = text.startsWith(u'-');
    const QStringView magnitude = QStringView(text).sliced(negative ? 1 : 0);
    const qsizetype point = magnitude.indexOf(u'.');
    const QStringView integer = point < 0 ? magnitude : magnitude.first(point);
    QString result;
    // 64 bits hold every amount the ROI checker lets through; past that, digits ungrouped.
    bool ok = false;
    const qlonglong whole = integer.toLongLong(&ok);
    result = ok ? locale.toString(whole) : digits(integer, locale);
    if (point >= 0)
        result += locale.decimalPoint() + digits(magnitude.sliced(point + 1), locale);
    return negative ? locale.negativeSign() + result : result;
}

QString MoneyFormat::currency(const Decimal &amount, const QString &currency, const QLocale &locale, int places)
{
    const bool own = currency == locale.currencySymbol(QLocale::CurrencyIsoCode);
    const QString symbol = own ? locale.currencySymbol(QLocale::CurrencySymbol) : currency;
    const bool negative = amount.isNegative() && !amount.rounded(places).value_or(amount).isZero();
    // The locale's pattern around the digit one, for the sign and the side of the symbol.
    QString pattern = locale.toCurrencyString(qlonglong(negative ? -1 : 1), symbol);
    const QString one = locale.toString(1);
    qsizetype at = pattern.indexOf(one);
    if (at < 0)
        return number(amount, locale, places) + QChar(0x00A0) + symbol;
    // "EUR1" reads badly; a code (not a symbol such as €) is kept apart by a no-break space.
    if (!own) {
        const qsizetype before = pattern.indexOf(symbol);
        if (before >= 0 && before + symbol.size() == at) {
            pattern.insert(at, QChar(0x00A0));
            ++at;
        } else if (before == at + one.size()) {
            pattern.insert(before, QChar(0x00A0));
        }
    }
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i).isSpace())
            pattern[i] = QChar(0x00A0);
    }
    const Decimal magnitude = negative ? amount.negated() : amount;
    return pattern.left(at) + number(magnitude, locale, places) + pattern.mid(at + one.size());
}

QString MoneyFormat::percent(const Decimal &value, const QLocale &locale, int places)
{
    // Qt's locales carry the percent sign but not whether a space goes before it; the common
    // typographic rule of most European languages and ISO 31-0 is a space.
    const bool spaced = locale.language() != QLocale::English && locale.language() != QLocale::C;
    return number(value, locale, places) + (spaced ? QStringLiteral("\u00A0") : QString()) + locale.percent();
}

} // namespace Linkwright

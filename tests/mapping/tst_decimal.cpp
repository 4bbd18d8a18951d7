#include "domain/decimal.h"

#include <QTest>

using namespace Linkwright;

namespace {

Decimal dec(QByteArrayView text)
{
    auto number = Decimal::parse(text);
    if (!number)
        qFatal("not a decimal: %s: %s", text.toByteArray().constData(), qPrintable(number.error().message));
    return *number;
}

QByteArray text(const Result<Decimal> &number)
{
    return number ? number->toText() : QByteArray("error: ") + number.error().message.toUtf8();
}

} // namespace

class TestDecimal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseKeepsText_data();
    void parseKeepsText();
    void parseRefuses_data();
    void parseRefuses();
    void pointOnePlusPointTwoIsPointThree();
    void grossPriceRoundsCommercially();
    void currencyConversion();
    void multiplyIsExact_data();
    void multiplyIsExact();
    void roundsHalfAwayFromZero_data();
    void roundsHalfAwayFromZero();
    void roundingPadsToThePlaces();
    void overflowIsAnErrorNeverAWrap();
    void largeIdsStayExact();
    void compareIsNumeric();
    void toInt64OnlyWhenExact();
    void looksLikeNumber();
    void dividesToThePlacesGiven_data();
    void dividesToThePlacesGiven();
    void divisionRefusesZeroAndOverflow();
};

void TestDecimal::parseKeepsText_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("output");
    QTest::newRow("money") << QByteArray("19.90") << QByteArray("19.90");
    QTest::newRow("negative half") << QByteArray("-0.5") << QByteArray("-0.5");
    QTest::newRow("exponent") << QByteArray("1e3") << QByteArray("1000");
    QTest::newRow("exponent with fraction") << QByteArray("1.25E+2") << QByteArray("125");
    QTest::newRow("negative exponent") << QByteArray("125e-2") << QByteArray("1.25");
    QTest::newRow("small exponent keeps places") << QByteArray("1.50e-1") << QByteArray("0.150");
    QTest::newRow("zero") << QByteArray("0") << QByteArray("0");
    QTest::newRow("zero with places") << QByteArray("0.00") << QByteArray("0.00");
    QTest::newRow("minus zero") << QByteArray("-0.00") << QByteArray("0.00");
    QTest::newRow("plus sign and spaces") << QByteArray("  +7.4604 ") << QByteArray("7.4604");
    QTest::newRow("leading zeros") << QByteArray("007.50") << QByteArray("7.50");
    QTest::newRow("30 places") << QByteArray("0.123456789012345678901234567890")
                               << QByteArray("0.123456789012345678901234567890");
    QTest::newRow("trailing zeros past 30 places")
        << QByteArray("1.0000000000000000000000000000000000") << QByteArray("1.000000000000000000000000000000");
    QTest::newRow("38 digits") << QByteArray("99999999999999999999999999999999999999")
                               << QByteArray("99999999999999999999999999999999999999");
    QTest::newRow("zero with a huge exponent") << QByteArray("0e999999999999") << QByteArray("0");
}

void TestDecimal::parseKeepsText()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, output);
    QCOMPARE(text(Decimal::parse(input)), output);
}

void TestDecimal::parseRefuses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("text") << QByteArray("abc") << QStringLiteral("\"abc\" is not a number");
    QTest::newRow("empty") << QByteArray("") << QStringLiteral("\"\" is not a number");
    QTest::newRow("comma") << QByteArray("19,90") << QStringLiteral("\"19,90\" is not a number");
    QTest::newRow("bare point") << QByteArray(".5") << QStringLiteral("\".5\" is not a number");
    QTest::newRow("trailing point") << QByteArray("5.") << QStringLiteral("\"5.\" is not a number");
    QTest::newRow("nan") << QByteArray("NaN") << QStringLiteral("\"NaN\" is not a number");
    QTest::newRow("39 digits") << QByteArray("123456789012345678901234567890123456789")
                               << QStringLiteral(
                                      "123456789012345678901234567890123456789 has more digits than can be calculated "
                                      "exactly (38)");
    QTest::newRow("huge exponent") << QByteArray(
        "1e999999999999") << QStringLiteral("1e999999999999 is too large to calculate exactly (more than 38 digits)");
    QTest::newRow("too many places") << QByteArray("1e-31") << QStringLiteral("1e-31 has more than 30 decimal places");
}

void TestDecimal::parseRefuses()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const auto number = Decimal::parse(input);
    QVERIFY(!number);
    QCOMPARE(number.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(number.error().message, message);
}

void TestDecimal::pointOnePlusPointTwoIsPointThree()
{
    const auto sum = dec("0.1").add(dec("0.2"));
    QVERIFY(sum);
    QCOMPARE(sum->toText(), QByteArray("0.3"));
    QVERIFY(*sum == dec("0.3"));
    QCOMPARE(text(dec("19.90").subtract(dec("0.9"))), QByteArray("19.00"));
    QCOMPARE(text(dec("-1.5").add(dec("1.5"))), QByteArray("0.0"));
}

void TestDecimal::grossPriceRoundsCommercially()
{
    // 19.99 * 1.19 = 23.7881 -> 23.79; 19.90 * 1.19 = 23.6810 -> 23.68.
    const auto gross = dec("19.99").multiply(dec("1.19"));
    QCOMPARE(text(gross), QByteArray("23.7881"));
    QCOMPARE(text(gross->rounded(2)), QByteArray("23.79"));
    QCOMPARE(text(dec("19.90").multiply(dec("1.19"))), QByteArray("23.6810"));
    QCOMPARE(text(dec("19.90").multiply(dec("1.19"))->rounded(2)), QByteArray("23.68"));
}

void TestDecimal::currencyConversion()
{
    const auto dkk = dec("100.00").multiply(dec("7.4604"));
    QCOMPARE(text(dkk), QByteArray("746.040000"));
    QCOMPARE(text(dkk->rounded(2)), QByteArray("746.04"));
    // A rate with many places and an amount that does not divide evenly.
    QCOMPARE(text(dec("12345.67").multiply(dec("0.134048"))->rounded(2)), QByteArray("1654.91"));
}

void TestDecimal::multiplyIsExact_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<QByteArray>("product");
    QTest::newRow("integers") << QByteArray("12") << QByteArray("-3") << QByteArray("-36");
    QTest::newRow("scale adds up") << QByteArray("0.1") << QByteArray("0.1") << QByteArray("0.01");
    QTest::newRow("by zero") << QByteArray("19.90") << QByteArray("0") << QByteArray("0.00");
    QTest::newRow("grams to kg") << QByteArray("1250") << QByteArray("0.001") << QByteArray("1.250");
    QTest::newRow("trailing zeros shed to fit")
        << QByteArray("1000000000000000.0000000000") << QByteArray("1000000000000000.0000000000")
        << QByteArray("1000000000000000000000000000000");
}

void TestDecimal::multiplyIsExact()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(QByteArray, product);
    QCOMPARE(text(dec(a).multiply(dec(b))), product);
}

void TestDecimal::roundsHalfAwayFromZero_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("places");
    QTest::addColumn<QByteArray>("output");
    QTest::newRow("half up") << QByteArray("2.345") << 2 << QByteArray("2.35");
    QTest::newRow("half negative away") << QByteArray("-2.345") << 2 << QByteArray("-2.35");
    QTest::newRow("below half") << QByteArray("2.3449") << 2 << QByteArray("2.34");
    QTest::newRow("to whole") << QByteArray("0.5") << 0 << QByteArray("1");
    QTest::newRow("to whole negative") << QByteArray("-0.5") << 0 << QByteArray("-1");
    QTest::newRow("small negative to zero") << QByteArray("-0.4") << 0 << QByteArray("0");
    QTest::newRow("carry") << QByteArray("9.995") << 2 << QByteArray("10.00");
    QTest::newRow("not half even") << QByteArray("2.5") << 0 << QByteArray("3");
}

void TestDecimal::roundsHalfAwayFromZero()
{
    QFETCH(QByteArray, input);
    QFETCH(int, places);
    QFETCH(QByteArray, output);
    QCOMPARE(text(dec(input).rounded(places)), output);
}

void TestDecimal::roundingPadsToThePlaces()
{
    QCOMPARE(text(dec("19.9").rounded(2)), QByteArray("19.90"));
    QCOMPARE(text(dec("23").rounded(2)), QByteArray("23.00"));
    QVERIFY(!dec("1").rounded(-1));
    QVERIFY(!dec("1").rounded(31));
    // Padding that would need a 39th digit is refused.
    QVERIFY(!dec("12345678901234567890").rounded(30));
}

void TestDecimal::overflowIsAnErrorNeverAWrap()
{
    const Decimal big = dec("99999999999999999999999999999999999999");
    const auto sum = big.add(dec("1"));
    QVERIFY(!sum);
    QVERIFY(sum.error().message.contains(QStringLiteral("more digits than can be calculated exactly")));
    const auto product = big.multiply(dec("10"));
    QVERIFY(!product);
    // A long rate times a large amount: the hint says what to shorten.
    QVERIFY2(product.error().hint.contains(QStringLiteral("fewer decimal places")), qPrintable(product.error().hint));
    QVERIFY(!big.negated().subtract(dec("1")));
    QVERIFY(!dec("1e20").multiply(dec("1e20")));
    // Aligning scales can overflow too.
    QVERIFY(!dec("1e30").add(dec("0.000000001")));
}

void TestDecimal::largeIdsStayExact()
{
    // Above 2^53, where a double would already have rounded.
    QCOMPARE(dec("9007199254740993").toText(), QByteArray("9007199254740993"));
    QCOMPARE(dec("9007199254740993").toInt64(), std::optional<qint64>(9007199254740993LL));
    QCOMPARE(text(dec("9007199254740993").add(dec("1"))), QByteArray("9007199254740994"));
    QCOMPARE(dec("123456789012345678901234567890").toText(), QByteArray("123456789012345678901234567890"));
    QCOMPARE(text(dec("123456789012345678901234567890").multiply(dec("1.00"))),
        QByteArray("123456789012345678901234567890.00"));
}

void TestDecimal::compareIsNumeric()
{
    QVERIFY(dec("1.5") == dec("1.50"));
    QVERIFY(dec("1.49") < dec("1.5"));
    QVERIFY(dec("-1") < dec("0.001"));
    QVERIFY(dec("-0.5") > dec("-0.51"));
    QVERIFY(dec("99999999999999999999999999999999999999") > dec("0.000000000000000000000000000001"));
    QVERIFY(dec("-0.1") < dec("0"));
    QVERIFY(dec("0") < dec("0.1"));
}

void TestDecimal::toInt64OnlyWhenExact()
{
    QCOMPARE(dec("12.00").toInt64(), std::optional<qint64>(12));
    QCOMPARE(dec("12.5").toInt64(), std::nullopt);
    QCOMPARE(dec("9223372036854775807").toInt64(), std::optional<qint64>(std::numeric_limits<qint64>::max()));
    QCOMPARE(dec("-9223372036854775808").toInt64(), std::optional<qint64>(std::numeric_limits<qint64>::min()));
    QCOMPARE(dec("9223372036854775808").toInt64(), std::nullopt);
    QCOMPARE(dec("-9223372036854775809").toInt64(), std::nullopt);
}

void TestDecimal::looksLikeNumber()
{
    QVERIFY(Decimal::looksLikeNumber("19.90"));
    QVERIFY(Decimal::looksLikeNumber(" -1e999999 "));
    QVERIFY(!Decimal::looksLikeNumber("19.90 EUR"));
    QVERIFY(!Decimal::looksLikeNumber(""));
    QVERIFY(!Decimal::looksLikeNumber("-"));
    QVERIFY(!Decimal::looksLikeNumber("1e"));
}

void TestDecimal::dividesToThePlacesGiven_data()
{
    QTest::addColumn<QByteArray>("dividend");
    QTest::addColumn<QByteArray>("divisor");
    QTest::addColumn<int>("places");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("third") << QByteArray("10") << QByteArray("3") << 2 << QByteArray("3.33");
    QTest::newRow("two thirds round up") << QByteArray("2") << QByteArray("3") << 2 << QByteArray("0.67");
    QTest::newRow("half away from zero") << QByteArray("1") << QByteArray("8") << 2 << QByteArray("0.13");
    QTest::newRow("negative half") << QByteArray("-1") << QByteArray("8") << 2 << QByteArray("-0.13");
    QTest::newRow("negative divisor") << QByteArray("7") << QByteArray("-2") << 0 << QByteArray("-4");
    QTest::newRow("exact pads") << QByteArray("221190") << QByteArray("12") << 2 << QByteArray("18432.50");
    QTest::newRow("fractional divisor") << QByteArray("1.5") << QByteArray("0.25") << 1 << QByteArray("6.0");
    QTest::newRow("scales differ") << QByteArray("0.001") << QByteArray("1000") << 6 << QByteArray("0.000001");
    QTest::newRow("zero") << QByteArray("0") << QByteArray("7") << 3 << QByteArray("0.000");
}

void TestDecimal::dividesToThePlacesGiven()
{
    QFETCH(QByteArray, dividend);
    QFETCH(QByteArray, divisor);
    QFETCH(int, places);
    QFETCH(QByteArray, expected);
    QCOMPARE(text(dec(dividend).divided(dec(divisor), places)), expected);
}

void TestDecimal::divisionRefusesZeroAndOverflow()
{
    const auto byZero = dec("5").divided(dec("0.00"), 2);
    QVERIFY(!byZero);
    QCOMPARE(byZero.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(byZero.error().message.contains(QStringLiteral("zero")), qPrintable(byZero.error().message));
    QVERIFY(!dec("99999999999999999999999999999999999999").divided(dec("0.001"), 0));
    QVERIFY(!dec("1").divided(dec("3"), Decimal::MaxScale + 1));
}

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"

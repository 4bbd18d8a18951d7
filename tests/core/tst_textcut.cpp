// Values cut to fit a table cell or a message: between whole characters as a reader sees them.
#include "domain/textcut.h"

#include <QTest>

using namespace Linkwright;

class TestTextCut final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cutsBetweenWholeCharacters_data();
    void cutsBetweenWholeCharacters();
};

void TestTextCut::cutsBetweenWholeCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("cut");
    QTest::newRow("fits") << QStringLiteral("Desk") << 4 << QStringLiteral("Desk");
    QTest::newRow("plain") << QStringLiteral("Standing desk") << 6 << QStringLiteral("Stand…");
    // "ab" then an emoji of two UTF-16 units: a cut after "ab" and one unit printed U+FFFD.
    QTest::newRow("surrogate pair") << QStringLiteral("ab\U0001F600cd") << 4 << QStringLiteral("ab…");
    QTest::newRow("surrogate pair fits whole")
        << QStringLiteral("ab\U0001F600cd") << 5 << QStringLiteral("ab\U0001F600…");
    // A family: man, ZWJ, woman, ZWJ, girl (eight units); "x" before it.
    QTest::newRow("zwj sequence") << QStringLiteral("x\U0001F468\u200D\U0001F469\u200D\U0001F467y") << 6
                                  << QStringLiteral("x…");
    QTest::newRow("combining mark") << QStringLiteral("abcA\u030Adef") << 5 << QStringLiteral("abc…");
    QTest::newRow("width one") << QStringLiteral("Desk") << 1 << QStringLiteral("…");
}

void TestTextCut::cutsBetweenWholeCharacters()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QFETCH(QString, cut);
    QCOMPARE(cutText(text, width), cut);
    QVERIFY(cutText(text, width).size() <= width);
}

QTEST_GUILESS_MAIN(TestTextCut)
#include "tst_textcut.moc"

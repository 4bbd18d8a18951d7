// The set of keys a run has met: every duplicate found, and none where the keys only share a
// hash, through growth from empty and from a reservation.
#include "sync/keyset.h"

#include <QSet>
#include <QTest>

using namespace Linkwright;

class TestKeySet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsDuplicatesAcrossGrowth_data();
    void findsDuplicatesAcrossGrowth();
    void keysThatShareAHashStayApart();
    void emptyAndUnusualKeys();
    void aDuplicateSaysTheTagItCameWith();
};

namespace {

/// Every key in one bucket: only the comparison of the keys themselves tells them apart.
quint64 oneHash(const QString &)
{
    return 42;
}

/// Keys that differ in their last bits land in the same few buckets.
quint64 fewHashes(const QString &key)
{
    return KeySet::hash(key) & 0x3;
}

} // namespace

void TestKeySet::findsDuplicatesAcrossGrowth_data()
{
    QTest::addColumn<qsizetype>("reserved");
    QTest::newRow("grown from empty") << qsizetype(0);
    QTest::newRow("reserved too few") << qsizetype(10);
    QTest::newRow("reserved enough") << qsizetype(20'000);
    QTest::newRow("reserved nothing") << qsizetype(-5);
    QTest::newRow("reserved far too many") << qsizetype(10'000'000);
}

void TestKeySet::findsDuplicatesAcrossGrowth()
{
    QFETCH(qsizetype, reserved);
    KeySet keys;
    if (reserved != 0)
        keys.reserve(reserved);
    QSet<QString> expected;
    // Keys of a realistic shape, each third one repeated a little later.
    for (int i = 0; i < 20'000; ++i) {
        const QString key = QStringLiteral("LW-%1").arg(i, 6, 10, QLatin1Char('0'));
        QCOMPARE(keys.insert(key), !expected.contains(key));
        expected.insert(key);
        if (i % 3 == 0 && i > 0) {
            const QString earlier = QStringLiteral("LW-%1").arg(i - 1, 6, 10, QLatin1Char('0'));
            QVERIFY2(!keys.insert(earlier), qPrintable(earlier));
        }
    }
    QCOMPARE(keys.size(), expected.size());
    for (const QString &key : std::as_const(expected))
        QVERIFY2(keys.contains(key), qPrintable(key));
    QVERIFY(!keys.contains(QStringLiteral("LW-020000")));
    QVERIFY(!keys.contains(QStringLiteral("lw-000001")));
}

void TestKeySet::keysThatShareAHashStayApart()
{
    for (const KeySet::Hasher hasher : {&oneHash, &fewHashes}) {
        KeySet keys(hasher);
        for (int i = 0; i < 300; ++i)
            QVERIFY(keys.insert(QString::number(i)));
        for (int i = 0; i < 300; ++i) {
            QVERIFY(!keys.insert(QString::number(i)));
            QVERIFY(keys.contains(QString::number(i)));
        }
        QVERIFY(!keys.contains(QStringLiteral("300")));
        QCOMPARE(keys.size(), 300);
    }
}

void TestKeySet::emptyAndUnusualKeys()
{
    KeySet keys;
    QVERIFY(!keys.contains(QString()));
    QCOMPARE(keys.size(), 0);
    QVERIFY(keys.insert(QString()));
    // A null and an empty string are the same key, as they are for QString's ==.
    QVERIFY(!keys.insert(QStringLiteral("")));
    // Case, accents and characters outside the BMP are part of a key.
    const QStringList different{QStringLiteral("Ä-1"), QStringLiteral("A\u0308-1"), QStringLiteral("a-1"),
        QStringLiteral("A-1"), QString::fromUtf8("\xF0\x9F\x98\x80")};
    for (const QString &key : different)
        QVERIFY2(keys.insert(key), qPrintable(key));
    for (const QString &key : different)
        QVERIFY2(!keys.insert(key), qPrintable(key));
    QCOMPARE(keys.size(), different.size() + 1);
}

void TestKeySet::aDuplicateSaysTheTagItCameWith()
{
    // Marked with the source's id and the page: the same record met again tells itself from
    // another record that has the same key, across growth and in a crowded bucket alike.
    for (const KeySet::Hasher hasher : {&KeySet::hash, &oneHash}) {
        KeySet keys(hasher);
        for (int i = 0; i < 300; ++i)
            QVERIFY(keys.insert(QStringLiteral("K-%1").arg(i), {KeySet::tag(QByteArray::number(i)), i / 10}));
        KeySet::Mark earlier{};
        QVERIFY(!keys.insert(QStringLiteral("K-7"), {KeySet::tag("7"), 40}, &earlier));
        QCOMPARE(earlier.tag, KeySet::tag("7"));
        QCOMPARE(earlier.page, 0);
        QVERIFY(!keys.insert(QStringLiteral("K-88"), {KeySet::tag("999"), 40}, &earlier));
        QCOMPARE(earlier.tag, KeySet::tag("88"));
        QCOMPARE(earlier.page, 8);
        QVERIFY(earlier.tag != KeySet::tag("999"));
        QVERIFY(keys.insert(QStringLiteral("untagged")));
        QVERIFY(!keys.insert(QStringLiteral("untagged"), {KeySet::tag("1"), 1}, &earlier));
        QCOMPARE(earlier.tag, quint64(0));
    }
    QVERIFY(KeySet::tag("") != 0);
}

QTEST_GUILESS_MAIN(TestKeySet)
#include "tst_keyset.moc"

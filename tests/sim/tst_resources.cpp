#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

class TestResources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void applicationIconIsEmbedded();
};

void TestResources::applicationIconIsEmbedded()
{
    // The window looks the icon up under this exact name and falls back to a theme icon when it
    // is missing, so a broken resource would only show as a wrong icon; this catches it.
    QFile icon(QStringLiteral(":/icons/linkwright.svg"));
    QVERIFY2(icon.open(QIODevice::ReadOnly), qPrintable(icon.errorString()));

    QXmlStreamReader svg(&icon);
    QVERIFY(svg.readNextStartElement());
    QCOMPARE(svg.name(), QStringLiteral("svg"));
    QCOMPARE(svg.namespaceUri(), QStringLiteral("http://www.w3.org/2000/svg"));
    QCOMPARE(svg.attributes().value(QStringLiteral("viewBox")), QStringLiteral("0 0 256 256"));
    int elements = 0;
    while (!svg.atEnd()) {
        svg.readNext();
        if (svg.isStartElement())
            ++elements;
    }
    QVERIFY2(!svg.hasError(), qPrintable(svg.errorString()));
    QVERIFY(elements > 5);
}

QTEST_GUILESS_MAIN(TestResources)
#include "tst_resources.moc"

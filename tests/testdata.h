#pragma once

// The test data folder (tests/data) and reading a file from it, for the tests of every folder.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtGlobal>

namespace Linkwright::TestData {

inline QString dir()
{
    return QStringLiteral(LINKWRIGHT_TEST_DATA_DIR);
}

/// The whole file; a file the test cannot read stops the test run, naming the file.
inline QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(fileName));
    return file.readAll();
}

} // namespace Linkwright::TestData

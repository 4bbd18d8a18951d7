#include "projectpaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace Linkwright::ProjectPaths {

QString projectSuffix()
{
    return QStringLiteral(".linkwright.json");
}

QString stateDatabase(const QString &projectFile, const QString &dataDirectory)
{
    const QFileInfo info(projectFile);
    QString base = info.fileName();
    if (base.endsWith(projectSuffix(), Qt::CaseInsensitive))
        base.chop(projectSuffix().size());
    else
        base = info.completeBaseName();
    const QByteArray hash =
        QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    return QDir(dataDirectory)
        .filePath(QStringLiteral("state/") + base + u'-' + QString::fromLatin1(hash) + QStringLiteral(".sqlite"));
}

} // namespace Linkwright::ProjectPaths

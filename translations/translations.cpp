#include "translations.h"

#include <QFile>

namespace Linkwright::Translations {

QString resourceDirectory()
{
    return QStringLiteral(":/i18n");
}

QStringList available()
{
    QStringList languages{QStringLiteral("en")};
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("da")}) {
        if (QFile::exists(resourceDirectory() + QStringLiteral("/linkwright_") + language + QStringLiteral(".qm")))
            languages.append(language);
    }
    return languages;
}

} // namespace Linkwright::Translations

#include "clicommands.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Linkwright"));
    QCoreApplication::setApplicationName(QStringLiteral("linkwright"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LINKWRIGHT_VERSION));

    // Messages follow the user's locale, like the window's.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("linkwright"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Linkwright::CliCommands commands(out, err);
    return static_cast<int>(commands.run(QCoreApplication::arguments()));
}

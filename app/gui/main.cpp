// The composition root of the window: parse the command line, build the services and hand
// them to the main window. Nothing here knows what a page does.

#include "mainwindow/dialogprompter.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/uisettings.h"
#include "project/demoproject.h"
#include "project/projectdocument.h"
#include "project/projectfile.h"
#include "secretresolvers.h"
#include "translations.h"
#include "widgets/icons.h"
#include "widgets/jobtracker.h"
#include "widgets/translatormanager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>
#include <cstring>

namespace {

/// --version must answer on a machine without a display, so it is read before QApplication
/// (which would try to open one) exists.
bool wantsVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            return false;
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0)
            return true;
    }
    return false;
}

/// Writes the demo project on first use, so --demo always has something to open.
Linkwright::Result<QString> demoProjectFile()
{
    const QString directory =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("demo"));
    const QString fileName = QDir(directory).filePath(QStringLiteral("demo.linkwright.json"));
    if (QFile::exists(fileName))
        return fileName;
    if (!QDir().mkpath(directory)) {
        return Linkwright::fail(Linkwright::ErrorCode::FileUnwritable, QDir::toNativeSeparators(directory),
            QCoreApplication::translate("main", "cannot be created"),
            QCoreApplication::translate("main", "Check the permissions of your home folder."));
    }
    if (auto saved = Linkwright::ProjectFile::save(Linkwright::demoProject(), fileName); !saved)
        return std::unexpected(saved.error());
    return fileName;
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsVersion(argc, argv)) {
        std::fputs("linkwright " LINKWRIGHT_VERSION "\n", stdout);
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Linkwright"));
    QApplication::setApplicationName(QStringLiteral("linkwright"));
    QApplication::setApplicationVersion(QStringLiteral(LINKWRIGHT_VERSION));
    // Matches resources/linux/org.linkwright.Linkwright.desktop, so Wayland shows our icon.
    QApplication::setDesktopFileName(QStringLiteral("org.linkwright.Linkwright"));
    Linkwright::Icons::ensureTheme();
    QApplication::setWindowIcon(Linkwright::Icons::application());

    QSettings settings;
    Linkwright::UiSettings uiSettings(settings);
    Linkwright::TranslatorManager translator(Linkwright::Translations::resourceDirectory());
    translator.setLanguage(uiSettings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Linkwright: a console for connecting a webshop to an ERP."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open the demo project (wired to linkwright-sim)."));
    parser.addOption(demo);
    parser.addPositionalArgument(QStringLiteral("project"),
        QCoreApplication::translate("main", "A project file to open."), QStringLiteral("[project]"));
    parser.process(app);

    QNetworkAccessManager network;
    Linkwright::JobTracker jobs;
    Linkwright::ProjectDocument document;
    Linkwright::DialogPrompter prompter;
    const auto secrets = Linkwright::makeSecretResolver();
    Linkwright::MainWindow window({document, uiSettings, translator, network, jobs, prompter, *secrets});
    window.show();

    QString fileName = parser.positionalArguments().value(0);
    if (parser.isSet(demo)) {
        const auto demoFile = demoProjectFile();
        if (demoFile) {
            fileName = *demoFile;
        } else {
            prompter.showError(&window, QCoreApplication::translate("main", "Could not open the demo"),
                QCoreApplication::translate("main", "The demo project could not be written."),
                demoFile.error().toString());
        }
    }
    if (!fileName.isEmpty())
        window.openProject(fileName);

    return QApplication::exec();
}

#pragma once

#include "fakeprompter.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/uisettings.h"
#include "project/projectdocument.h"
#include "secrets/secretresolver.h"
#include "widgets/jobtracker.h"
#include "widgets/translatormanager.h"

#include "project/demoproject.h"
#include "project/projectfile.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>

namespace Linkwright {

/// Everything main.cpp builds, with settings in a file of the test's choosing and a prompter
/// the test answers. Members are declared in the order they must be built.
struct ShellFixture {
    explicit ShellFixture(const QString &settingsFile, const QString &qmDirectory = QStringLiteral(":/i18n"))
        : store(settingsFile, QSettings::IniFormat)
        , settings(store)
        , translator(qmDirectory)
        , window({document, settings, translator, network, jobs, prompter, secrets})
    {
    }

    QSettings store;
    UiSettings settings;
    TranslatorManager translator;
    QNetworkAccessManager network;
    JobTracker jobs;
    ProjectDocument document;
    FakePrompter prompter;
    EnvironmentSecretResolver secrets;
    MainWindow window;
};

/// Writes the demo project to fileName; returns the name, or nothing when it could not be written.
inline QString writeDemoProject(const QString &fileName)
{
    if (!ProjectFile::save(demoProject(), fileName))
        return {};
    return fileName;
}

inline QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace Linkwright

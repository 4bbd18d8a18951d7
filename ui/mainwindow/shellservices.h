#pragma once

class QNetworkAccessManager;

namespace Linkwright {

class JobTracker;
class ProjectDocument;
class Prompter;
class SecretResolver;
class TranslatorManager;
class UiSettings;

/// What the composition root (app/gui/main.cpp, or a test) hands the main window. The window
/// passes each page only the parts that page needs.
struct ShellServices {
    ProjectDocument &document;
    UiSettings &settings;
    TranslatorManager &translator;
    QNetworkAccessManager &network;
    JobTracker &jobs;
    Prompter &prompter;
    /// Reads the passwords a Tryton endpoint's connection test logs in with.
    SecretResolver &secrets;
};

} // namespace Linkwright

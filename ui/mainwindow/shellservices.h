#pragma once

class QNetworkAccessManager;

namespace Linkwright {

class JobTracker;
class ProjectDocument;
class Prompter;
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
};

} // namespace Linkwright

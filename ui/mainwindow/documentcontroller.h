#pragma once

#include "project/projectfile.h"

#include <QObject>
#include <QString>

class QWidget;

namespace Linkwright {

class ProjectDocument;
class Prompter;
class UiSettings;

/// The File menu's work: new, open, save, save as, and the question about unsaved edits that
/// comes before anything that would drop them. Every path returns whether it went through, so
/// callers (closing the window, tests) know when to stop.
class DocumentController final : public QObject
{
    Q_OBJECT

public:
    DocumentController(ProjectDocument &document, UiSettings &settings, Prompter &prompter, QWidget *window);

    /// True when the open document may be dropped: nothing unsaved, saved now, or discarded.
    bool maybeSaveChanges();

    bool newProject();
    /// Asks for a file, then opens it.
    bool open();
    bool openFile(const QString &fileName);
    /// Asks for a file name the first time.
    bool save();
    bool saveAs();
    bool saveAsFile(const QString &fileName);

private:
    /// Opens without asking about unsaved edits; the caller has asked.
    bool load(const QString &fileName);
    void reportOpenFailure(const QString &fileName, const Diagnostics &problems);
    void reportSaveFailure(const QString &fileName, const Diagnostics &problems);
    [[nodiscard]] QString suggestedFileName() const;

    ProjectDocument &m_document;
    UiSettings &m_settings;
    Prompter &m_prompter;
    QWidget *m_window;
};

} // namespace Linkwright

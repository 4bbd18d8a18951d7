#include "documentcontroller.h"

#include "mainwindow/prompter.h"
#include "mainwindow/uisettings.h"
#include "project/projectdocument.h"

#include "project/projectpaths.h"
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>
#include <QWidget>

namespace Linkwright {

namespace {

/// One line per problem, with its hint indented below, for the details of an error box.
QString describe(const Diagnostics &problems)
{
    QStringList lines;
    for (const Diagnostic &problem : problems) {
        if (problem.severity != Diagnostic::Severity::Error)
            continue;
        lines.append(QStringLiteral("• ") + problem.toString());
        if (!problem.hint.isEmpty())
            lines.append(QStringLiteral("   ") + problem.hint);
    }
    return lines.join(u'\n');
}

} // namespace

DocumentController::DocumentController(
    ProjectDocument &document, UiSettings &settings, Prompter &prompter, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_settings(settings)
    , m_prompter(prompter)
    , m_window(window)
{
}

bool DocumentController::maybeSaveChanges()
{
    if (!m_document.hasProject() || !m_document.isModified())
        return true;
    switch (m_prompter.askSaveChanges(m_window, m_document.displayName())) {
    case Prompter::SaveChoice::Save:
        return save();
    case Prompter::SaveChoice::Discard:
        return true;
    case Prompter::SaveChoice::Cancel:
        break;
    }
    return false;
}

bool DocumentController::newProject()
{
    if (!maybeSaveChanges())
        return false;
    m_document.newProject();
    return true;
}

bool DocumentController::open()
{
    if (!maybeSaveChanges())
        return false;
    QString directory = QFileInfo(m_document.fileName()).absolutePath();
    if (m_document.fileName().isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString fileName = m_prompter.askOpenFileName(m_window, directory);
    if (fileName.isEmpty())
        return false;
    return load(fileName);
}

bool DocumentController::openFile(const QString &fileName)
{
    if (!maybeSaveChanges())
        return false;
    return load(fileName);
}

bool DocumentController::load(const QString &fileName)
{
    auto opened = m_document.open(fileName);
    if (!opened) {
        reportOpenFailure(fileName, opened.error());
        return false;
    }
    m_settings.addRecentFile(fileName);
    return true;
}

bool DocumentController::save()
{
    if (!m_document.hasProject())
        return false;
    if (m_document.fileName().isEmpty())
        return saveAs();
    return saveAsFile(m_document.fileName());
}

bool DocumentController::saveAs()
{
    if (!m_document.hasProject())
        return false;
    QString fileName = m_prompter.askSaveFileName(m_window, suggestedFileName());
    if (fileName.isEmpty())
        return false;
    if (!fileName.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        fileName += ProjectPaths::projectSuffix();
    return saveAsFile(fileName);
}

bool DocumentController::saveAsFile(const QString &fileName)
{
    auto saved = m_document.saveAs(fileName);
    if (!saved) {
        reportSaveFailure(fileName, saved.error());
        return false;
    }
    m_settings.addRecentFile(fileName);
    return true;
}

void DocumentController::reportOpenFailure(const QString &fileName, const Diagnostics &problems)
{
    // A recent-files entry that no longer opens would fail the same way every time.
    if (!QFileInfo::exists(fileName))
        m_settings.removeRecentFile(fileName);
    m_prompter.showError(m_window, tr("Could not open project"),
        tr("\"%1\" could not be opened. The project that was open stays open.").arg(QDir::toNativeSeparators(fileName)),
        describe(problems));
}

void DocumentController::reportSaveFailure(const QString &fileName, const Diagnostics &problems)
{
    m_prompter.showError(m_window, tr("Could not save project"),
        tr("\"%1\" was not written. Your edits are still here; fix the problems below "
           "and save again.")
            .arg(QDir::toNativeSeparators(fileName)),
        describe(problems));
}

QString DocumentController::suggestedFileName() const
{
    if (!m_document.fileName().isEmpty())
        return m_document.fileName();
    QString base = m_document.project().name.trimmed();
    base.replace(u'/', u'-');
    if (base.isEmpty())
        base = tr("project");
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(directory).filePath(base + ProjectPaths::projectSuffix());
}

} // namespace Linkwright

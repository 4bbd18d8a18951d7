#pragma once

#include "mainwindow/prompter.h"

#include <QList>
#include <QStringList>

namespace Linkwright {

/// Answers the window's questions from queues the test fills. With nothing queued it answers
/// Cancel and "no file", so a test never discards edits by accident.
class FakePrompter final : public Prompter
{
public:
    QList<SaveChoice> saveChoices;
    QStringList openFileNames;
    QStringList saveFileNames;
    QStringList exportFileNames;

    int saveQuestions = 0;
    QStringList errors; ///< title, text and details of every error shown, joined by newlines

    SaveChoice askSaveChanges(QWidget *, const QString &) override
    {
        ++saveQuestions;
        return saveChoices.isEmpty() ? SaveChoice::Cancel : saveChoices.takeFirst();
    }
    QString askOpenFileName(QWidget *, const QString &) override
    {
        return openFileNames.isEmpty() ? QString() : openFileNames.takeFirst();
    }
    QString askSaveFileName(QWidget *, const QString &) override
    {
        return saveFileNames.isEmpty() ? QString() : saveFileNames.takeFirst();
    }
    QString askExportFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return exportFileNames.isEmpty() ? QString() : exportFileNames.takeFirst();
    }
    void showError(QWidget *, const QString &title, const QString &text, const QString &details) override
    {
        errors.append(title + u'\n' + text + u'\n' + details);
    }
};

} // namespace Linkwright

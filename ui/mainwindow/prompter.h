#pragma once

#include <QString>

class QWidget;

namespace Linkwright {

/// The questions the window asks the user. Behind an interface so tests can answer them
/// without modal dialogs; DialogPrompter is the real one.
class Prompter
{
public:
    enum class SaveChoice {
        Save,
        Discard,
        Cancel,
    };

    virtual ~Prompter() = default;

    virtual SaveChoice askSaveChanges(QWidget *parent, const QString &documentName) = 0;
    /// Empty when the user cancels.
    virtual QString askOpenFileName(QWidget *parent, const QString &directory) = 0;
    virtual QString askSaveFileName(QWidget *parent, const QString &suggestedPath) = 0;
    /// Where to write an export (a PDF, a picture); filter as QFileDialog takes it.
    virtual QString askExportFileName(
        QWidget *parent, const QString &title, const QString &suggestedPath, const QString &filter) = 0;
    virtual void showError(QWidget *parent, const QString &title, const QString &text, const QString &details) = 0;

protected:
    Prompter() = default;
    Prompter(const Prompter &) = default;
    Prompter &operator=(const Prompter &) = default;
};

} // namespace Linkwright

#include "dialogprompter.h"

#include <QFileDialog>
#include <QMessageBox>

namespace Linkwright {

QString DialogPrompter::projectFilter()
{
    return tr("Linkwright projects (*.linkwright.json)") + QStringLiteral(";;") + tr("JSON files (*.json)")
        + QStringLiteral(";;") + tr("All files (*)");
}

Prompter::SaveChoice DialogPrompter::askSaveChanges(QWidget *parent, const QString &documentName)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Unsaved changes"));
    box.setText(tr("Save the changes to \"%1\"?").arg(documentName));
    box.setInformativeText(tr("Your edits are lost if you don't save them."));
    box.setStandardButtons(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        return SaveChoice::Save;
    case QMessageBox::Discard:
        return SaveChoice::Discard;
    default:
        return SaveChoice::Cancel;
    }
}

QString DialogPrompter::askOpenFileName(QWidget *parent, const QString &directory)
{
    return QFileDialog::getOpenFileName(parent, tr("Open project"), directory, projectFilter());
}

QString DialogPrompter::askSaveFileName(QWidget *parent, const QString &suggestedPath)
{
    return QFileDialog::getSaveFileName(parent, tr("Save project as"), suggestedPath, projectFilter());
}

QString DialogPrompter::askExportFileName(
    QWidget *parent, const QString &title, const QString &suggestedPath, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

void DialogPrompter::showError(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Critical);
    box.setWindowTitle(title);
    box.setText(text);
    box.setInformativeText(details);
    box.setStandardButtons(QMessageBox::Ok);
    box.exec();
}

} // namespace Linkwright

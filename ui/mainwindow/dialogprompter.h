#pragma once

#include "mainwindow/prompter.h"

#include <QCoreApplication>

namespace Linkwright {

/// Asks with the platform's message boxes and file dialogs.
class DialogPrompter final : public Prompter
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::DialogPrompter)

public:
    SaveChoice askSaveChanges(QWidget *parent, const QString &documentName) override;
    QString askOpenFileName(QWidget *parent, const QString &directory) override;
    QString askSaveFileName(QWidget *parent, const QString &suggestedPath) override;
    QString askExportFileName(
        QWidget *parent, const QString &title, const QString &suggestedPath, const QString &filter) override;
    void showError(QWidget *parent, const QString &title, const QString &text, const QString &details) override;

private:
    [[nodiscard]] static QString projectFilter();
};

} // namespace Linkwright

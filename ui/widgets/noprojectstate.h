#pragma once

#include <QIcon>
#include <QWidget>

class QAction;

namespace Linkwright {

class EmptyState;

/// What a page that edits the project shows while none is open: what the page is for, and the
/// two ways to begin.
class NoProjectState final : public QWidget
{
    Q_OBJECT

public:
    explicit NoProjectState(const QIcon &icon, QWidget *parent = nullptr);

    /// The page's own sentence on what it is for; set again on every language change.
    void setText(const QString &text);

Q_SIGNALS:
    void newProjectRequested();
    void openProjectRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    EmptyState *m_empty = nullptr;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
};

} // namespace Linkwright

#pragma once

#include <QIcon>
#include <QString>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;

namespace Linkwright {

/// What a page shows when it has nothing to show yet: a large icon, a title, a sentence or two
/// on what the page is for, and the first step as buttons.
class EmptyState final : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setTitle(const QString &title);
    void setText(const QString &text);
    /// A button that triggers the action and follows its text and icon.
    void addButton(QAction *action);

    [[nodiscard]] QString title() const;
    [[nodiscard]] QString text() const;

private:
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QHBoxLayout *m_buttons = nullptr;
};

} // namespace Linkwright

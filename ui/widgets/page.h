#pragma once

#include <QIcon>
#include <QString>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QVBoxLayout;

namespace Linkwright {

/// Every page of the window, in sidebar order.
enum class PageId {
    Endpoints,
    DataPoints,
    Mappings,
    Schedules,
    Runs,
    Diffs,
    Failures,
    Dashboard,
    Roi,
};

/// A stable, untranslated name for settings and file names ("datapoints").
[[nodiscard]] QString pageKey(PageId id);

/// One page of the main window: a header with the title, a line saying what the page is for
/// and the page's main actions, above the page's own content.
class Page : public QWidget
{
    Q_OBJECT

public:
    [[nodiscard]] PageId id() const { return m_id; }
    [[nodiscard]] virtual QString title() const = 0;
    [[nodiscard]] virtual QIcon icon() const = 0;

Q_SIGNALS:
    void navigationRequested(Linkwright::PageId page);
    void newProjectRequested();
    void openProjectRequested();

protected:
    Page(PageId id, QWidget *parent);

    void setSubtitle(const QString &text);
    /// Shown as a button at the right of the header; its text and icon follow the action.
    void addHeaderAction(QAction *action);
    void setContent(QWidget *content);

    /// Sets every translated text of the page; called again on each language change.
    virtual void retranslate() = 0;
    /// Subclasses call this once at the end of their constructor.
    void retranslateUi();

    void changeEvent(QEvent *event) override;

private:
    PageId m_id;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QHBoxLayout *m_actions = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QWidget *m_content = nullptr;
};

} // namespace Linkwright

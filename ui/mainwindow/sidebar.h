#pragma once

#include "widgets/page.h"

#include <QListWidget>

namespace Linkwright {

/// The list of pages at the left of the window, grouped under section headings.
class Sidebar final : public QListWidget
{
    Q_OBJECT

public:
    explicit Sidebar(QWidget *parent = nullptr);

    /// Returns the section's handle for setSectionTitle.
    int addSection();
    void setSectionTitle(int section, const QString &title);
    void addPage(PageId id, const QIcon &icon);
    void setPageTitle(PageId id, const QString &title);
    void setCurrentPage(PageId id);
    [[nodiscard]] QString pageTitle(PageId id) const;

    [[nodiscard]] QSize sizeHint() const override;

Q_SIGNALS:
    void pageSelected(Linkwright::PageId id);

private:
    [[nodiscard]] QListWidgetItem *itemFor(PageId id) const;
};

} // namespace Linkwright

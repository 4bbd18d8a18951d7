#pragma once

#include "widgets/page.h"

#include <optional>

class QAction;

namespace Linkwright {

class EmptyState;

/// A page that has nothing to show yet: its header and an empty state that says what the page
/// is for, with an optional first step that leads to another page.
class EmptyPage : public Page
{
    Q_OBJECT

public:
    [[nodiscard]] EmptyState *emptyState() const { return m_empty; }

protected:
    /// firstStep: the page the first-step button leads to, if any.
    EmptyPage(PageId id, std::optional<PageId> firstStep, QWidget *parent);

    struct Texts {
        QString subtitle;
        QString title;
        QString text;
        QString firstStep = {}; ///< the button's label; only with a first step
    };
    /// Called from the subclass's retranslate().
    void setTexts(const Texts &texts);
    /// The large icon of the empty state; the page's own icon unless that would mislead.
    [[nodiscard]] virtual QIcon emptyIcon() const { return icon(); }

private:
    EmptyState *m_empty = nullptr;
    QAction *m_firstStep = nullptr;
};

} // namespace Linkwright

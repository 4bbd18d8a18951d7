#include "emptypage.h"

#include "widgets/emptystate.h"
#include "widgets/icons.h"

#include <QAction>

namespace Linkwright {

EmptyPage::EmptyPage(PageId id, std::optional<PageId> firstStep, QWidget *parent)
    : Page(id, parent)
{
    m_empty = new EmptyState(this);
    if (firstStep) {
        m_firstStep = new QAction(Icons::themed(QStringLiteral("go-next"), QStyle::SP_ArrowForward), QString(), this);
        m_firstStep->setObjectName(QStringLiteral("firstStep"));
        connect(m_firstStep, &QAction::triggered, this,
            [this, target = *firstStep] { Q_EMIT navigationRequested(target); });
        m_empty->addButton(m_firstStep);
    }
    setContent(m_empty);
}

void EmptyPage::setTexts(const Texts &texts)
{
    // Here rather than in the constructor, where the subclass's icon() is not callable yet.
    m_empty->setIcon(emptyIcon());
    setSubtitle(texts.subtitle);
    m_empty->setTitle(texts.title);
    m_empty->setText(texts.text);
    if (m_firstStep)
        m_firstStep->setText(texts.firstStep);
}

} // namespace Linkwright

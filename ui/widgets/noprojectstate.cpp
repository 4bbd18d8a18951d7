#include "noprojectstate.h"

#include "widgets/emptystate.h"
#include "widgets/icons.h"

#include <QAction>
#include <QEvent>
#include <QVBoxLayout>

namespace Linkwright {

NoProjectState::NoProjectState(const QIcon &icon, QWidget *parent)
    : QWidget(parent)
{
    m_new = new QAction(Icons::themed(QStringLiteral("document-new"), QStyle::SP_FileIcon), QString(), this);
    m_open = new QAction(Icons::themed(QStringLiteral("document-open"), QStyle::SP_DialogOpenButton), QString(), this);
    connect(m_new, &QAction::triggered, this, &NoProjectState::newProjectRequested);
    connect(m_open, &QAction::triggered, this, &NoProjectState::openProjectRequested);

    m_empty = new EmptyState(this);
    m_empty->setIcon(icon);
    m_empty->addButton(m_new);
    m_empty->addButton(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    retranslate();
}

void NoProjectState::setText(const QString &text)
{
    m_empty->setText(text);
}

void NoProjectState::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NoProjectState::retranslate()
{
    m_empty->setTitle(tr("No project open"));
    m_new->setText(tr("Create a Project"));
    m_open->setText(tr("Open a Project…"));
}

} // namespace Linkwright

#include "page.h"

#include <QAction>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Linkwright {

QString pageKey(PageId id)
{
    switch (id) {
    case PageId::Endpoints:
        return QStringLiteral("endpoints");
    case PageId::DataPoints:
        return QStringLiteral("datapoints");
    case PageId::Mappings:
        return QStringLiteral("mappings");
    case PageId::Schedules:
        return QStringLiteral("schedules");
    case PageId::Runs:
        return QStringLiteral("runs");
    case PageId::Diffs:
        return QStringLiteral("diffs");
    case PageId::Failures:
        return QStringLiteral("failures");
    case PageId::Dashboard:
        return QStringLiteral("dashboard");
    case PageId::Roi:
        return QStringLiteral("roi");
    }
    return {};
}

Page::Page(PageId id, QWidget *parent)
    : QWidget(parent)
    , m_id(id)
{
    setObjectName(pageKey(id) + QStringLiteral("Page"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->hide();

    m_actions = new QHBoxLayout;
    m_actions->setSpacing(6);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(20, 14, 20, 10);
    header->addLayout(titles, 1);
    header->addLayout(m_actions);

    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setForegroundRole(QPalette::Mid);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_layout->addLayout(header);
    m_layout->addWidget(rule);
}

void Page::setSubtitle(const QString &text)
{
    m_subtitle->setText(text);
    m_subtitle->setVisible(!text.isEmpty());
}

void Page::addHeaderAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(false);
    m_actions->addWidget(button, 0, Qt::AlignTop);
}

void Page::setContent(QWidget *content)
{
    if (m_content) {
        m_layout->removeWidget(m_content);
        m_content->deleteLater();
    }
    m_content = content;
    m_layout->addWidget(content, 1);
}

void Page::retranslateUi()
{
    m_title->setText(title());
    retranslate();
}

void Page::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Linkwright

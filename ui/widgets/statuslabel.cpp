#include "statuslabel.h"

#include "widgets/icons.h"

#include <QHBoxLayout>
#include <QLabel>

namespace Linkwright {

namespace {

/// The coloured status icons of the theme: colour marks only what needs attention, and the
/// icon's shape and the text carry the meaning for anyone who cannot tell the colours apart.
QIcon iconFor(StatusLabel::Status status)
{
    switch (status) {
    case StatusLabel::Status::None:
        break;
    case StatusLabel::Status::Info:
        return Icons::themed(QStringLiteral("data-information"), QStyle::SP_MessageBoxInformation);
    case StatusLabel::Status::Ok:
        return Icons::themed(QStringLiteral("data-success"), QStyle::SP_DialogApplyButton);
    case StatusLabel::Status::Warning:
        return Icons::themed(QStringLiteral("data-warning"), QStyle::SP_MessageBoxWarning);
    case StatusLabel::Status::Error:
        return Icons::themed(QStringLiteral("data-error"), QStyle::SP_MessageBoxCritical);
    case StatusLabel::Status::Running:
        return Icons::themed(QStringLiteral("view-refresh"), QStyle::SP_BrowserReload);
    }
    return {};
}

} // namespace

StatusLabel::StatusLabel(QWidget *parent)
    : QWidget(parent)
{
    m_icon = new QLabel(this);
    m_icon->setFixedSize(16, 16);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    // Top-aligned so the first line stays beside the icon when the row is given extra height.
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    clear();
}

void StatusLabel::setStatus(Status status, const QString &text)
{
    m_status = status;
    const QIcon icon = iconFor(status);
    m_icon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(16, 16));
    m_icon->setVisible(!icon.isNull());
    m_text->setText(text);
    setVisible(!text.isEmpty());
}

void StatusLabel::clear()
{
    setStatus(Status::None, {});
}

QString StatusLabel::text() const
{
    return m_text->text();
}

} // namespace Linkwright

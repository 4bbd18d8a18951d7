#include "sidebar.h"

#include <QFont>

#include <algorithm>

namespace Linkwright {

namespace {
constexpr int PageRole = Qt::UserRole;
constexpr int SectionRole = Qt::UserRole + 1;
} // namespace

Sidebar::Sidebar(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("sidebar"));
    setFrameShape(QFrame::NoFrame);
    setIconSize(QSize(20, 20));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    setUniformItemSizes(false);
    // palette() references keep the look right in light and dark palettes alike.
    setStyleSheet(QStringLiteral(
        "QListWidget#sidebar { background: palette(alternate-base); border: none; outline: 0;"
        "  border-right: 1px solid palette(midlight); padding-top: 6px; }"
        "QListWidget#sidebar::item { padding: 5px 6px; margin: 1px 6px; border-radius: 4px; }"
        "QListWidget#sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));

    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (current && current->data(PageRole).isValid())
            Q_EMIT pageSelected(static_cast<PageId>(current->data(PageRole).toInt()));
    });
}

int Sidebar::addSection()
{
    auto *item = new QListWidgetItem(this);
    item->setFlags(Qt::NoItemFlags);
    item->setData(SectionRole, true);
    QFont font = item->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    font.setWeight(QFont::DemiBold);
    font.setCapitalization(QFont::AllUppercase);
    item->setFont(font);
    if (count() > 1)
        item->setSizeHint(QSize(0, 34)); // room above every heading but the first
    return row(item);
}

void Sidebar::setSectionTitle(int section, const QString &title)
{
    if (QListWidgetItem *heading = item(section))
        heading->setText(title);
}

void Sidebar::addPage(PageId id, const QIcon &icon)
{
    auto *entry = new QListWidgetItem(icon, QString(), this);
    entry->setData(PageRole, static_cast<int>(id));
}

void Sidebar::setPageTitle(PageId id, const QString &title)
{
    if (QListWidgetItem *entry = itemFor(id)) {
        entry->setText(title);
        entry->setToolTip(title);
    }
}

void Sidebar::setCurrentPage(PageId id)
{
    if (QListWidgetItem *entry = itemFor(id))
        setCurrentItem(entry);
}

QString Sidebar::pageTitle(PageId id) const
{
    QListWidgetItem *entry = itemFor(id);
    return entry ? entry->text() : QString();
}

QSize Sidebar::sizeHint() const
{
    // Wide enough for the longest title in the current language, within sensible bounds.
    int widest = 0;
    for (int i = 0; i < count(); ++i) {
        const QListWidgetItem *entry = item(i);
        widest = std::max(widest, QFontMetrics(entry->font()).horizontalAdvance(entry->text()));
    }
    const int width = std::clamp(widest + iconSize().width() + 48, 170, 280);
    return {width, QListWidget::sizeHint().height()};
}

QListWidgetItem *Sidebar::itemFor(PageId id) const
{
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem *entry = item(i);
        if (entry->data(PageRole).isValid() && entry->data(PageRole).toInt() == static_cast<int>(id))
            return entry;
    }
    return nullptr;
}

} // namespace Linkwright

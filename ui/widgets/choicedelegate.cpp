#include "choicedelegate.h"

#include <QComboBox>

namespace Linkwright {

ChoiceDelegate::ChoiceDelegate(int keysRole, int labelsRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_keysRole(keysRole)
    , m_labelsRole(labelsRole)
{
}

QWidget *ChoiceDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStringList keys = index.data(m_keysRole).toStringList();
    const QStringList labels = index.data(m_labelsRole).toStringList();
    if (keys.isEmpty() || keys.size() != labels.size())
        return QStyledItemDelegate::createEditor(parent, option, index);

    auto *combo = new QComboBox(parent);
    combo->setFrame(false);
    for (qsizetype i = 0; i < keys.size(); ++i)
        combo->addItem(labels.at(i), keys.at(i));
    // A pick is the whole edit: commit at once instead of waiting for the focus to leave.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<ChoiceDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const int row = combo->findData(index.data(Qt::EditRole).toString());
    if (row >= 0)
        combo->setCurrentIndex(row);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace Linkwright

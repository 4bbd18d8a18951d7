#pragma once

#include <QStyledItemDelegate>

namespace Linkwright {

/// Edits a cell by picking one of a few values in a combo box. The model supplies the choices
/// per index: stable keys under keysRole, their translated labels under labelsRole, and the
/// current key as Qt::EditRole; the delegate writes the chosen key back as Qt::EditRole.
class ChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ChoiceDelegate(int keysRole, int labelsRole, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    int m_keysRole;
    int m_labelsRole;
};

} // namespace Linkwright

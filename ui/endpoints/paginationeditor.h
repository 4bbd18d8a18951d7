#pragma once

#include "project/project.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace Linkwright {

/// How a REST endpoint hands out pages, on one row of the endpoint editor: the style and how many
/// pages a run asks for at once (page and offset styles only; the others name the next page only
/// in the answer). The style's parameter names and paths stay as the project file has them.
class PaginationEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit PaginationEditor(QWidget *parent = nullptr);

    /// The first field, for the label in front of the row to name as its buddy.
    [[nodiscard]] QWidget *styleField() const;
    /// Shows pagination; emits nothing.
    void setPagination(const Pagination &pagination);
    [[nodiscard]] const Pagination &pagination() const { return m_pagination; }
    /// Why the row does not apply (shown as every field's tooltip while set); empty: it applies.
    void setUnavailableReason(const QString &reason);

Q_SIGNALS:
    void edited(const Linkwright::Pagination &pagination);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateAtOnce();
    [[nodiscard]] static QString styleText(Pagination::Style style);

    Pagination m_pagination;
    bool m_loading = false;
    QString m_unavailable;
    QComboBox *m_style = nullptr;
    QLabel *m_atOnceLabel = nullptr;
    QSpinBox *m_atOnce = nullptr;
};

} // namespace Linkwright

#include "paginationeditor.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScopedValueRollback>
#include <QSpinBox>

#include <algorithm>

namespace Linkwright {

namespace {

constexpr Pagination::Style Styles[] = {Pagination::Style::Page, Pagination::Style::Offset, Pagination::Style::Cursor,
    Pagination::Style::Link, Pagination::Style::OData};

} // namespace

PaginationEditor::PaginationEditor(QWidget *parent)
    : QWidget(parent)
    , m_style(new QComboBox(this))
    , m_atOnceLabel(new QLabel(this))
    , m_atOnce(new QSpinBox(this))
{
    m_style->setObjectName(QStringLiteral("paginationStyle"));
    for (Pagination::Style style : Styles)
        m_style->addItem(QString(), static_cast<int>(style));
    m_style->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_style->setMinimumContentsLength(12);
    m_atOnce->setObjectName(QStringLiteral("pagesAtOnce"));
    m_atOnce->setRange(1, Pagination::MaxPagesAtOnce);
    m_atOnce->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_atOnce->setAlignment(Qt::AlignRight);
    m_atOnceLabel->setBuddy(m_atOnce);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_style, 1);
    layout->addWidget(m_atOnceLabel);
    layout->addWidget(m_atOnce);

    connect(m_style, &QComboBox::activated, this, [this] {
        m_pagination.style = static_cast<Pagination::Style>(m_style->currentData().toInt());
        updateAtOnce();
        Q_EMIT edited(m_pagination);
    });
    connect(m_atOnce, &QSpinBox::valueChanged, this, [this](int pages) {
        // setPagination's own change is no edit.
        if (m_loading)
            return;
        m_pagination.pagesAtOnce = pages;
        Q_EMIT edited(m_pagination);
    });
    retranslate();
}

QWidget *PaginationEditor::styleField() const
{
    return m_style;
}

void PaginationEditor::setPagination(const Pagination &pagination)
{
    const QScopedValueRollback loading(m_loading, true);
    m_pagination = pagination;
    m_style->setCurrentIndex(std::max(0, m_style->findData(static_cast<int>(pagination.style))));
    m_atOnce->setValue(pagination.pagesAtOnce);
    updateAtOnce();
}

void PaginationEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PaginationEditor::setUnavailableReason(const QString &reason)
{
    m_unavailable = reason;
    retranslate();
}

QString PaginationEditor::styleText(Pagination::Style style)
{
    switch (style) {
    case Pagination::Style::Page:
        return tr("Page number (?page=2)");
    case Pagination::Style::Offset:
        return tr("Offset (?offset=100)");
    case Pagination::Style::Cursor:
        return tr("Cursor from the answer");
    case Pagination::Style::Link:
        return tr("Link header (rel=\"next\")");
    case Pagination::Style::OData:
        return tr("OData (@odata.nextLink)");
    }
    return {};
}

void PaginationEditor::retranslate()
{
    for (int i = 0; i < m_style->count(); ++i)
        m_style->setItemText(i, styleText(static_cast<Pagination::Style>(m_style->itemData(i).toInt())));
    m_style->setToolTip(m_unavailable.isEmpty()
            ? tr("How this system hands out a long list page by page. Parameter names that differ from the usual "
                 "ones are set in the project file.")
            : m_unavailable);
    m_atOnceLabel->setText(tr("Pages at &once:"));
    updateAtOnce();
}

void PaginationEditor::updateAtOnce()
{
    const bool enabled = Pagination::asksAhead(m_pagination.style);
    m_atOnce->setEnabled(enabled);
    m_atOnceLabel->setEnabled(enabled);
    QString tip = m_unavailable;
    if (tip.isEmpty()) {
        tip = enabled ? tr("How many pages a sync asks this system for at once, so that it does not wait for each "
                           "page in turn. Set 1 for a system that takes one request at a time.")
                      : tr("With this style only each answer names the next page: a sync asks for one page at a "
                           "time.");
    }
    m_atOnce->setToolTip(tip);
    m_atOnceLabel->setToolTip(tip);
}

} // namespace Linkwright

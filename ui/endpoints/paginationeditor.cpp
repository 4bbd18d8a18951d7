#include "paginationeditor.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScopedValueRollback>
#include <QSpinBox>

namespace Linkwright {

namespace {

constexpr Pagination::Style Styles[] = {Pagination::Style::Page, Pagination::Style::Offset, Pagination::Style::Cursor,
    Pagination::Style::Link, Pagination::Style::OData};

/// Whether a run can ask for the pages after one before its answer comes.
bool guessable(Pagination::Style style)
{
    return style == Pagination::Style::Page || style == Pagination::Style::Offset;
}

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

void PaginationEditor::retranslate()
{
    m_style->setItemText(0, tr("Page number (?page=2)"));
    m_style->setItemText(1, tr("Offset (?offset=100)"));
    m_style->setItemText(2, tr("Cursor from the answer"));
    m_style->setItemText(3, tr("Link header (rel=\"next\")"));
    m_style->setItemText(4, tr("OData (@odata.nextLink)"));
    m_style->setToolTip(tr("How this system hands out a long list page by page. Parameter names that differ "
                           "from the usual ones are set in the project file."));
    m_atOnceLabel->setText(tr("Pages at &once:"));
    updateAtOnce();
}

void PaginationEditor::updateAtOnce()
{
    const bool enabled = guessable(m_pagination.style);
    m_atOnce->setEnabled(enabled);
    m_atOnceLabel->setEnabled(enabled);
    m_atOnce->setToolTip(enabled
            ? tr("How many pages a sync asks this system for at once, so that it does not wait for each page in "
                 "turn. Set 1 for a system that takes one request at a time.")
            : tr("With this style only each answer names the next page: a sync asks for one page at a time."));
}

} // namespace Linkwright

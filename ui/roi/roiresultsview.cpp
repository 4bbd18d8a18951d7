#include "roiresultsview.h"

#include "roi/moneyformat.h"
#include "roi/roiworkspace.h"
#include "widgets/statuslabel.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Linkwright {

RoiResultsView::RoiResultsView(RoiWorkspace &workspace, QWidget *parent)
    : QFrame(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("roiResults"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    // Two by two: the saving and the payback first, the three-year view below them.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setHorizontalSpacing(24);
    layout->setVerticalSpacing(12);
    m_yearly = addFigure("roiYearlySaving", 0, 0);
    m_payback = addFigure("roiPayback", 0, 1);
    m_net = addFigure("roiNetSaving", 1, 0);
    m_roi = addFigure("roiPercent", 1, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    m_status = new StatusLabel(this);
    m_status->setObjectName(QStringLiteral("roiResultStatus"));
    layout->addWidget(m_status, 2, 0, 1, 2);
    layout->setRowStretch(3, 1);
    connect(&m_workspace, &RoiWorkspace::scenarioChanged, this, &RoiResultsView::refresh);
    refresh();
}

RoiResultsView::Figure RoiResultsView::addFigure(const char *name, int row, int column)
{
    Figure figure{new QLabel(this), new QLabel(this), new QLabel(this)};
    figure.value->setObjectName(QString::fromLatin1(name));
    figure.caption->setForegroundRole(QPalette::PlaceholderText);
    QFont big = figure.value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setWeight(QFont::DemiBold);
    figure.value->setFont(big);
    figure.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    figure.detail->setWordWrap(true);
    figure.detail->setForegroundRole(QPalette::PlaceholderText);
    auto *box = new QVBoxLayout;
    box->setSpacing(2);
    box->addWidget(figure.caption);
    box->addWidget(figure.value);
    box->addWidget(figure.detail);
    box->addStretch(1);
    qobject_cast<QGridLayout *>(layout())->addLayout(box, row, column);
    return figure;
}

QSize RoiResultsView::sizeHint() const
{
    return {minimumSizeHint().width(), QFrame::sizeHint().height()};
}

QString RoiResultsView::yearlySavingText() const
{
    return m_yearly.value->text();
}

QString RoiResultsView::paybackText() const
{
    return m_payback.value->text();
}

QString RoiResultsView::netSavingText() const
{
    return m_net.value->text();
}

QString RoiResultsView::roiText() const
{
    return m_roi.value->text();
}

void RoiResultsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        refresh();
    QFrame::changeEvent(event);
}

void RoiResultsView::refresh()
{
    m_yearly.caption->setText(tr("Yearly saving"));
    m_payback.caption->setText(tr("Payback"));
    m_net.caption->setText(tr("Net saving over 3 years"));
    m_roi.caption->setText(tr("Return on investment, 3 years"));

    const auto &evaluation = m_workspace.evaluation();
    if (!evaluation) {
        const QString none = QStringLiteral("—");
        for (Figure *figure : {&m_yearly, &m_payback, &m_net, &m_roi}) {
            figure->value->setText(none);
            figure->detail->clear();
        }
        m_status->setStatus(StatusLabel::Status::Warning,
            evaluation.error().size() == 1 ? tr("One figure to fix first; it says what is wrong where it is entered.")
                                           : tr("%1 figures to fix first; each says what is wrong where it is entered.")
                                                 .arg(evaluation.error().size()));
        return;
    }
    m_status->clear();
    const RoiResult &result = *evaluation;
    const QLocale locale = this->locale();
    const auto money = [&](const Decimal &amount) { return MoneyFormat::currency(amount, result.currency, locale); };

    m_yearly.value->setText(money(result.yearlySaving));
    m_yearly.detail->setText(tr("%1 days a year, before running cost").arg(result.daysPerYear));

    if (!result.paysBack()) {
        m_payback.value->setText(tr("No payback"));
        m_payback.detail->setText(result.yearlySaving.isZero()
                ? tr("Nothing is saved, so nothing pays for the investment.")
                : tr("The running cost (%1 a year) is as high as the saving or higher.")
                      .arg(money(result.yearlyRunningCost)));
    } else if (result.implementationCost.isZero()) {
        m_payback.value->setText(tr("Immediately"));
        m_payback.detail->setText(tr("No implementation cost entered."));
    } else {
        m_payback.value->setText(tr("%1 months").arg(MoneyFormat::number(*result.paybackMonths, locale, 1)));
        m_payback.detail->setText(tr("Paid back in month %1: %2 implementation, %3 net saving a month")
                                      .arg(*result.paybackMonth)
                                      .arg(money(result.implementationCost), money(result.monthlyNetSaving)));
    }

    m_net.value->setText(money(result.netSavingThreeYears));
    m_net.detail->setText(tr("3 × (yearly saving − running cost) − implementation"));

    if (result.roiPercent) {
        m_roi.value->setText(MoneyFormat::percent(*result.roiPercent, locale));
        m_roi.detail->setText(
            tr("Net saving over 3 years on %1 invested")
                .arg(money(result.implementationCost
                               .add(result.yearlyRunningCost.multiply(Decimal::fromInteger(3)).value_or(Decimal()))
                               .value_or(Decimal()))));
    } else {
        m_roi.value->setText(QStringLiteral("—"));
        m_roi.detail->setText(tr("Enter the implementation or running cost to see the return on it."));
    }
}

} // namespace Linkwright

#include "roiassumptionsview.h"

#include "roi/roiworkspace.h"
#include "widgets/statuslabel.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>

namespace Linkwright {

namespace {

/// A wrapped label that asks for its text's whole width on one line and wraps only when the
/// layout has less to give: QLabel's own word wrap settles on a narrower width even where the
/// line would fit.
class HintLabel final : public QLabel
{
public:
    using QLabel::QLabel;

    [[nodiscard]] QSize sizeHint() const override
    {
        const QSize wrapped = QLabel::sizeHint();
        const QMargins margins = contentsMargins();
        // Measured as QLabel lays out a line (bearings included), not by the glyphs' advance.
        const QRect bounds = fontMetrics().boundingRect(
            QRect(0, 0, QWIDGETSIZE_MAX, QWIDGETSIZE_MAX), static_cast<int>(alignment()) | Qt::TextSingleLine, text());
        const int line = bounds.width() + margins.left() + margins.right() + 2 * margin();
        return {std::max(wrapped.width(), line), wrapped.height()};
    }
};

QStringList currencyCodes()
{
    QStringList codes;
    for (const QLocale &locale :
        QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory)) {
        const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
        if (!code.isEmpty() && !codes.contains(code))
            codes.append(code);
    }
    codes.sort();
    return codes;
}

} // namespace

RoiAssumptionsView::RoiAssumptionsView(RoiWorkspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_days = new QComboBox(this);
    m_days->setObjectName(QStringLiteral("roiDaysPerYear"));
    m_days->setEditable(true);
    m_days->setInsertPolicy(QComboBox::NoInsert);
    for (int days : {RoiDays::Calendar, RoiDays::FiveDayWeek, RoiDays::WorkingDays})
        m_days->addItem(QString::number(days));
    m_days->setMinimumContentsLength(6);
    m_days->setFixedWidth(140);
    m_daysHint = new HintLabel(this);
    m_daysHint->setForegroundRole(QPalette::PlaceholderText);
    // Longer in German and Danish: wrapped where the page would otherwise need a sideways
    // scroll in a 1280-pixel window.
    m_daysHint->setWordWrap(true);

    m_currency = new QLineEdit(this);
    m_currency->setObjectName(QStringLiteral("roiCurrency"));
    m_currency->setMaxLength(12);
    m_currency->setFixedWidth(140);
    auto *completer = new QCompleter(currencyCodes(), m_currency);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_currency->setCompleter(completer);

    const auto amount = [this](const char *name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setAlignment(Qt::AlignRight);
        edit->setFixedWidth(140);
        return edit;
    };
    m_implementation = amount("roiImplementationCost");
    m_running = amount("roiYearlyRunningCost");
    m_implementationUnit = new QLabel(this);
    m_runningUnit = new QLabel(this);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(3, 1);
    int line = 0;
    const auto addRow = [&](RoiField field, QWidget *editor, QWidget *after) {
        Row row{field, new QLabel(this), new StatusLabel(this)};
        row.label->setBuddy(editor);
        row.problem->setObjectName(editor->objectName() + QStringLiteral("Problem"));
        grid->addWidget(row.label, line, 0);
        grid->addWidget(editor, line, 1);
        if (after)
            grid->addWidget(after, line, 2);
        ++line;
        grid->addWidget(row.problem, line++, 1, 1, 3);
        m_rows.append(row);
    };
    addRow(RoiField::DaysPerYear, m_days, m_daysHint);
    addRow(RoiField::Currency, m_currency, nullptr);
    addRow(RoiField::ImplementationCost, m_implementation, m_implementationUnit);
    addRow(RoiField::YearlyRunningCost, m_running, m_runningUnit);

    connect(m_days, &QComboBox::currentTextChanged, this,
        [this](const QString &text) { edited(RoiField::DaysPerYear, text); });
    connect(
        m_currency, &QLineEdit::textEdited, this, [this](const QString &text) { edited(RoiField::Currency, text); });
    connect(m_implementation, &QLineEdit::textEdited, this,
        [this](const QString &text) { edited(RoiField::ImplementationCost, text); });
    connect(m_running, &QLineEdit::textEdited, this,
        [this](const QString &text) { edited(RoiField::YearlyRunningCost, text); });
    connect(&m_workspace, &RoiWorkspace::scenarioReplaced, this, &RoiAssumptionsView::load);
    connect(&m_workspace, &RoiWorkspace::scenarioChanged, this, &RoiAssumptionsView::follow);

    retranslate();
    load();
}

void RoiAssumptionsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RoiAssumptionsView::retranslate()
{
    for (const Row &row : std::as_const(m_rows)) {
        switch (row.field) {
        case RoiField::DaysPerYear:
            row.label->setText(tr("&Days per year:"));
            break;
        case RoiField::Currency:
            row.label->setText(tr("C&urrency:"));
            break;
        case RoiField::ImplementationCost:
            row.label->setText(tr("&Implementation cost:"));
            break;
        case RoiField::YearlyRunningCost:
            row.label->setText(tr("&Running cost a year:"));
            break;
        default:
            break;
        }
    }
    m_daysHint->setText(tr("365 every day, 260 weekdays, 250 working days"));
    m_currency->setPlaceholderText(tr("ISO code, such as EUR"));
    m_currency->setToolTip(tr("The three-letter ISO 4217 code of the currency the figures are in."));
    m_implementation->setToolTip(tr("One-off: licences, set-up and the integrator's work."));
    m_running->setToolTip(tr("Every year: hosting, subscriptions and maintenance."));
    showProblems();
}

void RoiAssumptionsView::load()
{
    const QScopedValueRollback guard(m_loading, true);
    const RoiScenario &scenario = m_workspace.scenario();
    const QLocale locale = this->locale();
    m_days->setCurrentText(scenario.daysPerYear);
    m_currency->setText(scenario.currency);
    m_implementation->setText(RoiChecker::localised(scenario.implementationCost, locale));
    m_running->setText(RoiChecker::localised(scenario.yearlyRunningCost, locale));
    showProblems();
}

void RoiAssumptionsView::follow()
{
    // A field whose text already stands for the kept value is left alone, so what the user
    // typed stays as typed ("50,000" is not rewritten to "50000"); a change from elsewhere shows.
    const QScopedValueRollback guard(m_loading, true);
    const RoiScenario &scenario = m_workspace.scenario();
    const QLocale locale = this->locale();
    if (RoiChecker::normalised(m_days->currentText(), locale) != scenario.daysPerYear)
        m_days->setCurrentText(scenario.daysPerYear);
    if (m_currency->text() != scenario.currency)
        m_currency->setText(scenario.currency);
    for (const auto &[edit, value] : {std::pair{m_implementation, &scenario.implementationCost},
             std::pair{m_running, &scenario.yearlyRunningCost}}) {
        if (RoiChecker::normalised(edit->text(), locale) != *value)
            edit->setText(RoiChecker::localised(*value, locale));
    }
    showProblems();
}

void RoiAssumptionsView::edited(RoiField field, const QString &text)
{
    if (m_loading)
        return;
    RoiScenario scenario = m_workspace.scenario();
    const QLocale locale = this->locale();
    switch (field) {
    case RoiField::DaysPerYear:
        scenario.daysPerYear = RoiChecker::normalised(text, locale);
        break;
    case RoiField::Currency:
        scenario.currency = text;
        break;
    case RoiField::ImplementationCost:
        scenario.implementationCost = RoiChecker::normalised(text, locale);
        break;
    case RoiField::YearlyRunningCost:
        scenario.yearlyRunningCost = RoiChecker::normalised(text, locale);
        break;
    default:
        return;
    }
    m_workspace.setScenario(scenario);
}

const RoiAssumptionsView::Row *RoiAssumptionsView::row(RoiField field) const
{
    for (const Row &candidate : m_rows) {
        if (candidate.field == field)
            return &candidate;
    }
    return nullptr;
}

QString RoiAssumptionsView::problemText(RoiField field) const
{
    const Row *found = row(field);
    return found ? found->problem->text() : QString();
}

void RoiAssumptionsView::showProblems()
{
    const RoiScenario &scenario = m_workspace.scenario();
    const QString code = scenario.currency.trimmed().toUpper();
    const QString unit = RoiChecker::isKnownCurrency(code) ? code : QString();
    m_implementationUnit->setText(unit);
    m_runningUnit->setText(unit.isEmpty() ? QString() : tr("%1 a year").arg(unit));

    const RoiFieldProblems problems = RoiChecker::problems(scenario);
    for (const Row &each : std::as_const(m_rows)) {
        QString text;
        for (const RoiFieldProblem &problem : problems) {
            if (problem.field == each.field) {
                text = problem.hint.isEmpty() ? problem.message : problem.message + u' ' + problem.hint;
                break;
            }
        }
        if (text.isEmpty()) {
            each.problem->clear();
            each.problem->hide();
        } else {
            each.problem->setStatus(StatusLabel::Status::Warning, text);
            each.problem->show();
        }
    }
}

} // namespace Linkwright

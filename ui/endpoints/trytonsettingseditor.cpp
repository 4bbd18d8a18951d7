#include "trytonsettingseditor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSpinBox>

#include <limits>

namespace Linkwright {

TrytonSettingsEditor::TrytonSettingsEditor(QWidget *parent)
    : QWidget(parent)
    , m_database(new QLineEdit(this))
    , m_companyLabel(new QLabel(this))
    , m_company(new QSpinBox(this))
{
    m_database->setObjectName(QStringLiteral("trytonDatabase"));
    m_company->setObjectName(QStringLiteral("trytonCompany"));
    m_company->setRange(1, std::numeric_limits<int>::max());
    m_company->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_companyLabel->setBuddy(m_company);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_database, 1);
    layout->addWidget(m_companyLabel);
    layout->addWidget(m_company);

    connect(m_database, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_settings.database = text.trimmed();
        Q_EMIT edited(m_settings);
    });
    connect(m_company, &QSpinBox::valueChanged, this, [this](int company) {
        // setSettings' own change is no edit.
        if (m_loading)
            return;
        m_settings.company = company;
        Q_EMIT edited(m_settings);
    });
    retranslate();
}

void TrytonSettingsEditor::setSettings(const TrytonSettings &settings)
{
    const QScopedValueRollback loading(m_loading, true);
    m_settings = settings;
    m_database->setText(settings.database);
    m_company->setValue(settings.company);
}

void TrytonSettingsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TrytonSettingsEditor::retranslate()
{
    m_database->setPlaceholderText(tr("database name, e.g. shop"));
    m_database->setToolTip(tr("The Tryton database the connector logs in to."));
    m_companyLabel->setText(tr("Co&mpany id:"));
    m_company->setToolTip(tr("The id of the Tryton company every call runs for (company.company)."));
}

QWidget *TrytonSettingsEditor::databaseField() const
{
    return m_database;
}

} // namespace Linkwright

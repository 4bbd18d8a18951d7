#include "trytonsettingseditor.h"

#include "widgets/statuslabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace Linkwright {

TrytonSettingsEditor::TrytonSettingsEditor(QWidget *parent)
    : QWidget(parent)
    , m_database(new QLineEdit(this))
    , m_companyLabel(new QLabel(this))
    , m_company(new QSpinBox(this))
    , m_warehousesBox(new QWidget(this))
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

    m_warehouses = new QLineEdit(m_warehousesBox);
    m_warehouses->setObjectName(QStringLiteral("trytonWarehouses"));
    m_warehouses->setClearButtonEnabled(true);
    m_warehousesProblem = new StatusLabel(m_warehousesBox);
    m_warehousesProblem->setObjectName(QStringLiteral("trytonWarehousesProblem"));
    auto *warehouses = new QVBoxLayout(m_warehousesBox);
    warehouses->setContentsMargins(0, 0, 0, 0);
    warehouses->setSpacing(4);
    warehouses->addWidget(m_warehouses);
    warehouses->addWidget(m_warehousesProblem);

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
    connect(m_warehouses, &QLineEdit::textEdited, this, &TrytonSettingsEditor::checkWarehouses);
    retranslate();
}

void TrytonSettingsEditor::setSettings(const TrytonSettings &settings)
{
    const QScopedValueRollback loading(m_loading, true);
    m_settings = settings;
    m_database->setText(settings.database);
    m_company->setValue(settings.company);
    m_warehouses->setText(warehousesText(settings.warehouses));
    m_warehousesProblem->clear();
}

bool TrytonSettingsEditor::hasWarehousesProblem() const
{
    return m_warehousesProblem->status() == StatusLabel::Status::Error;
}

std::expected<QList<int>, QString> TrytonSettingsEditor::parseWarehouses(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QList<int> ids;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const qlonglong id = part.toLongLong(&ok);
        if (!ok || id < 1 || id > std::numeric_limits<int>::max()) {
            return std::unexpected(tr("\"%1\" is not a warehouse id. Write the numeric ids of Tryton warehouses "
                                      "separated by commas, e.g. 4, 7, or leave the field empty for all of them.")
                                       .arg(part));
        }
        if (!ids.contains(static_cast<int>(id)))
            ids.append(static_cast<int>(id));
    }
    return ids;
}

QString TrytonSettingsEditor::warehousesText(const QList<int> &ids)
{
    QStringList parts;
    for (const int id : ids)
        parts.append(QString::number(id));
    return parts.join(QStringLiteral(", "));
}

void TrytonSettingsEditor::checkWarehouses()
{
    const auto parsed = parseWarehouses(m_warehouses->text());
    if (!parsed) {
        m_warehousesProblem->setStatus(StatusLabel::Status::Error,
            parsed.error() + u' ' + tr("The project keeps the last valid list until this is fixed."));
        return;
    }
    m_warehousesProblem->clear();
    if (*parsed == m_settings.warehouses || m_loading)
        return;
    m_settings.warehouses = *parsed;
    Q_EMIT edited(m_settings);
}

void TrytonSettingsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (hasWarehousesProblem())
            checkWarehouses();
    }
    QWidget::changeEvent(event);
}

void TrytonSettingsEditor::retranslate()
{
    m_database->setPlaceholderText(tr("database name, e.g. shop"));
    m_database->setToolTip(tr("The Tryton database the connector logs in to."));
    m_companyLabel->setText(tr("Compan&y id:"));
    m_company->setToolTip(tr("The id of the Tryton company every call runs for (company.company)."));
    m_warehouses->setPlaceholderText(tr("all warehouses"));
    m_warehouses->setToolTip(tr("The ids of the Tryton warehouses whose stock the stock data point reads, separated "
                                "by commas (stock locations of type warehouse). Empty reads every warehouse. Test "
                                "Connection lists the server's warehouses with their ids."));
}

QWidget *TrytonSettingsEditor::databaseField() const
{
    return m_database;
}

QWidget *TrytonSettingsEditor::warehousesInput() const
{
    return m_warehouses;
}

} // namespace Linkwright

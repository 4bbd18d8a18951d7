#include "endpointeditor.h"

#include "endpoints/paginationeditor.h"
#include "endpoints/secretrefeditor.h"
#include "endpoints/trytonsettingseditor.h"
#include "widgets/icons.h"
#include "widgets/statuslabel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Linkwright {

namespace {

constexpr AuthType AuthTypes[] = {AuthType::None, AuthType::ApiKey, AuthType::Basic, AuthType::Bearer};

/// A field with, under it, the line that explains what is wrong with it or what happened.
QWidget *stacked(QWidget *top, QWidget *bottom, QWidget *parent, int topMargin = 0)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, topMargin, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(top, 0, Qt::AlignLeft);
    layout->addWidget(bottom);
    return box;
}

} // namespace

EndpointEditor::EndpointEditor(EndpointRole role, QWidget *parent)
    : QGroupBox(parent)
    , m_role(role)
{
    setObjectName(role == EndpointRole::Erp ? QStringLiteral("erpEditor") : QStringLiteral("shopEditor"));
    createFields();
    connectFields();
    retranslate();
    setEndpoint(m_endpoint);
}

void EndpointEditor::createFields()
{
    const auto field = [this]<typename Widget>(Widget *widget, const char *name) {
        widget->setObjectName(QString::fromLatin1(name));
        return widget;
    };
    m_name = field(new QLineEdit(this), "name");
    m_connector = field(new QComboBox(this), "connector");
    m_connector->addItem(QString(), connectorTypeKey(ConnectorType::Rest));
    m_connector->addItem(QString(), connectorTypeKey(ConnectorType::Tryton));
    m_tryton = field(new TrytonSettingsEditor(this), "tryton");
    m_url = field(new QLineEdit(this), "baseUrl");
    m_url->setClearButtonEnabled(true);
    m_urlProblem = field(new StatusLabel(this), "baseUrlProblem");
    m_authType = field(new QComboBox(this), "authType");
    for (AuthType type : AuthTypes)
        m_authType->addItem(QString(), static_cast<int>(type));
    m_header = field(new QLineEdit(this), "header");
    m_username = field(new QLineEdit(this), "username");
    m_secret = field(new SecretRefEditor(m_role, this), "secret");
    m_paging = field(new PaginationEditor(this), "pagination");
    m_timeout = field(new QSpinBox(this), "timeout");
    m_timeout->setRange(1, 3600);
    m_rate = field(new QDoubleSpinBox(this), "requestsPerSecond");
    m_rate->setRange(0, 10'000);
    m_rate->setDecimals(1);
    // Numbers need no full-width field; a short one reads as "a number goes here".
    for (QAbstractSpinBox *spin :
        {static_cast<QAbstractSpinBox *>(m_timeout), static_cast<QAbstractSpinBox *>(m_rate)}) {
        spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        spin->setMinimumWidth(170);
        spin->setAlignment(Qt::AlignRight);
    }
    // Long entries ("Basic (user name and password)") may elide rather than widen the form.
    for (QComboBox *combo : {m_connector, m_authType}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    m_test = field(new QPushButton(this), "testConnection");
    m_testOutcome = field(new StatusLabel(this), "testOutcome");

    m_nameLabel = new QLabel(this);
    m_connectorLabel = new QLabel(this);
    m_urlLabel = new QLabel(this);
    m_trytonLabel = new QLabel(this);
    m_warehousesLabel = new QLabel(this);
    m_authLabel = new QLabel(this);
    m_headerLabel = new QLabel(this);
    m_usernameLabel = new QLabel(this);
    m_secretLabel = new QLabel(this);
    m_timeoutLabel = new QLabel(this);
    m_rateLabel = new QLabel(this);
    m_pagingLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_connectorLabel->setBuddy(m_connector);
    m_urlLabel->setBuddy(m_url);
    m_authLabel->setBuddy(m_authType);
    m_headerLabel->setBuddy(m_header);
    m_usernameLabel->setBuddy(m_username);
    m_secretLabel->setBuddy(m_secret);
    m_timeoutLabel->setBuddy(m_timeout);
    m_rateLabel->setBuddy(m_rate);
    m_pagingLabel->setBuddy(m_paging->styleField());
    m_trytonLabel->setBuddy(m_tryton->databaseField());
    m_warehousesLabel->setBuddy(m_tryton->warehousesInput());

    m_form = new QFormLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_form->setContentsMargins(14, 14, 14, 14);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(8);
    m_form->addRow(m_nameLabel, m_name);
    m_form->addRow(m_connectorLabel, m_connector);
    auto *url = new QWidget(this);
    auto *urlLayout = new QVBoxLayout(url);
    urlLayout->setContentsMargins(0, 0, 0, 0);
    urlLayout->setSpacing(4);
    urlLayout->addWidget(m_url);
    urlLayout->addWidget(m_urlProblem);
    m_form->addRow(m_urlLabel, url);
    m_form->addRow(m_trytonLabel, m_tryton);
    m_form->addRow(m_warehousesLabel, m_tryton->warehousesField());
    m_form->addRow(m_authLabel, m_authType);
    m_form->addRow(m_headerLabel, m_header);
    m_form->addRow(m_usernameLabel, m_username);
    m_form->addRow(m_secretLabel, m_secret);
    m_form->addRow(m_pagingLabel, m_paging);
    m_form->addRow(m_timeoutLabel, m_timeout);
    m_form->addRow(m_rateLabel, m_rate);
    m_form->addRow(QString(), stacked(m_test, m_testOutcome, this, 6));
}

void EndpointEditor::connectFields()
{
    // textEdited and activated fire for the user's edits only; setEndpoint's own changes to
    // the spin boxes are held back by m_loading.
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_endpoint.name = text;
        commit();
    });
    connect(m_url, &QLineEdit::textEdited, this, [this] {
        clearOutcome();
        checkUrl();
    });
    connect(m_connector, &QComboBox::activated, this, [this] {
        const bool tryton = m_connector->currentData().toString() == connectorTypeKey(ConnectorType::Tryton);
        m_endpoint.connector = tryton ? ConnectorType::Tryton : ConnectorType::Rest;
        // Tryton logs in with a user and a password and nothing else.
        if (tryton && m_endpoint.auth.type != AuthType::Basic) {
            m_endpoint.auth.type = AuthType::Basic;
            m_authType->setCurrentIndex(std::max(0, m_authType->findData(static_cast<int>(AuthType::Basic))));
        }
        updateRows();
        commit();
    });
    connect(m_tryton, &TrytonSettingsEditor::edited, this, [this](const TrytonSettings &settings) {
        m_endpoint.tryton = settings;
        commit();
    });
    connect(m_authType, &QComboBox::activated, this, [this] {
        m_endpoint.auth.type = static_cast<AuthType>(m_authType->currentData().toInt());
        updateRows();
        commit();
    });
    connect(m_header, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_endpoint.auth.header = text.trimmed();
        commit();
    });
    connect(m_username, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_endpoint.auth.username = text;
        commit();
    });
    connect(m_secret, &SecretRefEditor::edited, this, [this](const SecretRef &secret) {
        m_endpoint.auth.secret = secret;
        commit();
    });
    connect(m_timeout, &QSpinBox::valueChanged, this, [this](int seconds) {
        m_endpoint.timeoutSeconds = seconds;
        commit();
    });
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, [this](double perSecond) {
        m_endpoint.requestsPerSecond = perSecond;
        commit();
    });
    connect(m_paging, &PaginationEditor::edited, this, [this](const Pagination &pagination) {
        m_endpoint.pagination = pagination;
        commit();
    });
    connect(m_test, &QPushButton::clicked, this, [this] {
        if (m_testRunning)
            Q_EMIT cancelTestRequested();
        else
            Q_EMIT testRequested();
    });
}

void EndpointEditor::setEndpoint(const Endpoint &endpoint)
{
    // Showing an endpoint is not an edit, even where re-reading the URL normalises it.
    const QScopedValueRollback loading(m_loading, true);
    m_endpoint = endpoint;
    m_name->setText(endpoint.name);
    m_connector->setCurrentIndex(std::max(0, m_connector->findData(connectorTypeKey(endpoint.connector))));
    m_url->setText(endpoint.baseUrl.toString());
    m_tryton->setSettings(endpoint.tryton);
    m_authType->setCurrentIndex(std::max(0, m_authType->findData(static_cast<int>(endpoint.auth.type))));
    m_header->setText(endpoint.auth.header);
    m_username->setText(endpoint.auth.username);
    m_secret->setSecret(endpoint.auth.secret);
    m_timeout->setValue(endpoint.timeoutSeconds);
    m_rate->setValue(endpoint.requestsPerSecond);
    m_paging->setPagination(endpoint.pagination);
    updateRows();
    checkUrl();
}

bool EndpointEditor::hasUrlProblem() const
{
    return m_urlProblem->status() == StatusLabel::Status::Error;
}

void EndpointEditor::setTestRunning(bool running)
{
    m_testRunning = running;
    if (running) {
        m_outcome.reset();
        m_testOutcome->setStatus(StatusLabel::Status::Running, tr("Testing %1 …").arg(m_url->text().trimmed()));
    }
    retranslate();
}

void EndpointEditor::showOutcome(const ConnectionOutcome &outcome)
{
    m_outcome = outcome;
    renderOutcome();
}

void EndpointEditor::showNotTested()
{
    m_outcome.reset();
    m_testOutcome->setStatus(StatusLabel::Status::Info, tr("Not tested: enter a valid base URL first."));
}

void EndpointEditor::clearOutcome()
{
    m_outcome.reset();
    if (!m_testRunning)
        m_testOutcome->clear();
}

std::expected<QUrl, QString> EndpointEditor::parseBaseUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QUrl();
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return std::unexpected(tr("This is not a valid URL: %1").arg(url.errorString()));
    if (url.scheme().isEmpty() || (url.host().isEmpty() && !trimmed.contains(QStringLiteral("://"))))
        return std::unexpected(tr("Start with http:// or https://, for example https://erp.example.com/api/."));
    if (url.scheme() != u"http" && url.scheme() != u"https")
        return std::unexpected(tr("Only http and https are supported, not \"%1\".").arg(url.scheme()));
    if (url.host().isEmpty())
        return std::unexpected(tr("The URL names no host. Write it as https://host[:port]/path."));
    if (!url.userInfo().isEmpty())
        return std::unexpected(tr("Leave user names and passwords out of the URL; set them under Authentication."));
    if (const QStringList secrets = credentialQueryParameters(url); !secrets.isEmpty()) {
        return std::unexpected(tr("Leave keys and tokens out of the URL (\"%1\"); set them under Authentication.")
                                   .arg(secrets.constFirst()));
    }
    if (url.hasFragment())
        return std::unexpected(tr("A base URL cannot have a #fragment."));
    return url;
}

void EndpointEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        checkUrl();
        renderOutcome();
    }
    QGroupBox::changeEvent(event);
}

void EndpointEditor::retranslate()
{
    const bool erp = m_role == EndpointRole::Erp;
    setTitle(erp ? tr("ERP") : tr("Shop"));
    m_connector->setItemText(0, tr("REST / JSON"));
    m_connector->setItemText(1, tr("Tryton (JSON-RPC)"));
    m_trytonLabel->setText(tr("Tryton &database:"));
    m_warehousesLabel->setText(tr("&Warehouses:"));
    for (int i = 0; i < m_authType->count(); ++i)
        m_authType->setItemText(i, authTypeDisplayName(static_cast<AuthType>(m_authType->itemData(i).toInt())));

    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(erp ? tr("e.g. Tryton production") : tr("e.g. Webshop"));
    m_connectorLabel->setText(tr("&Connector:"));
    m_urlLabel->setText(tr("Base &URL:"));
    m_url->setPlaceholderText(erp ? tr("https://erp.example.com/api/") : tr("https://shop.example.com/api/"));
    m_authLabel->setText(tr("&Authentication:"));
    m_headerLabel->setText(tr("H&eader:"));
    m_usernameLabel->setText(tr("User na&me:"));
    switch (m_endpoint.auth.type) {
    case AuthType::Basic:
        m_secretLabel->setText(tr("&Password from:"));
        break;
    case AuthType::Bearer:
        m_secretLabel->setText(tr("&Token from:"));
        break;
    case AuthType::ApiKey:
    case AuthType::None:
        m_secretLabel->setText(tr("&Key from:"));
        break;
    }
    m_timeoutLabel->setText(tr("T&imeout:"));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("How long a sync waits for one answer from this system."));
    m_rateLabel->setText(tr("&Rate limit:"));
    m_rate->setSuffix(tr(" requests/s"));
    m_rate->setSpecialValueText(tr("No limit"));
    m_rate->setToolTip(tr("The most requests per second a sync sends to this system; 0 means no limit."));
    m_pagingLabel->setText(tr("Pa&ging:"));
    const QString unavailable = m_endpoint.connector == ConnectorType::Tryton
        ? tr("The Tryton connector reads its records page by page itself.")
        : QString();
    m_paging->setUnavailableReason(unavailable);
    m_pagingLabel->setToolTip(unavailable);

    m_test->setText(m_testRunning ? tr("Stop Test") : tr("Test Connection"));
    m_test->setIcon(m_testRunning ? Icons::themed(QStringLiteral("process-stop"), QStyle::SP_BrowserStop)
                                  : Icons::themed(QStringLiteral("network-connect"), QStyle::SP_BrowserReload));
    m_test->setToolTip(m_endpoint.connector == ConnectorType::Tryton
            ? tr("Asks the Tryton server for its version, logs in with the user and password above, and reads the "
                 "company and the warehouses. Each failed login counts towards Tryton's lockout.")
            : tr("Sends a GET request to the base URL, without credentials, and reports the answer."));
    m_test->setEnabled(m_testRunning || (!hasUrlProblem() && !m_endpoint.baseUrl.isEmpty()));
}

void EndpointEditor::updateRows()
{
    const AuthType type = m_endpoint.auth.type;
    m_form->setRowVisible(m_tryton, m_endpoint.connector == ConnectorType::Tryton);
    m_form->setRowVisible(m_tryton->warehousesField(), m_endpoint.connector == ConnectorType::Tryton);
    m_form->setRowVisible(m_header, type == AuthType::ApiKey);
    m_form->setRowVisible(m_username, type == AuthType::Basic);
    m_form->setRowVisible(m_secret, type != AuthType::None);
    // Disabled, not hidden: one more hidden row made Qt 6.4's form squash a shown row to no height.
    for (QWidget *paging : {static_cast<QWidget *>(m_paging), static_cast<QWidget *>(m_pagingLabel)})
        paging->setEnabled(m_endpoint.connector == ConnectorType::Rest);
    retranslate();
}

void EndpointEditor::checkUrl()
{
    const auto parsed = parseBaseUrl(m_url->text());
    if (!parsed) {
        m_urlProblem->setStatus(StatusLabel::Status::Error,
            parsed.error() + u' ' + tr("The project keeps the last valid URL until this is fixed."));
    } else {
        if (parsed->isEmpty())
            m_urlProblem->setStatus(
                StatusLabel::Status::Info, tr("Required before this endpoint can be tested or synced."));
        else
            m_urlProblem->clear();
        if (*parsed != m_endpoint.baseUrl) {
            m_endpoint.baseUrl = *parsed;
            commit();
        }
    }
    retranslate(); // the test button depends on the URL
}

void EndpointEditor::renderOutcome()
{
    if (m_testRunning)
        return;
    if (!m_outcome) {
        m_testOutcome->clear();
        return;
    }
    const QString hint = m_outcome->hint();
    m_testOutcome->setStatus(
        m_outcome->status(), hint.isEmpty() ? m_outcome->message() : m_outcome->message() + u'\n' + hint);
}

void EndpointEditor::commit()
{
    if (m_loading)
        return;
    Q_EMIT edited(m_endpoint);
}

} // namespace Linkwright

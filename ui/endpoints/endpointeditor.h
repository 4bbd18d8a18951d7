#pragma once

#include "endpoints/connectionoutcome.h"
#include "project/project.h"

#include <QGroupBox>

#include <expected>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Linkwright {

class PaginationEditor;
class SecretRefEditor;
class StatusLabel;
class TrytonSettingsEditor;

/// Edits one endpoint (the ERP or the shop): name, connector (REST, or Tryton with its database,
/// company and warehouses), base URL, authentication with the
/// reference to where its secret lives, paging (REST), timeout and rate limit. Every valid edit is reported
/// through edited(); a base URL that does not parse is explained next to the field and never
/// reported, so the document keeps the last valid one.
class EndpointEditor final : public QGroupBox
{
    Q_OBJECT

public:
    explicit EndpointEditor(EndpointRole role, QWidget *parent = nullptr);

    [[nodiscard]] EndpointRole role() const { return m_role; }
    /// Shows an endpoint; emits nothing.
    void setEndpoint(const Endpoint &endpoint);
    [[nodiscard]] const Endpoint &endpoint() const { return m_endpoint; }

    /// True while the base URL field holds something that is not a usable URL.
    [[nodiscard]] bool hasUrlProblem() const;

    void setTestRunning(bool running);
    void showOutcome(const ConnectionOutcome &outcome);
    /// Says why a requested test did not run (no usable base URL yet).
    void showNotTested();
    void clearOutcome();

    /// An empty text means "not set yet" and is accepted as an empty URL.
    [[nodiscard]] static std::expected<QUrl, QString> parseBaseUrl(const QString &text);

Q_SIGNALS:
    void edited(const Linkwright::Endpoint &endpoint);
    void testRequested();
    void cancelTestRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createFields();
    void connectFields();
    void retranslate();
    void updateRows();
    void checkUrl();
    void renderOutcome();
    void commit();

    EndpointRole m_role;
    Endpoint m_endpoint;
    bool m_testRunning = false;
    bool m_loading = false;
    std::optional<ConnectionOutcome> m_outcome;

    QFormLayout *m_form = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_connectorLabel = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLabel *m_trytonLabel = nullptr;
    QLabel *m_warehousesLabel = nullptr;
    QLabel *m_authLabel = nullptr;
    QLabel *m_headerLabel = nullptr;
    QLabel *m_usernameLabel = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLabel *m_timeoutLabel = nullptr;
    QLabel *m_rateLabel = nullptr;
    QLabel *m_pagingLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_connector = nullptr;
    QLineEdit *m_url = nullptr;
    StatusLabel *m_urlProblem = nullptr;
    TrytonSettingsEditor *m_tryton = nullptr;
    PaginationEditor *m_paging = nullptr;
    QComboBox *m_authType = nullptr;
    QLineEdit *m_header = nullptr;
    QLineEdit *m_username = nullptr;
    SecretRefEditor *m_secret = nullptr;
    QSpinBox *m_timeout = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QPushButton *m_test = nullptr;
    StatusLabel *m_testOutcome = nullptr;
};

} // namespace Linkwright

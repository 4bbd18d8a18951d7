#pragma once

#include "project/project.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Linkwright {

class StatusLabel;

/// Where a secret lives: an environment variable or a keychain entry, and its name. The value
/// itself is never asked for, so it can never end up in the project file.
class SecretRefEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit SecretRefEditor(EndpointRole role, QWidget *parent = nullptr);

    /// Shows a reference; emits nothing.
    void setSecret(const SecretRef &secret);
    [[nodiscard]] const SecretRef &secret() const { return m_secret; }
    /// Set while the name cannot be used (for example not a valid variable name).
    [[nodiscard]] bool hasProblem() const;

Q_SIGNALS:
    void edited(const Linkwright::SecretRef &secret);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void check();

    EndpointRole m_role;
    SecretRef m_secret;
    QComboBox *m_source = nullptr;
    QLineEdit *m_name = nullptr;
    StatusLabel *m_problem = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace Linkwright

#pragma once

#include "project/project.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace Linkwright {

/// The settings a Tryton endpoint adds to the URL and the login: the database and the company
/// id, on one row of the endpoint editor. Warehouses stay in the project file for now.
class TrytonSettingsEditor final : public QWidget
{
    Q_OBJECT

public:
    /// The first field, for the label in front of the whole row to name as its buddy.
    [[nodiscard]] QWidget *databaseField() const;
    explicit TrytonSettingsEditor(QWidget *parent = nullptr);

    /// Shows settings; emits nothing.
    void setSettings(const TrytonSettings &settings);
    [[nodiscard]] const TrytonSettings &settings() const { return m_settings; }

Q_SIGNALS:
    void edited(const Linkwright::TrytonSettings &settings);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    TrytonSettings m_settings;
    bool m_loading = false;
    QLineEdit *m_database = nullptr;
    QLabel *m_companyLabel = nullptr;
    QSpinBox *m_company = nullptr;
};

} // namespace Linkwright

#pragma once

#include "project/project.h"

#include <QWidget>

#include <expected>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace Linkwright {

class StatusLabel;

/// The settings a Tryton endpoint adds to the URL and the login: the database and the company
/// id on one row of the endpoint editor, the warehouses on another (warehousesField(), which
/// the endpoint editor places in its form). Warehouse ids that do not parse are explained under
/// the field and never reported, so the document keeps the last valid list.
class TrytonSettingsEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit TrytonSettingsEditor(QWidget *parent = nullptr);

    /// The first field, for the label in front of the whole row to name as its buddy.
    [[nodiscard]] QWidget *databaseField() const;
    /// The warehouse ids with the line that explains a mistake in them, for a row of its own.
    [[nodiscard]] QWidget *warehousesField() const { return m_warehousesBox; }
    [[nodiscard]] QWidget *warehousesInput() const;

    /// Shows settings; emits nothing.
    void setSettings(const TrytonSettings &settings);
    [[nodiscard]] const TrytonSettings &settings() const { return m_settings; }
    /// True while the warehouses field holds something that is not a list of ids.
    [[nodiscard]] bool hasWarehousesProblem() const;

    /// "4, 7" (commas or spaces between) as stock.location ids, each once; empty text means
    /// every warehouse. The error says what is wrong and how to write it.
    [[nodiscard]] static std::expected<QList<int>, QString> parseWarehouses(const QString &text);
    [[nodiscard]] static QString warehousesText(const QList<int> &ids);

Q_SIGNALS:
    void edited(const Linkwright::TrytonSettings &settings);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void checkWarehouses();

    TrytonSettings m_settings;
    bool m_loading = false;
    QLineEdit *m_database = nullptr;
    QLabel *m_companyLabel = nullptr;
    QSpinBox *m_company = nullptr;
    QWidget *m_warehousesBox = nullptr;
    QLineEdit *m_warehouses = nullptr;
    StatusLabel *m_warehousesProblem = nullptr;
};

} // namespace Linkwright

#pragma once

#include "roi/roichecker.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Linkwright {

class RoiWorkspace;
class StatusLabel;

/// The figures around the areas: days per year, currency, implementation and running cost.
/// Each field keeps what was typed and shows its problem right below it.
class RoiAssumptionsView final : public QWidget
{
    Q_OBJECT

public:
    RoiAssumptionsView(RoiWorkspace &workspace, QWidget *parent);

    [[nodiscard]] QComboBox *daysPerYear() const { return m_days; }
    [[nodiscard]] QLineEdit *currency() const { return m_currency; }
    [[nodiscard]] QLineEdit *implementationCost() const { return m_implementation; }
    [[nodiscard]] QLineEdit *yearlyRunningCost() const { return m_running; }
    /// The message shown under the field, empty when it checks out.
    [[nodiscard]] QString problemText(RoiField field) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row {
        RoiField field;
        QLabel *label = nullptr;
        StatusLabel *problem = nullptr;
    };
    void load();
    void follow();
    void showProblems();
    void edited(RoiField field, const QString &text);
    void retranslate();
    [[nodiscard]] const Row *row(RoiField field) const;

    RoiWorkspace &m_workspace;
    QComboBox *m_days = nullptr;
    QLineEdit *m_currency = nullptr;
    QLineEdit *m_implementation = nullptr;
    QLineEdit *m_running = nullptr;
    QLabel *m_daysHint = nullptr;
    QLabel *m_implementationUnit = nullptr;
    QLabel *m_runningUnit = nullptr;
    QList<Row> m_rows;
    bool m_loading = false;
};

} // namespace Linkwright

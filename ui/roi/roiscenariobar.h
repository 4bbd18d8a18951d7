#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Linkwright {

class RoiWorkspace;

/// Which scenario the ROI page shows: the project's saved ones and the whitepaper preset, its
/// name (typing renames it), and saving it as a new one or deleting it from the project.
class RoiScenarioBar final : public QWidget
{
    Q_OBJECT

public:
    RoiScenarioBar(RoiWorkspace &workspace, QWidget *parent);

    [[nodiscard]] QComboBox *picker() const { return m_picker; }
    [[nodiscard]] QLineEdit *name() const { return m_name; }
    [[nodiscard]] QAction *saveAction() const { return m_save; }
    [[nodiscard]] QAction *deleteAction() const { return m_delete; }

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Picker entries that are not saved scenarios (those carry their index).
    static constexpr int DraftEntry = -1;
    static constexpr int WhitepaperEntry = -2;

    void retranslate();
    void fillPicker();
    void pickerActivated(int index);
    void updateState();

    RoiWorkspace &m_workspace;
    QLabel *m_pickerLabel = nullptr;
    QComboBox *m_picker = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QAction *m_save = nullptr;
    QAction *m_delete = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace Linkwright

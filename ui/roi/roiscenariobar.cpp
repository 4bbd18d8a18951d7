#include "roiscenariobar.h"

#include "roi/roiworkspace.h"
#include "widgets/icons.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace Linkwright {

RoiScenarioBar::RoiScenarioBar(RoiWorkspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_pickerLabel = new QLabel(this);
    m_picker = new QComboBox(this);
    m_picker->setObjectName(QStringLiteral("roiScenarioPicker"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pickerLabel->setBuddy(m_picker);
    connect(m_picker, &QComboBox::activated, this, &RoiScenarioBar::pickerActivated);
    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("roiScenarioName"));
    // Room for a long name where there is room, but never so much that the row pushes a
    // 1280-pixel window's page into a sideways scroll in German (the picker shows the whole name
    // with "(not saved)" after it).
    m_name->setMinimumWidth(200);
    m_name->setMaximumWidth(420);
    m_nameLabel->setBuddy(m_name);
    connect(m_name, &QLineEdit::textEdited, &m_workspace, &RoiWorkspace::rename);

    m_save = new QAction(Icons::themed(QStringLiteral("document-save"), QStyle::SP_DialogSaveButton), {}, this);
    m_save->setObjectName(QStringLiteral("saveRoiScenario"));
    connect(m_save, &QAction::triggered, this, [this] { m_workspace.saveAsNew(m_name->text()); });
    m_delete = new QAction(Icons::themed(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon), {}, this);
    m_delete->setObjectName(QStringLiteral("deleteRoiScenario"));
    connect(m_delete, &QAction::triggered, &m_workspace, &RoiWorkspace::removeSaved);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("roiScenarioNote"));
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    row->addWidget(m_pickerLabel);
    row->addWidget(m_picker);
    row->addSpacing(12);
    row->addWidget(m_nameLabel);
    row->addWidget(m_name, 1);
    for (QAction *action : {m_save, m_delete}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        row->addWidget(button);
    }
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_note);

    connect(&m_workspace, &RoiWorkspace::savedScenariosChanged, this, &RoiScenarioBar::fillPicker);
    connect(&m_workspace, &RoiWorkspace::scenarioReplaced, this, &RoiScenarioBar::updateState);
    connect(&m_workspace, &RoiWorkspace::scenarioChanged, this, [this] {
        if (m_name->text() != m_workspace.scenario().name)
            m_name->setText(m_workspace.scenario().name);
    });
    retranslate();
}

void RoiScenarioBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RoiScenarioBar::retranslate()
{
    m_pickerLabel->setText(tr("&Scenario:"));
    m_nameLabel->setText(tr("&Name:"));
    m_save->setText(tr("Save as New Scenario"));
    m_save->setToolTip(tr("Keeps these figures in the project, under the name given."));
    m_delete->setText(tr("Delete Scenario"));
    m_delete->setToolTip(tr("Removes the scenario from the project; the figures stay on the page."));
    fillPicker();
    updateState();
}

void RoiScenarioBar::fillPicker()
{
    m_picker->clear();
    const QStringList names = m_workspace.savedNames();
    for (int i = 0; i < names.size(); ++i)
        m_picker->addItem(names.at(i), i);
    if (!names.isEmpty())
        m_picker->insertSeparator(m_picker->count());
    // The unsaved figures keep an entry of their own once edited, beside the untouched example.
    const QString preset = tr("%1 (preset)").arg(RoiPresets::whitepaperName());
    if (m_workspace.draftEdited()) {
        m_picker->addItem(tr("%1 (not saved)").arg(m_workspace.draft().name), DraftEntry);
        m_picker->addItem(preset, WhitepaperEntry);
    } else {
        m_picker->addItem(preset, DraftEntry);
    }
    const int saved = m_workspace.savedIndex();
    const int current = saved >= 0 ? saved : (m_workspace.showsWhitepaper() ? WhitepaperEntry : DraftEntry);
    m_picker->setCurrentIndex(m_picker->findData(current));
}

void RoiScenarioBar::pickerActivated(int index)
{
    const int entry = m_picker->itemData(index).toInt();
    if (entry >= 0)
        m_workspace.selectSaved(entry);
    else if (entry == WhitepaperEntry)
        m_workspace.selectWhitepaper();
    else
        m_workspace.selectPreset();
}

void RoiScenarioBar::updateState()
{
    if (m_name->text() != m_workspace.scenario().name)
        m_name->setText(m_workspace.scenario().name);
    const bool saved = m_workspace.savedIndex() >= 0;
    m_save->setEnabled(m_workspace.canSave());
    m_delete->setEnabled(saved);
    if (!m_workspace.canSave())
        m_note->setText(tr("Open or create a project to save scenarios with it."));
    else if (saved)
        m_note->setText(tr("Saved with the project: every change is kept when the project is saved."));
    else
        m_note->setText(tr("Not saved yet: Save as New Scenario keeps these figures with the project."));
}

} // namespace Linkwright

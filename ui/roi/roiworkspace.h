#pragma once

#include "roi/roicalculator.h"
#include "roi/roiscenario.h"

#include <QObject>
#include <QStringList>

#include <expected>

namespace Linkwright {

class ProjectDocument;

/// The scenario the ROI page works on, and where it lives: one of the project's saved scenarios
/// (each edit goes into the document, so it is saved with the project and marks it modified), or
/// a preset that is not saved until the user saves it as a scenario. The views read and edit it
/// only through here, and all see the same evaluation.
class RoiWorkspace final : public QObject
{
    Q_OBJECT

public:
    explicit RoiWorkspace(ProjectDocument &document, QObject *parent = nullptr);

    [[nodiscard]] const RoiScenario &scenario() const { return m_scenario; }
    /// The checked figures' result, or the problems of every field.
    [[nodiscard]] const std::expected<RoiResult, RoiFieldProblems> &evaluation() const { return m_evaluation; }
    /// An edit of the figures, as typed.
    void setScenario(const RoiScenario &scenario);

    /// Whether scenarios can be saved: only into an open project.
    [[nodiscard]] bool canSave() const;
    /// The project's scenarios, by name; empty without a project.
    [[nodiscard]] QStringList savedNames() const;
    /// The saved scenario being edited, or -1 for a preset that is not saved.
    [[nodiscard]] int savedIndex() const { return m_savedIndex; }

    /// The figures that are not saved in a scenario (the whitepaper example until edited): kept
    /// while saved scenarios are on the page or another project opens, so that nothing typed
    /// is lost by picking another entry.
    void selectPreset();
    /// The whitepaper example as it comes; the unsaved figures stay until it is edited.
    void selectWhitepaper();
    [[nodiscard]] const RoiScenario &draft() const { return m_draft; }
    /// Whether the unsaved figures differ from the whitepaper example.
    [[nodiscard]] bool draftEdited() const;
    /// Whether the untouched whitepaper example is on the page beside edited unsaved figures.
    [[nodiscard]] bool showsWhitepaper() const { return m_showingWhitepaper; }
    void selectSaved(int index);
    /// Saves what is on the page as a new scenario of the project and goes on editing that one.
    /// A name already taken gets a number. Returns the index, or -1 without a project.
    int saveAsNew(const QString &name);
    /// Renames the scenario on the page (saved or not); empty names are ignored.
    void rename(const QString &name);
    /// Removes the saved scenario on the page; its figures stay on the page, unsaved.
    void removeSaved();
    /// The language changed: the whitepaper example's names come from the translation, so an
    /// untouched example (on the page or as the unsaved figures) follows it; once edited, the
    /// names are the user's and stay as they are.
    void retranslate();

Q_SIGNALS:
    /// The figures changed, or another scenario is on the page now.
    void scenarioChanged();
    /// Another scenario is on the page: views that keep typed text take the new one.
    void scenarioReplaced();
    /// Scenarios were added, renamed or removed, or the project changed.
    void savedScenariosChanged();

private:
    void load(const RoiScenario &scenario, int savedIndex);
    void evaluate();
    void projectReplaced();
    void projectEdited();
    [[nodiscard]] QString uniqueName(const QString &name) const;

    ProjectDocument &m_document;
    /// The example in the language it was last read in: what "untouched" is measured against.
    RoiScenario m_whitepaper;
    RoiScenario m_scenario;
    int m_savedIndex = -1;
    RoiScenario m_draft;
    bool m_showingWhitepaper = false;
    std::expected<RoiResult, RoiFieldProblems> m_evaluation;
};

} // namespace Linkwright

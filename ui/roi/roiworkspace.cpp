#include "roiworkspace.h"

#include "project/projectdocument.h"

#include <utility>

namespace Linkwright {

RoiWorkspace::RoiWorkspace(ProjectDocument &document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_whitepaper(RoiPresets::whitepaper())
    , m_scenario(m_whitepaper)
    , m_draft(m_scenario)
    , m_evaluation(std::unexpected(RoiFieldProblems{}))
{
    connect(&m_document, &ProjectDocument::projectReplaced, this, &RoiWorkspace::projectReplaced);
    connect(&m_document, &ProjectDocument::projectEdited, this, &RoiWorkspace::projectEdited);
    projectReplaced();
}

bool RoiWorkspace::canSave() const
{
    return m_document.hasProject();
}

QStringList RoiWorkspace::savedNames() const
{
    QStringList names;
    if (m_document.hasProject()) {
        for (const RoiScenario &scenario : m_document.project().roiScenarios)
            names.append(scenario.name);
    }
    return names;
}

void RoiWorkspace::setScenario(const RoiScenario &scenario)
{
    if (scenario == m_scenario)
        return;
    m_scenario = scenario;
    evaluate();
    if (m_savedIndex < 0) {
        // The entry that names the unsaved figures changes with them (edited or not, its name).
        const bool relabel =
            m_showingWhitepaper || draftEdited() != (scenario != m_whitepaper) || m_draft.name != scenario.name;
        m_draft = scenario;
        m_showingWhitepaper = false;
        if (relabel)
            Q_EMIT savedScenariosChanged();
    }
    if (m_savedIndex >= 0 && m_document.hasProject()) {
        QList<RoiScenario> scenarios = m_document.project().roiScenarios;
        if (m_savedIndex < scenarios.size()) {
            const bool renamed = scenarios.at(m_savedIndex).name != scenario.name;
            scenarios[m_savedIndex] = scenario;
            m_document.setRoiScenarios(scenarios);
            if (renamed)
                Q_EMIT savedScenariosChanged();
        }
    }
    Q_EMIT scenarioChanged();
}

bool RoiWorkspace::draftEdited() const
{
    return m_draft != m_whitepaper;
}

void RoiWorkspace::selectPreset()
{
    m_showingWhitepaper = false;
    load(m_draft, -1);
}

void RoiWorkspace::selectWhitepaper()
{
    m_showingWhitepaper = draftEdited();
    load(m_whitepaper, -1);
}

void RoiWorkspace::selectSaved(int index)
{
    if (!m_document.hasProject() || index < 0 || index >= m_document.project().roiScenarios.size())
        return;
    load(m_document.project().roiScenarios.at(index), index);
}

int RoiWorkspace::saveAsNew(const QString &name)
{
    if (!m_document.hasProject())
        return -1;
    RoiScenario scenario = m_scenario;
    scenario.name = uniqueName(name.trimmed().isEmpty() ? m_scenario.name : name.trimmed());
    // Saved now, the unsaved figures start over from the example.
    if (m_savedIndex < 0) {
        m_draft = m_whitepaper;
        m_showingWhitepaper = false;
    }
    QList<RoiScenario> scenarios = m_document.project().roiScenarios;
    scenarios.append(scenario);
    const int index = static_cast<int>(scenarios.size()) - 1;
    // Set before the document announces the edit, so projectEdited() finds it in place.
    m_savedIndex = index;
    m_scenario = scenario;
    m_document.setRoiScenarios(scenarios);
    Q_EMIT savedScenariosChanged();
    Q_EMIT scenarioReplaced();
    Q_EMIT scenarioChanged();
    return index;
}

void RoiWorkspace::rename(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed == m_scenario.name)
        return;
    RoiScenario renamed = m_scenario;
    renamed.name = trimmed;
    setScenario(renamed);
}

void RoiWorkspace::removeSaved()
{
    if (m_savedIndex < 0 || !m_document.hasProject())
        return;
    QList<RoiScenario> scenarios = m_document.project().roiScenarios;
    if (m_savedIndex < scenarios.size())
        scenarios.removeAt(m_savedIndex);
    m_savedIndex = -1;
    // Its figures stay on the page as the unsaved ones.
    m_draft = m_scenario;
    m_showingWhitepaper = false;
    m_document.setRoiScenarios(scenarios);
    Q_EMIT savedScenariosChanged();
    Q_EMIT scenarioReplaced();
}

void RoiWorkspace::retranslate()
{
    const RoiScenario before = std::exchange(m_whitepaper, RoiPresets::whitepaper());
    if (before == m_whitepaper)
        return;
    if (m_draft == before)
        m_draft = m_whitepaper;
    if (m_savedIndex < 0 && m_scenario == before)
        load(m_whitepaper, -1);
    else
        Q_EMIT savedScenariosChanged(); // the picker names the example
}

void RoiWorkspace::load(const RoiScenario &scenario, int savedIndex)
{
    m_scenario = scenario;
    m_savedIndex = savedIndex;
    evaluate();
    Q_EMIT savedScenariosChanged();
    Q_EMIT scenarioReplaced();
    Q_EMIT scenarioChanged();
}

void RoiWorkspace::evaluate()
{
    m_evaluation = RoiCalculator::evaluate(m_scenario);
}

void RoiWorkspace::projectReplaced()
{
    // A project with scenarios opens on its first; otherwise the whitepaper example, so the page
    // has something to show a prospect straight away.
    // The unsaved figures are kept either way: they are one pick away.
    m_showingWhitepaper = false;
    if (m_document.hasProject() && !m_document.project().roiScenarios.isEmpty())
        load(m_document.project().roiScenarios.constFirst(), 0);
    else
        load(m_draft, -1);
}

void RoiWorkspace::projectEdited()
{
    if (m_savedIndex < 0 || !m_document.hasProject())
        return;
    const QList<RoiScenario> &scenarios = m_document.project().roiScenarios;
    if (m_savedIndex >= scenarios.size()) {
        m_draft = m_scenario;
        m_showingWhitepaper = false;
        load(m_scenario, -1);
        return;
    }
    // Edits made here are in place already; anything else changed the scenario behind the page.
    if (scenarios.at(m_savedIndex) != m_scenario)
        load(scenarios.at(m_savedIndex), m_savedIndex);
}

QString RoiWorkspace::uniqueName(const QString &name) const
{
    const QStringList taken = savedNames();
    if (!taken.contains(name))
        return name;
    for (int n = 2;; ++n) {
        const QString candidate = tr("%1 (%2)").arg(name).arg(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

} // namespace Linkwright

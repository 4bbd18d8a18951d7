#pragma once

#include "widgets/page.h"

class QAction;
class QLabel;
class QTableView;
class QToolButton;

namespace Linkwright {

class ProjectDocument;
class Prompter;
class RoiAreasModel;
class RoiAssumptionsView;
class RoiChartsView;
class RoiRealisedView;
class RoiResultsView;
class RoiScenarioBar;
class RoiWorkspace;
class StatusLabel;

/// "ROI": what the integration is worth, for sales to show a prospect. Areas with their cost,
/// volume and improvement give the yearly saving; investment and running cost give payback,
/// net saving and ROI over three years; charts, a realised figure from the run history, and
/// scenarios saved with the project; a one-page PDF and the charts as pictures to hand over.
class RoiPage final : public Page
{
    Q_OBJECT

public:
    RoiPage(ProjectDocument &document, Prompter &prompter, QWidget *parent);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon icon() const override;

    [[nodiscard]] RoiWorkspace *workspace() const { return m_workspace; }
    [[nodiscard]] RoiAreasModel *areasModel() const { return m_areasModel; }
    [[nodiscard]] QTableView *areasTable() const { return m_areas; }
    [[nodiscard]] RoiAssumptionsView *assumptions() const { return m_assumptions; }
    [[nodiscard]] RoiResultsView *results() const { return m_results; }
    [[nodiscard]] RoiChartsView *charts() const { return m_charts; }
    [[nodiscard]] RoiRealisedView *realised() const { return m_realised; }
    [[nodiscard]] RoiScenarioBar *scenarioBar() const { return m_scenarioBar; }
    [[nodiscard]] QAction *exportPdfAction() const { return m_exportPdf; }
    [[nodiscard]] QAction *exportChartsAction() const { return m_exportCharts; }

    /// Both exports, without the file dialog; what the header actions do after asking.
    bool exportPdf(const QString &fileName);
    bool exportCharts(const QString &fileName);

protected:
    void retranslate() override;

private:
    QWidget *createAreas();
    void updateAreaProblems();
    void fitAreasTable();
    void askExportPdf();
    void askExportCharts();
    [[nodiscard]] QString suggestedPath(const QString &suffix) const;

    ProjectDocument &m_document;
    Prompter &m_prompter;
    RoiWorkspace *m_workspace = nullptr;
    RoiAreasModel *m_areasModel = nullptr;

    RoiScenarioBar *m_scenarioBar = nullptr;

    QLabel *m_areasTitle = nullptr;
    QTableView *m_areas = nullptr;
    QToolButton *m_addArea = nullptr;
    QToolButton *m_removeArea = nullptr;
    StatusLabel *m_areaProblems = nullptr;
    QLabel *m_assumptionsTitle = nullptr;
    RoiAssumptionsView *m_assumptions = nullptr;
    RoiResultsView *m_results = nullptr;
    RoiChartsView *m_charts = nullptr;
    RoiRealisedView *m_realised = nullptr;

    QAction *m_exportPdf = nullptr;
    QAction *m_exportCharts = nullptr;
    StatusLabel *m_exportStatus = nullptr;
};

} // namespace Linkwright

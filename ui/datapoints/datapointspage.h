#pragma once

#include "widgets/page.h"

class QAction;
class QStackedWidget;
class QTableView;

namespace Linkwright {

class DataPointDetails;
class DataPointsModel;
class NoProjectState;
class ProjectDocument;

/// "Data points": what flows between the two systems, in which direction and how, with a
/// warning wherever the project departs from the recommendation.
class DataPointsPage final : public Page
{
    Q_OBJECT

public:
    DataPointsPage(ProjectDocument &document, QWidget *parent);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon icon() const override;

    [[nodiscard]] DataPointsModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }

protected:
    void retranslate() override;

private:
    void reload();
    void applyRecommendedDirections();
    void resizeColumns();

    ProjectDocument &m_document;
    DataPointsModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    NoProjectState *m_empty = nullptr;
    QTableView *m_table = nullptr;
    DataPointDetails *m_details = nullptr;
    QAction *m_recommended = nullptr;
};

} // namespace Linkwright

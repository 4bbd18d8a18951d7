#pragma once

#include "domain/datapoint.h"

#include <QWidget>

#include <optional>

class QLabel;
class QVBoxLayout;

namespace Linkwright {

class DataPointsModel;
class ProjectDocument;

/// Below the data point table: the selected data point's recommendation, why it is
/// recommended, and each warning with what to do about it.
class DataPointDetails final : public QWidget
{
    Q_OBJECT

public:
    DataPointDetails(const DataPointsModel &model, const ProjectDocument &document, QWidget *parent = nullptr);

    void showDataPoint(std::optional<DataPointKind> kind);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    const DataPointsModel &m_model;
    const ProjectDocument &m_document;
    std::optional<DataPointKind> m_kind;
    QLabel *m_title = nullptr;
    QLabel *m_recommendation = nullptr;
    QLabel *m_facts = nullptr;
    QWidget *m_warnings = nullptr;
    QVBoxLayout *m_warningsLayout = nullptr;
};

} // namespace Linkwright

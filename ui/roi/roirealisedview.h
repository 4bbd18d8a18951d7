#pragma once

#include "domain/datapoint.h"

#include <QDate>
#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace Linkwright {

class ProjectDocument;
class RoiRealisedModel;
class RoiWorkspace;

/// "What this integration saved last month": the scenario's formulas fed with the records the
/// project's runs wrote, read from its state database. Says what to do when there is nothing
/// to measure yet.
class RoiRealisedView final : public QWidget
{
    Q_OBJECT

public:
    RoiRealisedView(RoiWorkspace &workspace, ProjectDocument &document, QWidget *parent);

    [[nodiscard]] RoiRealisedModel *model() const { return m_model; }
    /// The sentence above the table, or the empty state's explanation.
    [[nodiscard]] QString summary() const;
    [[nodiscard]] bool showsTable() const;
    /// "Last month" is the calendar month before this day; today unless a test sets it.
    void setToday(const QDate &today);
    /// Reads the run history again, on a thread of its own; historyRead() says when it is in.
    void reload();
    [[nodiscard]] bool isReading() const { return m_reading; }

Q_SIGNALS:
    void historyRead();

protected:
    void changeEvent(QEvent *event) override;

private:
    void recalculate();
    void retranslate();

    RoiWorkspace &m_workspace;
    ProjectDocument &m_document;
    RoiRealisedModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QToolButton *m_reload = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_table = nullptr;
    QDate m_today;
    /// Records written per data point last month; none while no run history could be read.
    std::optional<QHash<DataPointKind, qint64>> m_written;
    QString m_readProblem;
    quint64 m_generation = 0; ///< of the latest read; older answers are dropped
    bool m_reading = false;
};

} // namespace Linkwright

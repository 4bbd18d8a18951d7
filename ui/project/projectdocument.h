#pragma once

#include "project/project.h"
#include "project/projectfile.h"

#include <QObject>
#include <QString>

#include <expected>
#include <optional>

namespace Linkwright {

/// The project open in the window: the Project value, the file it belongs to and whether it
/// has unsaved edits. Pages read it and change it only through its setters, so every edit
/// marks the document modified and every view hears about it.
class ProjectDocument final : public QObject
{
    Q_OBJECT

public:
    explicit ProjectDocument(QObject *parent = nullptr);

    [[nodiscard]] bool hasProject() const { return m_project.has_value(); }
    /// Only while hasProject().
    [[nodiscard]] const Project &project() const;
    /// Empty while the project has never been saved.
    [[nodiscard]] QString fileName() const { return m_fileName; }
    /// The file's name, or a placeholder for a project never saved.
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] bool isModified() const { return m_modified; }
    /// Where the sync state of this project is kept (ProjectPaths::stateDatabase under
    /// AppData). Empty until the project has a file.
    [[nodiscard]] QString stateDatabasePath() const;

    /// Departures from the recommendations, kept up to date as the project is edited.
    [[nodiscard]] const Diagnostics &recommendations() const { return m_recommendations; }

    /// Replace whatever is open; asking about unsaved edits is the caller's business.
    void newProject();
    /// Leaves the open project untouched when the file cannot be read.
    std::expected<void, Diagnostics> open(const QString &fileName);
    /// Refuses, and writes nothing, when the file would not open again (for example an
    /// environment variable name with a space), so a saved project can always be reopened.
    std::expected<void, Diagnostics> save();
    std::expected<void, Diagnostics> saveAs(const QString &fileName);
    void close();

    void setName(const QString &name);
    void setEndpoint(EndpointRole role, const Endpoint &endpoint);
    /// Adds the data point in catalogue order when the project does not have it yet.
    void setDataPoint(const DataPointConfig &config);
    /// The ROI page's saved scenarios, all at once: an edit, a new one, a rename or a removal.
    void setRoiScenarios(const QList<RoiScenario> &scenarios);

Q_SIGNALS:
    /// A different project (or none) is open now; views reload everything.
    void projectReplaced();
    /// The open project was edited; views refresh what they show.
    void projectEdited();
    void modifiedChanged(bool modified);
    void fileNameChanged(const QString &fileName);

private:
    void replace(std::optional<Project> project, const QString &fileName);
    void edited();
    void setModified(bool modified);

    std::optional<Project> m_project;
    QString m_fileName;
    bool m_modified = false;
    Diagnostics m_recommendations;
};

} // namespace Linkwright

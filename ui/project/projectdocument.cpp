#include "projectdocument.h"

#include "project/projectpaths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace Linkwright {

namespace {

qsizetype catalogueIndex(DataPointKind kind)
{
    return DataPoints::all().indexOf(kind);
}

} // namespace

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent)
{
}

const Project &ProjectDocument::project() const
{
    Q_ASSERT(m_project);
    return *m_project;
}

QString ProjectDocument::displayName() const
{
    if (m_fileName.isEmpty())
        return tr("Untitled");
    return QFileInfo(m_fileName).fileName();
}

QString ProjectDocument::stateDatabasePath() const
{
    if (m_fileName.isEmpty())
        return {};
    return ProjectPaths::stateDatabase(m_fileName, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

void ProjectDocument::newProject()
{
    Project project;
    project.name = tr("New project");
    project.erp.name = tr("ERP");
    project.shop.name = tr("Shop");
    replace(std::move(project), {});
}

std::expected<void, Diagnostics> ProjectDocument::open(const QString &fileName)
{
    auto loaded = ProjectFile::load(fileName);
    if (!loaded)
        return std::unexpected(loaded.error());
    replace(std::move(loaded->project), QFileInfo(fileName).absoluteFilePath());
    return {};
}

std::expected<void, Diagnostics> ProjectDocument::save()
{
    Q_ASSERT(!m_fileName.isEmpty());
    return saveAs(m_fileName);
}

std::expected<void, Diagnostics> ProjectDocument::saveAs(const QString &fileName)
{
    if (!m_project)
        return {};
    // The reader is the judge of what can be opened again; asking it before writing keeps a
    // half-configured project in memory instead of producing a file nobody can load.
    const QByteArray bytes = ProjectFile::serialize(*m_project);
    auto reread = ProjectFile::parse(bytes);
    if (!reread)
        return std::unexpected(reread.error());

    auto saved = ProjectFile::save(*m_project, fileName);
    if (!saved) {
        const Error &error = saved.error();
        return std::unexpected(Diagnostics{{Diagnostic::Severity::Error, error.where, error.message, error.hint}});
    }
    const QString absolute = QFileInfo(fileName).absoluteFilePath();
    if (absolute != m_fileName) {
        m_fileName = absolute;
        Q_EMIT fileNameChanged(m_fileName);
    }
    setModified(false);
    return {};
}

void ProjectDocument::close()
{
    replace(std::nullopt, {});
}

void ProjectDocument::setName(const QString &name)
{
    if (!m_project || m_project->name == name)
        return;
    m_project->name = name;
    edited();
}

void ProjectDocument::setEndpoint(EndpointRole role, const Endpoint &endpoint)
{
    if (!m_project || m_project->endpoint(role) == endpoint)
        return;
    m_project->endpoint(role) = endpoint;
    edited();
}

void ProjectDocument::setDataPoint(const DataPointConfig &config)
{
    if (!m_project)
        return;
    if (DataPointConfig *existing = m_project->dataPoint(config.kind)) {
        if (*existing == config)
            return;
        *existing = config;
    } else {
        QList<DataPointConfig> &points = m_project->dataPoints;
        const auto at = std::ranges::find_if(points, [&config](const DataPointConfig &point) {
            return catalogueIndex(point.kind) > catalogueIndex(config.kind);
        });
        points.insert(at, config);
    }
    edited();
}

void ProjectDocument::setRoiScenarios(const QList<RoiScenario> &scenarios)
{
    if (!m_project || m_project->roiScenarios == scenarios)
        return;
    m_project->roiScenarios = scenarios;
    edited();
}

void ProjectDocument::replace(std::optional<Project> project, const QString &fileName)
{
    m_project = std::move(project);
    m_recommendations = m_project ? ProjectFile::recommendations(*m_project) : Diagnostics{};
    const bool fileChanged = m_fileName != fileName;
    m_fileName = fileName;
    setModified(false);
    Q_EMIT projectReplaced();
    if (fileChanged)
        Q_EMIT fileNameChanged(m_fileName);
}

void ProjectDocument::edited()
{
    m_recommendations = ProjectFile::recommendations(*m_project);
    setModified(true);
    Q_EMIT projectEdited();
}

void ProjectDocument::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

} // namespace Linkwright

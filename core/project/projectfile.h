#pragma once

#include "domain/error.h"
#include "project/project.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Linkwright {

/// One finding about a project file, placed by its JSON path ("dataPoints.orders.direction").
struct Diagnostic {
    enum class Severity {
        Error,
        Warning,
    };
    Severity severity = Severity::Error;
    QString path;
    QString message;
    QString hint;

    /// "path: message" (the hint is not included; see hint).
    [[nodiscard]] QString toString() const;
    bool operator==(const Diagnostic &) const = default;
};

using Diagnostics = QList<Diagnostic>;

struct LoadedProject {
    Project project;
    Diagnostics warnings; ///< departures from recommendations; the project is usable
};

/// Reads and writes project files: JSON with a formatVersion, validated on load.
class ProjectFile final
{
    Q_DECLARE_TR_FUNCTIONS(Linkwright::ProjectFile)

public:
    static constexpr int CurrentFormatVersion = 1;

    /// Every problem in the document is reported, not only the first.
    [[nodiscard]] static std::expected<LoadedProject, Diagnostics> parse(const QByteArray &json);
    [[nodiscard]] static std::expected<LoadedProject, Diagnostics> load(const QString &fileName);

    [[nodiscard]] static QByteArray serialize(const Project &project);
    /// Changes when what turns a data point's records into the target's does: its key field, a
    /// mapping, its direction or conflict policies. Runs keep it, to tell failures and plans made
    /// with other mappings.
    [[nodiscard]] static QString mappingsFingerprint(const DataPointConfig &config);
    /// Writes to a temporary file beside the target and renames it, so a crash never leaves a
    /// half-written project.
    [[nodiscard]] static Result<void> save(const Project &project, const QString &fileName);

    /// Recommendation warnings for a project held in memory (the window shows them as you edit).
    [[nodiscard]] static Diagnostics recommendations(const Project &project);
};

} // namespace Linkwright

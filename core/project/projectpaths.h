#pragma once

#include <QString>

namespace Linkwright::ProjectPaths {

/// The suffix project files get when the user gives none.
[[nodiscard]] QString projectSuffix();

/// Where the SQLite state of a project file lives: in the user's data folder, named after the
/// file plus a short hash of its absolute path, so "shop.linkwright.json" in two folders never
/// shares sync state. dataDirectory is normally QStandardPaths' AppDataLocation.
[[nodiscard]] QString stateDatabase(const QString &projectFile, const QString &dataDirectory);

} // namespace Linkwright::ProjectPaths

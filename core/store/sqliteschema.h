#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Linkwright::SqliteSchema {

/// "LNKW" in the SQLite header's application_id, so another program's database is never migrated.
inline constexpr int ApplicationId = 0x4C4E4B57;

/// One step of the schema. Migration i (counting from 1) takes PRAGMA user_version from i - 1 to i;
/// its statements run in one transaction, together with the version bump.
struct Migration {
    QString description;
    QStringList statements;
    /// Run only where SQLite has FTS5; without it the failure log searches with LIKE.
    QStringList fullTextStatements;
};

/// Every migration, oldest first. Append only: a released step is never edited.
[[nodiscard]] const QList<Migration> &migrations();

/// The schema version this build writes: the number of migrations.
[[nodiscard]] int currentVersion();

} // namespace Linkwright::SqliteSchema

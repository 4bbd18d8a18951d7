#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace Linkwright::Translations {

/// Where the compiled .qm files live inside the binary.
[[nodiscard]] QString resourceDirectory();
/// The languages Linkwright ships, as locale names ("en", "de", "da"); English needs no file.
[[nodiscard]] QStringList available();

} // namespace Linkwright::Translations

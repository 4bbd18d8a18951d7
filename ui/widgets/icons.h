#pragma once

#include <QIcon>
#include <QString>
#include <QStyle>

namespace Linkwright::Icons {

/// Picks an icon theme when the platform reports none (offscreen, minimal desktops): Breeze, or
/// Breeze Dark under a dark palette, when installed. Call once after the QApplication exists.
void ensureTheme();

/// A freedesktop icon from the theme, or the style's standard icon when the theme lacks it.
[[nodiscard]] QIcon themed(const QString &name, QStyle::StandardPixmap fallback);

/// Our own SVG when the resources are linked in, a theme icon otherwise.
[[nodiscard]] QIcon application();

} // namespace Linkwright::Icons

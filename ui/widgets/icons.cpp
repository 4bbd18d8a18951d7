#include "icons.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPalette>
#include <QStandardPaths>

#include <algorithm>

namespace Linkwright::Icons {

namespace {

bool themeInstalled(const QString &theme)
{
    const QStringList paths = QIcon::themeSearchPaths();
    return std::ranges::any_of(paths, [&theme](const QString &path) {
        return QFile::exists(QDir(path).filePath(theme + QStringLiteral("/index.theme")));
    });
}

bool paletteIsDark()
{
    const QPalette palette = QApplication::palette();
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

} // namespace

void ensureTheme()
{
    const QString current = QIcon::themeName();
    // hicolor is only the fallback theme every other theme inherits; on its own it holds no
    // action icons, so it counts as "no theme".
    if (!current.isEmpty() && current != u"hicolor")
        return;
    // Platforms without a desktop theme (offscreen, minimal) search only ":/icons"; the
    // freedesktop folders (/usr/share/icons, ...) are where the installed themes are.
    QStringList paths = QIcon::themeSearchPaths();
    const QStringList system = QStandardPaths::locateAll(
        QStandardPaths::GenericDataLocation, QStringLiteral("icons"), QStandardPaths::LocateDirectory);
    for (const QString &path : system) {
        if (!paths.contains(path))
            paths.append(path);
    }
    QIcon::setThemeSearchPaths(paths);
    const QString wanted = paletteIsDark() ? QStringLiteral("breeze-dark") : QStringLiteral("breeze");
    if (themeInstalled(wanted))
        QIcon::setThemeName(wanted);
    else if (themeInstalled(QStringLiteral("breeze")))
        QIcon::setThemeName(QStringLiteral("breeze"));
}

QIcon themed(const QString &name, QStyle::StandardPixmap fallback)
{
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return QApplication::style()->standardIcon(fallback);
}

QIcon application()
{
    const QString ours = QStringLiteral(":/icons/linkwright.svg");
    if (QFile::exists(ours))
        return QIcon(ours);
    return themed(QStringLiteral("network-connect"), QStyle::SP_ComputerIcon);
}

} // namespace Linkwright::Icons

#include "uisettings.h"

#include <QFileInfo>
#include <QSettings>

namespace Linkwright {

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
const QString RecentFilesKey = QStringLiteral("ui/recentFiles");
const QString GeometryKey = QStringLiteral("ui/mainWindow/geometry");
const QString StateKey = QStringLiteral("ui/mainWindow/state");
const QString PageKey = QStringLiteral("ui/mainWindow/page");
} // namespace

UiSettings::UiSettings(QSettings &store)
    : m_store(store)
{
}

QString UiSettings::language() const
{
    return m_store.value(LanguageKey, QStringLiteral("en")).toString();
}

void UiSettings::setLanguage(const QString &code)
{
    m_store.setValue(LanguageKey, code);
}

QStringList UiSettings::recentFiles() const
{
    return m_store.value(RecentFilesKey).toStringList().mid(0, MaxRecentFiles);
}

void UiSettings::addRecentFile(const QString &fileName)
{
    const QString absolute = QFileInfo(fileName).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    setRecentFiles(files);
}

void UiSettings::removeRecentFile(const QString &fileName)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(fileName).absoluteFilePath());
    setRecentFiles(files);
}

void UiSettings::clearRecentFiles()
{
    m_store.remove(RecentFilesKey);
}

QByteArray UiSettings::windowGeometry() const
{
    return m_store.value(GeometryKey).toByteArray();
}

QByteArray UiSettings::windowState() const
{
    return m_store.value(StateKey).toByteArray();
}

void UiSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    m_store.setValue(GeometryKey, geometry);
    m_store.setValue(StateKey, state);
}

QString UiSettings::currentPage() const
{
    return m_store.value(PageKey).toString();
}

void UiSettings::setCurrentPage(const QString &pageKey)
{
    m_store.setValue(PageKey, pageKey);
}

void UiSettings::setRecentFiles(const QStringList &files)
{
    m_store.setValue(RecentFilesKey, files.mid(0, MaxRecentFiles));
}

} // namespace Linkwright

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QSettings;

namespace Linkwright {

/// Preferences that only the window cares about: language, recent projects, window layout.
/// They stay in ui; nothing in core reads them.
class UiSettings final
{
public:
    static constexpr int MaxRecentFiles = 8;

    explicit UiSettings(QSettings &store);

    [[nodiscard]] QString language() const;
    void setLanguage(const QString &code);

    /// Most recent first, at most MaxRecentFiles.
    [[nodiscard]] QStringList recentFiles() const;
    void addRecentFile(const QString &fileName);
    void removeRecentFile(const QString &fileName);
    void clearRecentFiles();

    [[nodiscard]] QByteArray windowGeometry() const;
    [[nodiscard]] QByteArray windowState() const;
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state);

    [[nodiscard]] QString currentPage() const;
    void setCurrentPage(const QString &pageKey);

private:
    void setRecentFiles(const QStringList &files);

    QSettings &m_store;
};

} // namespace Linkwright

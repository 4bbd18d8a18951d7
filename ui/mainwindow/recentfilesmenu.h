#pragma once

#include <QMenu>

namespace Linkwright {

class UiSettings;

/// File > Open Recent: rebuilt each time it opens, so it always matches the settings.
class RecentFilesMenu final : public QMenu
{
    Q_OBJECT

public:
    RecentFilesMenu(UiSettings &settings, QWidget *parent = nullptr);

    /// Fills the menu now; also done whenever it is about to show.
    void rebuild();

Q_SIGNALS:
    void fileChosen(const QString &fileName);

private:
    UiSettings &m_settings;
};

} // namespace Linkwright

#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QPixmap>
#include <QString>
#include <QWidget>

namespace Linkwright {

/// Saves a picture of the widget as <test build folder>/<name> for people to look at. Pending
/// layout requests are handled first, as the event loop would before painting on a screen;
/// nested layouts settle one level per round, so a few rounds are run.
inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    for (int round = 0; round < 4; ++round)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QPixmap shot = widget->grab();
    return !shot.isNull() && shot.save(QDir(QStringLiteral(LINKWRIGHT_TEST_OUTPUT_DIR)).filePath(name));
}

} // namespace Linkwright

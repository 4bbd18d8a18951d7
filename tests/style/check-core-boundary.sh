#!/usr/bin/env bash
# The core must build without a display: no Gui or Widgets header and no such link in core/.
set -euo pipefail
cd "$1"
status=0
if grep -rnE '#include\s*[<"](QtWidgets|QtGui|QWidget|QApplication|QGuiApplication|QPainter|QImage|QColor|QIcon|QPixmap|QFont)' core; then
    echo "core/ includes GUI headers (above); move that code to ui/"
    status=1
fi
if grep -rnE 'Qt6?::(Widgets|Gui)' core --include=CMakeLists.txt; then
    echo "core/ links Qt Widgets or Gui (above)"
    status=1
fi
if grep -rnE '#include\s*"(ui|app)/' core; then
    echo "core/ includes ui/ or app/ headers (above): dependencies point from ui to core only"
    status=1
fi
[ $status -eq 0 ] && echo "core/ is free of Gui and Widgets"
exit $status

#pragma once

// QCustomPlot's header uses Qt's lower-case keywords (signals, foreach), which this project
// switches off (QT_NO_KEYWORDS, QT_NO_FOREACH) to keep its own code clear of them. They are
// defined for that one header only; include QCustomPlot through this file.
#define signals Q_SIGNALS
#define foreach(variable, container) for (variable : container)
#include <qcustomplot.h>
#undef foreach
#undef signals

#include "tables.h"

#include <QHeaderView>
#include <QTableView>

namespace Linkwright::Tables {

void applyHouseStyle(QTableView *view)
{
    view->setFrameShape(QFrame::NoFrame);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 14);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setStretchLastSection(true);
    // Item padding only takes effect with an explicit border. The selected row stands for the
    // current one, so the dotted focus outline goes. palette() keeps dark palettes right.
    view->setStyleSheet(
        QStringLiteral("QTableView { outline: 0; }"
                       "QTableView::item { border: 0px; padding-left: 8px; padding-right: 8px; }"
                       "QHeaderView::section { padding: 5px 11px; border: none; border-bottom: 1px solid palette(mid);"
                       "  background: palette(window); }"));
}

} // namespace Linkwright::Tables

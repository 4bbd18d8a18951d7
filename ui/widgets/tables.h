#pragma once

class QTableView;

namespace Linkwright::Tables {

/// The look every table of the window shares: edge to edge, flat headers, whole-row selection,
/// a little air around the text. Call once after the model is set.
void applyHouseStyle(QTableView *view);

} // namespace Linkwright::Tables

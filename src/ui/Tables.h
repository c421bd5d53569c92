#pragma once

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace Tables {
// A read-only table over model: whole rows selected, one at a time, one line a row, no row
// numbers, the last column taking the room left, columns as wide as what they show.
QTableView *readOnly(QWidget *parent, QAbstractItemModel *model);
} // namespace Tables

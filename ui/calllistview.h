#pragma once

#include <QTableView>

// The trace browser's list of calls. The detail pane shows the current row and the call
// actions (delete, copy, export) take the selected rows, so the two must not part: moving
// through the list without Shift selects the row moved to. (A plain QTableView keeps the
// selection where it was on Ctrl+Home, Ctrl+End and Ctrl+arrows, and Delete then removed a
// call other than the one on screen.) Home and End go to the first and last call, as in the
// lists users know, instead of the first and last column.
class CallListView : public QTableView
{
    Q_OBJECT
public:
    using QTableView::QTableView;

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    QItemSelectionModel::SelectionFlags selectionCommand(const QModelIndex &index,
                                                         const QEvent *event) const override;
};

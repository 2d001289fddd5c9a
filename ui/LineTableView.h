#pragma once

#include <QTableView>

namespace peyvand::ui {

// A table for typing document lines from the keyboard: Tab and Enter move to
// the next cell that can be edited (wrapping to the next row, where the
// model keeps an empty row for a new line), Enter on a cell starts editing
// it (Space toggles a check box), Ctrl+Delete removes the current row.
class LineTableView final : public QTableView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineTableView)

public:
    explicit LineTableView(QWidget* parent = nullptr);

    // Removes the current row unless it is the empty row at the end; true when removed.
    bool removeCurrentRow();
    bool isInteractive(const QModelIndex& index) const;
    // Writes what an open cell editor holds into the model and closes it.
    void commitOpenEditor();

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void keyPressEvent(QKeyEvent* event) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    QModelIndex step(const QModelIndex& from, int direction) const;
};

} // namespace peyvand::ui

#include "LineTableView.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace peyvand::ui {

LineTableView::LineTableView(QWidget* parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    setTabKeyNavigation(true);
    setWordWrap(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter | Qt::AlignVCenter);
}

bool LineTableView::isInteractive(const QModelIndex& index) const
{
    const Qt::ItemFlags flags = index.flags();
    return flags.testFlag(Qt::ItemIsEditable) || flags.testFlag(Qt::ItemIsUserCheckable);
}

QModelIndex LineTableView::step(const QModelIndex& from, int direction) const
{
    if (!model() || !from.isValid())
        return {};
    const int columns = model()->columnCount();
    const int rows = model()->rowCount();
    int row = from.row();
    int column = from.column();
    for (int guard = 0; guard < rows * columns; ++guard) {
        column += direction;
        if (column >= columns) {
            column = 0;
            ++row;
        } else if (column < 0) {
            column = columns - 1;
            --row;
        }
        if (row < 0 || row >= rows)
            return {};
        const QModelIndex candidate = model()->index(row, column);
        if (!isColumnHidden(column) && isInteractive(candidate))
            return candidate;
    }
    return {};
}

QModelIndex LineTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    if (cursorAction == MoveNext || cursorAction == MovePrevious) {
        const QModelIndex next = step(currentIndex(), cursorAction == MoveNext ? 1 : -1);
        if (next.isValid())
            return next;
    }
    return QTableView::moveCursor(cursorAction, modifiers);
}

void LineTableView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Enter commits with SubmitModelCache: go on to the next cell as Tab does.
    if (hint == QAbstractItemDelegate::SubmitModelCache)
        hint = QAbstractItemDelegate::EditNextItem;
    QTableView::closeEditor(editor, hint);
}

void LineTableView::commitOpenEditor()
{
    if (state() != EditingState)
        return;
    QWidget* editor = indexWidget(currentIndex());
    if (!editor)
        return;
    commitData(editor);
    QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
}

bool LineTableView::removeCurrentRow()
{
    const QModelIndex current = currentIndex();
    if (!model() || !current.isValid() || editTriggers() == NoEditTriggers)
        return false;
    const int row = current.row();
    if (row == model()->rowCount() - 1)
        return false; // the empty row for a new line
    const int column = current.column();
    if (!model()->removeRow(row))
        return false;
    setCurrentIndex(model()->index(std::min(row, model()->rowCount() - 1), column));
    return true;
}

void LineTableView::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::ControlModifier) {
        removeCurrentRow();
        event->accept();
        return;
    }
    if (enter && event->modifiers() == Qt::NoModifier && state() != EditingState && currentIndex().isValid()) {
        const QModelIndex current = currentIndex();
        if (current.flags().testFlag(Qt::ItemIsEditable)) {
            edit(current);
        } else { // check boxes toggle with Space; Enter goes on
            const QModelIndex next = step(current, 1);
            if (next.isValid())
                setCurrentIndex(next);
        }
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace peyvand::ui

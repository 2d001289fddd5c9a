#include "NoteListModel.h"

#include "Display.h"

namespace peyvand::ui {

NoteListModel::NoteListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void NoteListModel::setNotes(QList<customers::Note> notes)
{
    beginResetModel();
    m_notes = std::move(notes);
    endResetModel();
}

int NoteListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

QVariant NoteListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const customers::Note& note = m_notes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return Display::dateTime(note.at) + QLatin1Char('\n') + Display::isolate(Display::digits(note.text));
    case Qt::ToolTipRole:
    case TextRole:
        return Display::digits(note.text);
    case DateTextRole:
        return Display::dateTime(note.at);
    case SortRole:
        return note.at.toUTC().toString(Qt::ISODate);
    case IdRole:
        return note.id;
    default:
        return {};
    }
}

} // namespace peyvand::ui

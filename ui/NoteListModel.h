#pragma once

#include "customers/Customer.h"

#include <QAbstractListModel>
#include <QList>

namespace peyvand::ui {

// The notes of one customer, newest first (as core returns them). A
// customer's notes are few, so the list holds them all.
class NoteListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteListModel)

public:
    enum Role {
        SortRole = Qt::UserRole + 1, // UTC ISO timestamp
        IdRole,
        DateTextRole, // the date and time as shown
        TextRole,     // the note alone
    };

    explicit NoteListModel(QObject* parent = nullptr);

    void setNotes(QList<customers::Note> notes);
    const QList<customers::Note>& notes() const { return m_notes; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<customers::Note> m_notes;
};

} // namespace peyvand::ui

#pragma once

#include "history/RecordHistory.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace peyvand::ui {

class RecordHistoryFilter;
class RecordHistoryModel;

// Every recorded change of one record (a customer, lead, document or
// payment, with its parts): when, what was done, which field, before and
// after, and where it was made. Read-only; search and sortable columns.
class RecordHistoryDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordHistoryDialog)

public:
    RecordHistoryDialog(history::RecordHistory history, history::RecordKind kind, qint64 id, const QString& recordName,
                        QWidget* parent = nullptr);

    // Reads the history again; false (and the reason shown) when it cannot be read.
    bool reload();
    void setSearchText(const QString& text);

    RecordHistoryModel* model() const { return m_model; }
    RecordHistoryFilter* filter() const { return m_filter; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }
    // The empty state's text, or empty while rows are shown.
    QString emptyText() const;

    // Opens the dialog (window-modal) for a record; returns it so tests can look.
    static RecordHistoryDialog* openFor(const history::RecordHistory& history, history::RecordKind kind, qint64 id,
                                        const QString& recordName, QWidget* parent);

private:
    void updateEmptyState();

    history::RecordHistory m_history;
    history::RecordKind m_kind;
    qint64 m_id = 0;
    RecordHistoryModel* m_model = nullptr;
    RecordHistoryFilter* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QString m_error;
};

} // namespace peyvand::ui

#pragma once

#include "payments/PaymentService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace peyvand::ui {

class JalaliDateEdit;

// The register's search and filters: text (Sayad ID, serial, drawer,
// customer, bank), status (all, still open, or one state), direction and a
// due-date range. Typing waits a moment before the list follows.
class ChequeFilterBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChequeFilterBar)

public:
    static constexpr int kDebounceMs = 250;

    explicit ChequeFilterBar(QWidget* parent = nullptr);

    // The filter as chosen; dates that do not parse are left open (and the
    // field says why).
    payments::ChequeFilter filter() const;
    bool isNarrowed() const;
    void clear();
    void focusSearch();

    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* statusBox() const { return m_status; }
    QComboBox* directionBox() const { return m_direction; }
    JalaliDateEdit* dueFromEdit() const { return m_from; }
    JalaliDateEdit* dueToEdit() const { return m_to; }
    QLabel* dateMessage() const { return m_dateMessage; }

signals:
    void filterChanged();

private:
    void onDatesEdited();

    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_direction = nullptr;
    JalaliDateEdit* m_from = nullptr;
    JalaliDateEdit* m_to = nullptr;
    QLabel* m_dateMessage = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace peyvand::ui

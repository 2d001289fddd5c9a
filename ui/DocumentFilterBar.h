#pragma once

#include "sales/DocumentQuery.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QCompleter;
class QLineEdit;
class QStringListModel;

namespace peyvand::customers {
class CustomerSearch;
}

namespace peyvand::ui {

class CustomerPicker;
class JalaliDateEdit;

// The filters above the document list: free text (number, customer, title;
// searched as the user types after kDebounceMs), type, state, issue date
// range, the customer (picked from the suggestions, or a name typed and
// searched like the free text) and the marketer.
class DocumentFilterBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentFilterBar)

public:
    static constexpr int kDebounceMs = 150;

    explicit DocumentFilterBar(customers::CustomerSearch& search, QWidget* parent = nullptr);

    sales::DocumentFilter filter() const;
    // True when anything narrows the list.
    bool hasFilters() const;
    void setMarketers(const QStringList& marketers);
    void flushPendingSearch();

    QLineEdit* searchBox() const { return m_search; }
    QComboBox* typeFilter() const { return m_type; }
    QComboBox* stateFilter() const { return m_state; }
    JalaliDateEdit* fromDate() const { return m_from; }
    JalaliDateEdit* toDate() const { return m_to; }
    CustomerPicker* customerFilter() const { return m_customer; }
    QLineEdit* marketerFilter() const { return m_marketer; }

signals:
    void filtersChanged();

private:
    void fillStates();

    QLineEdit* m_search = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_state = nullptr;
    JalaliDateEdit* m_from = nullptr;
    JalaliDateEdit* m_to = nullptr;
    CustomerPicker* m_customer = nullptr;
    QLineEdit* m_marketer = nullptr;
    QStringListModel* m_marketers = nullptr;
    QTimer m_debounce;
};

} // namespace peyvand::ui

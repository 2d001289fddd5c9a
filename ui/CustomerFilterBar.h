#pragma once

#include "customers/CustomerSearch.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace peyvand::ui {

// Search box and filters above the customer list. The search box searches as
// the user types (after a short pause, kDebounceMs); the filters apply at once.
class CustomerFilterBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerFilterBar)

public:
    static constexpr int kDebounceMs = 120;

    explicit CustomerFilterBar(QWidget* parent = nullptr);

    // Text, tag, city, source and archive choice of the query; the sort is left as default.
    customers::CustomerQuery filters() const;
    bool hasFilters() const; // any of tag, city, source set

    // Fills the combos with the values in use, keeping the current choices.
    void setChoices(const QStringList& tags, const QStringList& cities, const QStringList& sources);

    QLineEdit* searchBox() const { return m_search; }
    QComboBox* tagFilter() const { return m_tag; }
    QComboBox* cityFilter() const { return m_city; }
    QComboBox* sourceFilter() const { return m_source; }
    QCheckBox* archivedToggle() const { return m_archived; }
    // Applies a pending search at once instead of waiting for the pause.
    void flushPendingSearch();

signals:
    void filtersChanged();

private:
    static void fillCombo(QComboBox* combo, const QString& allText, const QStringList& values);

    QLineEdit* m_search = nullptr;
    QComboBox* m_tag = nullptr;
    QComboBox* m_city = nullptr;
    QComboBox* m_source = nullptr;
    QCheckBox* m_archived = nullptr;
    QTimer m_debounce;
};

} // namespace peyvand::ui

#pragma once

#include "leads/LeadQuery.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace peyvand::ui {

// The filters above the lead list: free text (searched after kDebounceMs),
// status (open leads by default), band, source, owner, and "Qualified only",
// the priority queue, on by default.
class LeadFilterBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadFilterBar)

public:
    static constexpr int kDebounceMs = 150;

    explicit LeadFilterBar(QWidget* parent = nullptr);

    leads::LeadFilter filter() const;
    // True when anything but the default status choice narrows the list.
    bool hasFilters() const;
    void setOwners(const QStringList& owners);
    void flushPendingSearch();

    QLineEdit* searchBox() const { return m_search; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* bandFilter() const { return m_band; }
    QComboBox* sourceFilter() const { return m_source; }
    QComboBox* ownerFilter() const { return m_owner; }
    QCheckBox* qualifiedOnly() const { return m_qualified; }

signals:
    void filtersChanged();

private:
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_band = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_owner = nullptr;
    QCheckBox* m_qualified = nullptr;
    QTimer m_debounce;
};

} // namespace peyvand::ui

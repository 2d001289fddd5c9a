#pragma once

#include "customers/Customer.h"

#include <QGroupBox>

class QLabel;

namespace peyvand::ui {

// The summary of the 360° view: since when, last contact and with whom, how
// many interactions, the next follow-up, purchases and payments.
class CustomerSummaryBox final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerSummaryBox)

public:
    explicit CustomerSummaryBox(QWidget* parent = nullptr);

    void setSummary(const customers::CustomerSummary& summary);
    QLabel* interactionCountLabel() const { return m_interactions; }
    QLabel* lastInteractionLabel() const { return m_last; }
    QLabel* nextFollowUpLabel() const { return m_followUp; }

private:
    QLabel* m_since = nullptr;
    QLabel* m_last = nullptr;
    QLabel* m_interactions = nullptr;
    QLabel* m_notes = nullptr;
    QLabel* m_followUp = nullptr;
    QLabel* m_purchases = nullptr;
};

} // namespace peyvand::ui

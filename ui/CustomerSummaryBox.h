#pragma once

#include "customers/Customer.h"
#include "payments/PaymentRecord.h"
#include "sales/DocumentService.h"

#include <QGroupBox>

class QLabel;

namespace peyvand::ui {

class PaymentRatingBadge;

// The summary of the 360° view: since when, last contact and with whom, how
// many interactions, the next follow-up, purchases, the open balance and the
// payment rating (A–D, its reasons in the tooltip).
class CustomerSummaryBox final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerSummaryBox)

public:
    explicit CustomerSummaryBox(QWidget* parent = nullptr);

    void setSummary(const customers::CustomerSummary& summary);
    // What the customer bought: from DocumentService::customerSales.
    void setSales(const sales::CustomerSales& sales);
    QLabel* interactionCountLabel() const { return m_interactions; }
    QLabel* lastInteractionLabel() const { return m_last; }
    QLabel* nextFollowUpLabel() const { return m_followUp; }
    QLabel* lastPurchaseLabel() const { return m_lastPurchase; }
    QLabel* purchaseCountLabel() const { return m_purchases; }
    QLabel* lifetimeValueLabel() const { return m_lifetime; }
    QLabel* openBalanceLabel() const { return m_open; }
    // From PaymentRecordReader; nothing when it could not be read.
    void setPaymentRecord(const std::optional<payments::PaymentRecord>& record);
    PaymentRatingBadge* ratingBadge() const { return m_rating; }

private:
    QLabel* m_since = nullptr;
    QLabel* m_last = nullptr;
    QLabel* m_interactions = nullptr;
    QLabel* m_notes = nullptr;
    QLabel* m_followUp = nullptr;
    QLabel* m_lastPurchase = nullptr;
    QLabel* m_purchases = nullptr;
    QLabel* m_lifetime = nullptr;
    QLabel* m_open = nullptr;
    PaymentRatingBadge* m_rating = nullptr;
};

} // namespace peyvand::ui

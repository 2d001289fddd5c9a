#pragma once

#include "payments/PaymentRecord.h"

#include <QLabel>

#include <optional>

namespace peyvand::ui {

// A customer's payment rating as a coloured badge: the grade (A–D) with
// core's describe() as its tooltip, "No record yet" while nothing has fallen
// due. `withDescription` puts describe() beside the grade instead (for the
// instalment plan dialog, where the rating should be read, not hovered).
class PaymentRatingBadge final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentRatingBadge)

public:
    explicit PaymentRatingBadge(QWidget* parent = nullptr, bool withDescription = false);

    // Nothing: the record could not be read.
    void setRecord(const std::optional<payments::PaymentRecord>& record);
    std::optional<payments::PaymentGrade> grade() const { return m_grade; }

    static QString colour(payments::PaymentGrade grade);

private:
    std::optional<payments::PaymentGrade> m_grade;
    bool m_withDescription = false;
};

} // namespace peyvand::ui

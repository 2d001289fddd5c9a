#pragma once

#include "sales/Document.h"

#include <QGroupBox>

class QLabel;

namespace peyvand::ui {

// The totals of the document being edited, as DocumentService::computed()
// gave them: sum of the lines, discounts, VAT, municipal duty, additions,
// the grand total and the grand total in words. When the document cannot be
// computed yet the panel says why instead of showing stale numbers.
class DocumentTotalsPanel final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentTotalsPanel)

public:
    explicit DocumentTotalsPanel(QWidget* parent = nullptr);

    void setTotals(const sales::Document& computed);
    // Amounts in Toman (display only) or Rial; the amount in words stays in Rial.
    void setDisplayToman(bool toman);
    void setUnavailable(const QString& reason);

    QLabel* grossLabel() const { return m_gross; }
    QLabel* discountLabel() const { return m_discount; }
    QLabel* vatLabel() const { return m_vat; }
    QLabel* dutyLabel() const { return m_duty; }
    QLabel* additionsLabel() const { return m_additions; }
    QLabel* grandTotalLabel() const { return m_total; }
    QLabel* wordsLabel() const { return m_words; }
    QLabel* problemLabel() const { return m_problem; }

private:
    QLabel* amountLabel(const QString& name);

    bool m_toman = false;

    QLabel* m_gross = nullptr;
    QLabel* m_discount = nullptr;
    QLabel* m_vat = nullptr;
    QLabel* m_duty = nullptr;
    QLabel* m_additions = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_words = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace peyvand::ui

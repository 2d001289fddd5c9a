#pragma once

#include "sales/TaxRateTable.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace peyvand::sales {
class CompanyProfileService;
}

namespace peyvand::ui {

class FieldFeedback;
class JalaliDateEdit;

// Adds a period to the tax-rate table or changes the rates of one: the day the
// rates apply from (Jalali) and the VAT and municipal duty percentages. The
// day of an existing period is fixed (remove it and add another to move it).
// Saves through CompanyProfileService::setTaxRate; errors show at their field.
class TaxRateDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaxRateDialog)

public:
    // A new period when `existing` has no date, otherwise a change of it.
    TaxRateDialog(sales::CompanyProfileService& service, const sales::TaxRatePeriod& existing,
                  QWidget* parent = nullptr);

    JalaliDateEdit* dateEdit() const { return m_date; }
    QLineEdit* vatEdit() const { return m_vat; }
    QLineEdit* dutyEdit() const { return m_duty; }
    FieldFeedback* feedback() const { return m_feedback; }
    QLabel* generalMessage() const { return m_general; }
    const sales::TaxRatePeriod& saved() const { return m_saved; }

public slots:
    void accept() override;

private:
    bool parseInto(sales::TaxRatePeriod& period);

    sales::CompanyProfileService& m_service;
    bool m_isNew = true;
    sales::TaxRatePeriod m_saved;
    FieldFeedback* m_feedback = nullptr;
    JalaliDateEdit* m_date = nullptr;
    QLineEdit* m_vat = nullptr;
    QLineEdit* m_duty = nullptr;
    QLabel* m_general = nullptr;
};

} // namespace peyvand::ui

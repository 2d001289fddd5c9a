#pragma once

#include "common/Error.h"
#include "sales/Document.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace peyvand::ui {

class DocumentAdditionsModel;
class FieldFeedback;
class LineTableView;

// What applies to the document as a whole: its discount (percent or amount),
// the tax rates (from the dated table on the issue date, or overridden) and
// the additions such as shipping, each with its own tax flag.
class DocumentAdjustmentsBox final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentAdjustmentsBox)

public:
    explicit DocumentAdjustmentsBox(QWidget* parent = nullptr);

    void load(const sales::Document& document);
    // The rates of the dated table for the issue date (or why there are none).
    void setTableRates(const Result<sales::TaxRates>& rates);
    QList<Error> store(sales::Document& document) const;
    void setReadOnly(bool readOnly);
    bool showError(const Error& error);
    void clearErrors();

    DocumentAdditionsModel* additionsModel() const { return m_additions; }
    LineTableView* additionsTable() const { return m_table; }
    QComboBox* discountKindBox() const { return m_discountKind; }
    QLineEdit* discountEdit() const { return m_discount; }
    QLabel* ratesLabel() const { return m_ratesLabel; }
    QCheckBox* overrideRatesBox() const { return m_override; }
    QLineEdit* vatEdit() const { return m_vat; }
    QLineEdit* dutyEdit() const { return m_duty; }
    QPushButton* shippingButton() const { return m_shipping; }

signals:
    void edited();

private:
    QWidget* createDiscountRow();
    QWidget* createRatesRow();
    void updateRatesLabel();

    FieldFeedback* m_feedback = nullptr;
    DocumentAdditionsModel* m_additions = nullptr;
    LineTableView* m_table = nullptr;
    QComboBox* m_discountKind = nullptr;
    QLineEdit* m_discount = nullptr;
    QLabel* m_ratesLabel = nullptr;
    QCheckBox* m_override = nullptr;
    QLineEdit* m_vat = nullptr;
    QLineEdit* m_duty = nullptr;
    QPushButton* m_shipping = nullptr;
    std::optional<sales::TaxRates> m_tableRates;
    QString m_tableRatesProblem;
    bool m_loading = false;
};

} // namespace peyvand::ui

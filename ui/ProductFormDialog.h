#pragma once

#include "sales/Product.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace peyvand::sales {
class CatalogService;
}

namespace peyvand::ui {

class FieldFeedback;

// Adds a product or service to the catalog or edits one. The price is typed
// in Rial (any digits, with or without separators) and parsed by core's
// Money::parse; saving goes through CatalogService::create / update and an
// error is shown next to the field core names.
class ProductFormDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductFormDialog)

public:
    // A new product when `existing` has id 0, otherwise an edit of it.
    // `toman`: also show the price in Toman while it is typed.
    ProductFormDialog(sales::CatalogService& catalog, const sales::Product& existing, bool toman,
                      QWidget* parent = nullptr);

    bool isNew() const { return m_original.id == 0; }
    QLineEdit* edit(const QString& field) const; // "code", "name", "unit", "unit_price", "category"
    QComboBox* kindBox() const { return m_kind; }
    QCheckBox* taxExemptBox() const { return m_taxExempt; }
    QCheckBox* activeBox() const { return m_active; }
    QLabel* priceHint() const { return m_priceHint; }
    QLabel* generalMessage() const { return m_general; }
    QPushButton* saveButton() const { return m_save; }
    FieldFeedback* feedback() const { return m_feedback; }
    const sales::Product& saved() const { return m_saved; }

public slots:
    void accept() override;

private:
    void load(const sales::Product& product);
    void showPriceHint();
    void showError(const Error& error);

    sales::CatalogService& m_catalog;
    sales::Product m_original;
    sales::Product m_saved;
    bool m_toman = false;
    FieldFeedback* m_feedback = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_unit = nullptr;
    QLineEdit* m_price = nullptr;
    QLabel* m_priceHint = nullptr;
    QCheckBox* m_taxExempt = nullptr;
    QComboBox* m_category = nullptr;
    QCheckBox* m_active = nullptr;
    QLabel* m_general = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace peyvand::ui

#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "sales/CompanyProfile.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace peyvand::ui {

class FieldFeedback;

// How documents are made: default terms, the numbering pattern of pre-invoices
// and invoices (with the next number as core would format it this Jalali
// year), default validity, Rial or Toman on screen and on paper, and how tax
// is rounded. Edits a sales::CompanyProfile.
class DocumentSettingsForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentSettingsForm)

public:
    explicit DocumentSettingsForm(const Clock& clock = SystemClock::instance(), QWidget* parent = nullptr);

    void load(const sales::CompanyProfile& profile);
    void collectInto(sales::CompanyProfile& profile) const;
    bool showError(const Error& error);

    QPlainTextEdit* termsEdit() const { return m_terms; }
    QLineEdit* patternEdit(sales::DocumentType type) const;
    // "Next number: PF-1403-0001", or empty while the pattern is not valid.
    QLabel* preview(sales::DocumentType type) const;
    QSpinBox* validityBox() const { return m_validity; }
    QComboBox* currencyBox() const { return m_currency; }
    QComboBox* roundingBox() const { return m_rounding; }
    FieldFeedback* feedback() const { return m_feedback; }

signals:
    void edited();

private:
    QWidget* createNumberingGroup();
    QWidget* createDefaultsGroup();
    QWidget* createMoneyGroup();
    void addPatternRow(QFormLayout* form, sales::DocumentType type, const QString& caption);
    void updatePreview(sales::DocumentType type);

    const Clock& m_clock;
    FieldFeedback* m_feedback = nullptr;
    QPlainTextEdit* m_terms = nullptr;
    QLineEdit* m_quotePattern = nullptr;
    QLineEdit* m_invoicePattern = nullptr;
    QLabel* m_quotePreview = nullptr;
    QLabel* m_invoicePreview = nullptr;
    QSpinBox* m_validity = nullptr;
    QComboBox* m_currency = nullptr;
    QComboBox* m_rounding = nullptr;
};

} // namespace peyvand::ui

#include "DocumentSettingsForm.h"

#include "Display.h"
#include "ErrorText.h"
#include "FieldFeedback.h"
#include "FormRows.h"
#include "sales/DocumentNumbering.h"
#include "text/Jalali.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace peyvand::ui {

using sales::DocumentType;

namespace {
const QString kTerms = QStringLiteral("default_terms");
const QString kQuotePattern = QStringLiteral("quote_number_pattern");
const QString kInvoicePattern = QStringLiteral("invoice_number_pattern");
const QString kValidity = QStringLiteral("default_validity_days");
const QString kCurrency = QStringLiteral("display_toman");
const QString kRounding = QStringLiteral("tax_rounding");

QString patternField(DocumentType type)
{
    return type == DocumentType::Quote ? kQuotePattern : kInvoicePattern;
}
} // namespace

DocumentSettingsForm::DocumentSettingsForm(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_feedback(new FieldFeedback(this))
{
    setObjectName(QStringLiteral("documentSettingsForm"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createNumberingGroup());
    layout->addWidget(createDefaultsGroup());
    layout->addWidget(createMoneyGroup());
    layout->addStretch(1);
}

QWidget* DocumentSettingsForm::createNumberingGroup()
{
    auto* group = new QGroupBox(tr("Numbering"), this);
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* help = new QLabel(tr("{year} is the Jalali year, {yy} its last two digits, {seq:4} the counter "
                               "with four digits. The counter starts again each year."), group);
    help->setWordWrap(true);
    help->setEnabled(false);
    form->addRow(help);
    addPatternRow(form, DocumentType::Quote, tr("Pre-invoice numbers"));
    addPatternRow(form, DocumentType::Invoice, tr("Invoice numbers"));
    return group;
}

void DocumentSettingsForm::addPatternRow(QFormLayout* form, DocumentType type, const QString& caption)
{
    QWidget* parent = form->parentWidget();
    auto* pattern = new QLineEdit(parent);
    pattern->setObjectName(QStringLiteral("edit_") + patternField(type));
    pattern->setLayoutDirection(Qt::LeftToRight); // a pattern is code-like text
    auto* preview = new QLabel(parent);
    preview->setObjectName(QStringLiteral("preview_") + patternField(type));
    preview->setAlignment(Display::leadingAlignment());
    auto* box = new QWidget(parent);
    auto* row = new QVBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    row->addWidget(pattern);
    row->addWidget(m_feedback->addField(patternField(type), pattern, box));
    row->addWidget(preview);
    auto* label = new QLabel(caption, parent);
    label->setBuddy(pattern);
    form->addRow(label, box);
    (type == DocumentType::Quote ? m_quotePattern : m_invoicePattern) = pattern;
    (type == DocumentType::Quote ? m_quotePreview : m_invoicePreview) = preview;
    connect(pattern, &QLineEdit::textChanged, this, [this, type] { updatePreview(type); });
    connect(pattern, &QLineEdit::textEdited, this, &DocumentSettingsForm::edited);
}

QWidget* DocumentSettingsForm::createDefaultsGroup()
{
    auto* group = new QGroupBox(tr("New pre-invoices"), this);
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_validity = new QSpinBox(group);
    m_validity->setObjectName(QStringLiteral("edit_") + kValidity);
    m_validity->setRange(0, 99999); // core says which values it accepts
    m_validity->setSuffix(tr(" days"));
    m_validity->setMinimumWidth(120);
    addFieldRow(form, m_feedback, kValidity, tr("Valid for"), m_validity, true);
    m_terms = new QPlainTextEdit(group);
    m_terms->setObjectName(QStringLiteral("edit_") + kTerms);
    m_terms->setTabChangesFocus(true);
    m_terms->setPlaceholderText(tr("Printed under the lines of every new pre-invoice and invoice"));
    m_terms->setMinimumHeight(90);
    addFieldRow(form, m_feedback, kTerms, tr("Terms and conditions"), m_terms);
    connect(m_validity, &QSpinBox::valueChanged, this, [this] {
        m_feedback->clear(kValidity);
        emit edited();
    });
    connect(m_terms, &QPlainTextEdit::textChanged, this, [this] {
        m_feedback->clear(kTerms);
        emit edited();
    });
    return group;
}

QWidget* DocumentSettingsForm::createMoneyGroup()
{
    auto* group = new QGroupBox(tr("Amounts and tax"), this);
    auto* form = new QFormLayout(group);
    m_currency = new QComboBox(group);
    m_currency->setObjectName(QStringLiteral("edit_") + kCurrency);
    m_currency->addItem(tr("Rial"), false);
    m_currency->addItem(tr("Toman (Rial ÷ 10)"), true);
    addFieldRow(form, m_feedback, kCurrency, tr("Show amounts in"), m_currency, true);
    m_rounding = new QComboBox(group);
    m_rounding->setObjectName(QStringLiteral("edit_") + kRounding);
    m_rounding->addItem(tr("Drop the fraction (usual)"), sales::toKey(Rounding::TowardZero));
    m_rounding->addItem(tr("Round half up"), sales::toKey(Rounding::HalfUp));
    m_rounding->addItem(tr("Round down (floor)"), sales::toKey(Rounding::Floor));
    m_rounding->addItem(tr("Round up (ceiling)"), sales::toKey(Rounding::Ceiling));
    addFieldRow(form, m_feedback, kRounding, tr("Rounding of tax"), m_rounding, true);
    auto* note = new QLabel(tr("Amounts are always stored in Rial; Toman only changes how they are shown."), group);
    note->setWordWrap(true);
    note->setEnabled(false);
    form->addRow(note);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &DocumentSettingsForm::edited);
    connect(m_rounding, &QComboBox::currentIndexChanged, this, &DocumentSettingsForm::edited);
    return group;
}

QLineEdit* DocumentSettingsForm::patternEdit(DocumentType type) const
{
    return type == DocumentType::Quote ? m_quotePattern : m_invoicePattern;
}

QLabel* DocumentSettingsForm::preview(DocumentType type) const
{
    return type == DocumentType::Quote ? m_quotePreview : m_invoicePreview;
}

void DocumentSettingsForm::updatePreview(DocumentType type)
{
    const std::optional<text::JalaliDate> today = text::jalali::fromGregorian(m_clock.today());
    const int year = today ? today->year : 0;
    const Result<QString> number = sales::formatDocumentNumber(patternEdit(type)->text(), year, 1);
    if (!number) {
        preview(type)->clear();
        m_feedback->showError(patternField(type), ErrorText::describe(number.error()));
        return;
    }
    m_feedback->clear(patternField(type));
    // The number is isolated left to right: it is code-like even in a Persian line.
    const QString shown = QChar(0x2066) + Display::digits(*number) + QChar(0x2069);
    preview(type)->setText(tr("Next number: %1").arg(shown));
}

void DocumentSettingsForm::load(const sales::CompanyProfile& p)
{
    m_terms->setPlainText(p.defaultTerms);
    m_quotePattern->setText(p.quoteNumberPattern);
    m_invoicePattern->setText(p.invoiceNumberPattern);
    m_validity->setValue(p.defaultValidityDays);
    m_currency->setCurrentIndex(p.displayToman ? 1 : 0);
    m_rounding->setCurrentIndex(std::max(0, m_rounding->findData(sales::toKey(p.taxRounding))));
    updatePreview(DocumentType::Quote);
    updatePreview(DocumentType::Invoice);
}

void DocumentSettingsForm::collectInto(sales::CompanyProfile& p) const
{
    p.defaultTerms = m_terms->toPlainText();
    p.quoteNumberPattern = m_quotePattern->text();
    p.invoiceNumberPattern = m_invoicePattern->text();
    p.defaultValidityDays = m_validity->value();
    p.displayToman = m_currency->currentData().toBool();
    p.taxRounding = sales::roundingFromKey(m_rounding->currentData().toString()).value_or(Rounding::TowardZero);
}

bool DocumentSettingsForm::showError(const Error& error)
{
    if (!m_feedback->hasField(error.field))
        return false;
    m_feedback->showError(error.field, ErrorText::describe(error));
    if (QWidget* editor = m_feedback->editor(error.field))
        editor->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace peyvand::ui

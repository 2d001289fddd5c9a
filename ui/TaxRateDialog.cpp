#include "TaxRateDialog.h"

#include "Display.h"
#include "ErrorText.h"
#include "FieldFeedback.h"
#include "FormRows.h"
#include "JalaliDateEdit.h"
#include "TaxRateModel.h"
#include "sales/CompanyProfileService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <tuple>

namespace peyvand::ui {

namespace {
const QString kValidFrom = QStringLiteral("valid_from");
const QString kVat = QStringLiteral("vat");
const QString kDuty = QStringLiteral("duty");
} // namespace

TaxRateDialog::TaxRateDialog(sales::CompanyProfileService& service, const sales::TaxRatePeriod& existing,
                             QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_isNew(!existing.validFrom.isValid())
    , m_feedback(new FieldFeedback(this))
    , m_date(new JalaliDateEdit(this))
    , m_vat(new QLineEdit(this))
    , m_duty(new QLineEdit(this))
    , m_general(new QLabel(this))
{
    setObjectName(QStringLiteral("taxRateDialog"));
    setWindowTitle(m_isNew ? tr("Add a tax period") : tr("Change tax rates"));
    m_date->setObjectName(QStringLiteral("edit_valid_from"));
    m_date->setField(kValidFrom);
    m_vat->setObjectName(QStringLiteral("edit_vat"));
    m_duty->setObjectName(QStringLiteral("edit_duty"));
    for (QLineEdit* edit : { m_vat, m_duty }) {
        edit->setPlaceholderText(TaxRateModel::percentNumber(BasisPoints { 750 }));
        edit->setMaximumWidth(120);
    }
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_general->hide();

    auto* fields = new QWidget(this);
    auto* form = new QFormLayout(fields);
    addFieldRow(form, m_feedback, kValidFrom, tr("In force from"), m_date);
    addFieldRow(form, m_feedback, kVat, tr("VAT (%)"), m_vat);
    addFieldRow(form, m_feedback, kDuty, tr("Municipal duty (%)"), m_duty);

    if (!m_isNew) {
        m_date->setDate(existing.validFrom);
        m_date->setEnabled(false);
        m_vat->setText(TaxRateModel::percentNumber(existing.rates.vat));
        m_duty->setText(TaxRateModel::percentNumber(existing.rates.duty));
        auto* note = new QLabel(tr("To move a period to another day, remove it and add a new one."), this);
        note->setWordWrap(true);
        note->setEnabled(false);
        form->addRow(note);
    }

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &TaxRateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TaxRateDialog::reject);
    connect(m_date, &JalaliDateEdit::edited, this, [this] { m_feedback->clear(kValidFrom); });
    connect(m_vat, &QLineEdit::textEdited, this, [this] { m_feedback->clear(kVat); });
    connect(m_duty, &QLineEdit::textEdited, this, [this] { m_feedback->clear(kDuty); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(fields);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    (m_isNew ? static_cast<QWidget*>(m_date) : m_vat)->setFocus();
}

bool TaxRateDialog::parseInto(sales::TaxRatePeriod& period)
{
    bool ok = true;
    const Result<QDate> date = m_date->date();
    if (!date) {
        m_feedback->showError(kValidFrom, ErrorText::describe(date.error()));
        ok = false;
    } else {
        period.validFrom = *date;
    }
    for (const auto& [field, edit, rate] : { std::tuple { kVat, m_vat, &period.rates.vat },
                                             std::tuple { kDuty, m_duty, &period.rates.duty } }) {
        if (edit->text().trimmed().isEmpty()) {
            m_feedback->showError(field, tr("Enter the rate as a percentage, such as %1.")
                                             .arg(TaxRateModel::percentNumber(BasisPoints { 750 })));
            ok = false;
            continue;
        }
        const Result<BasisPoints> parsed = BasisPoints::parsePercent(edit->text());
        if (!parsed) {
            m_feedback->showError(field, ErrorText::describe(parsed.error()));
            ok = false;
        } else {
            *rate = *parsed;
        }
    }
    return ok;
}

void TaxRateDialog::accept()
{
    m_general->hide();
    m_feedback->clearAll();
    sales::TaxRatePeriod period;
    if (!parseInto(period)) {
        const QStringList errors = m_feedback->errorFields();
        if (QWidget* editor = m_feedback->editor(errors.value(0)))
            editor->setFocus(Qt::OtherFocusReason);
        return;
    }
    const Status status = m_service.setTaxRate(period);
    if (!status) {
        // Core names "valid_from", or "rate" for either percentage (shown below both).
        const QString field = status.error().field;
        if (m_feedback->hasField(field)) {
            m_feedback->showError(field, ErrorText::describe(status.error()));
            m_feedback->editor(field)->setFocus(Qt::OtherFocusReason);
        } else {
            m_general->setText(ErrorText::describe(status.error()));
            m_general->show();
        }
        return;
    }
    m_saved = period;
    QDialog::accept();
}

} // namespace peyvand::ui

#include "DocumentHeaderForm.h"

#include "CustomerPicker.h"
#include "DocumentServices.h"
#include "FieldFeedback.h"
#include "JalaliDateEdit.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QStringListModel>
#include <QVBoxLayout>

namespace peyvand::ui {

using sales::Document;
using sales::PaymentTerms;

DocumentHeaderForm::DocumentHeaderForm(DocumentServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_feedback(new FieldFeedback(this))
    , m_customer(new CustomerPicker(services.customerSearch, this))
    , m_issueDate(new JalaliDateEdit(this))
    , m_validUntil(new JalaliDateEdit(this))
    , m_marketer(new QLineEdit(this))
    , m_marketers(new QStringListModel(this))
    , m_outgoing(new QLineEdit(this))
    , m_remittance(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_terms(new QComboBox(this))
    , m_paymentNote(new QLineEdit(this))
{
    m_customer->setObjectName(QStringLiteral("documentCustomer"));
    m_issueDate->setObjectName(QStringLiteral("issueDate"));
    m_issueDate->setField(QStringLiteral("issue_date"));
    m_validUntil->setObjectName(QStringLiteral("validUntil"));
    m_validUntil->setField(QStringLiteral("valid_until"));
    m_marketer->setObjectName(QStringLiteral("marketer"));
    auto* completer = new QCompleter(m_marketers, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_marketer->setCompleter(completer);
    m_outgoing->setObjectName(QStringLiteral("outgoingNumber"));
    m_remittance->setObjectName(QStringLiteral("remittanceNumber"));
    m_title->setObjectName(QStringLiteral("documentTitle"));
    m_description->setObjectName(QStringLiteral("documentDescription"));
    m_description->setPlaceholderText(tr("Description and terms printed under the lines"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 3 + 14);
    m_description->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored); // as tall as the fields beside it
    m_terms->setObjectName(QStringLiteral("paymentTerms"));
    m_terms->addItem(tr("Cash"), int(PaymentTerms::Cash));
    m_terms->addItem(tr("Credit"), int(PaymentTerms::Credit));
    m_paymentNote->setObjectName(QStringLiteral("paymentNote"));
    m_paymentNote->setPlaceholderText(tr("e.g. 30 % in advance, the rest on delivery"));

    auto* terms = new QWidget(this);
    auto* termsLayout = new QHBoxLayout(terms);
    termsLayout->setContentsMargins(0, 0, 0, 0);
    termsLayout->addWidget(m_terms);
    termsLayout->addWidget(m_paymentNote, 1);

    auto* left = new QFormLayout;
    m_datesForm = left;
    left->addRow(tr("Customer:"), withMessage(QStringLiteral("customer_id"), m_customer));
    left->addRow(tr("Issue date:"), withMessage(QStringLiteral("issue_date"), m_issueDate));
    m_validUntilRow = withMessage(QStringLiteral("valid_until"), m_validUntil);
    left->addRow(tr("Valid until:"), m_validUntilRow);
    left->addRow(tr("Payment:"), withMessage(QStringLiteral("payment_terms"), terms));
    auto* right = new QFormLayout;
    right->addRow(tr("Title:"), withMessage(QStringLiteral("title"), m_title));
    right->addRow(tr("Marketer:"), withMessage(QStringLiteral("marketer"), m_marketer));
    right->addRow(tr("Outgoing number:"), withMessage(QStringLiteral("outgoing_number"), m_outgoing));
    right->addRow(tr("Remittance number:"), withMessage(QStringLiteral("remittance_number"), m_remittance));
    auto* description = new QVBoxLayout;
    description->addWidget(new QLabel(tr("Description and terms:"), this));
    description->addWidget(withMessage(QStringLiteral("description"), m_description), 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 4);
    layout->addSpacing(12);
    layout->addLayout(right, 3);
    layout->addSpacing(12);
    layout->addLayout(description, 3);

    // A message under a field goes away as soon as the field is edited.
    const auto clearOnEdit = [this](const QString& field) { return [this, field] { m_feedback->clear(field); }; };
    connect(m_customer, &CustomerPicker::customerChanged, this, clearOnEdit(QStringLiteral("customer_id")));
    connect(m_issueDate, &JalaliDateEdit::edited, this, clearOnEdit(QStringLiteral("issue_date")));
    connect(m_validUntil, &JalaliDateEdit::edited, this, clearOnEdit(QStringLiteral("valid_until")));
    connect(m_marketer, &QLineEdit::textEdited, this, clearOnEdit(QStringLiteral("marketer")));
    connect(m_outgoing, &QLineEdit::textEdited, this, clearOnEdit(QStringLiteral("outgoing_number")));
    connect(m_remittance, &QLineEdit::textEdited, this, clearOnEdit(QStringLiteral("remittance_number")));
    connect(m_title, &QLineEdit::textEdited, this, clearOnEdit(QStringLiteral("title")));
    connect(m_description, &QPlainTextEdit::textChanged, this, clearOnEdit(QStringLiteral("description")));
    connect(m_terms, &QComboBox::currentIndexChanged, this, clearOnEdit(QStringLiteral("payment_terms")));

    connect(m_customer, &CustomerPicker::customerChanged, this, &DocumentHeaderForm::edited);
    connect(m_issueDate, &JalaliDateEdit::editingFinished, this, &DocumentHeaderForm::onIssueDateEdited);
    connect(m_validUntil, &JalaliDateEdit::edited, this, [this] { m_validityFollowsIssueDate = false; });
    connect(m_validUntil, &JalaliDateEdit::editingFinished, this, [this] {
        if (!m_loading)
            emit edited();
    });
    for (QLineEdit* edit : { m_marketer, m_outgoing, m_remittance, m_title, m_paymentNote })
        connect(edit, &QLineEdit::textEdited, this, &DocumentHeaderForm::edited);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
    connect(m_terms, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
}

QWidget* DocumentHeaderForm::withMessage(const QString& field, QWidget* editor)
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(editor);
    layout->addWidget(m_feedback->addField(field, editor, box));
    return box;
}

void DocumentHeaderForm::load(const Document& document, const QString& customerName, int validityDays)
{
    m_loading = true;
    m_validityDays = validityDays;
    m_customer->setCustomer(document.customerId, customerName);
    m_issueDate->setDate(document.issueDate);
    m_validUntil->setDate(document.validUntil);
    m_validityFollowsIssueDate = document.id == 0
        && (!document.validUntil.isValid() || document.validUntil == document.issueDate.addDays(validityDays));
    const bool quote = document.type == sales::DocumentType::Quote;
    m_datesForm->setRowVisible(m_validUntilRow, quote);
    m_marketer->setText(document.marketer);
    m_outgoing->setText(document.outgoingNumber);
    m_remittance->setText(document.remittanceNumber);
    m_title->setText(document.title);
    m_title->setPlaceholderText(sales::defaultTitle(document.type));
    m_description->setPlainText(document.description);
    m_terms->setCurrentIndex(m_terms->findData(int(document.paymentTerms)));
    m_paymentNote->setText(document.paymentNote);
    m_feedback->clearAll();
    m_loading = false;
}

QList<Error> DocumentHeaderForm::store(Document& document) const
{
    QList<Error> errors;
    document.customerId = m_customer->customerId();
    const Result<QDate> issueDate = m_issueDate->date();
    if (issueDate)
        document.issueDate = *issueDate;
    else
        errors << issueDate.error();
    if (document.type == sales::DocumentType::Quote) {
        const Result<QDate> validUntil = m_validUntil->date();
        if (validUntil)
            document.validUntil = *validUntil;
        else
            errors << validUntil.error();
    }
    document.marketer = m_marketer->text().trimmed();
    document.outgoingNumber = m_outgoing->text().trimmed();
    document.remittanceNumber = m_remittance->text().trimmed();
    document.title = m_title->text().trimmed();
    document.description = m_description->toPlainText().trimmed();
    document.paymentTerms = PaymentTerms(m_terms->currentData().toInt());
    document.paymentNote = m_paymentNote->text().trimmed();
    return errors;
}

void DocumentHeaderForm::setReadOnly(bool readOnly)
{
    m_customer->setReadOnly(readOnly);
    for (JalaliDateEdit* date : { m_issueDate, m_validUntil })
        date->setEnabled(!readOnly);
    for (QLineEdit* edit : { m_marketer, m_outgoing, m_remittance, m_title, m_paymentNote })
        edit->setReadOnly(readOnly);
    m_description->setReadOnly(readOnly);
    m_terms->setEnabled(!readOnly);
    // Hints on how to fill a field are noise on a document that cannot change.
    m_description->setPlaceholderText(readOnly ? QString() : tr("Description and terms printed under the lines"));
    m_paymentNote->setPlaceholderText(readOnly ? QString() : tr("e.g. 30 % in advance, the rest on delivery"));
}

void DocumentHeaderForm::setMarketers(const QStringList& marketers)
{
    m_marketers->setStringList(marketers);
}

bool DocumentHeaderForm::showError(const Error& error)
{
    if (!m_feedback->hasField(error.field))
        return false;
    m_feedback->showError(error.field, error.message);
    return true;
}

void DocumentHeaderForm::clearErrors()
{
    m_feedback->clearAll();
}

void DocumentHeaderForm::onIssueDateEdited()
{
    const Result<QDate> issued = m_issueDate->date();
    if (!issued) {
        m_feedback->showError(QStringLiteral("issue_date"), issued.error().message);
        return;
    }
    m_feedback->clear(QStringLiteral("issue_date"));
    if (m_validityFollowsIssueDate && issued->isValid())
        m_validUntil->setDate(issued->addDays(m_validityDays));
    emit issueDateChanged(*issued);
    emit edited();
}

} // namespace peyvand::ui

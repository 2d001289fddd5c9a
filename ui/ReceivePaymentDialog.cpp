#include "ReceivePaymentDialog.h"

#include "AmountText.h"
#include "Display.h"
#include "DocumentServices.h"
#include "ErrorText.h"
#include "FieldFeedback.h"
#include "FormRows.h"
#include "ImagePicker.h"
#include "JalaliDateEdit.h"
#include "PaymentRatingBadge.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace peyvand::ui {

using payments::PaymentMethod;

namespace {
const QList<PaymentMethod> kMethods { PaymentMethod::Cash, PaymentMethod::Pos, PaymentMethod::Deposit,
                                      PaymentMethod::Card, PaymentMethod::Credit, PaymentMethod::Cheque };
const QString kAmount = QStringLiteral("amount");
const QString kDate = QStringLiteral("date");
const QString kInstalment = QStringLiteral("instalment");
const QString kMethod = QStringLiteral("method");
const QString kNote = QStringLiteral("note");

QString keyed(PaymentMethod method, const QString& name)
{
    return payments::toKey(method) + QLatin1Char('.') + name;
}

QString typed(const QLineEdit* edit)
{
    return edit ? edit->text().trimmed() : QString();
}
} // namespace

ReceivePaymentDialog::ReceivePaymentDialog(DocumentServices& services, qint64 invoiceId, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_feedback(new FieldFeedback(this))
    , m_general(new QLabel(this))
{
    setObjectName(QStringLiteral("receivePaymentDialog"));
    setWindowTitle(tr("Receive payment"));
    m_toman = services.profile.load().valueOr({}).displayToman;
    Result<payments::InvoiceAccount> account = services.payments.account(invoiceId);
    if (account)
        m_account = *account;

    m_general->setObjectName(QStringLiteral("generalMessage"));
    m_general->setWordWrap(true);
    m_general->setAlignment(Display::leadingAlignment());
    m_general->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_general->hide();

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(tr("Receive"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("receiveButton"));
    save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReceivePaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReceivePaymentDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createSummary());
    layout->addWidget(createCommonFields());
    m_methodGroup = new QGroupBox(this);
    auto* groupLayout = new QVBoxLayout(m_methodGroup);
    m_pages = new QStackedWidget(m_methodGroup);
    m_pages->setObjectName(QStringLiteral("methodPages"));
    groupLayout->addWidget(m_pages);
    createMethodPages();
    layout->addWidget(m_methodGroup);
    auto* noteForm = new QFormLayout;
    noteForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("edit_note"));
    auto* noteHolder = new QWidget(this);
    noteHolder->setLayout(noteForm);
    addFieldRow(noteForm, m_feedback, kNote, tr("Note"), m_note);
    layout->addWidget(noteHolder);
    layout->addWidget(m_general);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_method, &QComboBox::currentIndexChanged, this, &ReceivePaymentDialog::onMethodChanged);
    showAccount();
    onMethodChanged();
    if (!m_account) {
        save->setEnabled(false);
        m_general->setText(ErrorText::describe(account.error()));
        m_general->show();
    }
    setMinimumWidth(760);
    resize(780, sizeHint().height());
    m_amount->setFocus();
    m_amount->selectAll();
}

QWidget* ReceivePaymentDialog::createSummary()
{
    auto* box = new QGroupBox(tr("Invoice"), this);
    box->setObjectName(QStringLiteral("invoiceSummary"));
    auto* grid = new QGridLayout(box);
    const auto figure = [&](const QString& name, const QString& caption, int row, int column) {
        auto* value = new QLabel(box);
        value->setObjectName(QStringLiteral("figure_") + name);
        value->setAlignment(Display::leadingAlignment() | Qt::AlignVCenter);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(new QLabel(caption, box), row, column * 2);
        grid->addWidget(value, row, column * 2 + 1);
        m_figures.insert(name, value);
    };
    figure(QStringLiteral("number"), tr("Invoice:"), 0, 0);
    figure(QStringLiteral("customer"), tr("Customer:"), 1, 0);
    figure(QStringLiteral("issued"), tr("Issued on:"), 2, 0);
    figure(QStringLiteral("total"), tr("Total:"), 0, 1);
    figure(QStringLiteral("paid"), tr("Paid:"), 1, 1);
    figure(QStringLiteral("pending"), tr("Pending:"), 2, 1);
    figure(QStringLiteral("balance"), tr("Balance:"), 3, 1);
    m_rating = new PaymentRatingBadge(box);
    grid->addWidget(new QLabel(tr("Payment rating:"), box), 3, 0);
    grid->addWidget(m_rating, 3, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    QFont bold = m_figures.value(QStringLiteral("balance"))->font();
    bold.setBold(true);
    m_figures.value(QStringLiteral("balance"))->setFont(bold);
    return box;
}

QWidget* ReceivePaymentDialog::createCommonFields()
{
    auto* holder = new QWidget(this);
    auto* form = new QFormLayout(holder);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_method = new QComboBox(holder);
    m_method->setObjectName(QStringLiteral("edit_method"));
    for (const PaymentMethod method : kMethods)
        m_method->addItem(payments::displayName(method), int(method));

    auto* amountRow = new QWidget(holder);
    auto* amountLayout = new QHBoxLayout(amountRow);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    m_amount = new QLineEdit(amountRow);
    m_amount->setObjectName(QStringLiteral("edit_amount"));
    m_amount->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    m_amount->setMinimumWidth(m_amount->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 18);
    amountLayout->addWidget(m_amount);
    amountLayout->addWidget(new QLabel(AmountText::unitName(false), amountRow));
    m_onAccount = new QCheckBox(tr("Put what is above the balance on the customer's account"), amountRow);
    m_onAccount->setObjectName(QStringLiteral("edit_on_account"));
    amountLayout->addSpacing(12);
    amountLayout->addWidget(m_onAccount, 1);

    m_date = new JalaliDateEdit(holder);
    m_date->setObjectName(QStringLiteral("edit_date"));
    m_date->setField(kDate);
    m_date->setDate(m_services.today());
    m_instalment = new QComboBox(holder);
    m_instalment->setObjectName(QStringLiteral("edit_instalment"));

    addFieldRow(form, m_feedback, kMethod, tr("Method"), m_method, true);
    addFieldRow(form, m_feedback, kAmount, tr("Amount"), amountRow);
    addFieldRow(form, m_feedback, kDate, tr("Date"), m_date);
    m_instalmentCaption = addFieldRow(form, m_feedback, kInstalment, tr("Instalment"), m_instalment);

    connect(m_amount, &QLineEdit::textEdited, this, [this] { m_feedback->clear(kAmount); });
    connect(m_date, &JalaliDateEdit::edited, this, [this] { m_feedback->clear(kDate); });
    connect(m_instalment, &QComboBox::currentIndexChanged, this, [this] { m_feedback->clear(kInstalment); });
    return holder;
}

void ReceivePaymentDialog::createMethodPages()
{
    for (const PaymentMethod method : kMethods) {
        QWidget* page = nullptr;
        switch (method) {
        case PaymentMethod::Cash: {
            page = new QWidget(m_pages);
            auto* hint = new QLabel(tr("Cash received in hand: nothing more to fill in."), page);
            hint->setWordWrap(true);
            auto* pageLayout = new QVBoxLayout(page);
            pageLayout->addWidget(hint);
            pageLayout->addStretch(1);
            break;
        }
        case PaymentMethod::Pos:
            page = createPosPage();
            break;
        case PaymentMethod::Deposit:
            page = createDepositPage();
            break;
        case PaymentMethod::Card:
            page = createCardPage();
            break;
        case PaymentMethod::Credit:
            page = createCreditPage();
            break;
        case PaymentMethod::Cheque:
            page = createChequePage();
            break;
        }
        page->setObjectName(QStringLiteral("page_") + payments::toKey(method));
        m_pages->addWidget(page);
        m_pageOf.insert(int(method), page);
    }
}

QLineEdit* ReceivePaymentDialog::addText(QWidget* page, QFormLayout* form, PaymentMethod method, const QString& name,
                                         const QString& caption, const QString& field)
{
    auto* edit = new QLineEdit(page);
    const QString key = keyed(method, name);
    edit->setObjectName(QStringLiteral("edit_") + key);
    m_texts.insert(key, edit);
    const QString feedbackField = keyed(method, field.isEmpty() ? name : field);
    addFieldRow(form, m_feedback, feedbackField, caption, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, feedbackField] { m_feedback->clear(feedbackField); });
    return edit;
}

namespace {
QFormLayout* newForm(QWidget* page)
{
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}
} // namespace

QWidget* ReceivePaymentDialog::createPosPage()
{
    auto* page = new QWidget(m_pages);
    QFormLayout* form = newForm(page);
    addText(page, form, PaymentMethod::Pos, QStringLiteral("terminal"), tr("Terminal"));
    addText(page, form, PaymentMethod::Pos, QStringLiteral("trace"), tr("Trace number"));
    addText(page, form, PaymentMethod::Pos, QStringLiteral("card"), tr("Card number"), QStringLiteral("card_number"))
        ->setPlaceholderText(tr("full or masked; only the first six and last four digits are kept"));
    return page;
}

QWidget* ReceivePaymentDialog::createDepositPage()
{
    auto* page = new QWidget(m_pages);
    QFormLayout* form = newForm(page);
    addText(page, form, PaymentMethod::Deposit, QStringLiteral("bank"), tr("Bank"));
    addText(page, form, PaymentMethod::Deposit, QStringLiteral("account"), tr("Destination account"));
    addText(page, form, PaymentMethod::Deposit, QStringLiteral("reference"), tr("Slip or tracking number"));
    addText(page, form, PaymentMethod::Deposit, QStringLiteral("payer"), tr("Payer name"));
    return page;
}

QWidget* ReceivePaymentDialog::createCardPage()
{
    auto* page = new QWidget(m_pages);
    QFormLayout* form = newForm(page);
    addText(page, form, PaymentMethod::Card, QStringLiteral("card"), tr("From card"), QStringLiteral("card_number"));
    addText(page, form, PaymentMethod::Card, QStringLiteral("account"), tr("To card or account"));
    addText(page, form, PaymentMethod::Card, QStringLiteral("reference"), tr("Reference number"));
    return page;
}

QWidget* ReceivePaymentDialog::createCreditPage()
{
    auto* page = new QWidget(m_pages);
    QFormLayout* form = newForm(page);
    auto* due = new JalaliDateEdit(page);
    due->setObjectName(QStringLiteral("edit_credit.due_date"));
    due->setField(QStringLiteral("due_date"));
    m_dueDates.insert(int(PaymentMethod::Credit), due);
    const QString key = keyed(PaymentMethod::Credit, QStringLiteral("due_date"));
    addFieldRow(form, m_feedback, key, tr("Promised for"), due);
    connect(due, &JalaliDateEdit::edited, this, [this, key] { m_feedback->clear(key); });
    auto* hint = new QLabel(tr("A promise to pay by that day; it stays pending until money is received."), page);
    hint->setWordWrap(true);
    form->addRow(hint);
    return page;
}

QWidget* ReceivePaymentDialog::createChequePage()
{
    const PaymentMethod cheque = PaymentMethod::Cheque;
    auto* page = new QWidget(m_pages);
    auto* columns = new QHBoxLayout;
    columns->setContentsMargins(0, 0, 0, 0);
    auto* first = new QWidget(page);
    auto* second = new QWidget(page);
    QFormLayout* left = newForm(first);
    QFormLayout* right = newForm(second);
    left->setContentsMargins(0, 0, 0, 0);
    right->setContentsMargins(0, 0, 0, 0);
    QLineEdit* sayad = addText(first, left, cheque, QStringLiteral("sayad"), tr("Sayad ID"), QStringLiteral("sayad_id"));
    sayad->setPlaceholderText(tr("16 digits"));
    sayad->setMaxLength(40);
    sayad->setMinimumWidth(sayad->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 20);
    addText(first, left, cheque, QStringLiteral("serial"), tr("Serial"));
    addText(first, left, cheque, QStringLiteral("bank"), tr("Bank"));
    addText(first, left, cheque, QStringLiteral("branch_name"), tr("Branch"));
    addText(first, left, cheque, QStringLiteral("branch_code"), tr("Branch code"));

    m_accountType = new QComboBox(second);
    m_accountType->setObjectName(QStringLiteral("edit_cheque.account_type"));
    for (const payments::AccountType type :
         { payments::AccountType::Current, payments::AccountType::Savings, payments::AccountType::Other })
        m_accountType->addItem(payments::displayName(type), int(type));
    addFieldRow(right, m_feedback, keyed(cheque, QStringLiteral("account_type")), tr("Account type"), m_accountType,
                true);
    addText(second, right, cheque, QStringLiteral("account_number"), tr("Account number"));
    addText(second, right, cheque, QStringLiteral("drawer_name"), tr("Drawer"));
    addText(second, right, cheque, QStringLiteral("drawer_id"), tr("Drawer's national ID"),
            QStringLiteral("drawer_id"));
    columns->addWidget(first, 1);
    columns->addWidget(second, 1);

    // The due date with its hint in words and the scan take the whole width.
    auto* imageHolder = new QWidget(page);
    QFormLayout* imageForm = newForm(imageHolder);
    imageForm->setContentsMargins(0, 0, 0, 0);
    auto* due = new JalaliDateEdit(imageHolder);
    due->setObjectName(QStringLiteral("edit_cheque.due_date"));
    due->setField(QStringLiteral("due_date"));
    m_dueDates.insert(int(cheque), due);
    const QString dueKey = keyed(cheque, QStringLiteral("due_date"));
    addFieldRow(imageForm, m_feedback, dueKey, tr("Due date"), due);
    connect(due, &JalaliDateEdit::edited, this, [this, dueKey] { m_feedback->clear(dueKey); });
    m_chequeImage = new ImagePicker(tr("Choose the scan of the cheque"), imageHolder);
    m_chequeImage->setObjectName(QStringLiteral("edit_cheque.image"));
    const QString imageKey = keyed(cheque, QStringLiteral("image"));
    addFieldRow(imageForm, m_feedback, imageKey, tr("Scan (optional)"), m_chequeImage);
    connect(m_chequeImage, &ImagePicker::changed, this, [this, imageKey] { m_feedback->clear(imageKey); });

    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addLayout(columns);
    pageLayout->addWidget(imageHolder);
    return page;
}

QWidget* ReceivePaymentDialog::pageOf(PaymentMethod method) const
{
    return m_pageOf.value(int(method));
}

QLineEdit* ReceivePaymentDialog::textField(PaymentMethod method, const QString& name) const
{
    return m_texts.value(keyed(method, name));
}

JalaliDateEdit* ReceivePaymentDialog::dueDateEdit(PaymentMethod method) const
{
    return m_dueDates.value(int(method));
}

QLabel* ReceivePaymentDialog::figureLabel(const QString& name) const
{
    return m_figures.value(name);
}

void ReceivePaymentDialog::showAccount()
{
    m_instalment->clear();
    m_instalment->addItem(tr("None"), QVariant());
    if (!m_account) {
        for (QLabel* label : std::as_const(m_figures))
            label->setText(tr("—"));
        m_instalment->hide();
        m_instalmentCaption->hide();
        return;
    }
    const payments::InvoiceAccount& a = *m_account;
    m_figures.value(QStringLiteral("number"))->setText(Display::isolate(Display::digits(a.number)));
    m_figures.value(QStringLiteral("customer"))->setText(Display::isolate(Display::digits(a.customerName)));
    m_figures.value(QStringLiteral("issued"))->setText(Display::date(a.issueDate));
    m_figures.value(QStringLiteral("total"))->setText(AmountText::withUnit(a.total, m_toman));
    m_figures.value(QStringLiteral("paid"))->setText(AmountText::withUnit(a.paid, m_toman));
    m_figures.value(QStringLiteral("pending"))->setText(AmountText::withUnit(a.pending, m_toman));
    m_figures.value(QStringLiteral("balance"))->setText(AmountText::withUnit(a.balance, m_toman));
    m_figures.value(QStringLiteral("pending"))->setToolTip(tr("Cheques not cleared yet and open credit promises"));
    m_amount->setText(Display::number(a.uncovered.rial()));

    const Result<payments::PaymentRecord> record = m_services.paymentRecords.record(a.customerId);
    m_rating->setRecord(record ? std::optional(*record) : std::nullopt);

    const bool hasPlan = a.plan.has_value();
    m_instalment->setVisible(hasPlan);
    m_instalmentCaption->setVisible(hasPlan);
    if (!hasPlan)
        return;
    for (const payments::Instalment& instalment : a.plan->instalments) {
        if (instalment.isPaid())
            continue;
        const QString name = instalment.seq == 0 ? tr("Down payment")
                                                 : tr("Instalment %1").arg(Display::number(instalment.seq));
        m_instalment->addItem(tr("%1, due %2: %3", "instalment, due date: amount")
                                  .arg(name, Display::date(instalment.dueDate),
                                       AmountText::withUnit(instalment.amount, m_toman)),
                              instalment.id);
    }
}

payments::PaymentMethod ReceivePaymentDialog::method() const
{
    return PaymentMethod(m_method->currentData().toInt());
}

void ReceivePaymentDialog::setMethod(PaymentMethod method)
{
    m_method->setCurrentIndex(std::max(0, m_method->findData(int(method))));
}

void ReceivePaymentDialog::setInstalment(qint64 instalmentId)
{
    const int index = m_instalment->findData(instalmentId);
    if (index >= 0)
        m_instalment->setCurrentIndex(index);
}

void ReceivePaymentDialog::onMethodChanged()
{
    const PaymentMethod current = method();
    QWidget* page = pageOf(current);
    // Only the shown page counts for the size: the cheque's fields would
    // otherwise leave a tall empty space under cash.
    for (QWidget* other : std::as_const(m_pageOf))
        other->setSizePolicy(QSizePolicy::Ignored, other == page ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_pages->setCurrentWidget(page);
    m_methodGroup->setTitle(payments::displayName(current));
    m_methodGroup->setVisible(true);
    m_feedback->clear(kMethod);
    m_pages->adjustSize();
    if (isVisible())
        adjustSize();
}

QString ReceivePaymentDialog::feedbackKey(const QString& field) const
{
    const QString own = keyed(method(), field);
    if (m_feedback->hasField(own))
        return own;
    if (m_feedback->hasField(field))
        return field;
    return {};
}

void ReceivePaymentDialog::clearErrors()
{
    m_feedback->clearAll();
    m_general->hide();
}

void ReceivePaymentDialog::showError(const Error& error)
{
    const QString key = feedbackKey(error.field);
    if (key.isEmpty()) {
        m_general->setText(ErrorText::describe(error));
        m_general->show();
        return;
    }
    m_feedback->showError(key, ErrorText::describe(error));
    if (QWidget* editor = m_feedback->editor(key))
        editor->setFocus();
}

bool ReceivePaymentDialog::collect(payments::NewPayment& p)
{
    const PaymentMethod current = method();
    p.documentId = m_account->documentId;
    p.customerId = m_account->customerId;
    p.method = current;
    p.onAccount = m_onAccount->isChecked();
    p.note = m_note->text().trimmed();
    if (m_account->plan && m_instalment->currentData().isValid())
        p.instalmentId = m_instalment->currentData().toLongLong();

    QList<Error> errors;
    const Result<Money> amount = Money::parse(m_amount->text());
    if (amount)
        p.amount = *amount;
    else
        errors << Error::invalid(kAmount, amount.error().message);
    const Result<QDate> date = m_date->date();
    if (date)
        p.date = *date;
    else
        errors << date.error();
    if (JalaliDateEdit* due = dueDateEdit(current)) {
        const Result<QDate> dueDate = due->date();
        if (dueDate)
            p.dueDate = *dueDate;
        else
            errors << dueDate.error();
    }
    const auto text = [&](const QString& name) { return typed(textField(current, name)); };
    switch (current) {
    case PaymentMethod::Cash:
    case PaymentMethod::Credit:
        break;
    case PaymentMethod::Pos:
        p.terminal = text(QStringLiteral("terminal"));
        p.traceNumber = text(QStringLiteral("trace"));
        p.cardNumber = text(QStringLiteral("card"));
        break;
    case PaymentMethod::Deposit:
        p.bank = text(QStringLiteral("bank"));
        p.account = text(QStringLiteral("account"));
        p.reference = text(QStringLiteral("reference"));
        p.payerName = text(QStringLiteral("payer"));
        break;
    case PaymentMethod::Card:
        p.cardNumber = text(QStringLiteral("card"));
        p.account = text(QStringLiteral("account"));
        p.reference = text(QStringLiteral("reference"));
        break;
    case PaymentMethod::Cheque: {
        payments::Cheque& c = p.cheque;
        c.sayadId = text(QStringLiteral("sayad"));
        c.serial = text(QStringLiteral("serial"));
        c.bank = text(QStringLiteral("bank"));
        c.branchName = text(QStringLiteral("branch_name"));
        c.branchCode = text(QStringLiteral("branch_code"));
        c.accountType = payments::AccountType(m_accountType->currentData().toInt());
        c.accountNumber = text(QStringLiteral("account_number"));
        c.drawerName = text(QStringLiteral("drawer_name"));
        c.drawerId = text(QStringLiteral("drawer_id"));
        c.image = m_chequeImage->image().data;
        c.imageMime = m_chequeImage->image().mimeType;
        c.hasImage = !c.image.isEmpty();
        break;
    }
    }
    for (const Error& error : std::as_const(errors))
        showError(error);
    return errors.isEmpty();
}

void ReceivePaymentDialog::accept()
{
    if (!m_account)
        return;
    clearErrors();
    payments::NewPayment payment;
    if (!collect(payment))
        return;
    Result<payments::PaymentReceipt> receipt = m_services.payments.receive(payment);
    if (!receipt) {
        showError(receipt.error());
        return;
    }
    m_receipt = *receipt;
    emit received(*m_receipt);
    QDialog::accept();
}

} // namespace peyvand::ui

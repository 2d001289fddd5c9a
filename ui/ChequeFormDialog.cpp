#include "ChequeFormDialog.h"

#include "AmountText.h"
#include "Display.h"
#include "ErrorText.h"
#include "FieldFeedback.h"
#include "FormRows.h"
#include "ImagePicker.h"
#include "JalaliDateEdit.h"
#include "payments/PaymentService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace peyvand::ui {

using payments::AccountType;
using payments::Cheque;

namespace {
const QString kSayad = QStringLiteral("sayad_id");
const QString kSerial = QStringLiteral("serial");
const QString kAmount = QStringLiteral("amount");
const QString kDue = QStringLiteral("due_date");
const QString kBank = QStringLiteral("bank");
const QString kBranch = QStringLiteral("branch");
const QString kAccount = QStringLiteral("account");
const QString kDrawer = QStringLiteral("drawer");
const QString kDrawerId = QStringLiteral("drawer_id");
const QString kNote = QStringLiteral("note");
const QString kImage = QStringLiteral("image");

QLabel* fixedValue(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

ChequeFormDialog::ChequeFormDialog(payments::PaymentService& service, const Cheque& cheque, QDate today, bool toman,
                                   QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_cheque(cheque)
    , m_sayad(new QLineEdit(this))
    , m_serial(new QLineEdit(this))
    , m_amount(new QLineEdit(this))
    , m_due(new JalaliDateEdit(this))
    , m_bank(new QLineEdit(this))
    , m_branchName(new QLineEdit(this))
    , m_branchCode(new QLineEdit(this))
    , m_accountType(new QComboBox(this))
    , m_account(new QLineEdit(this))
    , m_drawer(new QLineEdit(this))
    , m_drawerId(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_image(new ImagePicker(tr("Choose the scan of the cheque"), this))
    , m_general(new QLabel(this))
    , m_feedback(new FieldFeedback(this))
{
    setObjectName(QStringLiteral("chequeFormDialog"));
    setWindowTitle(isNew() ? tr("New issued cheque") : tr("Cheque details"));
    const std::pair<QWidget*, const char*> names[] = {
        { m_sayad, "edit_sayad" }, { m_serial, "edit_serial" }, { m_amount, "edit_amount" },
        { m_due, "edit_due" }, { m_bank, "edit_bank" }, { m_branchName, "edit_branch_name" },
        { m_branchCode, "edit_branch_code" }, { m_accountType, "edit_account_type" },
        { m_account, "edit_account" }, { m_drawer, "edit_drawer" }, { m_drawerId, "edit_drawer_id" },
        { m_note, "edit_note" }, { m_image, "edit_image" },
    };
    for (const auto& [widget, name] : names)
        widget->setObjectName(QLatin1String(name));
    for (const AccountType type : { AccountType::Current, AccountType::Savings, AccountType::Other })
        m_accountType->addItem(payments::displayName(type), int(type));
    m_sayad->setPlaceholderText(tr("16 digits"));
    m_sayad->setLayoutDirection(Qt::LeftToRight);
    m_note->setMaximumHeight(70);

    auto* fields = new QWidget(this);
    auto* form = new QFormLayout(fields);
    if (isNew()) {
        addFieldRow(form, m_feedback, kSayad, tr("Sayad ID"), m_sayad, true);
        addFieldRow(form, m_feedback, kAmount, tr("Amount (Rial)"), m_amount, true);
        addFieldRow(form, m_feedback, kDue, tr("Due date"), m_due);
    } else {
        m_sayad->hide();
        m_amount->hide();
        m_due->hide();
        form->addRow(tr("Sayad ID"), fixedValue(Display::digits(cheque.sayadId), fields));
        form->addRow(tr("Amount"), fixedValue(AmountText::withUnit(cheque.amount, toman), fields));
        form->addRow(tr("Due date"), fixedValue(Display::date(cheque.dueDate), fields));
        form->addRow(tr("Status"), fixedValue(payments::displayName(cheque.status), fields));
    }
    addFieldRow(form, m_feedback, kSerial, tr("Serial"), m_serial, true);
    addFieldRow(form, m_feedback, kBank, tr("Bank"), m_bank);
    auto* branch = new QWidget(fields);
    auto* branchRow = new QHBoxLayout(branch);
    branchRow->setContentsMargins(0, 0, 0, 0);
    m_branchName->setPlaceholderText(tr("Branch name"));
    m_branchCode->setPlaceholderText(tr("Code"));
    m_branchCode->setMaximumWidth(110);
    branchRow->addWidget(m_branchName, 1);
    branchRow->addWidget(m_branchCode);
    addFieldRow(form, m_feedback, kBranch, tr("Branch"), branch);
    auto* account = new QWidget(fields);
    auto* accountRow = new QHBoxLayout(account);
    accountRow->setContentsMargins(0, 0, 0, 0);
    accountRow->addWidget(m_accountType);
    accountRow->addWidget(m_account, 1);
    addFieldRow(form, m_feedback, kAccount, tr("Account"), account);
    addFieldRow(form, m_feedback, kDrawer, isNew() ? tr("Payee") : tr("Drawer"), m_drawer);
    addFieldRow(form, m_feedback, kDrawerId, isNew() ? tr("Payee's national or legal ID") : tr("Drawer's national or legal ID"),
                m_drawerId, true);
    addFieldRow(form, m_feedback, kNote, tr("Note"), m_note);
    addFieldRow(form, m_feedback, kImage, tr("Scan"), m_image);

    m_general->setObjectName(QStringLiteral("generalMessage"));
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_general->hide();
    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(isNew() ? tr("Add cheque") : tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChequeFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChequeFormDialog::reject);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(fields);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_general);
    layout->addWidget(buttons);

    m_sayad->setText(Display::digits(cheque.sayadId));
    m_serial->setText(Display::digits(cheque.serial));
    if (!cheque.amount.isZero())
        m_amount->setText(Display::number(cheque.amount.rial()));
    m_due->setDate(cheque.dueDate.isValid() ? cheque.dueDate : (isNew() ? today : QDate()));
    m_bank->setText(cheque.bank);
    m_branchName->setText(cheque.branchName);
    m_branchCode->setText(Display::digits(cheque.branchCode));
    m_accountType->setCurrentIndex(std::max(0, m_accountType->findData(int(cheque.accountType))));
    m_account->setText(Display::digits(cheque.accountNumber));
    m_drawer->setText(cheque.drawerName);
    m_drawerId->setText(Display::digits(cheque.drawerId));
    m_note->setPlainText(cheque.note);
    if (!cheque.image.isEmpty())
        m_image->setImage({ cheque.image, cheque.imageMime });
    resize(620, 640);
    (isNew() ? m_sayad : m_serial)->setFocus();
}

bool ChequeFormDialog::collect(Cheque& cheque)
{
    if (isNew()) {
        cheque.direction = payments::ChequeDirection::Issued;
        cheque.sayadId = m_sayad->text().trimmed();
        const Result<Money> amount = Money::parse(m_amount->text());
        if (!amount) {
            showError(Error::invalid(kAmount, ErrorText::describe(amount.error())));
            return false;
        }
        cheque.amount = *amount;
        const Result<QDate> due = m_due->date();
        if (!due) {
            showError(Error::invalid(kDue, ErrorText::describe(due.error())));
            return false;
        }
        cheque.dueDate = *due;
    }
    cheque.serial = m_serial->text().trimmed();
    cheque.bank = m_bank->text().trimmed();
    cheque.branchName = m_branchName->text().trimmed();
    cheque.branchCode = m_branchCode->text().trimmed();
    cheque.accountType = AccountType(m_accountType->currentData().toInt());
    cheque.accountNumber = m_account->text().trimmed();
    cheque.drawerName = m_drawer->text().trimmed();
    cheque.drawerId = m_drawerId->text().trimmed();
    cheque.note = m_note->toPlainText().trimmed();
    cheque.image = m_image->image().data;
    cheque.imageMime = m_image->image().mimeType;
    return true;
}

void ChequeFormDialog::accept()
{
    m_feedback->clearAll();
    m_general->hide();
    Cheque cheque = m_cheque;
    if (!collect(cheque))
        return;
    Result<Cheque> saved = isNew() ? m_service.addIssuedCheque(cheque) : m_service.updateCheque(cheque);
    if (!saved) {
        showError(saved.error());
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

void ChequeFormDialog::showError(const Error& error)
{
    QString field = error.field;
    if (field == QLatin1String("branch_name") || field == QLatin1String("branch_code"))
        field = kBranch;
    if (field == QLatin1String("account_number") || field == QLatin1String("account_type"))
        field = kAccount;
    if (field == QLatin1String("drawer_name"))
        field = kDrawer;
    if (!m_feedback->hasField(field) || !m_feedback->editor(field)->isVisibleTo(this)) {
        m_general->setText(ErrorText::describe(error));
        m_general->show();
        return;
    }
    m_feedback->showError(field, ErrorText::describe(error));
    if (QWidget* editor = m_feedback->editor(field))
        editor->setFocus(Qt::OtherFocusReason);
}

} // namespace peyvand::ui

#include "ChequeTransitionDialog.h"

#include "AmountText.h"
#include "ChequeText.h"
#include "Display.h"
#include "ErrorText.h"
#include "FieldFeedback.h"
#include "FormRows.h"
#include "JalaliDateEdit.h"
#include "payments/PaymentService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace peyvand::ui {

namespace {
const QString kDate = QStringLiteral("date");
const QString kNote = QStringLiteral("note");
} // namespace

ChequeTransitionDialog::ChequeTransitionDialog(payments::PaymentService& service, const payments::Cheque& cheque,
                                               payments::ChequeStatus to, QDate today, bool toman, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_cheque(cheque)
    , m_to(to)
    , m_date(new JalaliDateEdit(this))
    , m_note(new QLineEdit(this))
    , m_general(new QLabel(this))
    , m_feedback(new FieldFeedback(this))
{
    setObjectName(QStringLiteral("chequeTransitionDialog"));
    setWindowTitle(ChequeText::actionTitle(to));
    auto* summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("transitionSummary"));
    summary->setWordWrap(true);
    summary->setText(tr("Cheque %1 of %2, %3, due %4: %5 → %6")
                         .arg(ChequeText::label(cheque), Display::isolate(cheque.drawerName),
                              AmountText::withUnit(cheque.amount, toman), Display::date(cheque.dueDate),
                              payments::displayName(cheque.status), payments::displayName(to)));
    m_date->setObjectName(QStringLiteral("transitionDate"));
    m_date->setDate(today);
    m_note->setObjectName(QStringLiteral("transitionNote"));
    m_note->setPlaceholderText(to == payments::ChequeStatus::Transferred ? tr("To whom it was endorsed")
                                                                           : tr("Optional"));

    auto* form = new QFormLayout;
    addFieldRow(form, m_feedback, kDate, tr("Date"), m_date);
    addFieldRow(form, m_feedback, kNote, tr("Note"), m_note);
    m_general->setObjectName(QStringLiteral("generalMessage"));
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_general->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(ChequeText::actionName(to), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmTransitionButton"));
    m_confirm->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChequeTransitionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChequeTransitionDialog::reject);
    connect(m_date, &JalaliDateEdit::edited, this, [this] { m_feedback->clear(kDate); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    m_note->setFocus();
}

void ChequeTransitionDialog::accept()
{
    m_feedback->clearAll();
    m_general->hide();
    const Result<QDate> date = m_date->date();
    if (!date) {
        showError(date.error());
        return;
    }
    Result<payments::Cheque> saved = m_service.setChequeStatus(m_cheque.id, m_to, *date, m_note->text().trimmed());
    if (!saved) {
        showError(saved.error());
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

void ChequeTransitionDialog::showError(const Error& error)
{
    if (!m_feedback->hasField(error.field)) {
        m_general->setText(ErrorText::describe(error));
        m_general->show();
        return;
    }
    m_feedback->showError(error.field, ErrorText::describe(error));
    if (QWidget* editor = m_feedback->editor(error.field))
        editor->setFocus(Qt::OtherFocusReason);
}

} // namespace peyvand::ui

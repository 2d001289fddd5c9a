#include "InvoicePaymentsPanel.h"

#include "AmountText.h"
#include "Dialogs.h"
#include "Display.h"
#include "DocumentServices.h"
#include "ErrorText.h"
#include "InstalmentPlanDialog.h"
#include "PaymentListModel.h"
#include "ReceivePaymentDialog.h"
#include "RecordHistoryDialog.h"
#include "TextPrompt.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand::ui {

using payments::PaymentMethod;
using payments::PaymentStatus;

InvoicePaymentsPanel::InvoicePaymentsPanel(DocumentServices& services, QWidget* parent)
    : QGroupBox(tr("Payments"), parent)
    , m_services(services)
    , m_model(new PaymentListModel(this))
    , m_table(new QTableView(this))
    , m_totals(new QLabel(this))
    , m_empty(new QLabel(tr("No payments yet"), this))
    , m_receive(new QPushButton(tr("Receive payment…"), this))
    , m_void(new QPushButton(tr("Void payment…"), this))
    , m_plan(new QPushButton(tr("Instalment plan…"), this))
    , m_history(new QPushButton(tr("History…"), this))
{
    setObjectName(QStringLiteral("invoicePaymentsPanel"));
    m_table->setObjectName(QStringLiteral("paymentsTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PaymentListModel::DetailsColumn, QHeaderView::Stretch);
    m_table->setMinimumHeight(110);
    m_totals->setObjectName(QStringLiteral("paymentTotals"));
    m_totals->setAlignment(Display::leadingAlignment());
    m_totals->setWordWrap(true);
    m_totals->setTextFormat(Qt::RichText);
    m_empty->setObjectName(QStringLiteral("paymentsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("QLabel { color: #64748b; }"));
    m_receive->setObjectName(QStringLiteral("receivePaymentButton"));
    m_void->setObjectName(QStringLiteral("voidPaymentButton"));
    m_plan->setObjectName(QStringLiteral("instalmentPlanButton"));
    m_history->setObjectName(QStringLiteral("paymentHistoryButton"));
    m_history->setToolTip(tr("Every change of the selected payment, and of its cheque"));
    m_void->setToolTip(tr("Withdraw a payment recorded by mistake; cheques are withdrawn by cancelling them "
                          "in the cheque register"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_totals, 1);
    buttons->addWidget(m_receive);
    buttons->addWidget(m_void);
    buttons->addWidget(m_history);
    buttons->addWidget(m_plan);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);

    connect(m_receive, &QPushButton::clicked, this, &InvoicePaymentsPanel::receivePayment);
    connect(m_void, &QPushButton::clicked, this, &InvoicePaymentsPanel::voidSelectedPayment);
    connect(m_plan, &QPushButton::clicked, this, &InvoicePaymentsPanel::openPlan);
    connect(m_history, &QPushButton::clicked, this, &InvoicePaymentsPanel::openPaymentHistory);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InvoicePaymentsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InvoicePaymentsPanel::updateButtons);
    setInvoice(0);
}

void InvoicePaymentsPanel::setInvoice(qint64 invoiceId)
{
    m_invoiceId = invoiceId;
    refresh();
}

void InvoicePaymentsPanel::refresh()
{
    m_account.reset();
    m_toman = m_services.profile.load().valueOr({}).displayToman;
    m_model->setDisplayToman(m_toman);
    if (m_invoiceId > 0) {
        Result<payments::InvoiceAccount> account = m_services.payments.account(m_invoiceId);
        if (account)
            m_account = *account;
        else
            m_totals->setText(ErrorText::describe(account.error()));
    }
    m_model->setPayments(m_account ? m_account->payments : QList<payments::Payment>());
    m_empty->setVisible(m_model->rowCount() == 0);
    if (m_account) {
        const payments::InvoiceAccount& a = *m_account;
        QString text = tr("Total %1 · paid %2 · pending %3 · balance %4", "amounts with their unit")
                           .arg(AmountText::withUnit(a.total, m_toman), AmountText::withUnit(a.paid, m_toman),
                                AmountText::withUnit(a.pending, m_toman),
                                QStringLiteral("<b>%1</b>").arg(AmountText::withUnit(a.balance, m_toman)));
        if (a.settled)
            text = tr("%1 — settled", "totals — state").arg(text);
        else if (a.plan)
            text = tr("%1 — in instalments", "totals — state").arg(text);
        m_totals->setText(text);
    } else if (m_invoiceId <= 0) {
        m_totals->clear();
    }
    updateButtons();
}

const payments::Payment* InvoicePaymentsPanel::selectedPayment() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->paymentAt(rows.first().row());
}

void InvoicePaymentsPanel::selectPayment(qint64 paymentId)
{
    const int row = m_model->rowOf(paymentId);
    if (row >= 0)
        m_table->selectRow(row);
}

void InvoicePaymentsPanel::updateButtons()
{
    const bool open = m_account && m_account->issued && !m_account->settled;
    m_receive->setEnabled(open);
    const payments::Payment* selected = selectedPayment();
    m_void->setEnabled(selected && selected->method != PaymentMethod::Cheque
                       && (selected->status == PaymentStatus::Settled || selected->status == PaymentStatus::Pending));
    m_plan->setEnabled(m_account && m_account->issued && (m_account->plan.has_value() || !m_account->settled));
    m_history->setEnabled(selected != nullptr);
}

void InvoicePaymentsPanel::changed(const QString& message)
{
    refresh();
    emit statusMessage(message);
    emit invoiceChanged(m_invoiceId);
}

ReceivePaymentDialog* InvoicePaymentsPanel::receivePayment()
{
    if (m_invoiceId <= 0)
        return nullptr;
    auto* dialog = new ReceivePaymentDialog(m_services, m_invoiceId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReceivePaymentDialog::received, this, [this](const payments::PaymentReceipt& receipt) {
        const Money amount = receipt.payments.isEmpty() ? Money() : receipt.payments.first().amount;
        changed(tr("Received %1").arg(AmountText::withUnit(amount, m_toman)));
    });
    dialog->open();
    return dialog;
}

bool InvoicePaymentsPanel::voidSelectedPayment()
{
    const payments::Payment* payment = selectedPayment();
    if (!payment)
        return false;
    const qint64 id = payment->id;
    const QString what = tr("%1 of %2 on %3", "method of amount on date")
                             .arg(payments::displayName(payment->method), AmountText::withUnit(payment->amount, m_toman),
                                  Display::date(payment->paidOn));
    const std::optional<QString> reason = TextPrompt::ask(
        this, tr("Void payment"),
        tr("Void the payment %1? It stays in the list as void and no longer counts. Why?").arg(what));
    if (!reason)
        return false;
    if (reason->trimmed().isEmpty()) {
        Dialogs::error(this, tr("Void payment"), tr("Give the reason for voiding the payment."));
        return false;
    }
    const Status voided = m_services.payments.voidPayment(id, reason->trimmed());
    if (!voided) {
        Dialogs::error(this, tr("Void payment"), ErrorText::describe(voided.error()), voided.error().detail);
        return false;
    }
    changed(tr("Payment voided"));
    return true;
}

InstalmentPlanDialog* InvoicePaymentsPanel::openPlan()
{
    if (m_invoiceId <= 0)
        return nullptr;
    auto* dialog = new InstalmentPlanDialog(m_services, m_invoiceId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InstalmentPlanDialog::planChanged, this,
            [this] { changed(tr("Instalment plan changed")); });
    dialog->open();
    return dialog;
}

RecordHistoryDialog* InvoicePaymentsPanel::openPaymentHistory()
{
    const payments::Payment* payment = selectedPayment();
    if (!payment)
        return nullptr;
    //: The record named in the history window's title: "History of payment 12".
    return RecordHistoryDialog::openFor(m_services.history, history::RecordKind::Payment, payment->id,
                                        tr("payment %1").arg(Display::digits(QString::number(payment->id))), this);
}

} // namespace peyvand::ui

#include "PaymentRemindersBox.h"

#include "CollectionServices.h"
#include "Display.h"
#include "ErrorText.h"
#include "PaymentReminderModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand::ui {

using payments::Reminder;

PaymentRemindersBox::PaymentRemindersBox(CollectionServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new PaymentReminderModel(this))
    , m_view(new QTableView(this))
    , m_title(new QLabel(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("paymentReminders"));
    m_title->setObjectName(QStringLiteral("paymentRemindersTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_view->setObjectName(QStringLiteral("paymentReminderView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->setCursor(Qt::PointingHandCursor);
    QHeaderView* header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    header->setSectionResizeMode(PaymentReminderModel::DateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PaymentReminderModel::WhatColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PaymentReminderModel::AmountColumn, QHeaderView::ResizeToContents);
    m_empty->setObjectName(QStringLiteral("paymentRemindersEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("QLabel { color: #64748b; }"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);

    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex& index) { activate(index.row()); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) { activate(index.row()); });
}

void PaymentRemindersBox::reload()
{
    m_model->setDisplayToman(m_services.displayToman());
    const int days = m_services.receivables.reminderDays().valueOr(3);
    const Result<QList<Reminder>> reminders = m_services.receivables.reminders(days);
    if (!reminders)
        emit statusMessage(ErrorText::describe(reminders.error()));
    m_model->setReminders(reminders.valueOr({}));
    const int count = m_model->rowCount();
    m_title->setText(count == 0 ? tr("Payments") : tr("Payments (%1)").arg(Display::number(count)));
    m_empty->setText(days == 0 ? tr("No payments due today and nothing overdue.")
                               : days == 1 ? tr("No payments due by tomorrow and nothing overdue.")
                                           : tr("No payments due in the next %1 days and nothing overdue.")
                                                 .arg(Display::number(days)));
    m_empty->setVisible(count == 0);
    m_view->setVisible(count > 0);
}

void PaymentRemindersBox::activate(int row)
{
    const Reminder* reminder = m_model->reminderAt(row);
    if (!reminder)
        return;
    if (reminder->chequeId > 0) {
        emit openChequeRequested(reminder->chequeId);
        return;
    }
    if (reminder->documentId > 0) {
        emit openDocumentRequested(reminder->documentId);
        return;
    }
    if (reminder->customerId > 0)
        emit openCustomerRequested(reminder->customerId);
}

} // namespace peyvand::ui

#include "CustomerSummaryBox.h"

#include "Display.h"
#include "PaymentRatingBadge.h"

#include <QFormLayout>
#include <QLabel>

namespace peyvand::ui {

CustomerSummaryBox::CustomerSummaryBox(QWidget* parent)
    : QGroupBox(tr("Summary"), parent)
    , m_since(new QLabel(this))
    , m_last(new QLabel(this))
    , m_interactions(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_followUp(new QLabel(this))
    , m_lastPurchase(new QLabel(this))
    , m_purchases(new QLabel(this))
    , m_lifetime(new QLabel(this))
    , m_open(new QLabel(this))
    , m_rating(new PaymentRatingBadge(this))
{
    m_last->setWordWrap(true);
    m_interactions->setObjectName(QStringLiteral("summaryInteractions"));
    m_last->setObjectName(QStringLiteral("summaryLastInteraction"));
    m_followUp->setObjectName(QStringLiteral("summaryNextFollowUp"));
    m_lastPurchase->setObjectName(QStringLiteral("summaryLastPurchase"));
    m_purchases->setObjectName(QStringLiteral("summaryPurchases"));
    m_lifetime->setObjectName(QStringLiteral("summaryLifetimeValue"));
    m_open->setObjectName(QStringLiteral("summaryOpenBalance"));
    for (QLabel* value : { m_since, m_last, m_interactions, m_notes, m_followUp, m_lastPurchase, m_purchases,
                           m_lifetime, m_open })
        value->setAlignment(Display::leadingAlignment());
    auto* form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Customer since"), m_since);
    form->addRow(tr("Last contact"), m_last);
    form->addRow(tr("Interactions"), m_interactions);
    form->addRow(tr("Notes"), m_notes);
    form->addRow(tr("Next follow-up"), m_followUp);
    form->addRow(tr("Last purchase"), m_lastPurchase);
    form->addRow(tr("Purchases"), m_purchases);
    form->addRow(tr("Lifetime value"), m_lifetime);
    form->addRow(tr("Open balance"), m_open);
    form->addRow(tr("Payment rating"), m_rating);
    setSales({});
}

void CustomerSummaryBox::setSummary(const customers::CustomerSummary& summary)
{
    m_since->setText(summary.since.isValid() ? Display::date(summary.since) : tr("—"));
    if (summary.lastInteraction) {
        const customers::Interaction& last = *summary.lastInteraction;
        QString text = tr("%1, %2", "date, channel")
                           .arg(Display::dateTime(last.at), customers::displayName(last.channel));
        if (!last.contactPerson.isEmpty())
            text = tr("%1, with %2", "last contact, with whom")
                       .arg(text, Display::isolate(Display::digits(last.contactPerson)));
        m_last->setText(text);
    } else {
        m_last->setText(tr("No contact logged yet"));
    }
    m_interactions->setText(Display::number(summary.interactionCount));
    m_notes->setText(Display::number(summary.noteCount));
    m_followUp->setText(summary.nextFollowUp.isValid() ? Display::date(summary.nextFollowUp) : tr("None planned"));
}

void CustomerSummaryBox::setSales(const sales::CustomerSales& sales)
{
    m_lastPurchase->setText(sales.lastPurchase.isValid() ? Display::date(sales.lastPurchase) : tr("None yet"));
    m_purchases->setText(Display::number(sales.purchaseCount));
    m_lifetime->setText(tr("%1 Rial").arg(Display::number(sales.lifetimeValue.rial())));
    m_open->setText(tr("%1 Rial").arg(Display::number(sales.openBalance.rial())));
}

void CustomerSummaryBox::setPaymentRecord(const std::optional<payments::PaymentRecord>& record)
{
    m_rating->setRecord(record);
}

} // namespace peyvand::ui

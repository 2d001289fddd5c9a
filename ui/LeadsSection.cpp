#include "LeadsSection.h"

#include "ErrorText.h"
#include "LeadFormDialog.h"
#include "LeadListPage.h"
#include "LeadPage.h"

#include <QShortcut>

namespace peyvand::ui {

LeadsSection::LeadsSection(storage::Database& db, QWidget* parent)
    : QStackedWidget(parent)
    , m_service(db)
    , m_query(db)
    , m_funnel(db)
    , m_tasks(db)
    , m_customers(db)
    , m_list(new LeadListPage(m_service, m_query, m_funnel, this))
    , m_page(new LeadPage(m_service, m_tasks, this))
{
    setObjectName(QStringLiteral("leadsSection"));
    m_page->setRecordHistory(history::RecordHistory(db));
    addWidget(m_list);
    addWidget(m_page);

    connect(m_list, &LeadListPage::openLeadRequested, this, &LeadsSection::showLead);
    connect(m_list, &LeadListPage::newLeadRequested, this, &LeadsSection::newLead);
    connect(m_list, &LeadListPage::statusMessage, this, &LeadsSection::statusMessage);
    connect(m_page, &LeadPage::backRequested, this, &LeadsSection::showList);
    connect(m_page, &LeadPage::editRequested, this, &LeadsSection::editLead);
    connect(m_page, &LeadPage::statusMessage, this, &LeadsSection::statusMessage);
    connect(m_page, &LeadPage::openCustomerRequested, this, &LeadsSection::openCustomerRequested);
    connect(m_page, &LeadPage::leadDeleted, this, &LeadsSection::showList);
    auto* back = new QShortcut(QKeySequence(Qt::Key_Escape), m_page, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, &LeadsSection::showList);
}

void LeadsSection::showList()
{
    const qint64 shown = m_page->leadId();
    setCurrentWidget(m_list);
    m_list->refresh();
    if (shown > 0)
        m_list->select(shown);
}

bool LeadsSection::showLead(qint64 leadId)
{
    if (!m_page->showLead(leadId))
        return false;
    setCurrentWidget(m_page);
    return true;
}

bool LeadsSection::showsLeadPage() const
{
    return currentWidget() == m_page;
}

LeadFormDialog* LeadsSection::newLead()
{
    return openForm(leads::Lead {});
}

LeadFormDialog* LeadsSection::editLead(qint64 leadId)
{
    Result<leads::Lead> lead = m_service.get(leadId);
    if (!lead) {
        emit statusMessage(ErrorText::describe(lead.error()));
        return nullptr;
    }
    return openForm(*lead);
}

LeadFormDialog* LeadsSection::openForm(const leads::Lead& lead)
{
    auto* dialog = new LeadFormDialog(m_service, lead, m_customers.cities().valueOr({}), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const bool created = dialog->isNew();
        showLead(dialog->saved().id);
        emit statusMessage(created ? tr("Lead added") : tr("Lead saved"));
    });
    dialog->open();
    return dialog;
}

} // namespace peyvand::ui

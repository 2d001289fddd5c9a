#pragma once

#include "customers/CustomerService.h"
#include "leads/Funnel.h"
#include "leads/LeadQuery.h"
#include "leads/LeadService.h"
#include "tasks/TaskService.h"

#include <QStackedWidget>

namespace peyvand::storage {
class Database;
}

namespace peyvand::ui {

class LeadFormDialog;
class LeadListPage;
class LeadPage;

// The leads area of the main window: the lead list (and funnel) and the lead
// page, with the services they use. The lead form opens window-modal from
// here. Esc on the lead page goes back to the list.
class LeadsSection final : public QStackedWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadsSection)

public:
    explicit LeadsSection(storage::Database& db, QWidget* parent = nullptr);

    void showList();
    bool showLead(qint64 leadId);
    bool showsLeadPage() const;
    // The lead form opens window-modal and returns at once.
    LeadFormDialog* newLead();
    LeadFormDialog* editLead(qint64 leadId);

    LeadListPage* listPage() const { return m_list; }
    LeadPage* leadPage() const { return m_page; }
    leads::LeadService& service() { return m_service; }
    tasks::TaskService& taskService() { return m_tasks; }

signals:
    void openCustomerRequested(qint64 customerId);
    void statusMessage(const QString& message);

private:
    LeadFormDialog* openForm(const leads::Lead& lead);

    leads::LeadService m_service;
    leads::LeadQuery m_query;
    leads::FunnelQuery m_funnel;
    tasks::TaskService m_tasks;
    customers::CustomerService m_customers;
    LeadListPage* m_list = nullptr;
    LeadPage* m_page = nullptr;
};

} // namespace peyvand::ui

#include "ChequesPage.h"

#include "ChequeCalendarPanel.h"
#include "ChequeRegisterPanel.h"

#include <QShowEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace peyvand::ui {

ChequesPage::ChequesPage(CollectionServices& services, QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_register(new ChequeRegisterPanel(services, this))
    , m_calendar(new ChequeCalendarPanel(services, this))
{
    setObjectName(QStringLiteral("chequesPage"));
    m_tabs->setObjectName(QStringLiteral("chequeTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_register, tr("Register"));
    m_tabs->addTab(m_calendar, tr("Calendar by due date"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);

    connect(m_register, &ChequeRegisterPanel::statusMessage, this, &ChequesPage::statusMessage);
    connect(m_calendar, &ChequeCalendarPanel::statusMessage, this, &ChequesPage::statusMessage);
    connect(m_register, &ChequeRegisterPanel::chequesChanged, this, [this] {
        m_calendar->refresh();
        emit chequesChanged();
    });
    connect(m_calendar, &ChequeCalendarPanel::openChequeRequested, this, &ChequesPage::openCheque);
}

void ChequesPage::refresh()
{
    m_register->refresh();
    m_calendar->refresh();
}

void ChequesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        refresh();
}

void ChequesPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

ChequesPage::Tab ChequesPage::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

bool ChequesPage::openCheque(qint64 chequeId)
{
    showTab(Tab::Register);
    return m_register->selectCheque(chequeId);
}

} // namespace peyvand::ui

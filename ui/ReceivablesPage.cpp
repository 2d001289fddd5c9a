#include "ReceivablesPage.h"

#include "AgeingModel.h"
#include "AmountText.h"
#include "CollectionServices.h"
#include "Display.h"
#include "ErrorText.h"
#include "OpenInvoiceModel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand::ui {

namespace {
void setUpTable(QTableView* table, int stretchColumn)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSortingEnabled(true);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    QHeaderView* header = table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}
} // namespace

ReceivablesPage::ReceivablesPage(CollectionServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_ageing(new AgeingModel(this))
    , m_ageingTable(new QTableView(this))
    , m_invoices(new OpenInvoiceModel(this))
    , m_invoiceTable(new QTableView(this))
    , m_invoicesTitle(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_emptyText(new QLabel(this))
    , m_all(new QPushButton(tr("All customers"), this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("receivablesPage"));
    m_ageingTable->setObjectName(QStringLiteral("ageingTable"));
    m_ageingTable->setModel(m_ageing);
    setUpTable(m_ageingTable, AgeingModel::CustomerColumn);
    m_ageingTable->horizontalHeader()->setSortIndicator(AgeingModel::TotalColumn, Qt::DescendingOrder);
    m_ageingTable->setToolTip(tr("Double-click a customer to open their page"));
    m_invoiceTable->setObjectName(QStringLiteral("openInvoiceTable"));
    m_invoiceTable->setModel(m_invoices);
    setUpTable(m_invoiceTable, OpenInvoiceModel::CustomerColumn);
    m_invoiceTable->horizontalHeader()->setSortIndicator(OpenInvoiceModel::OverdueColumn, Qt::DescendingOrder);
    m_invoiceTable->setToolTip(tr("Double-click an invoice to open it"));
    m_summary->setObjectName(QStringLiteral("receivablesSummary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_summary->setFont(bold);
    m_invoicesTitle->setObjectName(QStringLiteral("openInvoicesTitle"));
    m_all->setObjectName(QStringLiteral("allInvoicesButton"));
    m_emptyText->setObjectName(QStringLiteral("receivablesEmptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setText(tr("Nobody owes anything: every issued invoice is settled."));

    auto* ageingBox = new QGroupBox(tr("Ageing by customer"), this);
    auto* ageingLayout = new QVBoxLayout(ageingBox);
    ageingLayout->addWidget(m_ageingTable);
    auto* invoiceBox = new QGroupBox(tr("Open invoices"), this);
    auto* invoiceLayout = new QVBoxLayout(invoiceBox);
    auto* invoiceHeader = new QHBoxLayout;
    invoiceHeader->addWidget(m_invoicesTitle, 1);
    invoiceHeader->addWidget(m_all);
    invoiceLayout->addLayout(invoiceHeader);
    invoiceLayout->addWidget(m_invoiceTable);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(ageingBox);
    splitter->addWidget(invoiceBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_emptyText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);

    connect(m_ageingTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) {
                showInvoicesOf(index.data(AgeingModel::CustomerIdRole).toLongLong());
            });
    connect(m_ageingTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const qint64 id = index.data(AgeingModel::CustomerIdRole).toLongLong();
        if (id > 0)
            emit openCustomerRequested(id);
    });
    connect(m_invoiceTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const qint64 id = index.data(OpenInvoiceModel::DocumentIdRole).toLongLong();
        if (id > 0)
            emit openDocumentRequested(id);
    });
    connect(m_all, &QPushButton::clicked, this, [this] {
        m_ageingTable->clearSelection();
        m_ageingTable->setCurrentIndex({});
        showInvoicesOf(0);
    });
}

void ReceivablesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        refresh();
}

void ReceivablesPage::refresh()
{
    m_toman = m_services.displayToman();
    m_ageing->setDisplayToman(m_toman);
    m_invoices->setDisplayToman(m_toman);
    const Result<payments::Ageing> ageing = m_services.receivables.ageing();
    if (!ageing)
        emit statusMessage(ErrorText::describe(ageing.error()));
    const qint64 selected = m_customerId;
    m_ageing->setAgeing(ageing.valueOr({}));
    const payments::Ageing shown = ageing.valueOr({});
    m_summary->setText(tr("Customers owe %1 in total, of which %2 is not due yet.")
                           .arg(AmountText::withUnit(shown.total, m_toman),
                                AmountText::withUnit(shown.totals.at(std::size_t(payments::AgeBucket::NotDue)), m_toman)));
    m_summary->setVisible(!shown.rows.isEmpty());
    m_stack->setCurrentIndex(shown.rows.isEmpty() ? 1 : 0);
    const int row = selected > 0 ? m_ageing->rowOfCustomer(selected) : -1;
    if (row >= 0)
        m_ageingTable->setCurrentIndex(m_ageing->index(row, 0));
    m_customerId = row >= 0 ? selected : 0;
    loadInvoices();
}

bool ReceivablesPage::showsEmptyState() const
{
    return m_stack->currentIndex() == 1;
}

void ReceivablesPage::showInvoicesOf(qint64 customerId)
{
    m_customerId = customerId;
    loadInvoices();
}

void ReceivablesPage::loadInvoices()
{
    const std::optional<qint64> customer = m_customerId > 0 ? std::optional<qint64>(m_customerId) : std::nullopt;
    const Result<QList<payments::OpenInvoice>> invoices = m_services.receivables.openInvoices(customer);
    if (!invoices)
        emit statusMessage(ErrorText::describe(invoices.error()));
    m_invoices->setInvoices(invoices.valueOr({}));
    QString name;
    if (const int row = m_ageing->rowOfCustomer(m_customerId); row >= 0 && m_customerId > 0)
        name = m_ageing->rowAt(row)->customerName;
    m_invoicesTitle->setText(name.isEmpty() ? tr("All customers' open invoices")
                                            : tr("Open invoices of %1").arg(Display::isolate(name)));
    m_all->setEnabled(m_customerId > 0);
}

} // namespace peyvand::ui

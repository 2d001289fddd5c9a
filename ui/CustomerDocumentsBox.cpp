#include "CustomerDocumentsBox.h"

#include "DocumentListModel.h"
#include "DocumentServices.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand::ui {

CustomerDocumentsBox::CustomerDocumentsBox(DocumentServices& services, QWidget* parent)
    : QGroupBox(tr("Pre-invoices and invoices"), parent)
    , m_model(new DocumentListModel(services.query, this))
    , m_table(new QTableView(this))
    , m_newQuote(new QPushButton(tr("New pre-invoice"), this))
    , m_empty(new QLabel(tr("No pre-invoices or invoices for this customer yet."), this))
{
    setObjectName(QStringLiteral("customerDocumentsBox"));
    m_newQuote->setObjectName(QStringLiteral("customerNewQuoteButton"));
    m_table->setObjectName(QStringLiteral("customerDocumentsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setColumnHidden(DocumentListModel::CustomerColumn, true);
    QHeaderView* header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DocumentListModel::MarketerColumn, QHeaderView::Stretch);
    m_empty->setEnabled(false);
    m_empty->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_empty, 1);
    top->addStretch();
    top->addWidget(m_newQuote);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_newQuote, &QPushButton::clicked, this, [this] { emit newQuoteRequested(m_customerId); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const qint64 id = m_model->documentId(index.row());
        if (id > 0)
            emit openDocumentRequested(id);
    });
}

void CustomerDocumentsBox::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    reload();
}

void CustomerDocumentsBox::reload()
{
    sales::DocumentFilter filter;
    filter.customerId = m_customerId;
    m_model->setFilter(filter, sales::DocumentSort::IssueDateDesc);
    const bool none = m_model->rowCount() == 0;
    m_empty->setVisible(none);
    m_table->setVisible(!none);
}

} // namespace peyvand::ui

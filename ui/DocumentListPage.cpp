#include "DocumentListPage.h"

#include "AmountText.h"

#include "Display.h"
#include "DocumentActions.h"
#include "DocumentFilterBar.h"
#include "DocumentListModel.h"
#include "DocumentServices.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace peyvand::ui {

DocumentListPage::DocumentListPage(DocumentServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_filters(new DocumentFilterBar(services.customerSearch, this))
    , m_model(new DocumentListModel(services.query, this))
    , m_actions(new DocumentActions(services, this))
    , m_table(new QTableView(this))
    , m_totals(new QLabel(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("documentListPage"));
    m_newQuote = new QPushButton(tr("New pre-invoice"), this);
    m_newQuote->setObjectName(QStringLiteral("newQuoteButton"));
    m_totals->setObjectName(QStringLiteral("documentTotals"));
    m_totals->setAlignment(Display::leadingAlignment());

    m_table->setObjectName(QStringLiteral("documentTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(DocumentListModel::CustomerColumn, QHeaderView::Stretch);
    header->resizeSection(DocumentListModel::NumberColumn, 140);
    header->resizeSection(DocumentListModel::TypeColumn, 100);
    header->resizeSection(DocumentListModel::StateColumn, 150);
    header->resizeSection(DocumentListModel::IssueDateColumn, Display::persian() ? 110 : 190);
    header->resizeSection(DocumentListModel::MarketerColumn, 140);
    header->resizeSection(DocumentListModel::TotalColumn, 170);

    m_stack->addWidget(m_table);
    m_stack->addWidget(createEmptyState());

    auto* topRow = new QHBoxLayout;
    topRow->addWidget(m_filters, 1);
    topRow->addWidget(m_newQuote, 0, Qt::AlignTop);
    auto* infoRow = new QHBoxLayout;
    infoRow->addWidget(m_totals);
    infoRow->addStretch(1);
    infoRow->addWidget(createToolBar());
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(topRow);
    layout->addLayout(infoRow);
    layout->addWidget(m_stack, 1);

    connect(m_filters, &DocumentFilterBar::filtersChanged, this, &DocumentListPage::runQuery);
    connect(m_newQuote, &QPushButton::clicked, this, &DocumentListPage::newQuoteRequested);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &DocumentListPage::onSortIndicatorChanged);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) { openRow(index.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DocumentListPage::onCurrentChanged);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu(this);
        QAction* open = menu.addAction(tr("Open"));
        menu.addSeparator();
        m_actions->populate(menu);
        connect(open, &QAction::triggered, this, [this] { openRow(m_table->currentIndex().row()); });
        if (m_actions->documentId() > 0)
            menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    connect(m_model, &DocumentListModel::loadFailed, this, &DocumentListPage::statusMessage);
    connect(m_actions, &DocumentActions::statusMessage, this, &DocumentListPage::statusMessage);
    connect(m_actions, &DocumentActions::documentChanged, this, [this] { refresh(); });
    connect(m_actions, &DocumentActions::documentRemoved, this, [this] { refresh(); });
    connect(m_actions, &DocumentActions::documentCreated, this, [this](qint64 id, bool openForEditing) {
        refresh();
        if (openForEditing)
            emit openDocumentRequested(id);
        else
            select(id);
    });

    m_model->setFilter({}, sales::DocumentSort::IssueDateDesc);
}

QToolBar* DocumentListPage::createToolBar()
{
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("documentToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction* action : m_actions->actions())
        bar->addAction(action);
    return bar;
}

bool DocumentListPage::showsEmptyState() const
{
    return m_stack->currentIndex() == 1;
}

qint64 DocumentListPage::currentDocumentId() const
{
    return m_model->documentId(m_table->currentIndex().row());
}

void DocumentListPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void DocumentListPage::refresh()
{
    const Result<int> expired = m_services.documents.expireDue(m_services.today());
    if (expired && *expired == 1)
        emit statusMessage(tr("1 pre-invoice passed its validity date and is now expired"));
    else if (expired && *expired > 1)
        emit statusMessage(tr("%1 pre-invoices passed their validity date and are now expired")
                               .arg(Display::number(*expired)));
    m_toman = m_services.profile.load().valueOr({}).displayToman;
    m_model->setDisplayToman(m_toman);
    const qint64 selected = currentDocumentId();
    m_filters->setMarketers(m_services.query.marketers().valueOr({}));
    runQuery();
    if (selected > 0)
        select(selected);
}

void DocumentListPage::select(qint64 documentId)
{
    int row = m_model->rowOf(documentId);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(documentId);
    }
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

void DocumentListPage::runQuery()
{
    m_model->setFilter(m_filters->filter(), m_model->sortOrder());
    showSortIndicator();
    updateTotalsAndEmptyState();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    else
        onCurrentChanged();
}

void DocumentListPage::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    const std::optional<sales::DocumentSort> sort = DocumentListModel::sortForColumn(column, order);
    if (sort)
        m_model->setFilter(m_model->filter(), *sort);
    showSortIndicator(); // columns with one SQL order keep their direction
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void DocumentListPage::showSortIndicator()
{
    QHeaderView* header = m_table->horizontalHeader();
    const QSignalBlocker blocker(header);
    const sales::DocumentSort sort = m_model->sortOrder();
    header->setSortIndicator(DocumentListModel::columnForSort(sort), DocumentListModel::orderForSort(sort));
    header->viewport()->update();
}

void DocumentListPage::updateTotalsAndEmptyState()
{
    const Result<sales::DocumentListTotals> totals = m_services.query.totals(m_model->filter());
    const int count = totals ? totals->count : m_model->rowCount();
    const QString documents = count == 1 ? tr("1 document") : tr("%1 documents").arg(Display::number(count));
    if (totals)
        m_totals->setText(tr("%1, grand total %2", "number of documents, sum of their totals with the unit")
                              .arg(documents, AmountText::withUnit(totals->grandTotal, m_toman)));
    else
        m_totals->setText(documents);
    if (count > 0 || m_model->rowCount() > 0) {
        m_stack->setCurrentIndex(0);
        return;
    }
    const bool nothingYet = m_services.query.totals({}).valueOr({}).count == 0;
    m_emptyText->setText(nothingYet ? tr("No documents yet — create one.")
                                    : tr("No document matches these filters."));
    m_stack->setCurrentIndex(1);
}

void DocumentListPage::onCurrentChanged()
{
    m_actions->setDocument(currentDocumentId());
}

void DocumentListPage::openRow(int row)
{
    const qint64 id = m_model->documentId(row);
    if (id > 0)
        emit openDocumentRequested(id);
}

QWidget* DocumentListPage::createEmptyState()
{
    auto* page = new QWidget(this);
    m_emptyText = new QLabel(page);
    m_emptyText->setObjectName(QStringLiteral("documentsEmptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    QFont font = m_emptyText->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_emptyText->setFont(font);
    m_emptyNewQuote = new QPushButton(tr("New pre-invoice"), page);
    connect(m_emptyNewQuote, &QPushButton::clicked, this, &DocumentListPage::newQuoteRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_emptyNewQuote);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_emptyText);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return page;
}

} // namespace peyvand::ui

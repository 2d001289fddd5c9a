#include "CustomerListPage.h"

#include "CustomerFilterBar.h"
#include "CustomerListModel.h"
#include "Display.h"
#include "ErrorText.h"
#include "ExportPolicy.h"
#include "customers/CustomerSearch.h"
#include "customers/CustomerService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand::ui {

using customers::CustomerQuery;

namespace {
// Counting stops here while searching, so that a short query over a huge book
// stays instant; the label then says "10,000+ customers".
constexpr qint64 kCountCap = 10000;
} // namespace

CustomerListPage::CustomerListPage(customers::CustomerService& service, customers::CustomerSearch& search,
                                   QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_search(search)
    , m_filters(new CustomerFilterBar(this))
    , m_model(new CustomerListModel(search, this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_stack(new QStackedWidget(this))
{
    auto* newButton = new QPushButton(tr("New customer"), this);
    newButton->setObjectName(QStringLiteral("newCustomerButton"));
    newButton->setToolTip(tr("Add a customer (Ctrl+N)"));
    m_importButton = new QPushButton(tr("Import…"), this);
    m_importButton->setObjectName(QStringLiteral("importCustomersButton"));
    m_importButton->setToolTip(tr("Add customers from a CSV, Excel or vCard file"));
    m_exportButton = new QPushButton(tr("Export…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportCustomersButton"));
    m_exportButton->setToolTip(tr("Save all customers, or those listed, as CSV, Excel or vCard"));
    m_count->setObjectName(QStringLiteral("customerCount"));
    m_count->setAlignment(Display::leadingAlignment());

    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CustomerListModel::TagsColumn, QHeaderView::Stretch);
    header->resizeSection(CustomerListModel::NameColumn, 220);
    header->resizeSection(CustomerListModel::CompanyColumn, 200);
    header->resizeSection(CustomerListModel::MobileColumn, 130);
    header->resizeSection(CustomerListModel::CityColumn, 110);
    header->resizeSection(CustomerListModel::SinceColumn, Display::persian() ? 110 : 190);

    m_stack->addWidget(m_table);
    m_stack->addWidget(createEmptyState());

    auto* topRow = new QHBoxLayout;
    topRow->addWidget(m_filters, 1);
    topRow->addWidget(m_importButton);
    topRow->addWidget(m_exportButton);
    topRow->addWidget(newButton);
    auto* countRow = new QHBoxLayout;
    countRow->addWidget(m_count);
    countRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(topRow);
    layout->addLayout(countRow);
    layout->addWidget(m_stack, 1);

    m_filters->searchBox()->installEventFilter(this);
    connect(m_filters, &CustomerFilterBar::filtersChanged, this, &CustomerListPage::runQuery);
    connect(newButton, &QPushButton::clicked, this, &CustomerListPage::newCustomerRequested);
    connect(m_importButton, &QPushButton::clicked, this, &CustomerListPage::importRequested);
    connect(m_exportButton, &QPushButton::clicked, this, &CustomerListPage::exportRequested);
    ExportPolicy::guard(m_exportButton, ExportPolicy::Kind::Export);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &CustomerListPage::onSortIndicatorChanged);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) { openRow(index.row()); });
    connect(m_model, &CustomerListModel::loadFailed, this, &CustomerListPage::statusMessage);

    refresh();
}

QLineEdit* CustomerListPage::searchBox() const
{
    return m_filters->searchBox();
}

bool CustomerListPage::showsEmptyState() const
{
    return m_stack->currentIndex() == 1;
}

QWidget* CustomerListPage::visibleContent() const
{
    return showsEmptyState() ? m_stack->currentWidget() : m_table->viewport();
}

qint64 CustomerListPage::currentCustomerId() const
{
    return m_model->customerId(m_table->currentIndex().row());
}

const CustomerQuery& CustomerListPage::currentQuery() const
{
    return m_model->query();
}

bool CustomerListPage::isNarrowed() const
{
    return !m_model->query().text.isEmpty() || m_filters->hasFilters();
}

void CustomerListPage::refresh()
{
    const qint64 selected = currentCustomerId();
    m_filters->setChoices(m_service.tags().valueOr({}), m_service.cities().valueOr({}),
                          m_service.sources().valueOr({}));
    runQuery();
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

void CustomerListPage::focusSearch()
{
    searchBox()->setFocus(Qt::ShortcutFocusReason);
    searchBox()->selectAll();
}

void CustomerListPage::runQuery()
{
    CustomerQuery query = m_filters->filters();
    const bool startedSearching = m_model->query().text.isEmpty() && !query.text.isEmpty();
    if (startedSearching)
        m_chosenSort.reset(); // a new search is best read by relevance
    if (m_chosenSort) {
        query.sort = CustomerListModel::sortForColumn(m_chosenSort->first).value_or(CustomerQuery::Sort::Name);
        query.descending = m_chosenSort->second == Qt::DescendingOrder;
    } else {
        query.sort = query.text.isEmpty() ? CustomerQuery::Sort::Name : CustomerQuery::Sort::Relevance;
        query.descending = false;
    }
    m_model->setQuery(query);
    showSortIndicator();
    updateCountAndEmptyState();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void CustomerListPage::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    if (!CustomerListModel::sortForColumn(column)) {
        showSortIndicator(); // this column has no SQL order: keep the current one
        return;
    }
    m_chosenSort = std::make_pair(column, order);
    runQuery();
}

void CustomerListPage::showSortIndicator()
{
    QHeaderView* header = m_table->horizontalHeader();
    const QSignalBlocker blocker(header);
    const CustomerQuery& query = m_model->query();
    const std::optional<int> column = CustomerListModel::columnForSort(query.sort);
    header->setSortIndicator(column.value_or(-1), query.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    header->viewport()->update();
}

void CustomerListPage::updateCountAndEmptyState()
{
    const CustomerQuery& query = m_model->query();
    const bool narrowed = !query.text.isEmpty() || m_filters->hasFilters();
    const qint64 cap = narrowed ? kCountCap : 0; // the whole book is counted exactly and at once
    const qint64 total = m_search.count(query, cap).valueOr(m_model->rowCount());
    if (cap > 0 && total >= cap)
        m_count->setText(tr("%1+ customers").arg(Display::number(total)));
    else if (total == 1)
        m_count->setText(tr("%1 customer").arg(Display::number(total)));
    else
        m_count->setText(tr("%1 customers").arg(Display::number(total)));
    if (total > 0 || m_model->rowCount() > 0) {
        m_stack->setCurrentIndex(0);
        return;
    }
    CustomerQuery everyone;
    everyone.archive = CustomerQuery::Archive::All;
    const bool bookIsEmpty = m_search.count(everyone).valueOr(0) == 0;
    if (bookIsEmpty)
        m_emptyText->setText(tr("No customers yet — add one or create demo data."));
    else if (!query.text.isEmpty())
        m_emptyText->setText(tr("No customer matches “%1”.").arg(query.text));
    else
        m_emptyText->setText(tr("No customer matches these filters."));
    m_emptyDemoButton->setVisible(bookIsEmpty);
    m_emptyImportButton->setVisible(bookIsEmpty);
    m_stack->setCurrentIndex(1);
}

QWidget* CustomerListPage::createEmptyState()
{
    auto* page = new QWidget(this);
    m_emptyText = new QLabel(page);
    m_emptyText->setObjectName(QStringLiteral("emptyStateText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    QFont font = m_emptyText->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_emptyText->setFont(font);
    auto* newButton = new QPushButton(tr("Add a customer"), page);
    m_emptyDemoButton = new QPushButton(tr("Create demo data"), page);
    m_emptyDemoButton->setObjectName(QStringLiteral("createDemoButton"));
    m_emptyImportButton = new QPushButton(tr("Import from a file"), page);
    m_emptyImportButton->setObjectName(QStringLiteral("emptyImportButton"));
    connect(m_emptyImportButton, &QPushButton::clicked, this, &CustomerListPage::importRequested);
    connect(newButton, &QPushButton::clicked, this, &CustomerListPage::newCustomerRequested);
    connect(m_emptyDemoButton, &QPushButton::clicked, this, &CustomerListPage::demoDataRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(newButton);
    buttons->addWidget(m_emptyImportButton);
    buttons->addWidget(m_emptyDemoButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_emptyText);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return page;
}

void CustomerListPage::openRow(int row)
{
    const qint64 id = m_model->customerId(row);
    if (id > 0)
        emit openCustomerRequested(id);
}

bool CustomerListPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == searchBox() && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_filters->flushPendingSearch();
            m_table->setFocus(Qt::OtherFocusReason);
            const int row = std::max(0, m_table->currentIndex().row());
            m_table->setCurrentIndex(m_model->index(row, 0));
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            m_filters->flushPendingSearch();
            openRow(std::max(0, m_table->currentIndex().row()));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace peyvand::ui

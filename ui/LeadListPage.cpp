#include "LeadListPage.h"

#include "Display.h"
#include "FunnelView.h"
#include "LeadFilterBar.h"
#include "LeadListModel.h"
#include "leads/LeadService.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand::ui {

LeadListPage::LeadListPage(leads::LeadService& service, leads::LeadQuery& query, leads::FunnelQuery& funnel,
                           QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_query(query)
    , m_filters(new LeadFilterBar(this))
    , m_model(new LeadListModel(query, this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_newLead(new QPushButton(tr("New lead…"), this))
    , m_tabs(new QTabWidget(this))
    , m_funnel(new FunnelView(funnel, this))
{
    setObjectName(QStringLiteral("leadListPage"));
    m_newLead->setObjectName(QStringLiteral("newLeadButton"));
    m_tabs->setObjectName(QStringLiteral("leadTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createListTab(), tr("Leads"));
    m_tabs->addTab(m_funnel, tr("Funnel"));
    m_tabs->setCornerWidget(m_newLead, Qt::TopRightCorner);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);

    connect(m_newLead, &QPushButton::clicked, this, &LeadListPage::newLeadRequested);
    connect(m_filters, &LeadFilterBar::filtersChanged, this, &LeadListPage::runQuery);
    connect(m_model, &LeadListModel::loadFailed, this, &LeadListPage::statusMessage);
    connect(m_funnel, &FunnelView::statusMessage, this, &LeadListPage::statusMessage);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_funnel)
            m_funnel->refresh();
    });
    m_model->setFilter(m_filters->filter(), leads::LeadSort::Priority);
}

QWidget* LeadListPage::createListTab()
{
    auto* page = new QWidget(this);
    m_count->setObjectName(QStringLiteral("leadCount"));
    m_count->setAlignment(Display::leadingAlignment());

    m_table->setObjectName(QStringLiteral("leadTable"));
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
    header->setStretchLastSection(true);
    header->resizeSection(LeadListModel::NameColumn, 190);
    header->resizeSection(LeadListModel::CompanyColumn, 170);
    header->resizeSection(LeadListModel::ScoreColumn, 120);
    header->resizeSection(LeadListModel::StatusColumn, 100);
    header->resizeSection(LeadListModel::SourceColumn, 120);
    header->resizeSection(LeadListModel::OwnerColumn, 120);
    header->resizeSection(LeadListModel::FollowUpColumn, Display::persian() ? 190 : 235);

    m_stack->addWidget(m_table);
    m_stack->addWidget(createEmptyState());

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_filters);
    layout->addWidget(m_count);
    layout->addWidget(m_stack, 1);

    connect(header, &QHeaderView::sortIndicatorChanged, this, &LeadListPage::onSortIndicatorChanged);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) { openRow(index.row()); });
    return page;
}

QWidget* LeadListPage::createEmptyState()
{
    auto* page = new QWidget(this);
    m_emptyText = new QLabel(page);
    m_emptyText->setObjectName(QStringLiteral("leadsEmptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    QFont font = m_emptyText->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_emptyText->setFont(font);
    auto* add = new QPushButton(tr("New lead…"), page);
    add->setObjectName(QStringLiteral("emptyNewLeadButton"));
    connect(add, &QPushButton::clicked, this, &LeadListPage::newLeadRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(add);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_emptyText);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return page;
}

bool LeadListPage::showsEmptyState() const
{
    return m_stack->currentIndex() == 1;
}

qint64 LeadListPage::currentLeadId() const
{
    return m_model->leadId(m_table->currentIndex().row());
}

void LeadListPage::focusSearch()
{
    m_filters->searchBox()->setFocus(Qt::ShortcutFocusReason);
    m_filters->searchBox()->selectAll();
}

void LeadListPage::showFunnel()
{
    m_tabs->setCurrentWidget(m_funnel);
}

void LeadListPage::showList()
{
    m_tabs->setCurrentIndex(0);
}

void LeadListPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void LeadListPage::refresh()
{
    const qint64 selected = currentLeadId();
    m_filters->setOwners(m_service.owners().valueOr({}));
    runQuery();
    if (selected > 0)
        select(selected);
    if (m_tabs->currentWidget() == m_funnel)
        m_funnel->refresh();
}

void LeadListPage::select(qint64 leadId)
{
    int row = m_model->rowOf(leadId);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(leadId);
    }
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

void LeadListPage::runQuery()
{
    m_model->setFilter(m_filters->filter(), m_model->sortOrder(), m_model->isReversed());
    showSortIndicator();
    updateCountAndEmptyState();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void LeadListPage::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    // A new column starts in its natural direction; the same column again turns it around.
    if (column == LeadListModel::columnForSort(m_model->sortOrder()))
        m_model->sort(column, order);
    else if (const std::optional<leads::LeadSort> sort = LeadListModel::sortForColumn(column))
        m_model->setFilter(m_model->filter(), *sort);
    showSortIndicator();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void LeadListPage::showSortIndicator()
{
    QHeaderView* header = m_table->horizontalHeader();
    const QSignalBlocker blocker(header);
    header->setSortIndicator(LeadListModel::columnForSort(m_model->sortOrder()), m_model->headerOrder());
    header->viewport()->update();
}

void LeadListPage::updateCountAndEmptyState()
{
    const leads::LeadFilter filter = m_model->filter();
    const Result<int> counted = m_query.count(filter);
    const int count = counted ? *counted : m_model->rowCount();
    if (filter.qualifiedOnly)
        m_count->setText(count == 1 ? tr("1 qualified lead, best first")
                                    : tr("%1 qualified leads, best first").arg(Display::number(count)));
    else
        m_count->setText(count == 1 ? tr("1 lead") : tr("%1 leads").arg(Display::number(count)));
    m_count->setVisible(count > 0);
    if (count > 0 || m_model->rowCount() > 0) {
        m_stack->setCurrentIndex(0);
        return;
    }
    leads::LeadFilter everything;
    everything.includeClosed = true;
    const bool nothingYet = m_query.count(everything).valueOr(0) == 0;
    leads::LeadFilter unqualified = filter;
    unqualified.qualifiedOnly = false;
    const bool onlyUnqualified = filter.qualifiedOnly && m_query.count(unqualified).valueOr(0) > 0;
    if (nothingYet)
        m_emptyText->setText(tr("No leads yet — add one."));
    else if (onlyUnqualified)
        m_emptyText->setText(tr("No lead here is qualified yet. Untick “Qualified only” to see them all."));
    else
        m_emptyText->setText(tr("No lead matches these filters."));
    m_stack->setCurrentIndex(1);
}

void LeadListPage::openRow(int row)
{
    const qint64 id = m_model->leadId(row);
    if (id > 0)
        emit openLeadRequested(id);
}

} // namespace peyvand::ui

#include "PipelinePage.h"

#include "AmountText.h"
#include "DealFormDialog.h"
#include "DealListModel.h"
#include "Dialogs.h"
#include "Display.h"
#include "ErrorText.h"
#include "PipelineBoard.h"
#include "PipelineServices.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace peyvand::ui {

namespace {
constexpr int kDebounceMs = 200;
enum StackPage { BoardPage, ListPage, EmptyPage };

QLabel* statValue(QWidget* parent, const QString& name)
{
    auto* value = new QLabel(parent);
    value->setObjectName(name);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    value->setFont(font);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return value;
}

QWidget* statTile(QWidget* parent, const QString& caption, QLabel* value, const QString& colour)
{
    auto* tile = new QFrame(parent);
    tile->setObjectName(QStringLiteral("statTile"));
    tile->setStyleSheet(QStringLiteral("#statTile { background: #f8fafc; border: 1px solid #e2e8f0; border-radius: 8px; }"));
    value->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(colour));
    auto* label = new QLabel(caption, tile);
    label->setStyleSheet(QStringLiteral("QLabel { color: #64748b; }"));
    auto* layout = new QVBoxLayout(tile);
    layout->setContentsMargins(14, 8, 14, 8);
    layout->setSpacing(2);
    layout->addWidget(label);
    layout->addWidget(value);
    return tile;
}
} // namespace

PipelinePage::PipelinePage(PipelineServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_board(new PipelineBoard(services, this))
    , m_listModel(new DealListModel(this))
    , m_table(new QTableView(this))
    , m_stack(new QStackedWidget(this))
    , m_search(new QLineEdit(this))
    , m_new(new QPushButton(tr("New deal"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
{
    setObjectName(QStringLiteral("pipelinePage"));
    m_new->setObjectName(QStringLiteral("newDealButton"));
    m_edit->setObjectName(QStringLiteral("editDealButton"));
    m_delete->setObjectName(QStringLiteral("deleteDealButton"));
    m_search->setObjectName(QStringLiteral("dealSearch"));
    m_search->setPlaceholderText(tr("Search deals by title, customer or lead…"));
    m_search->setClearButtonEnabled(true);

    auto* boardButton = new QToolButton(this);
    boardButton->setText(tr("Board"));
    auto* listButton = new QToolButton(this);
    listButton->setText(tr("List"));
    m_boardButton = boardButton;
    m_listButton = listButton;
    auto* views = new QButtonGroup(this);
    for (QToolButton* button : { boardButton, listButton }) {
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        views->addButton(button);
    }
    boardButton->setObjectName(QStringLiteral("boardViewButton"));
    listButton->setObjectName(QStringLiteral("listViewButton"));
    boardButton->setChecked(true);

    setupTable();
    m_stack->addWidget(m_board);
    m_stack->addWidget(m_table);
    m_stack->addWidget(createEmptyState());

    auto* topRow = new QHBoxLayout;
    topRow->addWidget(boardButton);
    topRow->addWidget(listButton);
    topRow->addSpacing(8);
    topRow->addWidget(m_search, 1);
    topRow->addWidget(m_edit);
    topRow->addWidget(m_delete);
    topRow->addWidget(m_new);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createSummary());
    layout->addLayout(topRow);
    layout->addWidget(m_stack, 1);

    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(kDebounceMs);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &PipelinePage::refresh);
    connect(boardButton, &QToolButton::clicked, this, [this] { setView(View::Board); });
    connect(listButton, &QToolButton::clicked, this, [this] { setView(View::List); });
    connect(m_new, &QPushButton::clicked, this, [this] { newDeal(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editDeal(currentDealId()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteDeal(currentDealId()); });
    connect(m_board, &PipelineBoard::editRequested, this, &PipelinePage::editDeal);
    connect(m_board, &PipelineBoard::deleteRequested, this, &PipelinePage::deleteDeal);
    connect(m_board, &PipelineBoard::currentDealChanged, this, &PipelinePage::updateButtons);
    connect(m_board, &PipelineBoard::statusMessage, this, &PipelinePage::statusMessage);
    connect(m_board, &PipelineBoard::dealMoved, this, [this] {
        updateTotals();
        reloadList();
        emit dealsChanged();
    });
    auto* remove = new QShortcut(QKeySequence::Delete, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(remove, &QShortcut::activated, this, [this] {
        if (!m_search->hasFocus())
            deleteDeal(currentDealId());
    });
}

QWidget* PipelinePage::createSummary()
{
    auto* summary = new QWidget(this);
    m_weighted = statValue(summary, QStringLiteral("weightedValue"));
    m_openAmount = statValue(summary, QStringLiteral("openAmount"));
    m_openCount = statValue(summary, QStringLiteral("openDeals"));
    auto* layout = new QHBoxLayout(summary);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(statTile(summary, tr("Weighted pipeline value"), m_weighted, QStringLiteral("#0f766e")));
    layout->addWidget(statTile(summary, tr("Open amount"), m_openAmount, QStringLiteral("#0f172a")));
    layout->addWidget(statTile(summary, tr("Open deals"), m_openCount, QStringLiteral("#0f172a")));
    layout->addStretch(1);
    return summary;
}

QWidget* PipelinePage::createEmptyState()
{
    auto* page = new QWidget(this);
    m_emptyText = new QLabel(tr("No deals yet — add one."), page);
    m_emptyText->setObjectName(QStringLiteral("dealsEmptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    QFont font = m_emptyText->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_emptyText->setFont(font);
    auto* add = new QPushButton(tr("New deal"), page);
    connect(add, &QPushButton::clicked, this, [this] { newDeal(); });
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

void PipelinePage::setupTable()
{
    m_table->setObjectName(QStringLiteral("dealTable"));
    m_table->setModel(m_listModel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(DealListModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(DealListModel::PartyColumn, 200);
    header->resizeSection(DealListModel::StageColumn, 140);
    header->resizeSection(DealListModel::AmountColumn, 150);
    header->resizeSection(DealListModel::ProbabilityColumn, 90);
    header->resizeSection(DealListModel::WeightedColumn, 150);
    header->resizeSection(DealListModel::ExpectedCloseColumn, Display::persian() ? 110 : 190);
    header->resizeSection(DealListModel::OwnerColumn, 130);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { editDeal(m_listModel->dealId(index.row())); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PipelinePage::updateButtons);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint& at) {
        const qint64 id = m_listModel->dealId(m_table->indexAt(at).row());
        if (id <= 0)
            return;
        QMenu menu(this);
        connect(menu.addAction(tr("Edit…")), &QAction::triggered, this, [this, id] { editDeal(id); });
        connect(menu.addAction(tr("Delete…")), &QAction::triggered, this, [this, id] { deleteDeal(id); });
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
}

void PipelinePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

pipeline::DealFilter PipelinePage::filter() const
{
    pipeline::DealFilter filter;
    filter.text = m_search->text().trimmed();
    return filter;
}

void PipelinePage::refresh()
{
    m_board->reload(filter());
    reloadList();
    updateTotals();
    showCurrentView();
    updateButtons();
}

void PipelinePage::reloadList()
{
    const qint64 selected = m_listModel->dealId(m_table->currentIndex().row());
    const Result<QList<pipeline::DealRow>> deals = m_services.deals.list(filter());
    if (!deals)
        emit statusMessage(ErrorText::describe(deals.error()));
    m_listModel->setDeals(deals.valueOr({}), m_services.displayToman());
    if (const int row = m_listModel->rowOf(selected); row >= 0)
        m_table->setCurrentIndex(m_listModel->index(row, 0));
}

void PipelinePage::updateTotals()
{
    const bool toman = m_services.displayToman();
    const Result<pipeline::PipelineTotals> totals = m_services.deals.totals();
    if (!totals) {
        emit statusMessage(ErrorText::describe(totals.error()));
        return;
    }
    m_weighted->setText(AmountText::withUnit(totals->weightedValue, toman));
    m_openAmount->setText(AmountText::withUnit(totals->openAmount, toman));
    m_openCount->setText(Display::number(totals->openDeals));
    m_hasDeals = !m_services.deals.list({}).valueOr({}).isEmpty();
}

void PipelinePage::setView(View view)
{
    m_view = view;
    (view == View::Board ? m_boardButton : m_listButton)->setChecked(true);
    showCurrentView();
    updateButtons();
}

void PipelinePage::showCurrentView()
{
    if (!m_hasDeals)
        m_stack->setCurrentIndex(EmptyPage);
    else
        m_stack->setCurrentIndex(m_view == View::Board ? BoardPage : ListPage);
}

bool PipelinePage::showsEmptyState() const
{
    return m_stack->currentIndex() == EmptyPage;
}

qint64 PipelinePage::currentDealId() const
{
    if (showsEmptyState())
        return 0;
    if (m_view == View::Board)
        return m_board->currentDealId();
    return m_listModel->dealId(m_table->currentIndex().row());
}

void PipelinePage::select(qint64 dealId)
{
    m_board->select(dealId);
    if (const int row = m_listModel->rowOf(dealId); row >= 0)
        m_table->setCurrentIndex(m_listModel->index(row, 0));
    updateButtons();
}

void PipelinePage::updateButtons()
{
    const bool current = currentDealId() > 0;
    m_edit->setEnabled(current);
    m_delete->setEnabled(current);
}

DealFormDialog* PipelinePage::newDeal(qint64 customerId, const QString& customerName)
{
    pipeline::DealRow row;
    row.deal.customerId = customerId;
    row.partyName = customerName;
    return openDialog(new DealFormDialog(m_services, row, this));
}

DealFormDialog* PipelinePage::editDeal(qint64 dealId)
{
    if (dealId <= 0)
        return nullptr;
    const Result<pipeline::Deal> deal = m_services.deals.get(dealId);
    if (!deal) {
        emit statusMessage(ErrorText::describe(deal.error()));
        return nullptr;
    }
    pipeline::DealRow row;
    row.deal = *deal;
    // The party's name as lists show it; the board or the list has it already.
    for (const pipeline::DealRow& listed : m_services.deals.list({}).valueOr({})) {
        if (listed.deal.id == dealId) {
            row = listed;
            break;
        }
    }
    return openDialog(new DealFormDialog(m_services, row, this));
}

DealFormDialog* PipelinePage::openDialog(DealFormDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const bool created = dialog->isNew();
        const qint64 id = dialog->saved().id;
        refresh();
        select(id);
        emit dealsChanged();
        emit statusMessage(created ? tr("Deal added") : tr("Deal saved"));
    });
    dialog->open();
    return dialog;
}

bool PipelinePage::deleteDeal(qint64 dealId)
{
    if (dealId <= 0)
        return false;
    const Result<pipeline::Deal> deal = m_services.deals.get(dealId);
    if (!deal) {
        emit statusMessage(ErrorText::describe(deal.error()));
        return false;
    }
    const Dialogs::Answer answer = Dialogs::ask(this, tr("Delete deal"),
        tr("Delete the deal “%1”? Its tasks are deleted with it.").arg(deal->title), tr("Delete"));
    if (answer != Dialogs::Answer::Yes)
        return false;
    const Status removed = m_services.deals.remove(dealId);
    if (!removed) {
        Dialogs::error(this, tr("Delete deal"), ErrorText::describe(removed.error()), removed.error().detail);
        return false;
    }
    refresh();
    emit dealsChanged();
    emit statusMessage(tr("Deal deleted"));
    return true;
}

} // namespace peyvand::ui

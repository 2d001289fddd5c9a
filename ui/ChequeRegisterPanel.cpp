#include "ChequeRegisterPanel.h"

#include "ChequeDetailPane.h"
#include "ChequeFilterBar.h"
#include "ChequeFormDialog.h"
#include "ChequeListModel.h"
#include "ChequeText.h"
#include "ChequeTransitionDialog.h"
#include "CollectionServices.h"
#include "Display.h"
#include "ErrorText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand::ui {

ChequeRegisterPanel::ChequeRegisterPanel(CollectionServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_filter(new ChequeFilterBar(this))
    , m_model(new ChequeListModel(services.payments, services.today(), this))
    , m_table(new QTableView(this))
    , m_detail(new ChequeDetailPane(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyText(new QLabel(this))
    , m_count(new QLabel(this))
    , m_clearFilters(new QPushButton(tr("Clear the filters"), this))
    , m_newIssued(new QPushButton(tr("New issued cheque…"), this))
{
    setObjectName(QStringLiteral("chequeRegister"));
    m_table->setObjectName(QStringLiteral("chequeTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChequeListModel::CustomerColumn, QHeaderView::Stretch);
    header->setSortIndicator(ChequeListModel::DueColumn, Qt::AscendingOrder);
    m_newIssued->setObjectName(QStringLiteral("newIssuedChequeButton"));
    m_newIssued->setToolTip(tr("Record a cheque the business wrote to a supplier"));
    m_count->setObjectName(QStringLiteral("chequeCount"));
    m_clearFilters->setObjectName(QStringLiteral("clearChequeFilters"));

    m_emptyText->setObjectName(QStringLiteral("chequesEmptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    QFont emptyFont = m_emptyText->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.1);
    m_emptyText->setFont(emptyFont);
    auto* empty = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    auto* emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch(1);
    emptyButtons->addWidget(m_clearFilters);
    emptyButtons->addStretch(1);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch(2);
    m_stack->addWidget(m_table);
    m_stack->addWidget(empty);

    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_stack, 1);
    auto* infoRow = new QHBoxLayout;
    infoRow->addWidget(m_count, 1);
    infoRow->addWidget(m_newIssued);
    listLayout->addLayout(infoRow);

    // The list takes the whole width (nine columns); the chosen cheque below it.
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listSide);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 460, 340 });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);

    connect(m_filter, &ChequeFilterBar::filterChanged, this, &ChequeRegisterPanel::applyFilter);
    connect(m_clearFilters, &QPushButton::clicked, m_filter, &ChequeFilterBar::clear);
    connect(m_newIssued, &QPushButton::clicked, this, [this] { newIssuedCheque(); });
    connect(m_model, &ChequeListModel::loadFailed, this, &ChequeRegisterPanel::statusMessage);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChequeRegisterPanel::updateEmptyState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChequeRegisterPanel::showCurrent);
    connect(m_detail, &ChequeDetailPane::transitionRequested, this,
            [this](payments::ChequeStatus to) { requestTransition(to); });
    connect(m_detail, &ChequeDetailPane::editRequested, this, [this] { editCurrent(); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { editCurrent(); });
}

void ChequeRegisterPanel::refresh()
{
    m_toman = m_services.displayToman();
    m_model->setDisplayToman(m_toman);
    m_model->setToday(m_services.today());
    const qint64 selected = currentChequeId() > 0 ? currentChequeId() : m_detail->chequeId();
    m_model->reload();
    if (selected > 0) {
        const int row = m_model->rowOf(selected);
        if (row >= 0)
            m_table->setCurrentIndex(m_model->index(row, 0));
    }
    showCurrent();
}

void ChequeRegisterPanel::applyFilter()
{
    const qint64 selected = currentChequeId();
    payments::ChequeFilter filter = m_filter->filter();
    filter.sort = m_model->filter().sort;
    m_model->setFilter(filter);
    // The chosen cheque stays chosen while the filters still show it.
    if (const int row = m_model->rowOf(selected); selected > 0 && row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    showCurrent();
}

void ChequeRegisterPanel::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    const bool narrowed = m_filter->isNarrowed();
    m_emptyText->setText(narrowed ? tr("No cheques match these filters.")
                                  : tr("No cheques yet. Cheques received as payment for an invoice appear here; "
                                       "a cheque the business writes can be added with “New issued cheque…”."));
    m_clearFilters->setVisible(narrowed);
    m_stack->setCurrentIndex(empty ? 1 : 0);
    // Nothing to choose: no "choose a cheque" pane under the empty list.
    m_detail->setVisible(!empty || m_detail->chequeId() > 0);
    m_count->setText(m_model->rowCount() == 1 ? tr("1 cheque")
                                              : tr("%1 cheques").arg(Display::number(m_model->rowCount())));
}

bool ChequeRegisterPanel::showsEmptyState() const
{
    return m_stack->currentIndex() == 1;
}

qint64 ChequeRegisterPanel::currentChequeId() const
{
    const payments::Cheque* cheque = m_model->chequeAt(m_table->currentIndex().row());
    return cheque ? cheque->id : 0;
}

bool ChequeRegisterPanel::selectCheque(qint64 chequeId)
{
    int row = m_model->rowOf(chequeId);
    if (row < 0 && m_filter->isNarrowed()) {
        m_filter->clear();
        row = m_model->rowOf(chequeId);
    }
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_table->currentIndex());
    showCurrent();
    return true;
}

void ChequeRegisterPanel::showCurrent()
{
    showDetail(currentChequeId());
}

void ChequeRegisterPanel::showDetail(qint64 id)
{
    if (id <= 0) {
        m_detail->clear();
        return;
    }
    Result<payments::Cheque> cheque = m_services.payments.cheque(id, true);
    Result<QList<payments::ChequeEvent>> history = m_services.payments.chequeHistory(id);
    if (!cheque || !history) {
        emit statusMessage(ErrorText::describe(!cheque ? cheque.error() : history.error()));
        m_detail->clear();
        return;
    }
    m_detail->showCheque(*cheque, *history, m_toman);
}

ChequeTransitionDialog* ChequeRegisterPanel::requestTransition(payments::ChequeStatus to)
{
    if (m_detail->chequeId() <= 0 || !m_detail->offeredTransitions().contains(to))
        return nullptr;
    auto* dialog = new ChequeTransitionDialog(m_services.payments, m_detail->cheque(), to, m_services.today(),
                                              m_toman, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        afterChange(dialog->saved().id, tr("Cheque %1 is now %2")
                                            .arg(ChequeText::label(dialog->saved()),
                                                 payments::displayName(dialog->saved().status)));
    });
    dialog->open();
    return dialog;
}

ChequeFormDialog* ChequeRegisterPanel::editCurrent()
{
    if (m_detail->chequeId() <= 0)
        return nullptr;
    auto* dialog = new ChequeFormDialog(m_services.payments, m_detail->cheque(), m_services.today(), m_toman, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { afterChange(dialog->saved().id, tr("Cheque saved")); });
    dialog->open();
    return dialog;
}

ChequeFormDialog* ChequeRegisterPanel::newIssuedCheque()
{
    auto* dialog = new ChequeFormDialog(m_services.payments, payments::Cheque {}, m_services.today(), m_toman, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { afterChange(dialog->saved().id, tr("Issued cheque added")); });
    dialog->open();
    return dialog;
}

void ChequeRegisterPanel::afterChange(qint64 chequeId, const QString& message)
{
    m_model->reload();
    // A cheque the filters now hide (cleared under "Still open") stays in the pane.
    const int row = m_model->rowOf(chequeId);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    showDetail(chequeId);
    emit statusMessage(message);
    emit chequesChanged();
}

} // namespace peyvand::ui

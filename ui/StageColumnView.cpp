#include "StageColumnView.h"

#include "AmountText.h"
#include "DealCardDelegate.h"
#include "DealColumnModel.h"
#include "Display.h"

#include <QLabel>
#include <QListView>
#include <QShortcut>
#include <QVBoxLayout>

namespace peyvand::ui {

namespace {
QString headerColour(pipeline::StageOutcome outcome)
{
    switch (outcome) {
    case pipeline::StageOutcome::Won:
        return QStringLiteral("#15803d");
    case pipeline::StageOutcome::Lost:
        return QStringLiteral("#b91c1c");
    case pipeline::StageOutcome::Open:
        break;
    }
    return QStringLiteral("#0f172a");
}
} // namespace

StageColumnView::StageColumnView(const pipeline::Stage& stage, QWidget* parent)
    : QFrame(parent)
    , m_stage(stage)
    , m_model(new DealColumnModel(stage.id, this))
    , m_list(new QListView(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("stageColumn_%1").arg(stage.id));
    setFrameShape(QFrame::NoFrame);
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("StageColumnView { background: #e5eaf0; border-radius: 8px; }"));
    // As wide as the board allows, so that the usual six stages fit a normal window.
    setMinimumWidth(kMinimumWidth);
    setMaximumWidth(kMaximumWidth);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_title->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(headerColour(stage.outcome)));
    m_title->setText(tr("%1 · %2%", "stage name · its probability in percent")
                         .arg(stage.displayName(), Display::number(stage.probability)));
    m_title->setAlignment(Display::leadingAlignment() | Qt::AlignVCenter);
    m_summary->setObjectName(QStringLiteral("stageSummary"));
    m_summary->setAlignment(Display::leadingAlignment() | Qt::AlignVCenter);
    m_summary->setStyleSheet(QStringLiteral("QLabel { color: #475569; }"));
    m_summary->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("stageCards"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new DealCardDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragEnabled(true);
    m_list->setAcceptDrops(true);
    m_list->setDropIndicatorShown(true);
    m_list->setDragDropMode(QAbstractItemView::DragDrop);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setDragDropOverwriteMode(false);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setUniformItemSizes(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setStyleSheet(QStringLiteral("QListView { background: transparent; }"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 8, 6, 6);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);

    connect(m_list, &QListView::doubleClicked, this,
            [this](const QModelIndex& index) { emit dealActivated(m_model->dealId(index.row())); });
    for (const QKeySequence& key : { QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) }) {
        auto* open = new QShortcut(key, m_list, nullptr, nullptr, Qt::WidgetShortcut);
        connect(open, &QShortcut::activated, this, [this] {
            if (const qint64 id = currentDealId(); id > 0)
                emit dealActivated(id);
        });
    }
    connect(m_list, &QListView::clicked, this,
            [this](const QModelIndex& index) { emit dealSelected(m_model->dealId(index.row())); });
    connect(m_list, &QListView::customContextMenuRequested, this, [this](const QPoint& at) {
        const QModelIndex index = m_list->indexAt(at);
        if (!index.isValid())
            return;
        m_list->setCurrentIndex(index);
        emit dealSelected(m_model->dealId(index.row()));
        emit contextMenuRequested(m_model->dealId(index.row()), m_list->viewport()->mapToGlobal(at));
    });
}

void StageColumnView::setColumn(const pipeline::StageColumn& column, bool toman)
{
    const qint64 selected = currentDealId();
    m_model->setDeals(column.deals, toman);
    const int count = int(column.deals.size());
    const QString deals = count == 1 ? tr("1 deal") : tr("%1 deals").arg(Display::number(count));
    m_summary->setText(tr("%1 · %2\nweighted %3", "deal count · total amount, weighted amount")
                           .arg(deals, AmountText::withUnit(column.total, toman),
                                AmountText::withUnit(column.weighted, toman)));
    if (selected > 0)
        select(selected);
}

qint64 StageColumnView::currentDealId() const
{
    const QModelIndexList selected = m_list->selectionModel()->selectedIndexes();
    return selected.isEmpty() ? 0 : m_model->dealId(selected.first().row());
}

bool StageColumnView::select(qint64 dealId)
{
    const int row = m_model->rowOf(dealId);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row));
    m_list->scrollTo(m_model->index(row));
    return true;
}

void StageColumnView::clearSelection()
{
    m_list->clearSelection();
}

} // namespace peyvand::ui

#include "FunnelView.h"

#include "Display.h"
#include "ErrorText.h"
#include "FunnelModel.h"
#include "JalaliDateEdit.h"
#include "LeadDisplay.h"
#include "leads/Funnel.h"
#include "text/Jalali.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand::ui {

FunnelView::FunnelView(leads::FunnelQuery& query, QWidget* parent)
    : QWidget(parent)
    , m_query(query)
    , m_from(new JalaliDateEdit(this))
    , m_to(new JalaliDateEdit(this))
    , m_summary(new QLabel(this))
    , m_byMonth(new FunnelModel(FunnelModel::Grouping::Month, this))
    , m_bySource(new FunnelModel(FunnelModel::Grouping::Source, this))
{
    setObjectName(QStringLiteral("funnelView"));
    m_from->setObjectName(QStringLiteral("funnelFrom"));
    m_to->setObjectName(QStringLiteral("funnelTo"));
    m_from->setField(QStringLiteral("from"));
    m_to->setField(QStringLiteral("to"));
    m_summary->setObjectName(QStringLiteral("funnelSummary"));
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Display::leadingAlignment());

    auto* range = new QHBoxLayout;
    range->addWidget(new QLabel(tr("Leads created from"), this));
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    range->addStretch(1);

    auto* monthBox = new QGroupBox(tr("Per month"), this);
    auto* monthLayout = new QVBoxLayout(monthBox);
    monthLayout->addWidget(createTable(m_byMonth));
    auto* sourceBox = new QGroupBox(tr("Per source"), this);
    auto* sourceLayout = new QVBoxLayout(sourceBox);
    sourceLayout->addWidget(createTable(m_bySource));
    auto* tables = new QHBoxLayout;
    tables->addWidget(monthBox, 1);
    tables->addWidget(sourceBox, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(range);
    layout->addWidget(m_summary);
    layout->addLayout(tables, 1);

    const QDate today = QDate::currentDate();
    m_from->setDate(defaultFrom(today));
    m_to->setDate(today);
    connect(m_from, &JalaliDateEdit::editingFinished, this, &FunnelView::refresh);
    connect(m_to, &JalaliDateEdit::editingFinished, this, &FunnelView::refresh);
}

QTableView* FunnelView::createTable(FunnelModel* model)
{
    auto* table = new QTableView(this);
    table->setObjectName(model->grouping() == FunnelModel::Grouping::Month ? QStringLiteral("funnelByMonth")
                                                                          : QStringLiteral("funnelBySource"));
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    QHeaderView* header = table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FunnelModel::GroupColumn, QHeaderView::Stretch);
    return table;
}

QDate FunnelView::defaultFrom(QDate today)
{
    const std::optional<text::JalaliDate> now = text::jalali::fromGregorian(today);
    if (!now)
        return today.addYears(-1);
    int year = now->year;
    int month = now->month - 11;
    if (month < 1) {
        month += 12;
        --year;
    }
    return text::jalali::toGregorian({ year, month, 1 });
}

void FunnelView::setRange(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

void FunnelView::refresh()
{
    const Result<QDate> from = m_from->date();
    const Result<QDate> to = m_to->date();
    if (!from || !to) {
        m_summary->setText(ErrorText::describe(!from ? from.error() : to.error()));
        return;
    }
    const QDate today = QDate::currentDate();
    const QDate start = from->isValid() ? *from : defaultFrom(today);
    const QDate end = to->isValid() ? *to : today;
    const Result<leads::Funnel> funnel = m_query.compute(start, end);
    if (!funnel) {
        m_summary->setText(ErrorText::describe(funnel.error()));
        m_byMonth->setRows({}, {});
        m_bySource->setRows({}, {});
        return;
    }
    m_byMonth->setRows(funnel->byMonth, funnel->total);
    m_bySource->setRows(funnel->bySource, funnel->total);
    const leads::FunnelRow& total = funnel->total;
    m_summary->setText(tr("%1 leads → %2 qualified (%3) → %4 customers (%5)")
                           .arg(Display::number(total.leads), Display::number(total.qualified),
                                LeadDisplay::perMille(total.qualifiedRate()), Display::number(total.converted),
                                LeadDisplay::perMille(total.convertedRate())));
}

} // namespace peyvand::ui

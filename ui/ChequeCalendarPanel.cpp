#include "ChequeCalendarPanel.h"

#include "AmountText.h"
#include "ChequeListModel.h"
#include "CollectionServices.h"
#include "Display.h"
#include "ErrorText.h"
#include "JalaliMonthCalendar.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand::ui {

using payments::Cheque;
using payments::ChequeDirection;

namespace {
const QColor kReceived(0x15, 0x80, 0x3d);
const QColor kIssued(0xc2, 0x41, 0x0c);

struct DayTotal {
    int count = 0;
    Money sum;
};

void add(DayTotal& total, Money amount)
{
    ++total.count;
    total.sum = total.sum.plus(amount).valueOr(total.sum);
}
} // namespace

ChequeCalendarPanel::ChequeCalendarPanel(CollectionServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_day(services.today())
    , m_calendar(new JalaliMonthCalendar(services.today(), this))
    , m_dayModel(new ChequeListModel(services.payments, services.today(), this))
    , m_dayTable(new QTableView(this))
    , m_dayTitle(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("chequeCalendar"));
    m_calendar->setMinimumHeight(380);
    m_summary->setObjectName(QStringLiteral("chequeMonthSummary"));
    m_summary->setWordWrap(true);
    m_dayTitle->setObjectName(QStringLiteral("chequeDayTitle"));
    QFont bold = m_dayTitle->font();
    bold.setBold(true);
    m_dayTitle->setFont(bold);
    m_dayTable->setObjectName(QStringLiteral("chequeDayTable"));
    m_dayTable->setModel(m_dayModel);
    m_dayTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dayTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_dayTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dayTable->setWordWrap(false);
    m_dayTable->verticalHeader()->hide();
    QHeaderView* header = m_dayTable->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChequeListModel::CustomerColumn, QHeaderView::Stretch);
    m_dayTable->hideColumn(ChequeListModel::DueColumn); // the day's title says it

    auto* dayPanel = new QWidget(this);
    auto* dayLayout = new QVBoxLayout(dayPanel);
    dayLayout->setContentsMargins(0, 0, 0, 0);
    dayLayout->addWidget(m_dayTitle);
    dayLayout->addWidget(m_dayTable, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_calendar);
    splitter->addWidget(dayPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_calendar, &JalaliMonthCalendar::monthChanged, this, &ChequeCalendarPanel::loadMonth);
    connect(m_calendar, &JalaliMonthCalendar::dayClicked, this, &ChequeCalendarPanel::showDay);
    connect(m_dayModel, &ChequeListModel::loadFailed, this, &ChequeCalendarPanel::statusMessage);
    connect(m_dayTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const Cheque* cheque = m_dayModel->chequeAt(index.row()))
            emit openChequeRequested(cheque->id);
    });
}

void ChequeCalendarPanel::refresh()
{
    m_toman = m_services.displayToman();
    m_dayModel->setDisplayToman(m_toman);
    m_dayModel->setToday(m_services.today());
    m_calendar->setToday(m_services.today());
    loadMonth();
    loadDay();
}

void ChequeCalendarPanel::showDay(QDate date)
{
    m_day = date;
    if (m_calendar->selectedDate() != date) {
        m_calendar->showMonthOf(date);
        m_calendar->setSelectedDate(date);
    }
    loadDay();
}

void ChequeCalendarPanel::loadMonth()
{
    const Result<QList<Cheque>> due = m_services.receivables.chequesDue(m_calendar->firstDay(), m_calendar->lastDay());
    if (!due)
        emit statusMessage(ErrorText::describe(due.error()));
    QMap<QDate, DayTotal> received;
    QMap<QDate, DayTotal> issued;
    DayTotal monthIn;
    DayTotal monthOut;
    for (const Cheque& cheque : due.valueOr({})) {
        const bool in = cheque.direction == ChequeDirection::Received;
        add(in ? received[cheque.dueDate] : issued[cheque.dueDate], cheque.amount);
        add(in ? monthIn : monthOut, cheque.amount);
    }
    QMap<QDate, QList<CalendarDayLine>> lines;
    // "↓ 2 · 45,000,000": arrows point into the business for received cheques.
    for (auto it = received.cbegin(); it != received.cend(); ++it)
        lines[it.key()] << CalendarDayLine { tr("↓ %1 · %2", "received cheques: count · sum")
                                                 .arg(Display::number(it->count), AmountText::amount(it->sum, m_toman)),
                                             kReceived };
    for (auto it = issued.cbegin(); it != issued.cend(); ++it)
        lines[it.key()] << CalendarDayLine { tr("↑ %1 · %2", "issued cheques: count · sum")
                                                 .arg(Display::number(it->count), AmountText::amount(it->sum, m_toman)),
                                             kIssued };
    m_calendar->setDayLines(lines);
    m_summary->setText(tr("Open cheques due this month — to receive (↓): %1, %2; to pay (↑): %3, %4")
                           .arg(Display::number(monthIn.count), AmountText::withUnit(monthIn.sum, m_toman),
                                Display::number(monthOut.count), AmountText::withUnit(monthOut.sum, m_toman)));
}

void ChequeCalendarPanel::loadDay()
{
    const Result<QList<Cheque>> due = m_services.receivables.chequesDue(m_day, m_day);
    if (!due)
        emit statusMessage(ErrorText::describe(due.error()));
    m_dayModel->setCheques(due.valueOr({}));
    m_dayTitle->setText(m_dayModel->rowCount() == 0
                            ? tr("No open cheques due on %1").arg(Display::date(m_day))
                            : tr("Open cheques due on %1").arg(Display::date(m_day)));
}

} // namespace peyvand::ui

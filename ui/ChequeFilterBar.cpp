#include "ChequeFilterBar.h"

#include "ErrorText.h"
#include "JalaliDateEdit.h"
#include "payments/ChequeStates.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace peyvand::ui {

using payments::ChequeDirection;
using payments::ChequeStatus;

namespace {
// Status box data: -1 all, -2 still open, else a ChequeStatus.
constexpr int kAllStatuses = -1;
constexpr int kOpenStatuses = -2;
// Direction box data: -1 both, else a ChequeDirection.
constexpr int kBothDirections = -1;
} // namespace

ChequeFilterBar::ChequeFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_from(new JalaliDateEdit(this))
    , m_to(new JalaliDateEdit(this))
    , m_dateMessage(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("chequeFilterBar"));
    m_search->setObjectName(QStringLiteral("chequeSearch"));
    m_search->setPlaceholderText(tr("Search Sayad ID, serial, drawer, customer or bank"));
    m_search->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("chequeStatusFilter"));
    m_status->addItem(tr("All states"), kAllStatuses);
    m_status->addItem(tr("Still open"), kOpenStatuses);
    for (const ChequeStatus status : payments::cheque_states::all())
        m_status->addItem(payments::displayName(status), int(status));
    m_direction->setObjectName(QStringLiteral("chequeDirectionFilter"));
    m_direction->addItem(tr("Received and issued"), kBothDirections);
    m_direction->addItem(payments::displayName(ChequeDirection::Received), int(ChequeDirection::Received));
    m_direction->addItem(payments::displayName(ChequeDirection::Issued), int(ChequeDirection::Issued));
    m_from->setObjectName(QStringLiteral("chequeDueFrom"));
    m_from->setField(QStringLiteral("due_from"));
    m_to->setObjectName(QStringLiteral("chequeDueTo"));
    m_to->setField(QStringLiteral("due_to"));
    // An empty end of the range is open, not today.
    m_from->lineEdit()->setPlaceholderText(tr("Any day"));
    m_to->lineEdit()->setPlaceholderText(tr("Any day"));
    m_dateMessage->setObjectName(QStringLiteral("chequeDateMessage"));
    m_dateMessage->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_dateMessage->hide();
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_search, 1);
    top->addWidget(m_status);
    top->addWidget(m_direction);
    auto* dates = new QHBoxLayout;
    dates->setContentsMargins(0, 0, 0, 0);
    dates->addWidget(new QLabel(tr("Due from"), this));
    dates->addWidget(m_from, 1);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(dates);
    layout->addWidget(m_dateMessage);

    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &ChequeFilterBar::filterChanged);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ChequeFilterBar::filterChanged);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &ChequeFilterBar::filterChanged);
    connect(m_from, &JalaliDateEdit::editingFinished, this, &ChequeFilterBar::onDatesEdited);
    connect(m_to, &JalaliDateEdit::editingFinished, this, &ChequeFilterBar::onDatesEdited);
}

void ChequeFilterBar::onDatesEdited()
{
    QStringList problems;
    for (const JalaliDateEdit* edit : { m_from, m_to }) {
        const Result<QDate> date = edit->date();
        if (!date)
            problems << ErrorText::describe(date.error());
    }
    m_dateMessage->setText(problems.join(QLatin1Char('\n')));
    m_dateMessage->setVisible(!problems.isEmpty());
    emit filterChanged();
}

payments::ChequeFilter ChequeFilterBar::filter() const
{
    payments::ChequeFilter filter;
    filter.text = m_search->text().trimmed();
    const int status = m_status->currentData().toInt();
    if (status == kOpenStatuses)
        filter.statuses = { ChequeStatus::Received, ChequeStatus::Deposited, ChequeStatus::Redeposited };
    else if (status >= 0)
        filter.statuses = { ChequeStatus(status) };
    const int direction = m_direction->currentData().toInt();
    if (direction >= 0)
        filter.direction = ChequeDirection(direction);
    filter.dueFrom = m_from->date().valueOr(QDate());
    filter.dueTo = m_to->date().valueOr(QDate());
    return filter;
}

bool ChequeFilterBar::isNarrowed() const
{
    const payments::ChequeFilter chosen = filter();
    return !chosen.text.isEmpty() || !chosen.statuses.isEmpty() || chosen.direction || chosen.dueFrom.isValid()
        || chosen.dueTo.isValid();
}

void ChequeFilterBar::clear()
{
    const QSignalBlocker a(m_search), b(m_status), c(m_direction);
    m_search->clear();
    m_status->setCurrentIndex(0);
    m_direction->setCurrentIndex(0);
    m_from->setDate({});
    m_to->setDate({});
    m_dateMessage->hide();
    m_debounce->stop();
    emit filterChanged();
}

void ChequeFilterBar::focusSearch()
{
    m_search->setFocus(Qt::OtherFocusReason);
    m_search->selectAll();
}

} // namespace peyvand::ui

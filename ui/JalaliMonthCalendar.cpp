#include "JalaliMonthCalendar.h"

#include "Display.h"
#include "text/Jalali.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace peyvand::ui {

namespace {
text::jalali::Language language()
{
    return Display::persian() ? text::jalali::Language::Persian : text::jalali::Language::English;
}

const QColor kTeal(0x0f, 0x76, 0x6e);
const QColor kTealLight(0xcc, 0xfb, 0xf1);
} // namespace

CalendarDayCell::CalendarDayCell(QWidget* parent)
    : QAbstractButton(parent)
{
    setCheckable(true);
    setAutoExclusive(false);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void CalendarDayCell::setDay(QDate date, int jalaliDay, bool weekend)
{
    m_date = date;
    m_day = jalaliDay;
    m_weekend = weekend;
    setText(Display::number(jalaliDay));
    update();
}

void CalendarDayCell::setTaskCount(int count)
{
    m_count = count;
    setAccessibleName(count > 0 ? tr("%1, %2 tasks").arg(text(), Display::number(count)) : text());
    setToolTip(count == 1 ? tr("1 task") : count > 1 ? tr("%1 tasks").arg(Display::number(count)) : QString());
    update();
}

void CalendarDayCell::setLines(const QList<CalendarDayLine>& lines)
{
    m_lines = lines;
    QStringList texts;
    for (const CalendarDayLine& line : lines)
        texts << line.text;
    if (!texts.isEmpty()) {
        setToolTip(texts.join(QLatin1Char('\n')));
        setAccessibleName(Display::list(QStringList { text() } + texts));
    }
    updateGeometry();
    update();
}

void CalendarDayCell::setToday(bool today)
{
    m_today = today;
    update();
}

QSize CalendarDayCell::sizeHint() const
{
    const int line = fontMetrics().height();
    return { 3 * line + 8, (2 + int(m_lines.size())) * line + 14 };
}

QSize CalendarDayCell::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return { 2 * line, line + 12 };
}

void CalendarDayCell::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setLayoutDirection(layoutDirection());
    const QRectF box = QRectF(rect()).adjusted(2, 2, -2, -2);
    QPainterPath path;
    path.addRoundedRect(box, 5, 5);
    painter.fillPath(path, isChecked() ? kTealLight : (underMouse() ? QColor(0xf1, 0xf5, 0xf9) : QColor(Qt::white)));
    if (m_today)
        painter.setPen(QPen(kTeal, 2));
    else if (hasFocus())
        painter.setPen(QPen(QColor(0x94, 0xa3, 0xb8), 1, Qt::DotLine));
    else
        painter.setPen(QPen(QColor(0xe2, 0xe8, 0xf0), 1));
    painter.drawPath(path);

    const QRect inner = rect().adjusted(8, 5, -8, -5);
    QFont number = font();
    number.setBold(m_today);
    painter.setFont(number);
    painter.setPen(m_weekend ? QColor(0xb9, 0x1c, 0x1c) : QColor(0x0f, 0x17, 0x2a));
    // The day number at the top of the start side; the count at the bottom of the end side.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    painter.drawText(inner, Qt::AlignTop | (rtl ? Qt::AlignRight : Qt::AlignLeft), text());
    if (!m_lines.isEmpty()) {
        QFont lineFont = font();
        lineFont.setPointSizeF(font().pointSizeF() * 0.8);
        lineFont.setBold(false);
        painter.setFont(lineFont);
        const QFontMetrics lineMetrics(lineFont);
        QRect lineRect(inner.left(), inner.top() + fontMetrics().height() + 1, inner.width(), lineMetrics.height());
        for (const CalendarDayLine& line : std::as_const(m_lines)) {
            if (lineRect.bottom() > inner.bottom())
                break;
            painter.setPen(line.color);
            painter.drawText(lineRect, Qt::AlignVCenter | (rtl ? Qt::AlignRight : Qt::AlignLeft),
                             lineMetrics.elidedText(line.text, Qt::ElideRight, lineRect.width()));
            lineRect.translate(0, lineMetrics.height());
        }
    }
    if (m_count <= 0)
        return;
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    small.setBold(true);
    painter.setFont(small);
    const QString count = Display::number(m_count);
    const QFontMetrics metrics(small);
    const int width = std::max(metrics.height(), metrics.horizontalAdvance(count) + 10);
    QRect badge(0, 0, width, metrics.height());
    badge.moveBottom(inner.bottom());
    if (rtl)
        badge.moveLeft(inner.left());
    else
        badge.moveRight(inner.right());
    QPainterPath pill;
    pill.addRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    painter.fillPath(pill, kTeal);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, count);
}

JalaliMonthCalendar::JalaliMonthCalendar(QDate today, QWidget* parent)
    : QWidget(parent)
    , m_today(today)
    , m_selected(today)
    , m_title(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
{
    setObjectName(QStringLiteral("jalaliMonthCalendar"));
    m_title->setObjectName(QStringLiteral("calendarTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_previous->setObjectName(QStringLiteral("previousMonthButton"));
    m_next->setObjectName(QStringLiteral("nextMonthButton"));
    // Back and forward arrows point the way the language reads.
    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowBack, nullptr, this));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowForward, nullptr, this));
    m_previous->setToolTip(tr("Previous month"));
    m_next->setToolTip(tr("Next month"));
    m_previous->setAccessibleName(tr("Previous month"));
    m_next->setAccessibleName(tr("Next month"));
    m_previous->setAutoRaise(true);
    m_next->setAutoRaise(true);
    auto* todayButton = new QToolButton(this);
    todayButton->setObjectName(QStringLiteral("todayButton"));
    todayButton->setText(tr("Today"));
    todayButton->setAutoRaise(true);

    auto* header = new QHBoxLayout;
    header->addWidget(m_previous);
    header->addWidget(m_title, 1);
    header->addWidget(todayButton);
    header->addWidget(m_next);

    auto* grid = new QGridLayout;
    grid->setSpacing(2);
    // Saturday is the first day of the week; the grid mirrors itself in right-to-left layouts.
    const QDate saturday = QDate(2024, 3, 23);
    for (int column = 0; column < kDays; ++column) {
        const QDate day = saturday.addDays(column);
        QString name = text::jalali::weekdayName(day, language());
        if (!Display::persian())
            name = name.left(3);
        auto* label = new QLabel(name, this);
        label->setAlignment(Qt::AlignCenter);
        label->setStyleSheet(column == kDays - 1 ? QStringLiteral("QLabel { color: #b91c1c; }")
                                                 : QStringLiteral("QLabel { color: #475569; }"));
        grid->addWidget(label, 0, column);
        m_headers << label;
    }
    for (int row = 0; row < kWeeks; ++row) {
        for (int column = 0; column < kDays; ++column) {
            auto* cell = new CalendarDayCell(this);
            grid->addWidget(cell, row + 1, column);
            m_cells << cell;
            connect(cell, &CalendarDayCell::clicked, this, [this, cell] {
                setSelectedDate(cell->date());
                emit dayClicked(cell->date());
            });
        }
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addLayout(grid, 1);

    connect(m_previous, &QToolButton::clicked, this, &JalaliMonthCalendar::showPreviousMonth);
    connect(m_next, &QToolButton::clicked, this, &JalaliMonthCalendar::showNextMonth);
    connect(todayButton, &QToolButton::clicked, this, [this] {
        showMonthOf(m_today);
        setSelectedDate(m_today);
        emit dayClicked(m_today);
    });
    showMonthOf(today);
}

void JalaliMonthCalendar::setToday(QDate today)
{
    m_today = today;
    for (CalendarDayCell* cell : std::as_const(m_cells))
        cell->setToday(cell->date() == today);
}

void JalaliMonthCalendar::showMonthOf(QDate date)
{
    const std::optional<text::JalaliDate> jalali = text::jalali::fromGregorian(date);
    if (jalali)
        showMonth(jalali->year, jalali->month);
}

void JalaliMonthCalendar::showMonth(int year, int month)
{
    if (month < 1 || month > 12 || !text::jalali::isValid(year, month, 1))
        return;
    m_year = year;
    m_month = month;
    m_title->setText(tr("%1 %2", "Jalali month name and year")
                         .arg(text::jalali::monthName(month, language()), Display::digits(QString::number(year))));
    layoutDays();
    emit monthChanged(firstDay(), lastDay());
}

void JalaliMonthCalendar::showPreviousMonth()
{
    showMonth(m_month == 1 ? m_year - 1 : m_year, m_month == 1 ? 12 : m_month - 1);
}

void JalaliMonthCalendar::showNextMonth()
{
    showMonth(m_month == 12 ? m_year + 1 : m_year, m_month == 12 ? 1 : m_month + 1);
}

QDate JalaliMonthCalendar::firstDay() const
{
    return text::jalali::toGregorian({ m_year, m_month, 1 });
}

int JalaliMonthCalendar::daysInMonth() const
{
    return text::jalali::daysInMonth(m_year, m_month);
}

QDate JalaliMonthCalendar::lastDay() const
{
    return firstDay().addDays(daysInMonth() - 1);
}

void JalaliMonthCalendar::layoutDays()
{
    const QDate first = firstDay();
    const int offset = text::jalali::weekdayIndex(first);
    const int days = daysInMonth();
    for (int i = 0; i < m_cells.size(); ++i) {
        CalendarDayCell* cell = m_cells.at(i);
        const int day = i - offset + 1;
        if (day < 1 || day > days) {
            cell->setDay({}, 0, false);
            cell->setTaskCount(0);
            cell->setLines({});
            cell->setToday(false);
            cell->setChecked(false);
            // Keep the grid's shape: an empty week row still takes its place.
            QSizePolicy policy = cell->sizePolicy();
            policy.setRetainSizeWhenHidden(true);
            cell->setSizePolicy(policy);
            cell->hide();
            continue;
        }
        const QDate date = first.addDays(day - 1);
        cell->setDay(date, day, i % kDays == kDays - 1);
        cell->setTaskCount(0);
        cell->setLines({});
        cell->setToday(date == m_today);
        cell->setChecked(date == m_selected);
        cell->show();
    }
}

void JalaliMonthCalendar::setCounts(const QMap<QDate, int>& counts)
{
    for (CalendarDayCell* cell : std::as_const(m_cells)) {
        if (cell->date().isValid())
            cell->setTaskCount(counts.value(cell->date(), 0));
    }
}

void JalaliMonthCalendar::setDayLines(const QMap<QDate, QList<CalendarDayLine>>& lines)
{
    for (CalendarDayCell* cell : std::as_const(m_cells)) {
        if (cell->date().isValid())
            cell->setLines(lines.value(cell->date()));
    }
}

void JalaliMonthCalendar::setSelectedDate(QDate date)
{
    m_selected = date;
    for (CalendarDayCell* cell : std::as_const(m_cells))
        cell->setChecked(cell->date().isValid() && cell->date() == date);
}

CalendarDayCell* JalaliMonthCalendar::cell(int row, int column) const
{
    if (row < 0 || row >= kWeeks || column < 0 || column >= kDays)
        return nullptr;
    return m_cells.at(row * kDays + column);
}

CalendarDayCell* JalaliMonthCalendar::cellFor(QDate date) const
{
    for (CalendarDayCell* cell : m_cells) {
        if (date.isValid() && cell->date() == date)
            return cell;
    }
    return nullptr;
}

} // namespace peyvand::ui

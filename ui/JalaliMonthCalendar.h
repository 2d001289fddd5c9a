#pragma once

#include <QAbstractButton>
#include <QColor>
#include <QDate>
#include <QList>
#include <QMap>
#include <QWidget>

class QLabel;
class QToolButton;

namespace peyvand::ui {

// A short coloured line under a day's number ("↓ 2 · 45,000,000").
struct CalendarDayLine {
    QString text;
    QColor color;
};

// One day of the month calendar: its number (in the language's digits) and,
// when it has tasks, their count.
class CalendarDayCell final : public QAbstractButton {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarDayCell)

public:
    explicit CalendarDayCell(QWidget* parent = nullptr);

    void setDay(QDate date, int jalaliDay, bool weekend);
    QDate date() const { return m_date; }
    void setTaskCount(int count);
    int taskCount() const { return m_count; }
    void setToday(bool today);
    bool isToday() const { return m_today; }
    // Lines drawn under the number (cheques' counts and sums); none by default.
    void setLines(const QList<CalendarDayLine>& lines);
    const QList<CalendarDayLine>& lines() const { return m_lines; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QDate m_date;
    int m_day = 0;
    bool m_weekend = false;
    int m_count = 0;
    bool m_today = false;
    QList<CalendarDayLine> m_lines;
};

// A month of the Jalali calendar (core's arithmetic, never QCalendar): weekday
// headers from Saturday, six weeks of days laid out from the start side (the
// first day on the right in Persian), the number of tasks on each day, today
// marked, and buttons for the previous and next month. Clicking a day selects
// it and reports it.
class JalaliMonthCalendar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JalaliMonthCalendar)

public:
    static constexpr int kWeeks = 6;
    static constexpr int kDays = 7;

    explicit JalaliMonthCalendar(QDate today, QWidget* parent = nullptr);

    void setToday(QDate today);
    QDate today() const { return m_today; }
    // Shows the Jalali month of the year (month 1..12).
    void showMonth(int year, int month);
    void showMonthOf(QDate date);
    void showPreviousMonth();
    void showNextMonth();
    int year() const { return m_year; }
    int month() const { return m_month; }
    QDate firstDay() const; // of the month shown, Gregorian
    QDate lastDay() const;
    int daysInMonth() const;

    // Task counts per local date; days not in the map show none.
    void setCounts(const QMap<QDate, int>& counts);
    // Lines per local date, under the day number; days not in the map show none.
    void setDayLines(const QMap<QDate, QList<CalendarDayLine>>& lines);
    void setSelectedDate(QDate date);
    QDate selectedDate() const { return m_selected; }

    // The cell in week `row` (0..5) and weekday `column` (0 Saturday .. 6 Friday);
    // cells outside the month are hidden.
    CalendarDayCell* cell(int row, int column) const;
    CalendarDayCell* cellFor(QDate date) const;
    QLabel* weekdayHeader(int column) const { return m_headers.value(column); }
    QLabel* titleLabel() const { return m_title; }
    QToolButton* previousButton() const { return m_previous; }
    QToolButton* nextButton() const { return m_next; }

signals:
    // The month shown changed: its first and last day (for reading counts).
    void monthChanged(QDate first, QDate last);
    void dayClicked(QDate date);

private:
    void layoutDays();

    QDate m_today;
    QDate m_selected;
    int m_year = 0;
    int m_month = 0;
    QLabel* m_title = nullptr;
    QToolButton* m_previous = nullptr;
    QToolButton* m_next = nullptr;
    QList<QLabel*> m_headers;
    QList<CalendarDayCell*> m_cells; // row-major, kWeeks * kDays
};

} // namespace peyvand::ui

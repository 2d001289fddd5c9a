#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QTableView;

namespace peyvand::ui {

class ChequeListModel;
class CollectionServices;
class JalaliMonthCalendar;

// Open cheques by due date on a Jalali month: each day shows how many
// received (↓) and issued (↑) cheques fall due and their sums; clicking a
// day lists its cheques; double-clicking one opens it in the register.
class ChequeCalendarPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChequeCalendarPanel)

public:
    explicit ChequeCalendarPanel(CollectionServices& services, QWidget* parent = nullptr);

    void refresh();
    void showDay(QDate date);
    QDate shownDay() const { return m_day; }

    JalaliMonthCalendar* calendar() const { return m_calendar; }
    ChequeListModel* dayModel() const { return m_dayModel; }
    QTableView* dayTable() const { return m_dayTable; }
    QLabel* dayTitle() const { return m_dayTitle; }
    QLabel* monthSummary() const { return m_summary; }

signals:
    void openChequeRequested(qint64 chequeId);
    void statusMessage(const QString& message);

private:
    void loadMonth();
    void loadDay();

    CollectionServices& m_services;
    QDate m_day;
    bool m_toman = false;
    JalaliMonthCalendar* m_calendar = nullptr;
    ChequeListModel* m_dayModel = nullptr;
    QTableView* m_dayTable = nullptr;
    QLabel* m_dayTitle = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace peyvand::ui

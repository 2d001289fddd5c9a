#pragma once

#include "payments/InstalmentSchedule.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace peyvand::ui {

// The instalments of a plan, as makeSchedule previews them or as a saved plan
// holds them (then with what has been paid and whether it is overdue). With
// custom dates the due date of each instalment after the down payment can be
// typed in the table (a Jalali date in any digits).
class InstalmentScheduleModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstalmentScheduleModel)

public:
    enum Column { SeqColumn, DueColumn, AmountColumn, PaidColumn, StateColumn, ColumnCount };
    enum class State { Open, PartlyPaid, Paid, Overdue };
    enum Role {
        SortRole = Qt::UserRole + 1, // seq, ISO date, Rial
        StateRole,                   // State as int
        IdRole,                      // qint64, 0 in a preview
    };

    explicit InstalmentScheduleModel(QObject* parent = nullptr);

    void setInstalments(const QList<payments::Instalment>& instalments);
    const QList<payments::Instalment>& instalments() const { return m_rows; }
    void setToday(QDate today) { m_today = today; }
    void setDisplayToman(bool toman);
    // Custom dates: the due dates after the down payment become editable.
    void setDatesEditable(bool editable);
    bool datesEditable() const { return m_datesEditable; }
    // The due dates of the instalments after the down payment, in order.
    QList<QDate> instalmentDates() const;
    // The sum of the amounts (core's checked addition); nothing on overflow.
    std::optional<Money> total() const;
    State stateOf(const payments::Instalment& instalment) const;
    static QString stateName(State state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A due date was typed; `message` is empty when it parsed.
    void dateEdited(int row, const QString& message);

private:
    QList<payments::Instalment> m_rows;
    QDate m_today;
    bool m_toman = false;
    bool m_datesEditable = false;
};

} // namespace peyvand::ui

#pragma once

#include "history/RecordHistory.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSortFilterProxyModel>

namespace peyvand::ui {

// The change history of one record, one row per field change, oldest first:
// when (Jalali, local time), what was done, the field's display name, the
// value before and after, and where the change came from.
class RecordHistoryModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordHistoryModel)

public:
    enum Column { WhenColumn, ActionColumn, FieldColumn, BeforeColumn, AfterColumn, SourceColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1; // raw values that sort right (the audit id for time)

    explicit RecordHistoryModel(QObject* parent = nullptr);

    void setRows(const QList<history::HistoryRow>& rows);
    const QList<history::HistoryRow>& rows() const { return m_rows; }

    // A value as shown: money grouped, dates Jalali, digits of the language.
    static QString displayValue(const history::HistoryRow& row, const QJsonValue& value);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<history::HistoryRow> m_rows;
};

// Rows whose shown text contains every word typed, compared by search key
// (Arabic/Persian letter forms, digits of either script, case).
class RecordHistoryFilter final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordHistoryFilter)

public:
    explicit RecordHistoryFilter(QObject* parent = nullptr);
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace peyvand::ui

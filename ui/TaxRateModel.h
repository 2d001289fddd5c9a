#pragma once

#include "sales/TaxRateTable.h"

#include <QAbstractTableModel>
#include <QList>

namespace peyvand::ui {

// The periods of the tax-rate table (a handful of rows, loaded whole):
// valid from (Jalali), VAT %, duty %, and their sum.
class TaxRateModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaxRateModel)

public:
    enum Column { ValidFromColumn, VatColumn, DutyColumn, TotalColumn, ColumnCount };
    enum Role { ValidFromRole = Qt::UserRole + 1 }; // QDate of the row

    explicit TaxRateModel(QObject* parent = nullptr);

    // 850 -> "8.5" or "۸٫۵": the number of a rate in the language's digits.
    static QString percentNumber(BasisPoints rate);

    void setPeriods(const QList<sales::TaxRatePeriod>& periods);
    const QList<sales::TaxRatePeriod>& periods() const { return m_periods; }
    sales::TaxRatePeriod period(int row) const;
    int rowOf(QDate validFrom) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<sales::TaxRatePeriod> m_periods;
};

} // namespace peyvand::ui

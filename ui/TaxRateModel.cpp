#include "TaxRateModel.h"

#include "Display.h"

namespace peyvand::ui {

namespace {
QString percent(BasisPoints rate)
{
    return TaxRateModel::tr("%1%", "a percentage").arg(TaxRateModel::percentNumber(rate));
}
} // namespace

QString TaxRateModel::percentNumber(BasisPoints rate)
{
    QString text = Display::digits(rate.toPercentText());
    if (Display::persian())
        text.replace(QLatin1Char('.'), QChar(0x066B)); // Persian decimal separator
    return text;
}

TaxRateModel::TaxRateModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TaxRateModel::setPeriods(const QList<sales::TaxRatePeriod>& periods)
{
    beginResetModel();
    m_periods = periods;
    endResetModel();
}

sales::TaxRatePeriod TaxRateModel::period(int row) const
{
    return row >= 0 && row < m_periods.size() ? m_periods.at(row) : sales::TaxRatePeriod {};
}

int TaxRateModel::rowOf(QDate validFrom) const
{
    for (int row = 0; row < m_periods.size(); ++row) {
        if (m_periods.at(row).validFrom == validFrom)
            return row;
    }
    return -1;
}

int TaxRateModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_periods.size());
}

int TaxRateModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaxRateModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const sales::TaxRatePeriod& p = m_periods.at(index.row());
    if (role == ValidFromRole)
        return p.validFrom;
    if (role == Qt::TextAlignmentRole && index.column() != ValidFromColumn)
        return QVariant::fromValue(Qt::AlignCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ValidFromColumn:
        return Display::date(p.validFrom);
    case VatColumn:
        return percent(p.rates.vat);
    case DutyColumn:
        return percent(p.rates.duty);
    case TotalColumn:
        // Both rates are basis points below 100 %: their sum cannot overflow.
        return percent(BasisPoints { p.rates.vat.value + p.rates.duty.value });
    default:
        return {};
    }
}

QVariant TaxRateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ValidFromColumn:
        return tr("In force from");
    case VatColumn:
        return tr("VAT");
    case DutyColumn:
        return tr("Municipal duty");
    case TotalColumn:
        return tr("Total");
    default:
        return {};
    }
}

} // namespace peyvand::ui

#include "FunnelModel.h"

#include "Display.h"
#include "LeadDisplay.h"
#include "text/Jalali.h"

#include <QFont>

namespace peyvand::ui {

FunnelModel::FunnelModel(Grouping grouping, QObject* parent)
    : QAbstractTableModel(parent)
    , m_grouping(grouping)
{
}

void FunnelModel::setRows(QList<leads::FunnelRow> rows, const leads::FunnelRow& total)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_total = total;
    endResetModel();
}

int FunnelModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size()) + 1;
}

int FunnelModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FunnelModel::groupText(const leads::FunnelRow& row) const
{
    if (m_grouping == Grouping::Source)
        return row.source ? leads::displayName(*row.source) : tr("Unknown");
    const auto language = Display::persian() ? text::jalali::Language::Persian : text::jalali::Language::English;
    return tr("%1 %2", "Jalali month name and year")
        .arg(text::jalali::monthName(row.jalaliMonth, language), Display::digits(QString::number(row.jalaliYear)));
}

QVariant FunnelModel::sortValue(const leads::FunnelRow& row, int column) const
{
    switch (column) {
    case GroupColumn:
        if (m_grouping == Grouping::Source)
            return row.source ? leads::toKey(*row.source) : QString();
        return QStringLiteral("%1-%2").arg(row.jalaliYear, 4, 10, QLatin1Char('0')).arg(row.jalaliMonth, 2, 10, QLatin1Char('0'));
    case LeadsColumn:
        return row.leads;
    case QualifiedColumn:
        return row.qualified;
    case QualifiedRateColumn:
        return row.qualifiedRate();
    case ConvertedColumn:
        return row.converted;
    case ConvertedRateColumn:
        return row.convertedRate();
    default:
        return {};
    }
}

QVariant FunnelModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool total = isTotalRow(index.row());
    const leads::FunnelRow& row = total ? m_total : m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case GroupColumn:
            return total ? tr("Total") : groupText(row);
        case LeadsColumn:
            return Display::number(row.leads);
        case QualifiedColumn:
            return Display::number(row.qualified);
        case QualifiedRateColumn:
            return LeadDisplay::perMille(row.qualifiedRate());
        case ConvertedColumn:
            return Display::number(row.converted);
        case ConvertedRateColumn:
            return LeadDisplay::perMille(row.convertedRate());
        default:
            return {};
        }
    case SortRole:
        return sortValue(row, index.column());
    case TotalRowRole:
        return total;
    case Qt::FontRole:
        if (total) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != GroupColumn)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant FunnelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case GroupColumn:
        return m_grouping == Grouping::Month ? tr("Month") : tr("Source");
    case LeadsColumn:
        return tr("Leads");
    case QualifiedColumn:
        return tr("Qualified");
    case QualifiedRateColumn:
        return tr("Qualified %");
    case ConvertedColumn:
        return tr("Customers");
    case ConvertedRateColumn:
        return tr("Converted %");
    default:
        return {};
    }
}

} // namespace peyvand::ui

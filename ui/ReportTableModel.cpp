#include "ReportTableModel.h"

#include "Display.h"

#include <QFont>

namespace peyvand::ui {

using namespace reports;

namespace {

bool isNumeric(ColumnKind kind)
{
    return kind == ColumnKind::Money || kind == ColumnKind::Count || kind == ColumnKind::Quantity
        || kind == ColumnKind::PerMille || kind == ColumnKind::Days;
}

CellFormat displayFormat()
{
    CellFormat format;
    format.language = Display::persian() ? text::jalali::Language::Persian : text::jalali::Language::English;
    return format;
}

QVariant sortValue(const ReportCell& cell)
{
    if (const auto* n = std::get_if<qint64>(&cell))
        return *n;
    if (const auto* d = std::get_if<QDate>(&cell))
        return *d;
    if (const auto* b = std::get_if<PeriodBucket>(&cell))
        return b->from;
    if (const auto* s = std::get_if<QString>(&cell))
        return *s;
    return {};
}

} // namespace

ReportTableModel::ReportTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ReportTableModel::setTable(const ReportTable& table)
{
    beginResetModel();
    m_table = table;
    m_visible.clear();
    for (int c = 0; c < m_table.columns.size(); ++c)
        if (!m_table.columns.at(c).hidden)
            m_visible << c;
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_table.rows.size()) + (m_table.totals ? 1 : 0);
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

bool ReportTableModel::isTotalsRow(int row) const
{
    return m_table.totals && row == m_table.rows.size();
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool totals = isTotalsRow(index.row());
    const QList<ReportCell>& row = totals ? *m_table.totals : m_table.rows.at(index.row());
    const int column = m_visible.at(index.column());
    const ColumnKind kind = m_table.columns.at(column).kind;
    const ReportCell cell = column < row.size() ? row.at(column) : ReportCell {};
    switch (role) {
    case Qt::DisplayRole:
        return formatCell(cell, kind, displayFormat());
    case Qt::TextAlignmentRole:
        return isNumeric(kind) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeading | Qt::AlignVCenter);
    case Qt::FontRole:
        if (totals) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case SortRole:
        return sortValue(cell);
    case TotalsRole:
        return totals;
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_visible.size())
        return {};
    const ReportColumn& column = m_table.columns.at(m_visible.at(section));
    if (role == Qt::DisplayRole)
        return column.title;
    if (role == Qt::TextAlignmentRole)
        return isNumeric(column.kind) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeading | Qt::AlignVCenter);
    return {};
}

qint64 ReportTableModel::idAt(int row, const QString& columnKey) const
{
    const int column = m_table.columnIndex(columnKey);
    if (column < 0 || row < 0 || row >= m_table.rows.size() || column >= m_table.rows.at(row).size())
        return 0;
    const ReportCell& cell = m_table.rows.at(row).at(column);
    if (const auto* text = std::get_if<QString>(&cell))
        return text->toLongLong();
    return cellNumber(cell);
}

ReportSortProxy::ReportSortProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ReportTableModel::SortRole);
}

bool ReportSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const bool leftTotals = left.data(ReportTableModel::TotalsRole).toBool();
    const bool rightTotals = right.data(ReportTableModel::TotalsRole).toBool();
    if (leftTotals != rightTotals) // the totals row stays last in either order
        return sortOrder() == Qt::AscendingOrder ? rightTotals : leftTotals;
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (!a.isValid() || !b.isValid())
        return !a.isValid() && b.isValid();
    if (a.typeId() == QMetaType::LongLong && b.typeId() == QMetaType::LongLong)
        return a.toLongLong() < b.toLongLong();
    if (a.typeId() == QMetaType::QDate && b.typeId() == QMetaType::QDate)
        return a.toDate() < b.toDate();
    return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
}

} // namespace peyvand::ui

#include "LeadListModel.h"

#include "Display.h"
#include "ErrorText.h"
#include "LeadDisplay.h"
#include "text/PersianText.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>

namespace peyvand::ui {

using leads::LeadRow;
using leads::LeadSort;
using leads::LeadStatus;

LeadListModel::LeadListModel(leads::LeadQuery& query, QObject* parent)
    : PagedTableModel(parent)
    , m_query(query)
{
}

void LeadListModel::setFilter(const leads::LeadFilter& filter, LeadSort sort, bool reversed)
{
    resetRows([&] {
        m_filter = filter;
        m_sort = sort;
        m_reversed = reversed;
    });
}

void LeadListModel::reload()
{
    setFilter(m_filter, m_sort, m_reversed);
}

Qt::SortOrder LeadListModel::headerOrder() const
{
    const Qt::SortOrder natural = orderForSort(m_sort);
    if (!m_reversed)
        return natural;
    return natural == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
}

QList<LeadRow> LeadListModel::loadPage(int offset)
{
    Result<QList<LeadRow>> page = m_query.page(m_filter, m_sort, kPageSize, offset, m_reversed);
    if (!page) {
        emit loadFailed(ErrorText::describe(page.error()));
        return {};
    }
    return std::move(*page);
}

std::optional<LeadSort> LeadListModel::sortForColumn(int column)
{
    switch (column) {
    case NameColumn: return LeadSort::NameAsc;
    case CompanyColumn: return LeadSort::CompanyAsc;
    case ScoreColumn: return LeadSort::Priority; // score first, then the next follow-up
    case StatusColumn: return LeadSort::StatusAsc;
    case SourceColumn: return LeadSort::SourceAsc;
    case OwnerColumn: return LeadSort::OwnerAsc;
    case FollowUpColumn: return LeadSort::NextFollowUpAsc;
    case BestTimeColumn: return LeadSort::BestTimeAsc;
    default: return std::nullopt;
    }
}

int LeadListModel::columnForSort(LeadSort sort)
{
    switch (sort) {
    case LeadSort::NameAsc: return NameColumn;
    case LeadSort::CompanyAsc: return CompanyColumn;
    case LeadSort::StatusAsc: return StatusColumn;
    case LeadSort::SourceAsc: return SourceColumn;
    case LeadSort::OwnerAsc: return OwnerColumn;
    case LeadSort::NextFollowUpAsc: return FollowUpColumn;
    case LeadSort::BestTimeAsc: return BestTimeColumn;
    case LeadSort::Priority:
    case LeadSort::ScoreDesc:
    case LeadSort::CreatedDesc:
        break;
    }
    return ScoreColumn;
}

Qt::SortOrder LeadListModel::orderForSort(LeadSort sort)
{
    switch (sort) {
    case LeadSort::Priority:
    case LeadSort::ScoreDesc:
    case LeadSort::CreatedDesc:
        return Qt::DescendingOrder;
    default:
        return Qt::AscendingOrder;
    }
}

int LeadListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeadListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LeadRow& row = rows().at(index.row());
    const bool closed = row.status == LeadStatus::Converted || row.status == LeadStatus::Lost;
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::DecorationRole:
        return index.column() == ScoreColumn ? QVariant(LeadDisplay::bandChip(row.band)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == ScoreColumn) {
            const QString band = leads::displayName(row.band);
            if (row.overridden)
                return tr("%1, set by hand").arg(band);
            return row.qualified ? tr("%1, qualified").arg(band) : band;
        }
        if (index.column() == NameColumn && !row.mobile.isEmpty())
            return Display::digits(row.mobile);
        return {};
    case SortRole:
        return sortValue(row, index.column());
    case IdRole:
        return row.id;
    case BandRole:
        return int(row.band);
    case QualifiedRole:
        return row.qualified;
    case Qt::ForegroundRole:
        if (closed)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (index.column() == FollowUpColumn && row.nextFollowUp.isValid()
            && row.nextFollowUp < QDateTime::currentDateTimeUtc())
            return QBrush(QColor(0xb9, 0x1c, 0x1c)); // overdue
        return {};
    case Qt::FontRole:
        if (index.column() == ScoreColumn && (row.qualified || row.overridden)) {
            QFont font;
            font.setBold(row.qualified);
            font.setItalic(row.overridden);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ScoreColumn || index.column() == FollowUpColumn)
            return QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant LeadListModel::displayValue(const LeadRow& row, int column) const
{
    switch (column) {
    case NameColumn:
        return Display::digits(row.name);
    case CompanyColumn:
        return Display::digits(row.company);
    case ScoreColumn:
        return row.overridden ? tr("%1 (set by hand)").arg(LeadDisplay::score(row.score)) : LeadDisplay::score(row.score);
    case StatusColumn:
        return leads::displayName(row.status);
    case SourceColumn:
        return leads::displayName(row.source);
    case OwnerColumn:
        return Display::digits(row.owner);
    case FollowUpColumn:
        return Display::dateTime(row.nextFollowUp);
    case BestTimeColumn:
        return Display::isolate(Display::digits(row.bestTimeToCall));
    default:
        return {};
    }
}

QVariant LeadListModel::sortValue(const LeadRow& row, int column) const
{
    switch (column) {
    case NameColumn:
        return text::sortKey(row.name);
    case CompanyColumn:
        return text::sortKey(row.company);
    case ScoreColumn:
        return row.score;
    case StatusColumn:
        return leads::toKey(row.status);
    case SourceColumn:
        return leads::toKey(row.source);
    case OwnerColumn:
        return text::sortKey(row.owner);
    case FollowUpColumn:
        return row.nextFollowUp.isValid() ? row.nextFollowUp.toUTC().toString(Qt::ISODate) : QString();
    case BestTimeColumn:
        return row.bestTimeToCall;
    default:
        return {};
    }
}

QVariant LeadListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CompanyColumn:
        return tr("Company");
    case ScoreColumn:
        return tr("Score");
    case StatusColumn:
        return tr("Status");
    case SourceColumn:
        return tr("Source");
    case OwnerColumn:
        return tr("Owner");
    case FollowUpColumn:
        return tr("Next follow-up");
    case BestTimeColumn:
        return tr("Best time to call");
    default:
        return {};
    }
}

void LeadListModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<LeadSort> sort = sortForColumn(column);
    if (sort)
        setFilter(m_filter, *sort, order != orderForSort(*sort));
}

} // namespace peyvand::ui

#include "RecordHistoryModel.h"

#include "Display.h"
#include "storage/SqlHelpers.h"
#include "text/PersianText.h"

namespace peyvand::ui {

using history::HistoryRow;
using history::RecordHistory;

RecordHistoryModel::RecordHistoryModel(QObject* parent) : QAbstractTableModel(parent) { }

void RecordHistoryModel::setRows(const QList<HistoryRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString RecordHistoryModel::displayValue(const HistoryRow& row, const QJsonValue& value)
{
    if (value.isUndefined())
        return {};
    if (value.isNull() || (value.isString() && value.toString().isEmpty()))
        return QStringLiteral("—");
    if (value.isBool())
        return value.toBool() ? tr("Yes") : tr("No");
    switch (row.valueKind) {
    case history::ValueKind::Money:
        //: An amount in the change history.
        return tr("%1 Rial").arg(Display::number(value.toInteger()));
    case history::ValueKind::Date:
        return Display::date(storage::dateFromIso(value.toString()));
    case history::ValueKind::Timestamp:
        return Display::dateTime(storage::timestampFromIso(value.toString()));
    case history::ValueKind::Json:
        return Display::isolate(RecordHistory::plainText(value));
    case history::ValueKind::Text:
        break;
    }
    if (value.isDouble())
        return Display::digits(QString::number(value.toInteger()));
    return Display::isolate(RecordHistory::plainText(value));
}

int RecordHistoryModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int RecordHistoryModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RecordHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryRow& row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case WhenColumn:
            return Display::dateTime(row.at);
        case ActionColumn:
            return RecordHistory::actionLabel(row.action);
        case FieldColumn:
            return RecordHistory::fieldLabel(row.entity, row.field);
        case BeforeColumn:
            return displayValue(row, row.oldValue);
        case AfterColumn:
            return displayValue(row, row.newValue);
        case SourceColumn:
            return RecordHistory::sourceLabel(row.source);
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case WhenColumn:
            return row.auditId;
        case BeforeColumn:
        case AfterColumn: {
            const QJsonValue& v = index.column() == BeforeColumn ? row.oldValue : row.newValue;
            if (v.isDouble())
                return v.toDouble();
            return text::sortKey(RecordHistory::plainText(v));
        }
        default:
            return text::sortKey(data(index, Qt::DisplayRole).toString());
        }
    }
    return {};
}

QVariant RecordHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case ActionColumn:
        return tr("Action");
    case FieldColumn:
        return tr("Field");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case SourceColumn:
        return tr("Made in");
    }
    return {};
}

RecordHistoryFilter::RecordHistoryFilter(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RecordHistoryModel::SortRole);
}

void RecordHistoryFilter::setSearchText(const QString& text)
{
    m_words = text::searchKey(text).split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

bool RecordHistoryFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    QString haystack;
    for (int c = 0; c < RecordHistoryModel::ColumnCount; ++c)
        haystack += text::searchKey(sourceModel()->index(sourceRow, c, sourceParent).data().toString()) + u' ';
    for (const QString& w : m_words) {
        if (!haystack.contains(w))
            return false;
    }
    return true;
}

} // namespace peyvand::ui

#include "DuplicatesModel.h"

#include "Display.h"
#include "ImportFieldText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace peyvand::ui {

using exchange::DuplicateMatch;
using exchange::DuplicateReason;
using exchange::ImportField;

namespace {
const QColor kDifferentBackground(0xfe, 0xf3, 0xc7);
const QColor kDifferentText(0x92, 0x40, 0x0e);
} // namespace

DuplicatesModel::DuplicatesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DuplicatesModel::setMatches(const QList<DuplicateMatch>& matches)
{
    beginResetModel();
    m_matches = matches;
    endResetModel();
}

QString DuplicatesModel::existingText(const DuplicateMatch& match) const
{
    const QString name = Display::isolate(Display::digits(match.existing.name));
    if (match.existingId > 0)
        return name;
    return tr("line %1: %2").arg(Display::number(match.existingLine), name);
}

const DuplicateMatch* DuplicatesModel::matchAt(int row) const
{
    return row >= 0 && row < m_matches.size() ? &m_matches.at(row) : nullptr;
}

int DuplicatesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

int DuplicatesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DuplicatesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DuplicateMatch& match = m_matches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn: return Display::number(match.line);
        case ReasonColumn: return exchange::duplicateReasonLabel(match.reason);
        case IncomingColumn: return Display::digits(match.incoming.name);
        case ExistingColumn: return existingText(match);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ExistingColumn) {
            return match.existingId > 0 ? tr("A customer already in the book") : tr("An earlier row of this file");
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn ? QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter) : QVariant();
    case LineRole:
        return match.line;
    case ExistingIdRole:
        return match.existingId;
    default:
        return {};
    }
}

QVariant DuplicatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn: return tr("Line");
    case ReasonColumn: return tr("Why");
    case IncomingColumn: return tr("In the file");
    case ExistingColumn: return tr("Matches");
    default: return {};
    }
}

DuplicateComparisonModel::DuplicateComparisonModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DuplicateComparisonModel::setMatch(const DuplicateMatch& match)
{
    beginResetModel();
    m_match = match;
    m_lines.clear();
    for (const ImportField field : ImportFieldText::comparedFields()) {
        Line line { field, ImportFieldText::text(match.incoming, field), ImportFieldText::text(match.existing, field) };
        if (!line.incoming.isEmpty() || !line.existing.isEmpty())
            m_lines << line;
    }
    endResetModel();
}

void DuplicateComparisonModel::clear()
{
    beginResetModel();
    m_match.reset();
    m_lines.clear();
    endResetModel();
}

int DuplicateComparisonModel::rowOf(ImportField field) const
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).field == field)
            return row;
    }
    return -1;
}

bool DuplicateComparisonModel::matched(ImportField field) const
{
    if (!m_match)
        return false;
    switch (m_match->reason) {
    case DuplicateReason::Mobile: return field == ImportField::Mobile;
    case DuplicateReason::NationalId: return field == ImportField::NationalId;
    case DuplicateReason::Email: return field == ImportField::Email;
    case DuplicateReason::NameAndCity: return field == ImportField::Name || field == ImportField::City;
    }
    return false;
}

int DuplicateComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int DuplicateComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DuplicateComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line& line = m_lines.at(index.row());
    const bool different = line.incoming != line.existing;
    const bool valueColumn = index.column() != FieldColumn;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FieldColumn: return exchange::fieldLabel(line.field);
        case IncomingColumn: return line.incoming;
        case ExistingColumn: return line.existing;
        default: return {};
        }
    case Qt::BackgroundRole:
        return different && valueColumn ? QVariant(QBrush(kDifferentBackground)) : QVariant();
    case Qt::ForegroundRole:
        return different && valueColumn ? QVariant(QBrush(kDifferentText)) : QVariant();
    case Qt::FontRole:
        if (matched(line.field)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (matched(line.field))
            return tr("The row was taken for a duplicate because of this field.");
        return different && valueColumn ? tr("The values differ.") : QVariant();
    case DifferentRole:
        return different;
    case MatchedRole:
        return matched(line.field);
    case FieldKeyRole:
        return exchange::fieldKey(line.field);
    default:
        return {};
    }
}

QVariant DuplicateComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn: return tr("Field");
    case IncomingColumn:
        return m_match ? tr("In the file (line %1)").arg(Display::number(m_match->line)) : tr("In the file");
    case ExistingColumn:
        if (m_match && m_match->existingId == 0)
            return tr("Earlier row (line %1)").arg(Display::number(m_match->existingLine));
        return tr("In the customer book");
    default: return {};
    }
}

} // namespace peyvand::ui

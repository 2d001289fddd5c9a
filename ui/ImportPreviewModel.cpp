#include "ImportPreviewModel.h"

#include "Display.h"
#include "ImportFieldText.h"
#include "text/PersianText.h"

#include <QBrush>
#include <algorithm>
#include <QColor>

namespace peyvand::ui {

using exchange::ImportField;
using exchange::PreviewRow;
using exchange::RejectedRow;

namespace {
const QColor kProblemBackground(0xfe, 0xe2, 0xe2);
const QColor kProblemText(0x99, 0x1b, 0x1b);
const QColor kDuplicateBackground(0xfe, 0xf3, 0xc7);
const QColor kDuplicateText(0x92, 0x40, 0x0e);
} // namespace

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setPreview(const exchange::ImportPreview& preview)
{
    beginResetModel();
    m_rows = preview.rows;
    m_headers = preview.headers;
    m_mapping = preview.mapping;
    m_fields.clear();
    for (const ImportField field : m_mapping.columns) {
        const ImportField shown = ImportFieldText::shownAs(field);
        if (shown != ImportField::Ignore && !m_fields.contains(shown))
            m_fields << shown;
    }
    if (m_mapping.unmappedToNotes && m_mapping.columns.contains(ImportField::Ignore)
        && !m_fields.contains(ImportField::Notes))
        m_fields << ImportField::Notes;
    endResetModel();
}

void ImportPreviewModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_fields.clear();
    m_headers.clear();
    m_mapping = {};
    endResetModel();
}

ImportField ImportPreviewModel::fieldAt(int column) const
{
    const int i = column - FixedColumnCount;
    return i >= 0 && i < m_fields.size() ? m_fields.at(i) : ImportField::Ignore;
}

int ImportPreviewModel::columnOf(ImportField field) const
{
    const qsizetype i = m_fields.indexOf(ImportFieldText::shownAs(field));
    return i < 0 ? -1 : int(i) + FixedColumnCount;
}

int ImportPreviewModel::problemRowCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const PreviewRow& r) { return !r.problems.isEmpty(); }));
}

int ImportPreviewModel::duplicateRowCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const PreviewRow& r) { return r.duplicate.has_value(); }));
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FixedColumnCount + int(m_fields.size());
}

int ImportPreviewModel::problemColumn(const RejectedRow& problem) const
{
    const std::optional<ImportField> field = exchange::fieldFromKey(problem.field);
    const int column = field ? columnOf(*field) : -1;
    return column >= 0 ? column : int(StatusColumn);
}

QList<RejectedRow> ImportPreviewModel::problemsAt(int row, int column) const
{
    QList<RejectedRow> out;
    for (const RejectedRow& problem : m_rows.at(row).problems) {
        if (problemColumn(problem) == column || column == StatusColumn)
            out << problem;
    }
    return out;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PreviewRow& row = m_rows.at(index.row());
    const int column = index.column();
    const QList<RejectedRow> problems = column == LineColumn ? QList<RejectedRow> {} : problemsAt(index.row(), column);
    const bool duplicateStatus = column == StatusColumn && problems.isEmpty() && row.duplicate.has_value();
    switch (role) {
    case Qt::DisplayRole: {
        if (column == LineColumn)
            return Display::number(row.line);
        if (column == StatusColumn)
            return statusText(row);
        const QString shown = cellText(row, fieldAt(column));
        if (shown.isEmpty() && !problems.isEmpty())
            return Display::digits(problems.constFirst().value); // the value as read, that was refused
        return shown;
    }
    case Qt::ToolTipRole: {
        if (column == StatusColumn)
            return statusTip(row);
        if (!problems.isEmpty()) {
            QStringList reasons;
            for (const RejectedRow& problem : problems)
                reasons << problem.reason;
            return reasons.join(QLatin1Char('\n'));
        }
        if (fieldAt(column) == ImportField::Notes)
            return cellText(row, ImportField::Notes);
        return {};
    }
    case Qt::BackgroundRole:
        if (!problems.isEmpty())
            return QBrush(kProblemBackground);
        if (duplicateStatus)
            return QBrush(kDuplicateBackground);
        return {};
    case Qt::ForegroundRole:
        if (!problems.isEmpty())
            return QBrush(kProblemText);
        if (duplicateStatus)
            return QBrush(kDuplicateText);
        return {};
    case Qt::TextAlignmentRole: {
        // Numbers read left to right even in a right-to-left table.
        const ImportField field = fieldAt(column);
        if (column == LineColumn || field == ImportField::Mobile || field == ImportField::Phone
            || field == ImportField::Email || field == ImportField::Since)
            return QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter);
        return {};
    }
    case ProblemRole:
        return !problems.isEmpty();
    case DuplicateRole:
        return row.duplicate.has_value();
    case LineRole:
        return row.line;
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        if (section == LineColumn)
            return tr("Line");
        if (section == StatusColumn)
            return tr("Status");
        return exchange::fieldLabel(fieldAt(section));
    }
    if (role == FieldKeyRole)
        return section < FixedColumnCount ? QString() : exchange::fieldKey(fieldAt(section));
    return {};
}

QString ImportPreviewModel::cellText(const PreviewRow& row, ImportField field) const
{
    if (field != ImportField::Notes)
        return ImportFieldText::text(row.customer, field);
    // Notes are not part of the customer: the columns that go into the note, as read.
    QStringList parts;
    for (int i = 0; i < m_mapping.columns.size() && i < row.cells.size(); ++i) {
        const ImportField f = m_mapping.columns.at(i);
        const bool toNote = f == ImportField::Notes || (f == ImportField::Ignore && m_mapping.unmappedToNotes);
        const QString value = text::normalizeForStorage(row.cells.at(i));
        if (!toNote || value.isEmpty())
            continue;
        parts << (f == ImportField::Notes ? value : tr("%1: %2").arg(m_headers.value(i), value));
    }
    return Display::digits(parts.join(QStringLiteral("; ")));
}

QString ImportPreviewModel::statusText(const PreviewRow& row) const
{
    if (!row.problems.isEmpty())
        return tr("Rejected");
    if (row.duplicate) {
        const exchange::DuplicateMatch& match = *row.duplicate;
        if (match.existingId > 0)
            return tr("Duplicate of %1").arg(Display::isolate(Display::digits(match.existing.name)));
        return tr("Duplicate of line %1").arg(Display::number(match.existingLine));
    }
    return tr("Ready");
}

QString ImportPreviewModel::statusTip(const PreviewRow& row) const
{
    if (!row.problems.isEmpty()) {
        QStringList lines;
        for (const RejectedRow& problem : row.problems)
            lines << tr("%1: %2").arg(ImportFieldText::labelOfKey(problem.field), problem.reason);
        return lines.join(QLatin1Char('\n'));
    }
    if (row.duplicate) {
        const exchange::DuplicateMatch& match = *row.duplicate;
        const QString reason = exchange::duplicateReasonLabel(match.reason);
        if (match.existingId > 0)
            return tr("Matches the customer %1 in the book (%2).").arg(Display::isolate(match.existing.name), reason);
        return tr("Matches line %1 of this file (%2).").arg(Display::number(match.existingLine), reason);
    }
    return tr("This row would be imported.");
}

} // namespace peyvand::ui

#include "DocumentLinesModel.h"

#include "Display.h"
#include "LineCellText.h"

#include <QBrush>
#include <QColor>

namespace peyvand::ui {

using sales::Discount;
using sales::DocumentLine;

namespace {
const QColor kErrorBackground(0xfd, 0xe2, 0xe2);
const QColor kComputedBackground(0xf3, 0xf4, 0xf6);

QString lineField(int index, const QString& name)
{
    return QStringLiteral("lines[%1].%2").arg(index).arg(name);
}
} // namespace

DocumentLinesModel::DocumentLinesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    ensurePlaceholder();
}

void DocumentLinesModel::setLines(const QList<DocumentLine>& lines)
{
    beginResetModel();
    m_rows.clear();
    for (const DocumentLine& line : lines)
        m_rows << Row { line, {}, true };
    m_parseErrors.clearAll();
    m_shownErrors.clearAll();
    m_collectedRows.clear();
    endResetModel();
    ensurePlaceholder();
}

void DocumentLinesModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (readOnly && !m_rows.isEmpty() && isEmptyRow(int(m_rows.size()) - 1)) {
        const int last = int(m_rows.size()) - 1;
        beginRemoveRows({}, last, last);
        m_rows.removeLast();
        endRemoveRows();
    }
    ensurePlaceholder();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool DocumentLinesModel::isComputedColumn(int column)
{
    return column == NetColumn || column == TaxColumn || column == TotalColumn;
}

bool DocumentLinesModel::isEmptyRow(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const Row& r = m_rows.at(row);
    const DocumentLine& l = r.line;
    return r.unparsed.isEmpty() && !l.productId && l.code.trimmed().isEmpty() && l.description.trimmed().isEmpty()
        && l.unit.trimmed().isEmpty() && l.serial.trimmed().isEmpty() && l.unitPrice.isZero()
        && l.quantity == Quantity { 1000 } && l.discount.kind == Discount::Kind::None;
}

bool DocumentLinesModel::isPlaceholderRow(int row) const
{
    return !m_readOnly && row == m_rows.size() - 1 && isEmptyRow(row);
}

void DocumentLinesModel::ensurePlaceholder()
{
    if (m_readOnly)
        return;
    if (!m_rows.isEmpty() && isEmptyRow(int(m_rows.size()) - 1))
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows << Row {};
    endInsertRows();
}

DocumentLinesModel::Collected DocumentLinesModel::collect() const
{
    Collected collected;
    m_collectedRows.clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        if (isEmptyRow(row))
            continue;
        const int index = int(collected.lines.size());
        const Row& r = m_rows.at(row);
        for (auto it = r.unparsed.cbegin(); it != r.unparsed.cend(); ++it) {
            const QString name = it.key() == QuantityColumn ? QStringLiteral("quantity")
                : it.key() == UnitPriceColumn               ? QStringLiteral("unit_price")
                                                            : QStringLiteral("discount");
            collected.errors << Error::invalid(lineField(index, name), m_parseErrors.message(row, it.key()));
        }
        collected.lines << r.line;
        m_collectedRows << row;
    }
    return collected;
}

void DocumentLinesModel::setComputed(const QList<DocumentLine>& computed)
{
    for (int i = 0; i < computed.size() && i < m_collectedRows.size(); ++i) {
        Row& row = m_rows[m_collectedRows.at(i)];
        row.line.computed = computed.at(i).computed;
        row.computed = true;
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, NetColumn), index(rowCount() - 1, TotalColumn));
}

void DocumentLinesModel::clearComputed()
{
    for (Row& row : m_rows)
        row.computed = false;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, NetColumn), index(rowCount() - 1, TotalColumn));
}

int DocumentLinesModel::columnForField(const QString& name)
{
    if (name == QLatin1String("code"))
        return CodeColumn;
    if (name == QLatin1String("quantity"))
        return QuantityColumn;
    if (name == QLatin1String("unit"))
        return UnitColumn;
    if (name == QLatin1String("unit_price"))
        return UnitPriceColumn;
    if (name == QLatin1String("serial"))
        return SerialColumn;
    if (name == QLatin1String("taxable"))
        return TaxableColumn;
    if (name.startsWith(QLatin1String("discount")))
        return DiscountColumn;
    return DescriptionColumn; // "description", or the line as a whole
}

QModelIndex DocumentLinesModel::showError(const QString& field, const QString& message)
{
    const std::optional<RowField> target = RowField::parse(field);
    if (!target || target->list != QLatin1String("lines") || target->index >= m_collectedRows.size())
        return {};
    const int row = m_collectedRows.at(target->index);
    const int column = columnForField(target->name);
    m_shownErrors.set(row, column, message);
    emit dataChanged(index(row, column), index(row, column));
    return index(row, column);
}

void DocumentLinesModel::clearErrors()
{
    if (m_shownErrors.isEmpty())
        return;
    m_shownErrors.clearAll();
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool DocumentLinesModel::hasErrors() const
{
    return !m_parseErrors.isEmpty() || !m_shownErrors.isEmpty();
}

QModelIndex DocumentLinesModel::firstError() const
{
    std::optional<std::pair<int, int>> first = m_parseErrors.first();
    const std::optional<std::pair<int, int>> shown = m_shownErrors.first();
    if (!first || (shown && *shown < *first))
        first = shown;
    return first ? index(first->first, first->second) : QModelIndex();
}

void DocumentLinesModel::applyProduct(int row, const sales::Product& product)
{
    if (row < 0 || row >= m_rows.size() || m_readOnly)
        return;
    DocumentLine& line = m_rows[row].line;
    line.productId = product.id;
    line.code = product.code;
    line.description = product.name;
    line.unit = product.unit;
    line.unitPrice = product.unitPrice;
    line.taxable = !product.taxExempt;
    m_rows[row].unparsed.remove(UnitPriceColumn);
    m_parseErrors.clear(row, UnitPriceColumn);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    ensurePlaceholder();
    emit linesEdited();
}

int DocumentLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentLinesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const int column = index.column();
    QString error = m_parseErrors.message(index.row(), column);
    if (error.isEmpty())
        error = m_shownErrors.message(index.row(), column);
    switch (role) {
    case Qt::DisplayRole:
        return isPlaceholderRow(index.row()) ? QVariant() : display(row, column);
    case Qt::EditRole:
        return editText(row, column);
    case Qt::CheckStateRole:
        if (column == TaxableColumn && !isPlaceholderRow(index.row()))
            return row.line.taxable ? Qt::Checked : Qt::Unchecked;
        return {};
    case ErrorRole:
        return error.isEmpty() ? QVariant() : error;
    case Qt::ToolTipRole:
        return error.isEmpty() ? QVariant() : error;
    case Qt::BackgroundRole:
        if (!error.isEmpty())
            return QBrush(kErrorBackground);
        if (isComputedColumn(column))
            return QBrush(kComputedBackground);
        return {};
    case Qt::TextAlignmentRole:
        if (column == CodeColumn || column == DescriptionColumn || column == UnitColumn || column == SerialColumn)
            return {};
        return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant DocumentLinesModel::display(const Row& row, int column) const
{
    const DocumentLine& line = row.line;
    if (row.unparsed.contains(column))
        return row.unparsed.value(column);
    switch (column) {
    case CodeColumn:
        return line.code.isEmpty() ? QString() : Display::isolate(Display::digits(line.code));
    case DescriptionColumn:
        return Display::digits(line.description);
    case UnitColumn:
        return line.unit;
    case SerialColumn:
        return line.serial.isEmpty() ? QString() : Display::isolate(Display::digits(line.serial));
    case TaxableColumn:
        return {};
    case NetColumn:
        return row.computed ? Display::number(line.computed.net.rial()) : QString();
    case TaxColumn: {
        if (!row.computed)
            return QString();
        const Result<Money> tax = line.computed.vat.plus(line.computed.duty);
        return tax ? Display::number(tax->rial()) : QString();
    }
    case TotalColumn:
        return row.computed ? Display::number(line.computed.total.rial()) : QString();
    default:
        return editText(row, column);
    }
}

QVariant DocumentLinesModel::editText(const Row& row, int column) const
{
    if (row.unparsed.contains(column))
        return row.unparsed.value(column);
    return LineCellText::editText(row.line, column);
}

QVariant DocumentLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return Display::number(section + 1);
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == DiscountColumn)
        return tr("An amount in Rial, or a percent such as 7.5%");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case DescriptionColumn:
        return tr("Description");
    case QuantityColumn:
        return tr("Quantity");
    case UnitColumn:
        return tr("Unit");
    case UnitPriceColumn:
        return tr("Unit price");
    case SerialColumn:
        return tr("Serial");
    case DiscountColumn:
        return tr("Discount");
    case TaxableColumn:
        return tr("Taxable");
    case NetColumn:
        return tr("Net");
    case TaxColumn:
        return tr("VAT and duty");
    case TotalColumn:
        return tr("Total");
    default:
        return {};
    }
}

Qt::ItemFlags DocumentLinesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_readOnly || isComputedColumn(index.column()))
        return flags;
    if (index.column() == TaxableColumn)
        return flags | Qt::ItemIsUserCheckable;
    return flags | Qt::ItemIsEditable;
}

bool DocumentLinesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (m_readOnly || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row& row = m_rows[index.row()];
    if (index.column() == TaxableColumn && role == Qt::CheckStateRole) {
        row.line.taxable = value.value<Qt::CheckState>() == Qt::Checked;
    } else if (role == Qt::EditRole && !isComputedColumn(index.column()) && index.column() != TaxableColumn) {
        if (editText(row, index.column()).toString() == value.toString())
            return true; // unchanged: no recomputation
        if (!setCell(row, index.row(), index.column(), value.toString()))
            return false;
    } else {
        return false;
    }
    m_shownErrors.clear(index.row(), index.column());
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    ensurePlaceholder();
    emit linesEdited();
    return true;
}

bool DocumentLinesModel::setCell(Row& row, int rowIndex, int column, const QString& typed)
{
    const Status applied = LineCellText::apply(row.line, column, typed);
    if (applied) {
        row.unparsed.remove(column);
        m_parseErrors.clear(rowIndex, column);
        return true;
    }
    if (!LineCellText::isNumeric(column))
        return false;
    row.unparsed.insert(column, typed.trimmed()); // kept as typed, marked, until corrected
    m_parseErrors.set(rowIndex, column, applied.error().message);
    return true;
}

bool DocumentLinesModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || m_readOnly || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        m_rows.removeAt(row);
        m_parseErrors.removeRow(row);
        m_shownErrors.removeRow(row);
    }
    endRemoveRows();
    m_collectedRows.clear();
    ensurePlaceholder();
    emit linesEdited();
    return true;
}

} // namespace peyvand::ui

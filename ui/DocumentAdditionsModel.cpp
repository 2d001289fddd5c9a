#include "DocumentAdditionsModel.h"

#include "Display.h"

#include <QBrush>
#include <QColor>

namespace peyvand::ui {

using sales::DocumentAddition;

namespace {
const QColor kErrorBackground(0xfd, 0xe2, 0xe2);
const QColor kComputedBackground(0xf3, 0xf4, 0xf6);
} // namespace

DocumentAdditionsModel::DocumentAdditionsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    ensurePlaceholder();
}

void DocumentAdditionsModel::setAdditions(const QList<DocumentAddition>& additions)
{
    beginResetModel();
    m_rows.clear();
    for (const DocumentAddition& addition : additions)
        m_rows << Row { addition, std::nullopt, true };
    m_parseErrors.clearAll();
    m_shownErrors.clearAll();
    m_collectedRows.clear();
    endResetModel();
    ensurePlaceholder();
}

void DocumentAdditionsModel::setReadOnly(bool readOnly)
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
}

int DocumentAdditionsModel::addShipping()
{
    const int row = int(m_rows.size()) - 1; // the empty row at the end
    if (m_readOnly || row < 0)
        return -1;
    m_rows[row].addition.description = tr("Shipping");
    m_rows[row].addition.taxable = false;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    ensurePlaceholder();
    emit additionsEdited();
    return row;
}

bool DocumentAdditionsModel::isEmptyRow(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const Row& r = m_rows.at(row);
    return !r.unparsedAmount && r.addition.description.trimmed().isEmpty() && r.addition.amount.isZero();
}

bool DocumentAdditionsModel::isPlaceholderRow(int row) const
{
    return !m_readOnly && row == m_rows.size() - 1 && isEmptyRow(row);
}

void DocumentAdditionsModel::ensurePlaceholder()
{
    if (m_readOnly || (!m_rows.isEmpty() && isEmptyRow(int(m_rows.size()) - 1)))
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows << Row {};
    endInsertRows();
}

DocumentAdditionsModel::Collected DocumentAdditionsModel::collect() const
{
    Collected collected;
    m_collectedRows.clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        if (isEmptyRow(row))
            continue;
        const Row& r = m_rows.at(row);
        if (r.unparsedAmount)
            collected.errors << Error::invalid(QStringLiteral("additions[%1].amount").arg(collected.additions.size()),
                                               m_parseErrors.message(row, AmountColumn));
        collected.additions << r.addition;
        m_collectedRows << row;
    }
    return collected;
}

void DocumentAdditionsModel::setComputed(const QList<DocumentAddition>& computed)
{
    for (int i = 0; i < computed.size() && i < m_collectedRows.size(); ++i) {
        Row& row = m_rows[m_collectedRows.at(i)];
        row.addition.computed = computed.at(i).computed;
        row.computed = true;
    }
    emit dataChanged(index(0, TaxColumn), index(rowCount() - 1, TotalColumn));
}

void DocumentAdditionsModel::clearComputed()
{
    for (Row& row : m_rows)
        row.computed = false;
    emit dataChanged(index(0, TaxColumn), index(rowCount() - 1, TotalColumn));
}

QModelIndex DocumentAdditionsModel::showError(const QString& field, const QString& message)
{
    const std::optional<RowField> target = RowField::parse(field);
    if (!target || target->list != QLatin1String("additions") || target->index >= m_collectedRows.size())
        return {};
    const int row = m_collectedRows.at(target->index);
    const int column = target->name == QLatin1String("amount") ? AmountColumn
        : target->name == QLatin1String("taxable")            ? TaxableColumn
                                                               : DescriptionColumn;
    m_shownErrors.set(row, column, message);
    emit dataChanged(index(row, column), index(row, column));
    return index(row, column);
}

void DocumentAdditionsModel::clearErrors()
{
    if (m_shownErrors.isEmpty())
        return;
    m_shownErrors.clearAll();
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool DocumentAdditionsModel::hasErrors() const
{
    return !m_parseErrors.isEmpty() || !m_shownErrors.isEmpty();
}

int DocumentAdditionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentAdditionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentAdditionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    QString error = m_parseErrors.message(index.row(), index.column());
    if (error.isEmpty())
        error = m_shownErrors.message(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return isPlaceholderRow(index.row()) ? QVariant() : display(row, index.column());
    case Qt::EditRole:
        if (index.column() == DescriptionColumn)
            return row.addition.description;
        if (index.column() == AmountColumn)
            return row.unparsedAmount.value_or(Display::number(row.addition.amount.rial()));
        return {};
    case Qt::CheckStateRole:
        if (index.column() == TaxableColumn && !isPlaceholderRow(index.row()))
            return row.addition.taxable ? Qt::Checked : Qt::Unchecked;
        return {};
    case ErrorRole:
    case Qt::ToolTipRole:
        return error.isEmpty() ? QVariant() : error;
    case Qt::BackgroundRole:
        if (!error.isEmpty())
            return QBrush(kErrorBackground);
        return isComputedColumn(index.column()) ? QVariant(QBrush(kComputedBackground)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == DescriptionColumn ? QVariant()
                                                   : QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant DocumentAdditionsModel::display(const Row& row, int column) const
{
    const DocumentAddition& addition = row.addition;
    switch (column) {
    case DescriptionColumn:
        return Display::digits(addition.description);
    case AmountColumn:
        return row.unparsedAmount.value_or(Display::number(addition.amount.rial()));
    case TaxColumn: {
        if (!row.computed)
            return QString();
        const Result<Money> tax = addition.computed.vat.plus(addition.computed.duty);
        return tax ? Display::number(tax->rial()) : QString();
    }
    case TotalColumn:
        return row.computed ? Display::number(addition.computed.total.rial()) : QString();
    default:
        return {};
    }
}

QVariant DocumentAdditionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return Display::number(section + 1);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DescriptionColumn:
        return tr("Addition (shipping, …)");
    case AmountColumn:
        return tr("Amount");
    case TaxableColumn:
        return tr("Taxable");
    case TaxColumn:
        return tr("VAT and duty");
    case TotalColumn:
        return tr("Total");
    default:
        return {};
    }
}

Qt::ItemFlags DocumentAdditionsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_readOnly || isComputedColumn(index.column()))
        return flags;
    return flags | (index.column() == TaxableColumn ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
}

bool DocumentAdditionsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (m_readOnly || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row& row = m_rows[index.row()];
    const int column = index.column();
    if (column == TaxableColumn && role == Qt::CheckStateRole) {
        row.addition.taxable = value.value<Qt::CheckState>() == Qt::Checked;
    } else if (column == DescriptionColumn && role == Qt::EditRole) {
        row.addition.description = value.toString().trimmed();
    } else if (column == AmountColumn && role == Qt::EditRole) {
        const QString text = value.toString().trimmed();
        const Result<Money> amount = text.isEmpty() ? Result<Money>(Money()) : Money::parse(text);
        if (amount) {
            row.addition.amount = *amount;
            row.unparsedAmount.reset();
            m_parseErrors.clear(index.row(), column);
        } else {
            row.unparsedAmount = text;
            m_parseErrors.set(index.row(), column, amount.error().message);
        }
    } else {
        return false;
    }
    m_shownErrors.clear(index.row(), column);
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    ensurePlaceholder();
    emit additionsEdited();
    return true;
}

bool DocumentAdditionsModel::removeRows(int row, int count, const QModelIndex& parent)
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
    emit additionsEdited();
    return true;
}

} // namespace peyvand::ui

#include "OptionPointsModel.h"

#include "Display.h"
#include "LeadDisplay.h"

#include <QFont>
#include <QSet>

namespace peyvand::ui {

OptionPointsModel::OptionPointsModel(bool custom, QObject* parent)
    : QAbstractTableModel(parent)
    , m_custom(custom)
{
}

void OptionPointsModel::setBuiltin(const QList<Choice>& choices, const QList<leads::OptionPoints>& options)
{
    beginResetModel();
    m_rows.clear();
    QSet<QString> shown;
    for (const Choice& choice : choices) {
        Row row { choice.key, choice.label, 0, false };
        for (const leads::OptionPoints& option : options) {
            if (option.option == choice.key) {
                row.points = option.points;
                row.listed = true;
            }
        }
        m_rows << row;
        shown.insert(choice.key);
    }
    // Options of the profile that are no longer choices (a removed industry) are kept.
    for (const leads::OptionPoints& option : options) {
        if (!shown.contains(option.option))
            m_rows << Row { option.option, tr("%1 (removed)").arg(option.option), option.points, true };
    }
    endResetModel();
}

void OptionPointsModel::setCustom(const QList<leads::OptionPoints>& options)
{
    beginResetModel();
    m_rows.clear();
    for (const leads::OptionPoints& option : options)
        m_rows << Row { option.option, option.label, option.points, true };
    endResetModel();
}

QList<leads::OptionPoints> OptionPointsModel::options() const
{
    QList<leads::OptionPoints> options;
    for (const Row& row : m_rows) {
        if (m_custom)
            options << leads::OptionPoints { row.key, row.points, row.label };
        else if (row.listed || row.points != 0)
            options << leads::OptionPoints { row.key, row.points, {} };
    }
    return options;
}

int OptionPointsModel::addOption(const QString& label)
{
    if (!m_custom)
        return -1;
    QSet<QString> keys;
    for (const Row& row : m_rows)
        keys.insert(row.key);
    int number = int(m_rows.size()) + 1;
    while (keys.contains(QStringLiteral("option_%1").arg(number)))
        ++number;
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows << Row { QStringLiteral("option_%1").arg(number), label, 0, true };
    endInsertRows();
    emit edited();
    return at;
}

void OptionPointsModel::removeOption(int row)
{
    if (!m_custom || row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    emit edited();
}

int OptionPointsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OptionPointsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OptionPointsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const bool option = index.column() == OptionColumn;
    switch (role) {
    case Qt::DisplayRole:
        return option ? Display::digits(row.label) : LeadDisplay::points(row.points);
    case Qt::EditRole:
        return option ? QVariant(row.label) : QVariant(row.points);
    case KeyRole:
        return row.key;
    case PointsRole:
        return row.points;
    case Qt::TextAlignmentRole:
        return option ? QVariant() : QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
    default:
        return {};
    }
}

bool OptionPointsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Row& row = m_rows[index.row()];
    if (index.column() == OptionColumn) {
        row.label = value.toString();
    } else {
        bool ok = false;
        const int points = value.toInt(&ok);
        if (!ok)
            return false;
        row.points = points;
    }
    emit dataChanged(index, index);
    emit edited();
    return true;
}

Qt::ItemFlags OptionPointsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const bool editable = index.column() == PointsColumn || m_custom;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | (editable ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QVariant OptionPointsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == OptionColumn)
        return tr("Option");
    if (section == PointsColumn)
        return tr("Points");
    return {};
}

} // namespace peyvand::ui

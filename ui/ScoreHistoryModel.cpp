#include "ScoreHistoryModel.h"

#include "Display.h"
#include "LeadDisplay.h"
#include "leads/ScoringEngine.h"

namespace peyvand::ui {

ScoreHistoryModel::ScoreHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ScoreHistoryModel::setHistory(QList<leads::ScoreChange> changes, const leads::ScoringProfile& profile)
{
    beginResetModel();
    m_changes = std::move(changes);
    m_profile = profile;
    endResetModel();
}

int ScoreHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int ScoreHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScoreHistoryModel::changeText(const leads::ScoreChange& change) const
{
    if (!change.oldScore)
        return LeadDisplay::score(change.newScore);
    return tr("%1 → %2", "old score → new score")
        .arg(LeadDisplay::score(*change.oldScore), LeadDisplay::score(change.newScore));
}

QString ScoreHistoryModel::criteriaText(const leads::ScoreChange& change) const
{
    QStringList parts;
    for (const leads::CriterionChange& moved : change.changes) {
        parts << tr("%1: %2 → %3", "criterion: old points → new points")
                     .arg(leads::criterionLabel(moved.criterion, m_profile), LeadDisplay::points(moved.from),
                          LeadDisplay::points(moved.to));
    }
    return Display::list(parts);
}

QVariant ScoreHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const leads::ScoreChange& change = m_changes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return Display::dateTime(change.at);
        case CauseColumn:
            return leads::displayName(change.cause);
        case ChangeColumn:
            return changeText(change);
        case CriteriaColumn:
            return criteriaText(change);
        case NoteColumn:
            return Display::isolate(Display::digits(change.note));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == CriteriaColumn)
            return criteriaText(change);
        if (index.column() == NoteColumn)
            return Display::digits(change.note);
        return {};
    case SortRole:
        switch (index.column()) {
        case WhenColumn:
            return change.at.toUTC().toString(Qt::ISODate);
        case CauseColumn:
            return leads::toKey(change.cause);
        case ChangeColumn:
            return change.newScore;
        default:
            return {};
        }
    case IdRole:
        return change.id;
    default:
        return {};
    }
}

QVariant ScoreHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case CauseColumn:
        return tr("Why");
    case ChangeColumn:
        return tr("Score");
    case CriteriaColumn:
        return tr("Criteria that moved");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace peyvand::ui

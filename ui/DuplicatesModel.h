#pragma once

#include "exchange/ImportTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace peyvand::ui {

// Rows of an import that matched a customer in the book or an earlier row of
// the file: line, why, the incoming name and what it matches.
class DuplicatesModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicatesModel)

public:
    enum Column { LineColumn, ReasonColumn, IncomingColumn, ExistingColumn, ColumnCount };
    enum Role { LineRole = Qt::UserRole + 1, ExistingIdRole };

    explicit DuplicatesModel(QObject* parent = nullptr);

    void setMatches(const QList<exchange::DuplicateMatch>& matches);
    const exchange::DuplicateMatch* matchAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString existingText(const exchange::DuplicateMatch& match) const;

    QList<exchange::DuplicateMatch> m_matches;
};

// One duplicate side by side: a row per field that either side has, the
// row's value and the existing customer's; differing values are highlighted,
// the field that matched is bold.
class DuplicateComparisonModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicateComparisonModel)

public:
    enum Column { FieldColumn, IncomingColumn, ExistingColumn, ColumnCount };
    enum Role { DifferentRole = Qt::UserRole + 1, MatchedRole, FieldKeyRole };

    explicit DuplicateComparisonModel(QObject* parent = nullptr);

    void setMatch(const exchange::DuplicateMatch& match);
    void clear();
    int rowOf(exchange::ImportField field) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line {
        exchange::ImportField field;
        QString incoming;
        QString existing;
    };
    bool matched(exchange::ImportField field) const;

    QList<Line> m_lines;
    std::optional<exchange::DuplicateMatch> m_match;
};

} // namespace peyvand::ui

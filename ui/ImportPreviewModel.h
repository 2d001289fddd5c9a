#pragma once

#include "exchange/ImportTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace peyvand::ui {

// The first rows of an import file as they would be stored: the line, what
// would happen to the row, then one column per mapped field with the cleaned
// value. A cell with a problem is red with the reason as its tooltip (a
// problem of no shown field marks the status); a duplicate's status is amber
// and names what it matches.
class ImportPreviewModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewModel)

public:
    enum FixedColumn { LineColumn, StatusColumn, FixedColumnCount };
    enum Role {
        ProblemRole = Qt::UserRole + 1, // bool: the cell shows a problem
        DuplicateRole,                  // bool (any column): the row is a duplicate
        LineRole,                       // qint64 line of the file
        FieldKeyRole,                   // header: the import field key of a field column
    };

    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setPreview(const exchange::ImportPreview& preview);
    void clear();

    // The field shown in a column (Ignore for the fixed columns), and the
    // column of a field (-1 when not shown).
    exchange::ImportField fieldAt(int column) const;
    int columnOf(exchange::ImportField field) const;
    int problemRowCount() const;
    int duplicateRowCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString cellText(const exchange::PreviewRow& row, exchange::ImportField field) const;
    QString statusText(const exchange::PreviewRow& row) const;
    QString statusTip(const exchange::PreviewRow& row) const;
    // Problems shown in this cell.
    QList<exchange::RejectedRow> problemsAt(int row, int column) const;
    int problemColumn(const exchange::RejectedRow& problem) const;

    QList<exchange::PreviewRow> m_rows;
    QList<exchange::ImportField> m_fields;
    QStringList m_headers;
    exchange::ColumnMapping m_mapping;
};

} // namespace peyvand::ui

#pragma once

#include "LineErrors.h"
#include "common/Error.h"
#include "sales/Document.h"
#include "sales/Product.h"

#include <QAbstractTableModel>
#include <QList>

namespace peyvand::ui {

// The goods and services lines of a document being edited. Amounts,
// quantities and percents are parsed by core (Money, Quantity, BasisPoints);
// text that does not parse stays in its cell, marked, until corrected. The
// net, tax and total columns are read-only and show what
// DocumentService::computed() gave (setComputed). The discount cell takes an
// amount ("150000") or a percent ("7.5%"). While editable there is
// always one empty row at the end: typing into it makes it a line.
class DocumentLinesModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentLinesModel)

public:
    enum Column {
        CodeColumn,
        DescriptionColumn,
        QuantityColumn,
        UnitColumn,
        UnitPriceColumn,
        SerialColumn,
        DiscountColumn, // an amount, or a percent when typed with "%"
        TaxableColumn,
        NetColumn,
        TaxColumn,
        TotalColumn,
        ColumnCount
    };
    enum Role { ErrorRole = Qt::UserRole + 1 };

    explicit DocumentLinesModel(QObject* parent = nullptr);

    void setLines(const QList<sales::DocumentLine>& lines);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // The lines to compute or save: empty rows are left out. Text that did
    // not parse is returned as errors named like core's ("lines[1].quantity").
    struct Collected {
        QList<sales::DocumentLine> lines;
        QList<Error> errors;
    };
    Collected collect() const;
    // Computed values of the lines of the last collect(), in the same order.
    void setComputed(const QList<sales::DocumentLine>& computed);
    void clearComputed();

    // Marks the cell a core field points to ("lines[2].quantity": the row of
    // the third collected line, quantity column). Returns its index, invalid
    // when the field names no cell of this table.
    QModelIndex showError(const QString& field, const QString& message);
    void clearErrors(); // those shown by showError; parse errors stay
    bool hasErrors() const;
    QModelIndex firstError() const;

    // Fills a row from a catalog product (code, description, unit, price, taxable).
    void applyProduct(int row, const sales::Product& product);
    bool isEmptyRow(int row) const;
    bool isPlaceholderRow(int row) const;
    static bool isComputedColumn(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

signals:
    // The user changed a line (not emitted for setLines or setComputed).
    void linesEdited();

private:
    struct Row {
        sales::DocumentLine line;
        QHash<int, QString> unparsed; // column → text as typed
        bool computed = false;
    };
    QVariant display(const Row& row, int column) const;
    QVariant editText(const Row& row, int column) const;
    bool setCell(Row& row, int rowIndex, int column, const QString& text);
    void ensurePlaceholder();
    static int columnForField(const QString& name);

    QList<Row> m_rows;
    CellErrors m_parseErrors;
    CellErrors m_shownErrors;
    mutable QList<int> m_collectedRows; // model row of each collected line
    bool m_readOnly = false;
};

} // namespace peyvand::ui

#pragma once

#include "LineErrors.h"
#include "common/Error.h"
#include "sales/Document.h"

#include <QAbstractTableModel>
#include <QList>

namespace peyvand::ui {

// Shipping and other additions of a document being edited: description,
// amount and whether it is taxed, with the tax and total computed by core.
// Like the lines, an empty row at the end takes new additions.
class DocumentAdditionsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentAdditionsModel)

public:
    enum Column { DescriptionColumn, AmountColumn, TaxableColumn, TaxColumn, TotalColumn, ColumnCount };
    enum Role { ErrorRole = Qt::UserRole + 1 };

    explicit DocumentAdditionsModel(QObject* parent = nullptr);

    void setAdditions(const QList<sales::DocumentAddition>& additions);
    void setReadOnly(bool readOnly);
    // Adds a row for shipping («هزینه حمل»), untaxed, and returns its row.
    int addShipping();

    struct Collected {
        QList<sales::DocumentAddition> additions;
        QList<Error> errors;
    };
    Collected collect() const;
    void setComputed(const QList<sales::DocumentAddition>& computed);
    void clearComputed();
    QModelIndex showError(const QString& field, const QString& message);
    void clearErrors();
    bool hasErrors() const;
    bool isEmptyRow(int row) const;
    static bool isComputedColumn(int column) { return column == TaxColumn || column == TotalColumn; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

signals:
    void additionsEdited();

private:
    struct Row {
        sales::DocumentAddition addition;
        std::optional<QString> unparsedAmount;
        bool computed = false;
    };
    QVariant display(const Row& row, int column) const;
    void ensurePlaceholder();
    bool isPlaceholderRow(int row) const;

    QList<Row> m_rows;
    CellErrors m_parseErrors;
    CellErrors m_shownErrors;
    mutable QList<int> m_collectedRows;
    bool m_readOnly = false;
};

} // namespace peyvand::ui

#pragma once

#include <QStyledItemDelegate>

class QLineEdit;

namespace peyvand::sales {
class CatalogService;
}

namespace peyvand::ui {

// Edits the cells of document lines. In the code and description columns it
// suggests catalog products as the user types (CatalogService::list);
// picking one fills the line's code, description, unit, price and tax flag.
// Number cells are edited right-to-left aware, aligned like the column.
class LineItemDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineItemDelegate)

public:
    static constexpr int kSuggestions = 12;

    LineItemDelegate(sales::CatalogService& catalog, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

    // The suggestions an editor offers for `text` (what the pop-up lists).
    void fillSuggestions(QLineEdit* editor, const QString& text) const;

signals:
    // A catalog product was picked into this row.
    void productApplied(int row);

private:
    void attachCompleter(QLineEdit* editor) const;

    sales::CatalogService& m_catalog;
};

} // namespace peyvand::ui

#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace peyvand::ui {

// Where a core field name of a document's rows points: "lines[2].quantity"
// → list "lines", index 2, name "quantity" (name empty for "lines[2]").
struct RowField {
    QString list;
    int index = -1;
    QString name;

    static std::optional<RowField> parse(const QString& field);
};

// Error messages of table cells (row, column), shown by the line models.
class CellErrors final {
public:
    void set(int row, int column, const QString& message);
    void clear(int row, int column);
    void clearAll() { m_messages.clear(); }
    QString message(int row, int column) const;
    bool isEmpty() const { return m_messages.isEmpty(); }
    // Moves the errors of rows after `row` one up (the row was removed).
    void removeRow(int row);
    // The first cell with an error, in row then column order.
    std::optional<std::pair<int, int>> first() const;

private:
    QHash<std::pair<int, int>, QString> m_messages;
};

} // namespace peyvand::ui

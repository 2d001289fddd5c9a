#pragma once

#include "common/Result.h"
#include "sales/Document.h"

#include <QCoreApplication>

namespace peyvand::ui {

// The text of the editable cells of a document line, both ways: what a cell
// offers for editing in the language's digits ("۱٫۵", "۱٬۲۰۰٬۰۰۰", "۷٫۵٪") and
// how typed text becomes values, parsed by core (Quantity, Money,
// BasisPoints). Columns are DocumentLinesModel's.
class LineCellText final {
    Q_DECLARE_TR_FUNCTIONS(LineCellText)

public:
    static QString editText(const sales::DocumentLine& line, int column);
    // Sets the column's value from typed text. On an error the line is left
    // as it was. An empty quantity is 1, an empty price 0, an empty discount none;
    // a discount with "%" (or "٪") is a percent, otherwise an amount.
    static Status apply(sales::DocumentLine& line, int column, const QString& text);
    // True for columns whose text is parsed into a number.
    static bool isNumeric(int column);

private:
    LineCellText() = delete;
};

} // namespace peyvand::ui

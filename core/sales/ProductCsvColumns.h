#pragma once

#include "CatalogService.h"
#include "Product.h"
#include "common/Result.h"
#include "io/Csv.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace peyvand::sales {

enum class ProductColumn { Code, Name, Kind, Unit, UnitPrice, TaxExempt, Category, Active };
constexpr int kProductColumnCount = 8;

// Which record index holds which product field, from the header row of a
// catalog CSV. Headers are matched in English or Persian, in any case and
// letter variant, ignoring spaces, "_", "-" and a note in parentheses
// ("قیمت واحد (ریال)" is the unit price). A price header that mentions Toman
// ("قیمت (تومان)") marks prices in Toman: they are stored ×10 as Rial.
struct ProductColumns {
    std::array<int, kProductColumnCount> index; // -1: not in the file
    QStringList headers;                        // as written, trimmed
    bool priceInToman = false;

    bool has(ProductColumn column) const { return index[std::size_t(column)] >= 0; }
    // The header of a column as the file writes it ("" when absent).
    QString header(ProductColumn column) const;
    // The column of a validation field ("name", "unit_price", …), if any.
    static std::optional<ProductColumn> forField(const QString& field);

    // InvalidInput (field "file") when no column holds the name or two
    // columns mean the same field.
    static Result<ProductColumns> fromHeader(const io::CsvRecord& header);
};

// Applies one data row to `product` (a new product, or the stored one when the
// row's code matched): columns the file lacks leave their field unchanged.
// Cells that cannot be read are reported in `problems`; the row's code is
// not looked at here.
void applyProductRow(const io::CsvRecord& row, const ProductColumns& columns, Product& product,
                     QList<ImportProblem>& problems);

// Parsers of single cells, exposed for tests.
std::optional<bool> parseCsvBoolean(const QString& cell);
std::optional<ProductKind> parseCsvKind(const QString& cell);

} // namespace peyvand::sales

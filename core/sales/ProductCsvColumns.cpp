#include "ProductCsvColumns.h"

#include "text/PersianText.h"

#include <QCoreApplication>
#include <QHash>

namespace peyvand::sales {

namespace {

struct CatalogText {
    Q_DECLARE_TR_FUNCTIONS(Catalog)
};

struct Alias {
    ProductColumn column;
    const char* header; // UTF-8
    // A weaker spelling ("description", "مبلغ"): used only when no column has
    // a stronger one, so a file with both "name" and "description" imports.
    bool weak = false;
};

struct AliasMatch {
    ProductColumn column;
    bool weak;
};

// Spellings seen in spreadsheets exported by Iranian accounting software and
// in hand-made price lists, besides the documented ones.
const Alias kAliases[] = {
    { ProductColumn::Code, "code" }, { ProductColumn::Code, "product code" }, { ProductColumn::Code, "item code" },
    { ProductColumn::Code, "sku" }, { ProductColumn::Code, "کد" }, { ProductColumn::Code, "کد کالا" },
    { ProductColumn::Code, "کد محصول" }, { ProductColumn::Code, "کد خدمت" }, { ProductColumn::Code, "کد کالا یا خدمت" },
    { ProductColumn::Code, "شناسه کالا" },

    { ProductColumn::Name, "name" }, { ProductColumn::Name, "product name" }, { ProductColumn::Name, "product", true },
    { ProductColumn::Name, "item", true }, { ProductColumn::Name, "description", true }, { ProductColumn::Name, "title", true },
    { ProductColumn::Name, "نام" }, { ProductColumn::Name, "نام کالا" }, { ProductColumn::Name, "نام محصول" },
    { ProductColumn::Name, "نام خدمت" }, { ProductColumn::Name, "نام کالا یا خدمت" }, { ProductColumn::Name, "شرح", true },
    { ProductColumn::Name, "شرح کالا", true }, { ProductColumn::Name, "شرح کالا یا خدمات", true }, { ProductColumn::Name, "عنوان", true },
    { ProductColumn::Name, "کالا", true },

    { ProductColumn::Kind, "kind" }, { ProductColumn::Kind, "type" }, { ProductColumn::Kind, "نوع" },
    { ProductColumn::Kind, "نوع کالا" },

    { ProductColumn::Unit, "unit" }, { ProductColumn::Unit, "uom" }, { ProductColumn::Unit, "واحد" },
    { ProductColumn::Unit, "واحد سنجش" }, { ProductColumn::Unit, "واحد اندازه‌گیری" }, { ProductColumn::Unit, "واحد شمارش" },

    { ProductColumn::UnitPrice, "unit_price" }, { ProductColumn::UnitPrice, "price" }, { ProductColumn::UnitPrice, "unit price" },
    { ProductColumn::UnitPrice, "قیمت" }, { ProductColumn::UnitPrice, "قیمت واحد" }, { ProductColumn::UnitPrice, "مبلغ", true },
    { ProductColumn::UnitPrice, "مبلغ واحد", true }, { ProductColumn::UnitPrice, "فی" }, { ProductColumn::UnitPrice, "بها", true },
    { ProductColumn::UnitPrice, "قیمت فروش" },

    { ProductColumn::TaxExempt, "tax_exempt" }, { ProductColumn::TaxExempt, "exempt" }, { ProductColumn::TaxExempt, "tax exempt" },
    { ProductColumn::TaxExempt, "معاف" }, { ProductColumn::TaxExempt, "معاف از مالیات" }, { ProductColumn::TaxExempt, "معافیت مالیاتی" },
    { ProductColumn::TaxExempt, "معافیت" },

    { ProductColumn::Category, "category" }, { ProductColumn::Category, "group", true }, { ProductColumn::Category, "دسته" },
    { ProductColumn::Category, "دسته‌بندی" }, { ProductColumn::Category, "دسته بندی" }, { ProductColumn::Category, "گروه", true },
    { ProductColumn::Category, "گروه کالا", true },

    { ProductColumn::Active, "active" }, { ProductColumn::Active, "enabled" }, { ProductColumn::Active, "فعال" },
};

// The comparable form of a header: search key without a parenthesised note
// and without spaces and punctuation that spreadsheets put in headers.
QString headerKey(const QString& header)
{
    const QString key = text::searchKey(header);
    QString out;
    out.reserve(key.size());
    int depth = 0;
    for (const QChar c : key) {
        if (c == u'(' || c == u'[') {
            ++depth;
            continue;
        }
        if (c == u')' || c == u']') {
            depth = qMax(0, depth - 1);
            continue;
        }
        if (depth > 0 || c.isSpace() || c == u'_' || c == u'-' || c == u'.' || c == u'/' || c == u':' || c == u'*')
            continue;
        out.append(c);
    }
    return out;
}

const QHash<QString, AliasMatch>& aliasTable()
{
    static const QHash<QString, AliasMatch> table = [] {
        QHash<QString, AliasMatch> t;
        for (const Alias& a : kAliases)
            t.insert(headerKey(QString::fromUtf8(a.header)), { a.column, a.weak });
        return t;
    }();
    return table;
}

bool mentionsToman(const QString& header)
{
    const QString key = text::searchKey(header);
    return key.contains(QString::fromUtf8("تومان")) || key.contains(QStringLiteral("toman"));
}

Error headerError(const QString& message)
{
    Error e = Error::invalid(QStringLiteral("file"), message);
    e.detail = QStringLiteral("line 1");
    return e;
}

bool oneOf(const QString& key, std::initializer_list<const char*> words)
{
    for (const char* w : words) {
        if (key == QString::fromUtf8(w))
            return true;
    }
    return false;
}

} // namespace

QString ProductColumns::header(ProductColumn column) const
{
    const int i = index[std::size_t(column)];
    return i >= 0 ? headers.at(i) : QString();
}

std::optional<ProductColumn> ProductColumns::forField(const QString& field)
{
    static const QHash<QString, ProductColumn> fields = {
        { QStringLiteral("code"), ProductColumn::Code },           { QStringLiteral("name"), ProductColumn::Name },
        { QStringLiteral("kind"), ProductColumn::Kind },           { QStringLiteral("unit"), ProductColumn::Unit },
        { QStringLiteral("unit_price"), ProductColumn::UnitPrice }, { QStringLiteral("tax_exempt"), ProductColumn::TaxExempt },
        { QStringLiteral("category"), ProductColumn::Category },   { QStringLiteral("active"), ProductColumn::Active },
    };
    const auto it = fields.constFind(field);
    if (it == fields.constEnd())
        return std::nullopt;
    return *it;
}

Result<ProductColumns> ProductColumns::fromHeader(const io::CsvRecord& header)
{
    ProductColumns columns;
    columns.index.fill(-1);
    for (const QString& h : header.fields)
        columns.headers << text::normalizeForStorage(h);
    std::array<bool, kProductColumnCount> weak {};
    for (int i = 0; i < columns.headers.size(); ++i) {
        const auto it = aliasTable().constFind(headerKey(columns.headers.at(i)));
        if (it == aliasTable().constEnd())
            continue; // other columns are ignored
        const std::size_t column = std::size_t(it->column);
        int& slot = columns.index[column];
        if (slot >= 0 && it->weak && !weak[column])
            continue;
        if (slot >= 0 && it->weak == weak[column]) {
            return headerError(CatalogText::tr("The columns “%1” and “%2” mean the same thing; keep only one of them.")
                                   .arg(columns.headers.at(slot), columns.headers.at(i)));
        }
        slot = i;
        weak[column] = it->weak;
    }
    if (columns.has(ProductColumn::UnitPrice))
        columns.priceInToman = mentionsToman(columns.header(ProductColumn::UnitPrice));
    if (!columns.has(ProductColumn::Name)) {
        return headerError(CatalogText::tr("The first line must name the columns, and one of them must be the name "
                                           "(for example “name” or “نام”)."));
    }
    return columns;
}

std::optional<bool> parseCsvBoolean(const QString& cell)
{
    const QString key = text::searchKey(cell);
    if (oneOf(key, { "yes", "y", "true", "1", "بله", "بلی", "اری", "x", "✓" }))
        return true;
    if (oneOf(key, { "no", "n", "false", "0", "خیر", "نه" }))
        return false;
    return std::nullopt;
}

std::optional<ProductKind> parseCsvKind(const QString& cell)
{
    const QString key = text::searchKey(cell);
    if (oneOf(key, { "product", "goods", "good", "item", "کالا", "محصول" }))
        return ProductKind::Product;
    if (oneOf(key, { "service", "services", "خدمت", "خدمات" }))
        return ProductKind::Service;
    return std::nullopt;
}

void applyProductRow(const io::CsvRecord& row, const ProductColumns& columns, Product& product,
                     QList<ImportProblem>& problems)
{
    const auto cell = [&](ProductColumn column) {
        const int i = columns.index[std::size_t(column)];
        return i >= 0 && i < row.fields.size() ? row.fields.at(i).trimmed() : QString();
    };
    const auto problem = [&](ProductColumn column, const QString& message) {
        problems << ImportProblem { row.line, columns.header(column), message };
    };

    if (columns.has(ProductColumn::Code))
        product.code = cell(ProductColumn::Code);
    product.name = cell(ProductColumn::Name);
    if (columns.has(ProductColumn::Unit))
        product.unit = cell(ProductColumn::Unit);
    if (columns.has(ProductColumn::Category))
        product.category = cell(ProductColumn::Category);

    if (columns.has(ProductColumn::Kind)) {
        const QString text = cell(ProductColumn::Kind);
        if (text.isEmpty())
            product.kind = ProductKind::Product;
        else if (const auto kind = parseCsvKind(text))
            product.kind = *kind;
        else
            problem(ProductColumn::Kind, CatalogText::tr("“%1” is neither a product nor a service.").arg(text));
    }

    if (columns.has(ProductColumn::UnitPrice)) {
        const QString text = cell(ProductColumn::UnitPrice);
        auto price = text.isEmpty() ? Result<Money>(Error::invalid(QStringLiteral("unit_price"), CatalogText::tr("The price is missing.")))
                                    : Money::parse(text);
        if (price && columns.priceInToman)
            price = price->times(10);
        if (price)
            product.unitPrice = *price;
        else
            problem(ProductColumn::UnitPrice, price.error().message);
    }

    const std::pair<ProductColumn, bool Product::*> flags[] = {
        { ProductColumn::TaxExempt, &Product::taxExempt },
        { ProductColumn::Active, &Product::active },
    };
    for (const auto& [column, member] : flags) {
        if (!columns.has(column))
            continue;
        const QString text = cell(column);
        if (text.isEmpty()) {
            product.*member = column == ProductColumn::Active; // the defaults: active, not exempt
        } else if (const auto value = parseCsvBoolean(text)) {
            product.*member = *value;
        } else {
            problem(column, CatalogText::tr("“%1” is not yes or no (yes/no, true/false, 1/0, بله/خیر).").arg(text));
        }
    }
}

} // namespace peyvand::sales

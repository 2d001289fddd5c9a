#include "LineCellText.h"

#include "Display.h"
#include "DocumentLinesModel.h"

namespace peyvand::ui {

using sales::Discount;
using Column = DocumentLinesModel::Column;

namespace {
template <typename T, typename Apply>
Status applyParsed(const Result<T>& parsed, Apply apply)
{
    if (!parsed)
        return parsed.error();
    apply(*parsed);
    return {};
}

Status applyDiscount(sales::DocumentLine& line, const QString& text)
{
    if (text.isEmpty()) {
        line.discount = {};
        return {};
    }
    const QChar arabicPercent(0x066A);
    if (text.contains(QLatin1Char('%')) || text.contains(arabicPercent)) {
        QString percent = text;
        percent.replace(arabicPercent, QLatin1Char('%'));
        return applyParsed(BasisPoints::parsePercent(percent), [&line](BasisPoints bp) {
            line.discount = Discount { Discount::Kind::Percent, bp, {} };
        });
    }
    return applyParsed(Money::parse(text), [&line](Money amount) {
        line.discount = Discount { Discount::Kind::Amount, {}, amount };
    });
}
} // namespace

bool LineCellText::isNumeric(int column)
{
    return column == Column::QuantityColumn || column == Column::UnitPriceColumn || column == Column::DiscountColumn;
}

QString LineCellText::editText(const sales::DocumentLine& line, int column)
{
    switch (column) {
    case Column::CodeColumn:
        return line.code;
    case Column::DescriptionColumn:
        return line.description;
    case Column::QuantityColumn:
        return Display::decimal(line.quantity.toText());
    case Column::UnitColumn:
        return line.unit;
    case Column::UnitPriceColumn:
        return Display::number(line.unitPrice.rial());
    case Column::SerialColumn:
        return line.serial;
    case Column::DiscountColumn:
        switch (line.discount.kind) {
        case Discount::Kind::Percent:
            return tr("%1%", "a percentage").arg(Display::decimal(line.discount.percent.toPercentText()));
        case Discount::Kind::Amount:
            return Display::number(line.discount.amount.rial());
        case Discount::Kind::None:
            break;
        }
        return {};
    default:
        return {};
    }
}

Status LineCellText::apply(sales::DocumentLine& line, int column, const QString& typed)
{
    const QString text = typed.trimmed();
    switch (column) {
    case Column::CodeColumn:
        line.code = text;
        return {};
    case Column::DescriptionColumn:
        line.description = text;
        return {};
    case Column::UnitColumn:
        line.unit = text;
        return {};
    case Column::SerialColumn:
        line.serial = text;
        return {};
    case Column::QuantityColumn:
        return applyParsed(text.isEmpty() ? Result<Quantity>(Quantity { 1000 }) : Quantity::parse(text),
                           [&line](Quantity quantity) { line.quantity = quantity; });
    case Column::UnitPriceColumn:
        return applyParsed(text.isEmpty() ? Result<Money>(Money()) : Money::parse(text),
                           [&line](Money price) { line.unitPrice = price; });
    case Column::DiscountColumn:
        return applyDiscount(line, text);
    default:
        return Error::make(ErrorCode::Internal, QString(), QStringLiteral("column %1 takes no text").arg(column));
    }
}

} // namespace peyvand::ui

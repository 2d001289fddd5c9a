#include "DocumentTotals.h"

#include <QCoreApplication>

namespace peyvand::sales {

namespace {

struct SalesText {
    Q_DECLARE_TR_FUNCTIONS(Sales)
};

QString lineField(qsizetype index, const char* name)
{
    return QStringLiteral("lines[%1].%2").arg(index).arg(QLatin1String(name));
}

// The amount a discount takes off `base`.
Result<Money> discountOn(Money base, const Discount& discount, const QString& field)
{
    switch (discount.kind) {
    case Discount::Kind::None:
        return Money();
    case Discount::Kind::Percent:
        if (discount.percent.value < 0 || discount.percent.value > 10000)
            return Error::invalid(field, SalesText::tr("A discount must be between 0 and 100 percent."));
        return base.percentage(discount.percent, Rounding::HalfUp);
    case Discount::Kind::Amount:
        if (discount.amount.isNegative())
            return Error::invalid(field, SalesText::tr("A discount cannot be negative."));
        if (discount.amount > base)
            return Error::invalid(field, SalesText::tr("The discount is larger than the amount it applies to."));
        return discount.amount;
    }
    return Money();
}

// An overflow met while computing a line names that line.
Error about(Error error, const QString& field)
{
    if (error.field.isEmpty())
        error.field = field;
    return error;
}

Status addTo(Money& sum, Money value)
{
    auto r = sum.plus(value);
    if (!r)
        return r.error();
    sum = *r;
    return {};
}

// vat, duty and total of a line whose net is known.
Status applyTax(LineTotals& line, bool taxable, const TaxRates& rates, Rounding rounding)
{
    if (taxable) {
        auto vat = line.net.percentage(rates.vat, rounding);
        auto duty = line.net.percentage(rates.duty, rounding);
        if (!vat)
            return vat.error();
        if (!duty)
            return duty.error();
        line.vat = *vat;
        line.duty = *duty;
    }
    line.total = line.net;
    if (auto s = addTo(line.total, line.vat); !s)
        return s;
    return addTo(line.total, line.duty);
}

} // namespace

Result<DocumentTotals> computeTotals(const DocumentInput& input)
{
    DocumentTotals out;
    std::vector<Money> netBeforeDocument;
    Money goodsNet;
    for (qsizetype i = 0; i < input.lines.size(); ++i) {
        const LineInput& in = input.lines.at(i);
        if (in.unitPrice.isNegative())
            return Error::invalid(lineField(i, "unit_price"), SalesText::tr("A price cannot be negative."));
        if (in.quantity.milli < 0)
            return Error::invalid(lineField(i, "quantity"), SalesText::tr("A quantity cannot be negative."));
        const QString row = QStringLiteral("lines[%1]").arg(i);
        LineTotals line;
        auto gross = in.unitPrice.timesQuantity(in.quantity, Rounding::HalfUp);
        if (!gross)
            return about(gross.error(), row);
        line.gross = *gross;
        auto discount = discountOn(line.gross, in.discount, lineField(i, "discount"));
        if (!discount)
            return discount.error();
        line.lineDiscount = *discount;
        line.net = *line.gross.minus(line.lineDiscount); // discount ≤ gross: cannot overflow
        netBeforeDocument.push_back(line.net);
        if (auto s = addTo(goodsNet, line.net); !s)
            return about(s.error(), row);
        out.lines << line;
    }

    auto documentDiscount = discountOn(goodsNet, input.documentDiscount, QStringLiteral("document_discount"));
    if (!documentDiscount)
        return documentDiscount.error();
    auto shares = Money::allocate(*documentDiscount, netBeforeDocument);
    if (!shares)
        return Error::invalid(QStringLiteral("document_discount"), SalesText::tr("There are no lines to apply the discount to."));

    for (qsizetype i = 0; i < out.lines.size(); ++i) {
        LineTotals& line = out.lines[i];
        line.documentDiscount = shares->at(size_t(i));
        line.net = *line.net.minus(line.documentDiscount); // share ≤ net
        if (auto s = applyTax(line, input.lines.at(i).taxable, input.rates, input.taxRounding); !s)
            return about(s.error(), QStringLiteral("lines[%1]").arg(i));
        for (auto [sum, value] : { std::pair { &out.gross, line.gross }, { &out.discount, line.lineDiscount },
                                   { &out.discount, line.documentDiscount } }) {
            if (auto s = addTo(*sum, value); !s)
                return s.error();
        }
    }

    for (qsizetype i = 0; i < input.additions.size(); ++i) {
        const AdditionInput& in = input.additions.at(i);
        if (in.amount.isNegative())
            return Error::invalid(QStringLiteral("additions[%1].amount").arg(i), SalesText::tr("An amount cannot be negative."));
        LineTotals line;
        line.gross = line.net = in.amount;
        if (auto s = applyTax(line, in.taxable, input.rates, input.taxRounding); !s)
            return about(s.error(), QStringLiteral("additions[%1]").arg(i));
        out.additions << line;
    }

    for (const QList<LineTotals>* group : { &out.lines, &out.additions }) {
        for (const LineTotals& line : *group) {
            for (auto [sum, value] : { std::pair { &out.net, line.net }, { &out.vat, line.vat }, { &out.duty, line.duty },
                                       { &out.total, line.total } }) {
                if (auto s = addTo(*sum, value); !s)
                    return s.error();
            }
        }
    }
    return out;
}

} // namespace peyvand::sales

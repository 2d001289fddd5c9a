#include "SampleDocuments.h"

#include "TestSupport.h"
#include "sales/DocumentTotals.h"

#include <catch2/catch.hpp>

namespace peyvand::test {

namespace {

sales::DocumentLine line(const char* code, const char* description, qint64 quantityMilli, const char* unit,
                         qint64 unitPrice)
{
    sales::DocumentLine l;
    l.code = QString::fromUtf8(code);
    l.description = u8(description);
    l.quantity = Quantity { quantityMilli };
    l.unit = u8(unit);
    l.unitPrice = Money::fromRial(unitPrice);
    return l;
}

sales::Party seller()
{
    sales::Party p;
    p.name = u8("شرکت بازرگانی نیک‌آوران پارس");
    p.economicCode = QStringLiteral("411145678912");
    p.nationalId = QStringLiteral("10380284790");
    p.registrationNumber = QStringLiteral("245873");
    p.postalCode = QStringLiteral("1969764511");
    p.address = u8("تهران، خیابان ولیعصر، بالاتر از میدان ونک، پلاک 245، طبقه 3");
    p.phone = QStringLiteral("021-88776655");
    return p;
}

sales::Party buyer()
{
    sales::Party p;
    p.name = u8("علی رضایی (فروشگاه ابزار رضایی)");
    p.economicCode = QStringLiteral("0499370899");
    p.nationalId = QStringLiteral("0499370899");
    p.postalCode = QStringLiteral("8134563311");
    p.address = u8("اصفهان، خیابان چهارباغ عباسی، کوچه شهید بهشتی، پلاک 8");
    p.phone = QStringLiteral("09121234567");
    return p;
}

} // namespace

void fillTotals(sales::Document& document)
{
    sales::DocumentInput input;
    for (const sales::DocumentLine& l : document.lines)
        input.lines.append(sales::LineInput { l.unitPrice, l.quantity, l.discount, l.taxable });
    for (const sales::DocumentAddition& a : document.additions)
        input.additions.append(sales::AdditionInput { a.amount, a.taxable });
    input.documentDiscount = document.documentDiscount;
    input.rates = document.rates;
    input.taxRounding = document.taxRounding;
    const auto totals = sales::computeTotals(input);
    REQUIRE(totals);
    for (qsizetype i = 0; i < document.lines.size(); ++i)
        document.lines[i].computed = totals->lines.at(i);
    qint64 additions = 0;
    for (qsizetype i = 0; i < document.additions.size(); ++i) {
        document.additions[i].computed = totals->additions.at(i);
        additions += document.additions.at(i).amount.rial();
    }
    document.grossTotal = totals->gross;
    document.discountTotal = totals->discount;
    document.additionsTotal = Money::fromRial(additions);
    document.vatTotal = totals->vat;
    document.dutyTotal = totals->duty;
    document.grandTotal = totals->total;
}

documents::Printable sampleQuote()
{
    sales::Document d;
    d.type = sales::DocumentType::Quote;
    d.state = sales::DocumentState::Issued;
    d.number = QStringLiteral("PF-1404-0012");
    d.issueDate = QDate(2025, 6, 2);  // 1404/03/12
    d.validUntil = QDate(2025, 6, 9);
    d.marketer = u8("مریم احمدی");
    d.outgoingNumber = QStringLiteral("1404/235");
    d.seller = seller();
    d.buyer = buyer();
    d.paymentTerms = sales::PaymentTerms::Credit;
    d.paymentNote = u8("50٪ پیش‌پرداخت، مانده در دو قسط ماهانه");
    d.description = u8("اعتبار این پیش‌فاکتور هفت روز است.\nتحویل کالا حداکثر سه روز کاری پس از واریز پیش‌پرداخت.");
    d.rates = sales::TaxRates { BasisPoints { 700 }, BasisPoints { 300 } };

    auto laptop = line("P-1001", "لپ‌تاپ ایسوس VivoBook 15", 2000, "دستگاه", 385'000'000);
    laptop.serial = QStringLiteral("SN-X515-77821");
    laptop.discount.kind = sales::Discount::Kind::Percent;
    laptop.discount.percent = BasisPoints { 500 };
    auto mouse = line("P-3310", "ماوس بی‌سیم لاجیتک M185", 10000, "عدد", 1'450'000);
    mouse.discount.kind = sales::Discount::Kind::Amount;
    mouse.discount.amount = Money::fromRial(500'000);
    d.lines = {
        laptop,
        line("P-2040", "مانیتور ال‌جی 24 اینچ", 3000, "دستگاه", 72'500'000),
        mouse,
        line("C-0007", "کابل HDMI دو متری", 12000, "عدد", 380'000),
        line("S-0100", "نصب و راه‌اندازی شبکه", 1000, "خدمت", 18'000'000),
        line("M-0450", "چسب حرارتی صنعتی", 2500, "کیلوگرم", 3'200'000),
    };
    d.documentDiscount.kind = sales::Discount::Kind::Amount;
    d.documentDiscount.amount = Money::fromRial(5'000'000);
    sales::DocumentAddition shipping;
    shipping.description = u8("هزینه حمل");
    shipping.amount = Money::fromRial(2'500'000);
    d.additions = { shipping };
    fillTotals(d);
    return documents::Printable { d, {}, {} };
}

documents::Printable longDocument(int lines, sales::DocumentType type)
{
    documents::Printable p = sampleQuote();
    sales::Document& d = p.document;
    d.type = type;
    d.number = type == sales::DocumentType::Quote ? QStringLiteral("PF-1404-0999") : QStringLiteral("INV-1404-0042");
    d.lines.clear();
    for (int i = 0; i < lines; ++i) {
        auto l = line("", "", 1000 + (i % 7) * 1000, "عدد", 150'000 + (i % 13) * 10'000);
        l.code = QStringLiteral("K-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        l.description = u8("قطعه یدکی شماره %1").arg(i + 1);
        d.lines.append(l);
    }
    fillTotals(d);
    return p;
}

} // namespace peyvand::test

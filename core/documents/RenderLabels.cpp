#include "RenderLabels.h"

namespace peyvand::documents {

namespace {

QString fa(const char* utf8) { return QString::fromUtf8(utf8); }

Labels english()
{
    Labels l;
    l.quoteTitle = QStringLiteral("Pre-invoice");
    l.invoiceTitle = QStringLiteral("Sales invoice of goods and services");
    l.notTaxInvoice = QStringLiteral("This pre-invoice is not a tax invoice.");
    l.customerCopy = QStringLiteral("Customer copy");
    l.accountingCopy = QStringLiteral("Accounting copy");
    l.archiveCopy = QStringLiteral("Archive copy");

    l.number = QStringLiteral("Number");
    l.draft = QStringLiteral("Draft");
    l.issueDate = QStringLiteral("Date");
    l.validUntil = QStringLiteral("Valid until");
    l.outgoingNumber = QStringLiteral("Outgoing no.");
    l.remittanceNumber = QStringLiteral("Remittance no.");
    l.marketer = QStringLiteral("Marketer");

    l.seller = QStringLiteral("Seller");
    l.buyer = QStringLiteral("Buyer");
    l.name = QStringLiteral("Name");
    l.economicCode = QStringLiteral("Economic code");
    l.nationalId = QStringLiteral("National ID");
    l.registrationNumber = QStringLiteral("Registration no.");
    l.postalCode = QStringLiteral("Postal code");
    l.address = QStringLiteral("Address");
    l.phone = QStringLiteral("Phone");

    l.rowNumber = QStringLiteral("No.");
    l.code = QStringLiteral("Code");
    l.description = QStringLiteral("Description");
    l.quantity = QStringLiteral("Quantity");
    l.unit = QStringLiteral("Unit");
    l.unitPrice = QStringLiteral("Unit price");
    l.amount = QStringLiteral("Amount");
    l.discount = QStringLiteral("Discount");
    l.afterDiscount = QStringLiteral("After discount");
    l.tax = QStringLiteral("VAT and duty");
    l.total = QStringLiteral("Total");
    l.serial = QStringLiteral("Serial: %1");
    l.amountsIn = QStringLiteral("Amounts in %1");

    l.sumOfAmounts = QStringLiteral("Sum of amounts");
    l.discounts = QStringLiteral("Discount");
    l.netOfDiscount = QStringLiteral("After discount");
    l.vat = QStringLiteral("VAT (%1)");
    l.duty = QStringLiteral("Duty (%1)");
    l.grandTotal = QStringLiteral("Grand total");
    l.amountInWords = QStringLiteral("Amount in words");
    l.rial = QStringLiteral("Rial");
    l.toman = QStringLiteral("Toman");
    l.tomanAndRial = QStringLiteral("%1 Toman and %2 Rial");

    l.paymentTerms = QStringLiteral("Payment terms");
    l.cash = QStringLiteral("Cash");
    l.credit = QStringLiteral("Credit");
    l.notes = QStringLiteral("Description and terms");

    l.sellerSignature = QStringLiteral("Seller's stamp and signature");
    l.buyerSignature = QStringLiteral("Buyer's stamp and signature");
    l.page = QStringLiteral("Page %1 of %2");
    return l;
}

Labels persian()
{
    Labels l;
    l.quoteTitle = fa("پیش‌فاکتور");
    l.invoiceTitle = fa("صورتحساب فروش کالا و خدمات");
    l.notTaxInvoice = fa("این پیش‌فاکتور صورتحساب مالیاتی نیست.");
    l.customerCopy = fa("نسخه مشتری");
    l.accountingCopy = fa("نسخه حسابداری");
    l.archiveCopy = fa("نسخه بایگانی");

    l.number = fa("شماره");
    l.draft = fa("پیش‌نویس");
    l.issueDate = fa("تاریخ");
    l.validUntil = fa("تاریخ اعتبار");
    l.outgoingNumber = fa("شماره خروجی");
    l.remittanceNumber = fa("شماره حواله");
    l.marketer = fa("نام بازاریاب");

    l.seller = fa("مشخصات فروشنده");
    l.buyer = fa("مشخصات خریدار");
    l.name = fa("نام شخص حقیقی / حقوقی");
    l.economicCode = fa("شماره اقتصادی");
    l.nationalId = fa("شناسه / کد ملی");
    l.registrationNumber = fa("شماره ثبت");
    l.postalCode = fa("کد پستی");
    l.address = fa("نشانی");
    l.phone = fa("تلفن");

    l.rowNumber = fa("ردیف");
    l.code = fa("کد کالا");
    l.description = fa("شرح کالا یا خدمات");
    l.quantity = fa("تعداد/مقدار");
    l.unit = fa("واحد");
    l.unitPrice = fa("مبلغ واحد");
    l.amount = fa("مبلغ کل");
    l.discount = fa("تخفیف");
    l.afterDiscount = fa("مبلغ پس از تخفیف");
    l.tax = fa("جمع مالیات و عوارض");
    l.total = fa("جمع کل");
    l.serial = fa("سریال: %1");
    l.amountsIn = fa("مبالغ به %1");

    l.sumOfAmounts = fa("جمع مبالغ");
    l.discounts = fa("تخفیف");
    l.netOfDiscount = fa("مبلغ پس از تخفیف");
    l.vat = fa("مالیات بر ارزش افزوده (%1)");
    l.duty = fa("عوارض (%1)");
    l.grandTotal = fa("جمع کل قابل پرداخت");
    l.amountInWords = fa("مبلغ به حروف");
    l.rial = fa("ریال");
    l.toman = fa("تومان");
    l.tomanAndRial = fa("%1 تومان و %2 ریال");

    l.paymentTerms = fa("شرایط پرداخت");
    l.cash = fa("نقدی");
    l.credit = fa("اعتباری");
    l.notes = fa("توضیحات و شرایط");

    l.sellerSignature = fa("مهر و امضای فروشنده");
    l.buyerSignature = fa("مهر و امضای خریدار");
    l.page = fa("صفحه %1 از %2");
    return l;
}

} // namespace

const Labels& labelsFor(DocumentLanguage language)
{
    static const Labels en = english();
    static const Labels fa = persian();
    return language == DocumentLanguage::Persian ? fa : en;
}

QString printedTitle(const sales::Document& document, const Labels& labels)
{
    const QString title = document.title.trimmed();
    if (!title.isEmpty())
        return title;
    return document.type == sales::DocumentType::Quote ? labels.quoteTitle : labels.invoiceTitle;
}

} // namespace peyvand::documents

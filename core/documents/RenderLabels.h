#pragma once

#include "DocumentRenderer.h"

#include <QString>

namespace peyvand::documents {

// The fixed wording of the printed form, in the language of the printout.
//
// A printout's language is RenderOptions::language, not the application's:
// a Persian invoice must come out in Persian from an English session or from
// the command line, where no translation is loaded, and an English one from a
// Persian session. So these labels are not tr() strings but an explicit table
// of {English, Persian} pairs; the Persian side is the legal wording of the
// «صورتحساب فروش کالا و خدمات» form. Messages shown to the user (errors) are
// translated as usual.
struct Labels {
    QString quoteTitle;
    QString invoiceTitle;
    QString notTaxInvoice;
    QString customerCopy;
    QString accountingCopy;
    QString archiveCopy;

    QString number;
    QString draft;
    QString issueDate;
    QString validUntil;
    QString outgoingNumber;
    QString remittanceNumber;
    QString marketer;

    QString seller;
    QString buyer;
    QString name;
    QString economicCode;
    QString nationalId;
    QString registrationNumber;
    QString postalCode;
    QString address;
    QString phone;

    QString rowNumber;
    QString code;
    QString description;
    QString quantity;
    QString unit;
    QString unitPrice;
    QString amount;
    QString discount;
    QString afterDiscount;
    QString tax;
    QString total;
    QString serial;       // "Serial: %1"
    QString amountsIn;    // "Amounts in %1"

    QString sumOfAmounts;
    QString discounts;
    QString netOfDiscount;
    QString vat;          // "VAT (%1)"
    QString duty;         // "Duty (%1)"
    QString grandTotal;
    QString amountInWords;
    QString rial;
    QString toman;
    QString tomanAndRial; // "%1 Toman and %2 Rial" (words)

    QString paymentTerms;
    QString cash;
    QString credit;
    QString notes;

    QString sellerSignature;
    QString buyerSignature;
    QString page;         // "Page %1 of %2"
};

const Labels& labelsFor(DocumentLanguage language);
// The document's own title, or the form's default for its type.
QString printedTitle(const sales::Document& document, const Labels& labels);

} // namespace peyvand::documents

#include "PaymentValidator.h"

#include "text/Digits.h"
#include "text/PersianText.h"
#include "text/Validators.h"

#include <QCoreApplication>

namespace peyvand::payments {

namespace {

struct ValidatorText {
    Q_DECLARE_TR_FUNCTIONS(Payments)
};

QString withoutSeparators(const QString& text)
{
    QString out;
    for (const QChar c : text::toAsciiDigits(text)) {
        if (!c.isSpace() && c != QLatin1Char('-'))
            out += c;
    }
    return out;
}

void normalize(QString& value) { value = text::normalizeForStorage(value); }

} // namespace

Result<QString> normalizeSayadId(const QString& text)
{
    const QString digits = withoutSeparators(text);
    bool allDigits = digits.size() == 16;
    for (const QChar c : digits)
        allDigits = allDigits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (!allDigits)
        return Error::invalid(QStringLiteral("sayad_id"), ValidatorText::tr("The Sayad ID must be exactly 16 digits."));
    return digits;
}

Result<QString> normalizeDrawerId(const QString& text)
{
    const QString digits = withoutSeparators(text);
    if (digits.isEmpty())
        return QString();
    const QString field = QStringLiteral("drawer_id");
    if (digits.size() == 11) {
        auto legal = text::normalizeLegalId(digits, field);
        if (!legal)
            return Error::invalid(field, ValidatorText::tr("The drawer's ID is not a valid legal ID."));
        return *legal;
    }
    if (digits.size() == 10) {
        auto national = text::normalizeNationalId(digits, field);
        if (!national)
            return Error::invalid(field, ValidatorText::tr("The drawer's ID is not a valid national ID."));
        return *national;
    }
    return Error::invalid(field, ValidatorText::tr("The drawer's ID must be a national ID of 10 digits or a legal ID of 11 digits."));
}

Status normalizeChequeDetails(Cheque& c)
{
    auto sayad = normalizeSayadId(c.sayadId);
    if (!sayad)
        return sayad.error();
    c.sayadId = *sayad;
    auto drawer = normalizeDrawerId(c.drawerId);
    if (!drawer)
        return drawer.error();
    c.drawerId = *drawer;
    if (c.image.size() > PaymentService::kMaxChequeImageBytes) {
        return Error::invalid(QStringLiteral("image"),
                              ValidatorText::tr("The cheque's image is larger than %1 MB.").arg(PaymentService::kMaxChequeImageBytes / (1024 * 1024)));
    }
    if (c.image.isEmpty())
        c.imageMime.clear();
    c.serial = text::toAsciiDigits(text::normalizeForStorage(c.serial));
    c.branchCode = text::toAsciiDigits(text::normalizeForStorage(c.branchCode));
    c.accountNumber = text::toAsciiDigits(text::normalizeForStorage(c.accountNumber));
    normalize(c.bank);
    normalize(c.branchName);
    normalize(c.drawerName);
    c.imageMime = c.imageMime.trimmed();
    c.note = text::normalizeMultilineForStorage(c.note);
    return {};
}

Status normalizeNewPayment(NewPayment& p)
{
    if (p.amount.rial() <= 0)
        return Error::invalid(QStringLiteral("amount"), ValidatorText::tr("The amount must be more than zero."));
    const bool instrument = p.method == PaymentMethod::Credit || p.method == PaymentMethod::Cheque;
    if (instrument && !p.dueDate.isValid()) {
        const QString message = p.method == PaymentMethod::Cheque ? ValidatorText::tr("Enter the cheque's due date.")
                                                                  : ValidatorText::tr("Enter the date the customer promised to pay by.");
        return Error::invalid(QStringLiteral("due_date"), message);
    }
    if (!instrument)
        p.dueDate = {};
    if (!p.cardNumber.trimmed().isEmpty()) {
        const QString masked = maskCardNumber(p.cardNumber);
        if (masked.isEmpty())
            return Error::invalid(QStringLiteral("card_number"), ValidatorText::tr("The card number must have 16 digits."));
        p.cardNumber = masked;
    }
    p.terminal = text::toAsciiDigits(text::normalizeForStorage(p.terminal));
    p.traceNumber = text::toAsciiDigits(text::normalizeForStorage(p.traceNumber));
    p.reference = text::toAsciiDigits(text::normalizeForStorage(p.reference));
    p.account = text::toAsciiDigits(text::normalizeForStorage(p.account));
    normalize(p.bank);
    normalize(p.payerName);
    p.note = text::normalizeMultilineForStorage(p.note);
    if (p.method == PaymentMethod::Cheque)
        return normalizeChequeDetails(p.cheque);
    return {};
}

} // namespace peyvand::payments

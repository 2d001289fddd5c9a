// Validators: no crash, and the canonical form they return is accepted again
// unchanged (normalising is idempotent).
#include "FuzzSupport.h"
#include "text/PersianText.h"
#include "text/Validators.h"

using namespace peyvand::text;
using peyvand::fuzz::require;

namespace {

template <typename F>
void idempotent(F normalize, const QString& input, const char* what)
{
    const auto first = normalize(input);
    if (!first)
        return;
    const auto second = normalize(*first);
    require(second && *second == *first, what, input);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString input = peyvand::fuzz::textFrom(data, size);
    const QString field = QStringLiteral("field");

    idempotent([&](const QString& s) { return normalizeNationalId(s, field); }, input, "national ID");
    idempotent([&](const QString& s) { return normalizeLegalId(s, field); }, input, "legal ID");
    idempotent([&](const QString& s) { return normalizeEconomicCode(s, field); }, input, "economic code");
    idempotent([&](const QString& s) { return normalizeSheba(s, field); }, input, "Sheba");
    idempotent([&](const QString& s) { return normalizeCardNumber(s, field); }, input, "card");
    idempotent([&](const QString& s) { return normalizePhone(s, field); }, input, "phone");
    idempotent([&](const QString& s) { return normalizeEmail(s, field); }, input, "email");

    if (const auto mobile = normalizeMobile(input, field)) {
        require(mobile->canonical.size() == 11 && mobile->canonical.startsWith(QStringLiteral("09")), "mobile shape", input);
        const auto again = normalizeMobile(mobile->canonical, field);
        require(again && again->canonical == mobile->canonical && again->knownOperator == mobile->knownOperator,
                "mobile idempotent", input);
    }
    if (const auto postal = normalizePostalCode(input, field)) {
        const auto again = normalizePostalCode(postal->digits, field);
        require(again && again->digits == postal->digits, "postal code idempotent", input);
    }
    const QString masked = maskCardNumber(input);
    require(masked.size() == digitsOnly(input).size(), "mask keeps the length", input);

    const auto any = normalizeNationalId(input);
    if (!any)
        require(any.error().field == QStringLiteral("national_id") && !any.error().message.isEmpty(), "error names the field", input);
    return 0;
}

// The quote request parser of the command line (sales/QuoteJson.h): no
// crash on any bytes; an accepted request computes totals or reports an
// error, and a computed document serialises.
#include "FuzzSupport.h"
#include "sales/DocumentService.h"
#include "sales/QuoteJson.h"

using namespace peyvand;
using peyvand::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const Result<sales::QuoteRequest> request = sales::parseQuoteRequest(bytes);
    if (!request) {
        require(!request.error().field.isEmpty(), "parse errors name a field", QString::fromUtf8(bytes));
        return 0;
    }
    require(!request->draft.lines.isEmpty(), "accepted requests have lines", QString::fromUtf8(bytes));
    sales::Document draft = request->draft;
    draft.rates = { BasisPoints { 700 }, BasisPoints { 300 } };
    if (const Result<sales::Document> computed = sales::DocumentService::computed(draft))
        require(!sales::documentToJson(*computed).isEmpty(), "computed documents serialise", QString::fromUtf8(bytes));
    return 0;
}

#include "TestSupport.h"

#include "sales/TaxRateTable.h"
#include "text/Jalali.h"

using namespace peyvand;
using namespace peyvand::sales;

namespace {
QDate jalali(int y, int m, int d)
{
    return text::jalali::toGregorian({ y, m, d });
}
} // namespace

TEST_CASE("Default rates follow domain.md: 9 % in 1402, 10 % from 1403/01/01", "[sales]")
{
    const TaxRateTable table = TaxRateTable::defaults();
    CHECK(table.ratesOn(jalali(1402, 6, 1))->vat.value == 600);
    CHECK(table.ratesOn(jalali(1402, 12, 29))->vat.value == 600);
    CHECK(table.ratesOn(jalali(1403, 1, 1))->vat.value == 700);
    CHECK(table.ratesOn(jalali(1404, 12, 29))->duty.value == 300);
    CHECK(table.ratesOn(QDate(2024, 3, 19))->vat.value == 600); // 1402/12/29
    CHECK(table.ratesOn(QDate(2024, 3, 20))->vat.value == 700); // 1403/01/01
    auto before = table.ratesOn(jalali(1401, 12, 29));
    REQUIRE_FALSE(before);
    CHECK(before.error().code == ErrorCode::NotFound);
}

TEST_CASE("The user extends and corrects the table", "[sales]")
{
    TaxRateTable table = TaxRateTable::defaults();
    REQUIRE(table.set({ jalali(1405, 1, 1), { BasisPoints { 900 }, BasisPoints { 300 } } }));
    CHECK(table.ratesOn(jalali(1405, 1, 1))->vat.value == 900);
    CHECK(table.ratesOn(jalali(1404, 12, 29))->vat.value == 700);
    REQUIRE(table.set({ jalali(1405, 1, 1), { BasisPoints { 800 }, BasisPoints { 300 } } })); // replaces
    CHECK(table.periods().size() == 3);
    CHECK(table.ratesOn(jalali(1406, 5, 5))->vat.value == 800);
    CHECK_FALSE(table.set({ jalali(1406, 1, 1), { BasisPoints { -1 }, BasisPoints { 300 } } }));
    CHECK_FALSE(table.set({ QDate(), { BasisPoints { 100 }, BasisPoints { 300 } } }));
}

#include "ReceivablesFixture.h"

using namespace peyvand;
using namespace peyvand::payments;
using namespace peyvand::test;

TEST_CASE("The record reads the customer's cheques and credit promises", "[payments][rating]")
{
    ReceivablesFixture f;
    const qint64 ali = f.customer(QStringLiteral("Ali"));
    const qint64 sara = f.customer(QStringLiteral("Sara"));
    const qint64 inv = f.invoice(ali, f.day(-200), 100'000'000);
    // On time: cleared 2 days after due (grace).
    f.cheque(ali, inv, 1000, f.day(-60), { QStringLiteral("deposited"), QStringLiteral("cleared") }, f.day(-58));
    // Late 10 days after a bounce, redeposited and cleared.
    f.cheque(ali, inv, 1000, f.day(-50),
             { QStringLiteral("deposited"), QStringLiteral("bounced"), QStringLiteral("redeposited"), QStringLiteral("cleared") }, f.day(-40));
    // Not judged: cancelled, transferred, returned unbounced, issued by us, not due.
    f.cheque(ali, inv, 1000, f.day(-30), { QStringLiteral("cancelled") }, f.day(-30));
    f.cheque(ali, inv, 1000, f.day(-30), { QStringLiteral("transferred") }, f.day(-31));
    f.cheque(ali, inv, 1000, f.day(-30), { QStringLiteral("returned") }, f.day(-31));
    f.cheque(0, 0, 1000, f.day(-30), {}, {}, QStringLiteral("issued"), QStringLiteral("Supplier"));
    f.cheque(ali, inv, 1000, f.day(30));
    // Promises: kept on time, kept late by 5 days, still open 20 days after due, void.
    f.payment(ali, inv, QStringLiteral("credit"), QStringLiteral("kept"), 500, f.day(-100), f.day(-90), f.day(-91));
    f.payment(ali, inv, QStringLiteral("credit"), QStringLiteral("kept"), 500, f.day(-100), f.day(-80), f.day(-75));
    f.payment(ali, inv, QStringLiteral("credit"), QStringLiteral("pending"), 500, f.day(-100), f.day(-20));
    f.payment(ali, inv, QStringLiteral("credit"), QStringLiteral("void"), 500, f.day(-100), f.day(-20));
    // Someone else's bounced cheque.
    f.cheque(sara, 0, 1000, f.day(-30), { QStringLiteral("deposited"), QStringLiteral("bounced") }, f.day(-29));

    auto items = f.records->items(ali);
    REQUIRE(items);
    CHECK(items->size() == 6);
    auto record = f.records->record(ali);
    REQUIRE(record);
    CHECK(record->itemsDue == 5);
    CHECK(record->onTime == 2);
    CHECK(record->late == 3);
    CHECK(record->bouncedCheques == 1);
    CHECK(record->averageDaysLate == Approx((10.0 + 5 + 20) / 3));
    CHECK(record->grade == PaymentGrade::D);

    auto saras = f.records->record(sara);
    REQUIRE(saras);
    CHECK(saras->bouncedCheques == 1);
    CHECK(saras->itemsDue == 1);
    CHECK(saras->late == 1);
    CHECK(saras->grade == PaymentGrade::D);
}

TEST_CASE("A customer with nothing due has no rating", "[payments][rating]")
{
    ReceivablesFixture f;
    const qint64 ali = f.customer(QStringLiteral("Ali"));
    const qint64 inv = f.invoice(ali, f.day(-2), 1000);
    f.cheque(ali, inv, 1000, f.day(10));
    f.payment(ali, inv, QStringLiteral("cash"), QStringLiteral("settled"), 10, f.day(-1), {}, f.day(-1));
    auto record = f.records->record(ali);
    REQUIRE(record);
    CHECK(record->itemsDue == 0);
    CHECK_FALSE(record->grade.has_value());
}

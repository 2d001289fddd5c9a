#include "SalesFixture.h"

#include "sales/DocumentNumbering.h"

using namespace peyvand;
using namespace peyvand::sales;
using peyvand::test::jalali;
using peyvand::test::u8;

TEST_CASE("Number patterns: placeholders and what is refused", "[sales][numbering]")
{
    for (const QString& ok : { QStringLiteral("PF-{year}-{seq:4}"), QStringLiteral("{seq}"), QStringLiteral("{yy}/{seq:9}"),
                               u8("پ-{year}-{seq:3}"), QStringLiteral("INV {year} {seq:1}") }) {
        INFO(ok.toStdString());
        CHECK(validateNumberPattern(ok));
    }
    const QString bad[] = {
        QString(), QStringLiteral("   "), QStringLiteral("PF-{year}"), QStringLiteral("{seq}-{seq:3}"),
        QStringLiteral("{year}-{sequence}"), QStringLiteral("{seq:0}"), QStringLiteral("{seq:10}"), QStringLiteral("{Year}-{seq}"),
        QStringLiteral("PF-{seq"), QStringLiteral("PF}-{seq}"), QStringLiteral("PF-\n{seq}"), QStringLiteral("{seq}") + QString(40, u'x'),
    };
    for (const QString& pattern : bad) {
        INFO(pattern.toStdString());
        auto s = validateNumberPattern(pattern);
        REQUIRE_FALSE(s);
        CHECK(s.error().code == ErrorCode::InvalidInput);
        CHECK(s.error().field == QStringLiteral("number_pattern"));
        CHECK_FALSE(s.error().message.isEmpty());
    }
}

TEST_CASE("Formatting a document number", "[sales][numbering]")
{
    CHECK(*formatDocumentNumber(QStringLiteral("PF-{year}-{seq:4}"), 1404, 7) == QStringLiteral("PF-1404-0007"));
    CHECK(*formatDocumentNumber(QStringLiteral("{yy}{seq:3}"), 1405, 12) == QStringLiteral("05012"));
    CHECK(*formatDocumentNumber(QStringLiteral("{seq}"), 1404, 12345) == QStringLiteral("12345"));
    CHECK(*formatDocumentNumber(QStringLiteral("F{seq:2}"), 1404, 12345) == QStringLiteral("F12345")); // never truncated
    CHECK(*formatDocumentNumber(u8("ف-{year}/{seq:2}"), 1403, 3) == u8("ف-1403/03"));
    CHECK_FALSE(formatDocumentNumber(QStringLiteral("{seq}"), 1404, 0));
    CHECK_FALSE(formatDocumentNumber(QStringLiteral("{seq}"), 0, 1));
    CHECK_FALSE(formatDocumentNumber(QStringLiteral("{year}"), 1404, 1));
}

TEST_CASE("Issuing numbers documents per type and Jalali year", "[sales][numbering]")
{
    test::SalesFixture f;
    const qint64 c = f.customer();
    const auto issueOn = [&](DocumentType type, QDate date) {
        auto draft = f.documents->createDraft(test::draftFor(c, type, date));
        REQUIRE(draft);
        CHECK(draft->number.isEmpty());
        auto issued = f.documents->issue(draft->id);
        REQUIRE(issued);
        return issued->number;
    };
    CHECK(issueOn(DocumentType::Quote, jalali(1404, 12, 28)) == QStringLiteral("PF-1404-0001"));
    CHECK(issueOn(DocumentType::Quote, jalali(1404, 12, 29)) == QStringLiteral("PF-1404-0002"));
    CHECK(issueOn(DocumentType::Invoice, jalali(1404, 12, 29)) == QStringLiteral("INV-1404-0001"));
    // The counter follows the issue date's Jalali year, not the clock.
    CHECK(issueOn(DocumentType::Quote, jalali(1405, 1, 1)) == QStringLiteral("PF-1405-0001"));
    CHECK(issueOn(DocumentType::Invoice, jalali(1405, 1, 1)) == QStringLiteral("INV-1405-0001"));
    CHECK(issueOn(DocumentType::Quote, jalali(1404, 6, 1)) == QStringLiteral("PF-1404-0003"));
    CHECK(issueOn(DocumentType::Quote, jalali(1403, 12, 30)) == QStringLiteral("PF-1403-0001")); // leap day
    CHECK(issueOn(DocumentType::Quote, jalali(1405, 1, 2)) == QStringLiteral("PF-1405-0002"));
    CHECK(f.count(QStringLiteral("SELECT last_value FROM number_sequences WHERE doc_type = 'quote' AND jalali_year = 1404")) == 3);
    CHECK(f.count(QStringLiteral("SELECT last_value FROM number_sequences WHERE doc_type = 'invoice' AND jalali_year = 1405")) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM number_sequences")) == 5);
}

TEST_CASE("Drafts take no number, the profile's pattern applies when issuing", "[sales][numbering]")
{
    test::SalesFixture f;
    const qint64 c = f.customer();
    auto kept = f.documents->createDraft(test::draftFor(c));
    REQUIRE(kept);
    REQUIRE(f.documents->createDraft(test::draftFor(c)));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM number_sequences")) == 0);

    auto profile = f.profiles->load();
    REQUIRE(profile);
    profile->quoteNumberPattern = u8("پ{yy}-{seq:۳}"); // Persian digits are normalised
    REQUIRE(f.profiles->save(*profile));
    auto issued = f.documents->issue(kept->id);
    REQUIRE(issued);
    CHECK(issued->number == u8("پ04-001"));
}

TEST_CASE("A pattern without the year that would repeat a number is refused", "[sales][numbering]")
{
    test::SalesFixture f;
    const qint64 c = f.customer();
    auto profile = f.profiles->load();
    REQUIRE(profile);
    profile->quoteNumberPattern = QStringLiteral("Q-{seq}");
    REQUIRE(f.profiles->save(*profile));
    auto first = f.documents->createDraft(test::draftFor(c, DocumentType::Quote, jalali(1404, 12, 1)));
    auto second = f.documents->createDraft(test::draftFor(c, DocumentType::Quote, jalali(1405, 1, 5)));
    REQUIRE(first);
    REQUIRE(second);
    REQUIRE(f.documents->issue(first->id));
    auto refused = f.documents->issue(second->id);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("Q-1")));
    CHECK(f.documents->get(second->id)->state == DocumentState::Draft);
    // Rolled back: the counter of 1405 was not used up.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM number_sequences WHERE jalali_year = 1405")) == 0);
}

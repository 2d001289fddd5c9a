#include "SalesFixture.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>

using namespace peyvand;
using namespace peyvand::sales;
using peyvand::test::jalali;
using peyvand::test::u8;

namespace {

QByteArray encodedImage(const char* format, int size = 8)
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(image.save(&buffer, format));
    return bytes;
}

const QByteArray kSvg = QByteArrayLiteral(
    "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>");

CompanyProfile fullProfile()
{
    CompanyProfile p;
    p.name = u8("  شركت   پیوند  ");
    p.economicCode = u8("۱۰۳۸۰۲۸۴۷۹۰");
    p.nationalId = QStringLiteral("10380284790");
    p.registrationNumber = u8("۱۲۳۴۵");
    p.address = u8("خیابان ولیعصر، پلاک ۱۰");
    p.city = u8("تهران");
    p.province = u8("تهران");
    p.postalCode = u8("۱۱۹۳۶-۵۳۴۷۱");
    p.phone = QStringLiteral("021-8877 6655");
    p.email = QStringLiteral("Sales@Peyvand.EXAMPLE");
    p.website = QStringLiteral(" https://peyvand.example ");
    p.defaultTerms = u8("اعتبار: ۷ روز\n\nتحویل درب انبار  ");
    p.quoteNumberPattern = QStringLiteral("Q-{yy}-{seq:5}");
    p.invoiceNumberPattern = QStringLiteral("F-{year}-{seq}");
    p.defaultValidityDays = 14;
    p.displayToman = true;
    p.taxRounding = Rounding::HalfUp;
    p.logo = { encodedImage("PNG"), QStringLiteral("image/png") };
    p.stamp = { kSvg, QStringLiteral("image/svg+xml") };
    return p;
}

} // namespace

TEST_CASE("A new database has the default profile", "[sales][profile]")
{
    test::SalesFixture f;
    auto p = f.profiles->load();
    REQUIRE(p);
    CHECK(p->name.isEmpty());
    CHECK(p->quoteNumberPattern == QStringLiteral("PF-{year}-{seq:4}"));
    CHECK(p->invoiceNumberPattern == QStringLiteral("INV-{year}-{seq:4}"));
    CHECK(p->defaultValidityDays == 7);
    CHECK(p->taxRounding == Rounding::TowardZero);
    CHECK_FALSE(p->displayToman);
    CHECK(p->logo.isNull());
    CHECK(p->stamp.isNull());
}

TEST_CASE("The profile round-trips in its storage form and is audited", "[sales][profile]")
{
    test::SalesFixture f;
    const CompanyProfile given = fullProfile();
    auto saved = f.profiles->save(given);
    REQUIRE(saved);
    auto p = f.profiles->load();
    REQUIRE(p);
    CHECK(p->name == u8("شرکت پیوند"));
    CHECK(p->economicCode == QStringLiteral("10380284790"));
    CHECK(p->nationalId == QStringLiteral("10380284790"));
    CHECK(p->registrationNumber == QStringLiteral("12345"));
    CHECK(p->address == u8("خیابان ولیعصر، پلاک 10"));
    CHECK(p->postalCode == QStringLiteral("1193653471"));
    CHECK(p->phone == QStringLiteral("02188776655"));
    CHECK(p->email == QStringLiteral("Sales@peyvand.example"));
    CHECK(p->website == QStringLiteral("https://peyvand.example"));
    CHECK(p->defaultTerms == u8("اعتبار: 7 روز\n\nتحویل درب انبار"));
    CHECK(p->quoteNumberPattern == QStringLiteral("Q-{yy}-{seq:5}"));
    CHECK(p->invoiceNumberPattern == QStringLiteral("F-{year}-{seq}"));
    CHECK(p->defaultValidityDays == 14);
    CHECK(p->displayToman);
    CHECK(p->taxRounding == Rounding::HalfUp);
    CHECK(p->logo.data == given.logo.data);
    CHECK(p->logo.mimeType == QStringLiteral("image/png"));
    CHECK(p->stamp.data == kSvg);
    CHECK(p->stamp.mimeType == QStringLiteral("image/svg+xml"));
    CHECK(p->updatedAt == f.clock.nowUtc());
    CHECK(saved->name == p->name);

    auto history = storage::AuditLog(*f.db).history(QStringLiteral("company_profile"), 1);
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    CHECK(history->at(0).action == QStringLiteral("update"));
    CHECK(history->at(0).newValues.value(QStringLiteral("name")).toString() == u8("شرکت پیوند"));
    CHECK(history->at(0).oldValues.value(QStringLiteral("name")).toString().isEmpty());

    // A null image removes the stored one.
    CompanyProfile again = *p;
    again.logo = {};
    REQUIRE(f.profiles->save(again));
    CHECK(f.profiles->load()->logo.isNull());
    CHECK(f.profiles->load()->logo.mimeType.isEmpty());
    CHECK(f.profiles->load()->stamp.data == kSvg);
}

TEST_CASE("Profile fields are validated and name the field, nothing is stored", "[sales][profile]")
{
    test::SalesFixture f;
    const std::pair<std::function<void(CompanyProfile&)>, const char*> cases[] = {
        { [](CompanyProfile& p) { p.economicCode = QStringLiteral("10380284791"); }, "economic_code" },
        { [](CompanyProfile& p) { p.economicCode = QStringLiteral("123"); }, "economic_code" },
        { [](CompanyProfile& p) { p.nationalId = QStringLiteral("0499370898"); }, "national_id" },
        { [](CompanyProfile& p) { p.nationalId = QStringLiteral("10380284791"); }, "national_id" },
        { [](CompanyProfile& p) { p.nationalId = QStringLiteral("123456789012"); }, "national_id" },
        { [](CompanyProfile& p) { p.nationalId = QStringLiteral("1111111111"); }, "national_id" },
        { [](CompanyProfile& p) { p.postalCode = QStringLiteral("119365347"); }, "postal_code" },
        { [](CompanyProfile& p) { p.phone = QStringLiteral("call us"); }, "phone" },
        { [](CompanyProfile& p) { p.email = QStringLiteral("sales@localhost"); }, "email" },
        { [](CompanyProfile& p) { p.quoteNumberPattern = QStringLiteral("PF-{year}"); }, "quote_number_pattern" },
        { [](CompanyProfile& p) { p.invoiceNumberPattern = QStringLiteral("{seq}{seq}"); }, "invoice_number_pattern" },
        { [](CompanyProfile& p) { p.defaultValidityDays = -1; }, "default_validity_days" },
        { [](CompanyProfile& p) { p.defaultValidityDays = 3651; }, "default_validity_days" },
    };
    for (const auto& [change, field] : cases) {
        INFO(field);
        CompanyProfile p = fullProfile();
        change(p);
        auto r = f.profiles->save(p);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::InvalidInput);
        CHECK(r.error().field == QLatin1String(field));
        CHECK_FALSE(r.error().message.isEmpty());
    }
    CHECK(f.profiles->load()->name.isEmpty());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'company_profile'")) == 0);
}

TEST_CASE("National IDs are padded, legal IDs accepted, empty fields allowed", "[sales][profile]")
{
    test::SalesFixture f;
    CompanyProfile p;
    p.nationalId = u8("۴۹۹۳۷۰۸۹۹"); // 9 digits: a spreadsheet dropped the zero
    auto saved = f.profiles->save(p);
    REQUIRE(saved);
    CHECK(saved->nationalId == QStringLiteral("0499370899"));
    p.nationalId = QStringLiteral("10380284790");
    CHECK(f.profiles->save(p)->nationalId == QStringLiteral("10380284790"));
    CHECK(f.profiles->save(CompanyProfile {})); // everything optional but the patterns
}

TEST_CASE("Logo and stamp must be readable images within the size limit", "[sales][profile]")
{
    test::SalesFixture f;
    const auto saveLogo = [&](Image logo) {
        CompanyProfile p;
        p.logo = std::move(logo);
        return f.profiles->save(p);
    };
    const QByteArray png = encodedImage("PNG");

    auto sniffed = saveLogo({ png, QString() });
    REQUIRE(sniffed);
    CHECK(sniffed->logo.mimeType == QStringLiteral("image/png"));
    CHECK(saveLogo({ kSvg, QString() })->logo.mimeType == QStringLiteral("image/svg+xml"));
    if (QImageWriter::supportedImageFormats().contains("jpeg")) {
        auto jpeg = saveLogo({ encodedImage("JPEG"), QStringLiteral("image/jpg") });
        REQUIRE(jpeg);
        CHECK(jpeg->logo.mimeType == QStringLiteral("image/jpeg"));
    }

    const Image refused[] = {
        { QByteArrayLiteral("not an image at all"), QStringLiteral("image/png") },
        { png.left(png.size() / 2), QStringLiteral("image/png") },
        { png, QStringLiteral("image/gif") },
        { QByteArrayLiteral("plain text"), QString() },
        { QByteArrayLiteral("<html></html>"), QStringLiteral("image/svg+xml") },
        { QByteArray(CompanyProfileService::kMaxImageBytes + 1, 'x'), QStringLiteral("image/png") },
    };
    for (const Image& image : refused) {
        INFO(image.mimeType.toStdString() << " " << image.data.size());
        auto r = saveLogo(image);
        REQUIRE_FALSE(r);
        CHECK(r.error().field == QStringLiteral("logo"));
    }

    CompanyProfile p;
    p.stamp = { QByteArrayLiteral("garbage"), QStringLiteral("image/jpeg") };
    auto stamp = f.profiles->save(p);
    REQUIRE_FALSE(stamp);
    CHECK(stamp.error().field == QStringLiteral("stamp"));
}

TEST_CASE("Tax rates are stored, dated and extended by the user", "[sales][profile][tax]")
{
    test::SalesFixture f;
    auto table = f.profiles->taxRates();
    REQUIRE(table);
    REQUIRE(table->periods().size() == 2);
    CHECK(table->periods().at(0).validFrom == jalali(1402, 1, 1));
    CHECK(table->periods().at(1).validFrom == jalali(1403, 1, 1));
    CHECK(f.profiles->ratesOn(jalali(1402, 12, 29))->vat.value == 600);
    CHECK(f.profiles->ratesOn(jalali(1403, 1, 1))->vat.value == 700);
    CHECK(f.profiles->ratesOn(jalali(1404, 5, 5))->duty.value == 300);
    auto none = f.profiles->ratesOn(jalali(1401, 12, 29));
    REQUIRE_FALSE(none);
    CHECK(none.error().code == ErrorCode::NotFound);
    CHECK(none.error().message.contains(QStringLiteral("Settings")));

    REQUIRE(f.profiles->setTaxRate({ jalali(1405, 1, 1), { BasisPoints { 900 }, BasisPoints { 300 } } }));
    REQUIRE(f.profiles->setTaxRate({ jalali(1405, 1, 1), { BasisPoints { 800 }, BasisPoints { 400 } } })); // replaces
    CompanyProfileService fresh(*f.db, f.clock); // read back from the table
    CHECK(fresh.taxRates()->periods().size() == 3);
    CHECK(fresh.ratesOn(jalali(1405, 2, 1))->vat.value == 800);
    CHECK(fresh.ratesOn(jalali(1405, 2, 1))->duty.value == 400);
    CHECK(fresh.ratesOn(jalali(1404, 12, 29))->vat.value == 700);

    auto bad = f.profiles->setTaxRate({ jalali(1406, 1, 1), { BasisPoints { 10001 }, BasisPoints { 300 } } });
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(f.profiles->setTaxRate({ QDate(), { BasisPoints { 100 }, BasisPoints { 0 } } }));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tax_rates")) == 3);

    CHECK(jalali(1405, 1, 1) == QDate(2026, 3, 21)); // audited as 20260321
    CHECK(f.auditActions(QStringLiteral("tax_rate"), 20260321) == QStringList { QStringLiteral("create"), QStringLiteral("update") });
}

TEST_CASE("Removing tax rates keeps at least one", "[sales][profile][tax]")
{
    test::SalesFixture f;
    auto missing = f.profiles->removeTaxRate(jalali(1404, 1, 1));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    REQUIRE(f.profiles->removeTaxRate(jalali(1402, 1, 1)));
    CHECK_FALSE(f.profiles->ratesOn(jalali(1402, 6, 1)));
    auto last = f.profiles->removeTaxRate(jalali(1403, 1, 1));
    REQUIRE_FALSE(last);
    CHECK(last.error().code == ErrorCode::Conflict);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tax_rates")) == 1);
    CHECK(f.auditActions(QStringLiteral("tax_rate"), 20230321) == QStringList { QStringLiteral("delete") });
}

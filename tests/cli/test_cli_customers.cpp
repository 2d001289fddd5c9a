// customers add / update / show / list / archive / restore / delete.
#include "CliTestSupport.h"

#include <QDate>

using namespace peyvand::test;

namespace {

QString s(const char* latin) { return QString::fromLatin1(latin); }

// A valid national ID from domain.md and a valid mobile.
const char* const kNationalId = "0499370899";
const char* const kMobile = "09121234567";

} // namespace

TEST_CASE("customers add prints the new ID", "[cli][customers]")
{
    TempDatabase db;
    const CliRun en = db.run({ s("customers"), s("add"), s("--name"), u8("علی رضایی"), s("--lang"), s("en") });
    INFO(en.err.toStdString());
    REQUIRE(en.code == 0);
    CHECK(en.out == s("1\n"));

    // Persian output uses Persian digits; the ID is accepted back in them.
    const CliRun fa = db.run({ s("customers"), s("add"), s("--name"), u8("مریم احمدی") });
    REQUIRE(fa.code == 0);
    CHECK(fa.out == u8("۲\n"));
    const CliRun show = db.run({ s("customers"), s("show"), fa.out.trimmed(), s("--json") });
    REQUIRE(show.code == 0);
    CHECK(show.object().value(s("name")).toString() == u8("مریم احمدی"));
}

TEST_CASE("customers add --json prints the customer with snake_case keys", "[cli][customers]")
{
    TempDatabase db;
    const CliRun r = db.run({ s("customers"), s("add"), s("--json"), s("--name"), u8("علی رضایی"),
                              s("--company"), u8("پارس‌تک"), s("--mobile"), s(kMobile), s("--national-id"),
                              s(kNationalId), s("--email"), s("Ali@Example.COM"), s("--city"), u8("تهران"),
                              s("--tag"), u8("عمده"), s("--tag"), s("vip"), s("--since"), s("2024-03-20"),
                              s("--phone"), s("021-88776655"), s("--source"), u8("نمایشگاه"),
                              s("--preferred-channel"), s("whatsapp") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject o = r.object();
    for (const char* key : { "id", "kind", "name", "company", "mobile", "national_id", "legal_id", "economic_code",
                             "registration_number", "other_phones", "email", "website", "instagram", "telegram",
                             "whatsapp", "linkedin", "preferred_channel", "address", "city", "province",
                             "postal_code", "source", "tags", "since", "since_jalali", "archived", "created_at",
                             "created_at_jalali", "updated_at", "updated_at_jalali" }) {
        INFO(key);
        CHECK(o.contains(s(key)));
    }
    CHECK(o.value(s("id")).toInteger() == 1);
    CHECK(o.value(s("kind")).toString() == s("person"));
    CHECK(o.value(s("name")).toString() == u8("علی رضایی"));
    CHECK(o.value(s("company")).toString() == u8("پارس‌تک"));
    CHECK(o.value(s("mobile")).toString() == s(kMobile));
    CHECK(o.value(s("national_id")).toString() == s(kNationalId));
    CHECK(o.value(s("email")).toString().endsWith(s("@example.com")));
    CHECK(o.value(s("city")).toString() == u8("تهران"));
    CHECK(o.value(s("tags")).toArray().size() == 2);
    CHECK(o.value(s("other_phones")).toArray().size() == 1);
    CHECK(o.value(s("source")).toString() == u8("نمایشگاه"));
    CHECK(o.value(s("preferred_channel")).toString() == s("whatsapp"));
    CHECK(o.value(s("since")).toString() == s("2024-03-20"));
    CHECK(o.value(s("since_jalali")).toString() == s("1403/01/01"));
    CHECK(o.value(s("archived")).toBool() == false);
    CHECK(o.value(s("created_at")).toString().endsWith(u'Z'));
}

TEST_CASE("since accepts Jalali dates in Persian digits", "[cli][customers]")
{
    TempDatabase db;
    struct Case {
        const char* given;
        const char* iso;
        const char* jalali;
    };
    for (const Case& c : { Case { "۱۴۰۳/۰۱/۰۱", "2024-03-20", "1403/01/01" },
                           Case { "1403/12/30", "2025-03-20", "1403/12/30" },
                           Case { "١٤٠٤-٠١-٠١", "2025-03-21", "1404/01/01" }, // Arabic-Indic digits
                           Case { "۲۰۲۴-۰۳-۲۰", "2024-03-20", "1403/01/01" } }) { // ISO in Persian digits
        INFO(c.given);
        const CliRun r = db.run({ s("customers"), s("add"), s("--json"), s("--name"), s("Ali"), s("--since"), u8(c.given) });
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        CHECK(r.object().value(s("since")).toString() == s(c.iso));
        CHECK(r.object().value(s("since_jalali")).toString() == s(c.jalali));
    }
    const qsizetype before = db.count();
    const CliRun bad = db.run({ s("customers"), s("add"), s("--name"), s("Ali"), s("--since"), s("1404/12/30") });
    CHECK(bad.code == 2);
    CHECK(bad.err.contains(s("--since")));
    CHECK(db.count() == before);
}

TEST_CASE("since defaults to today", "[cli][customers]")
{
    TempDatabase db;
    const CliRun r = db.run({ s("customers"), s("add"), s("--json"), s("--name"), s("Ali") });
    REQUIRE(r.code == 0);
    CHECK(r.object().value(s("since")).toString() == QDate::currentDate().toString(Qt::ISODate));
}

TEST_CASE("invalid national ID, mobile or email exit 2, name the field and store nothing", "[cli][customers]")
{
    TempDatabase db;
    db.init();
    db.add({ s("--name"), s("First") });
    struct Case {
        const char* option;
        const char* value;
    };
    for (const Case& c : { Case { "--national-id", "0499370898" }, // checksum
                           Case { "--national-id", "1111111111" }, // all the same digit
                           Case { "--national-id", "12345" },
                           Case { "--mobile", "0912123" },
                           Case { "--mobile", "08121234567" },
                           Case { "--email", "ali@" },
                           Case { "--email", "ali example.com" } }) {
        INFO(c.option << " " << c.value);
        const qsizetype before = db.count();
        const CliRun r = db.run({ s("customers"), s("add"), s("--name"), u8("علی"), s(c.option), u8(c.value) });
        CHECK(r.code == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.startsWith(s("error: ")));
        CHECK(r.err.contains(s(c.option)));
        CHECK(r.err.count(u'\n') == 1);
        CHECK(db.count() == before);
    }
}

TEST_CASE("identifiers in Persian digits and with prefixes are normalised", "[cli][customers]")
{
    TempDatabase db;
    const CliRun r = db.run({ s("customers"), s("add"), s("--json"), s("--name"), s("Ali"), s("--national-id"),
                              u8("۰۴۹۹۳۷۰۸۹۹"), s("--mobile"), u8("+۹۸ ۹۱۲ ۱۲۳ ۴۵۶۷") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.object().value(s("national_id")).toString() == s(kNationalId));
    CHECK(r.object().value(s("mobile")).toString() == s(kMobile));
}

TEST_CASE("warnings go to stderr and do not fail", "[cli][customers]")
{
    TempDatabase db;
    // 0970… is not a known operator prefix; 1111… breaks the postal-code pattern.
    const CliRun r = db.run({ s("customers"), s("add"), s("--name"), s("Ali"), s("--mobile"), s("09701234567"),
                              s("--postal-code"), s("1111122222") });
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.err.startsWith(s("warning: ")));
    CHECK_FALSE(r.err.contains(s("error")));
    CHECK(db.count() == 1);
}

TEST_CASE("bad keys for --kind and --preferred-channel exit 2", "[cli][customers]")
{
    TempDatabase db;
    db.init();
    CliRun r = db.run({ s("customers"), s("add"), s("--name"), s("X"), s("--kind"), s("robot") });
    CHECK(r.code == 2);
    CHECK(r.err.contains(s("--kind")));
    r = db.run({ s("customers"), s("add"), s("--name"), s("X"), s("--preferred-channel"), s("pigeon") });
    CHECK(r.code == 2);
    CHECK(r.err.contains(s("--preferred-channel")));
    CHECK(db.count() == 0);
}

TEST_CASE("a company with a legal ID", "[cli][customers]")
{
    TempDatabase db;
    const CliRun r = db.run({ s("customers"), s("add"), s("--json"), s("--kind"), s("company"), s("--name"),
                              u8("شرکت نمونه"), s("--legal-id"), s("10380284790"), s("--economic-code"),
                              s("10380284790") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.object().value(s("kind")).toString() == s("company"));
    CHECK(r.object().value(s("legal_id")).toString() == s("10380284790"));
}

TEST_CASE("customers update changes only the given fields", "[cli][customers]")
{
    TempDatabase db;
    const qint64 id = db.add({ s("--name"), s("Ali"), s("--city"), u8("تهران"), s("--tag"), s("a"), s("--tag"), s("b") });
    const QString idText = QString::number(id);

    CliRun r = db.run({ s("customers"), s("update"), idText, s("--json"), s("--city"), u8("شیراز"), s("--add-tag"),
                        s("c"), s("--remove-tag"), s("a") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    QJsonObject o = r.object();
    CHECK(o.value(s("name")).toString() == s("Ali"));
    CHECK(o.value(s("city")).toString() == u8("شیراز"));
    QStringList tags;
    for (const QJsonValue& tag : o.value(s("tags")).toArray())
        tags << tag.toString();
    CHECK(tags.contains(s("b")));
    CHECK(tags.contains(s("c")));
    CHECK_FALSE(tags.contains(s("a")));

    // Invalid values are refused and nothing changes.
    r = db.run({ s("customers"), s("update"), idText, s("--email"), s("nope"), s("--city"), s("X") });
    CHECK(r.code == 2);
    CHECK(r.err.contains(s("--email")));
    r = db.run({ s("customers"), s("show"), idText, s("--json") });
    CHECK(r.object().value(s("city")).toString() == u8("شیراز"));

    CHECK(db.run({ s("customers"), s("update"), idText }).code == 2);             // nothing to change
    CHECK(db.run({ s("customers"), s("update"), s("999"), s("--city"), s("X") }).code == 2); // no such customer
}

TEST_CASE("archive, restore and delete", "[cli][customers]")
{
    TempDatabase db;
    const qint64 id = db.add({ s("--name"), s("Ali") });
    db.add({ s("--name"), s("Reza") });
    const QString idText = QString::number(id);

    CliRun r = db.run({ s("customers"), s("archive"), idText, s("--json") });
    REQUIRE(r.code == 0);
    CHECK(r.object().value(s("archived")).toBool());
    CHECK(db.run({ s("customers"), s("list"), s("--json") }).array().size() == 1);
    CHECK(db.run({ s("customers"), s("list"), s("--archived"), s("--json") }).array().size() == 1);
    CHECK(db.run({ s("customers"), s("show"), idText, s("--json") }).object().value(s("archived")).toBool());

    r = db.run({ s("customers"), s("restore"), idText });
    REQUIRE(r.code == 0);
    CHECK(db.run({ s("customers"), s("list"), s("--json") }).array().size() == 2);

    r = db.run({ s("customers"), s("delete"), idText, s("--lang"), s("en") });
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(idText));
    CHECK(db.count() == 1);
    r = db.run({ s("customers"), s("show"), idText });
    CHECK(r.code == 2);
    CHECK(db.run({ s("customers"), s("archive"), s("12345") }).code == 2);
}

TEST_CASE("customers list pages by name", "[cli][customers]")
{
    TempDatabase db;
    for (const char* name : { "Dara", "Bahar", "Arash", "Cyrus" })
        db.add({ s("--name"), s(name) });
    CliRun r = db.run({ s("customers"), s("list"), s("--json"), s("--limit"), s("2") });
    REQUIRE(r.code == 0);
    QJsonArray page = r.array();
    REQUIRE(page.size() == 2);
    CHECK(page.at(0).toObject().value(s("name")).toString() == s("Arash"));
    CHECK(page.at(1).toObject().value(s("name")).toString() == s("Bahar"));
    r = db.run({ s("customers"), s("list"), s("--json"), s("--limit"), s("2"), s("--offset"), s("2") });
    page = r.array();
    REQUIRE(page.size() == 2);
    CHECK(page.at(0).toObject().value(s("name")).toString() == s("Cyrus"));

    const CliRun human = db.run({ s("customers"), s("list"), s("--lang"), s("en") });
    CHECK(human.code == 0);
    CHECK(human.out.count(u'\n') == 4);
    CHECK(db.run({ s("customers"), s("list"), s("--limit"), s("0") }).code == 2);
}

TEST_CASE("human output of show follows --lang", "[cli][customers]")
{
    TempDatabase db;
    const qint64 id = db.add({ s("--name"), u8("علی"), s("--mobile"), s(kMobile), s("--since"), s("2024-03-20") });
    const CliRun fa = db.run({ s("customers"), s("show"), QString::number(id) });
    REQUIRE(fa.code == 0);
    CHECK(fa.out.contains(u8("۱۴۰۳/۰۱/۰۱")));
    CHECK(fa.out.contains(u8("۰۹۱۲۱۲۳۴۵۶۷")));
    CHECK_FALSE(fa.out.contains(s(kMobile)));

    const CliRun en = db.run({ s("customers"), s("show"), QString::number(id), s("--lang"), s("en") });
    REQUIRE(en.code == 0);
    CHECK(en.out.contains(s("1403/01/01")));
    CHECK(en.out.contains(s("2024-03-20")));
    CHECK(en.out.contains(s(kMobile)));
}

#include "LeadTestSupport.h"

#include "leads/LeadService.h"

namespace peyvand::test {

leads::Lead addLead(leads::LeadService& service, const LeadSpec& spec)
{
    leads::Lead draft;
    draft.contact.name = spec.name;
    draft.contact.company = spec.company;
    draft.contact.mobile = spec.mobile;
    if (spec.budget)
        draft.budget = Money::fromRial(*spec.budget);
    draft.timeline = spec.timeline;
    draft.authority = spec.authority;
    draft.need = spec.need;
    draft.industry = spec.industry;
    draft.source = spec.source;
    draft.owner = spec.owner;
    draft.bestTimeToCall = spec.bestTime;
    Result<leads::Lead> created = service.create(draft);
    INFO((created ? QString() : created.error().field + QStringLiteral(": ") + created.error().message).toStdString());
    REQUIRE(created.hasValue());
    return *created;
}

leads::Lead addHotLead(leads::LeadService& service, const QString& name)
{
    LeadSpec spec;
    spec.name = name;
    spec.company = QStringLiteral("Pars Software");
    spec.budget = 600'000'000;
    spec.timeline = leads::Timeline::Now;
    spec.authority = leads::Authority::Owner;
    spec.need = leads::Need::Clear;
    spec.industry = QStringLiteral("software");
    spec.source = leads::LeadSource::Referral;
    spec.owner = QStringLiteral("Maryam");
    spec.mobile = QStringLiteral("09121234567");
    spec.bestTime = QStringLiteral("mornings 9-11");
    return addLead(service, spec);
}

leads::Lead addWarmLead(leads::LeadService& service, const QString& name)
{
    LeadSpec spec;
    spec.name = name;
    spec.company = QStringLiteral("Karimi Trading");
    spec.budget = 150'000'000;
    spec.timeline = leads::Timeline::ThreeMonths;
    spec.authority = leads::Authority::Manager;
    spec.need = leads::Need::Vague;
    spec.industry = QStringLiteral("retail");
    spec.source = leads::LeadSource::Website;
    spec.owner = QStringLiteral("Ali");
    return addLead(service, spec);
}

leads::Lead addColdLead(leads::LeadService& service, const QString& name)
{
    LeadSpec spec;
    spec.name = name;
    spec.source = leads::LeadSource::Social;
    return addLead(service, spec);
}

} // namespace peyvand::test

namespace peyvand::test {

qint64 addDemoLeads(leads::LeadService& service)
{
    struct Demo {
        const char* name;
        const char* company;
        qint64 budget;
        leads::Timeline timeline;
        leads::Authority authority;
        leads::Need need;
        const char* industry;
        leads::LeadSource source;
        const char* owner;
        const char* mobile;
        const char* bestTime;
    };
    using T = leads::Timeline;
    using A = leads::Authority;
    using N = leads::Need;
    using S = leads::LeadSource;
    const Demo demos[] = {
        { "سارا احمدی", "فناوران پارس", 850'000'000, T::Now, A::Owner, N::Clear, "software", S::Referral, "مریم نوری", "09121234567", "صبح‌ها ۹ تا ۱۱" },
        { "رضا کریمی", "بازرگانی کریمی", 150'000'000, T::ThreeMonths, A::Manager, N::Vague, "retail", S::Website, "علی رحیمی", "09351112233", "بعدازظهر" },
        { "نیما جعفری", "", 0, T::Unknown, A::Unknown, N::Unknown, "", S::Social, "", "09190001122", "" },
        { "مهسا رستمی", "صنایع غذایی مهسا", 2'500'000'000, T::OneMonth, A::Owner, N::Clear, "food", S::Advertising, "مریم نوری", "09127778899", "شنبه‌ها" },
        { "حمید صادقی", "ساختمان‌سازان آریا", 600'000'000, T::SixMonths, A::Manager, N::Clear, "construction", S::Phone, "علی رحیمی", "09133334455", "عصرها بعد از ۴" },
        { "لیلا موسوی", "کلینیک سلامت", 300'000'000, T::OneMonth, A::Staff, N::Vague, "healthcare", S::Email, "مریم نوری", "", "" },
        { "امیر حسینی", "پخش البرز", 1'200'000'000, T::Now, A::Manager, N::Clear, "wholesale", S::Trial, "سعید امینی", "09124445566", "ساعت ۱۰ تا ۱۲" },
        { "زهرا قاسمی", "آموزشگاه فردا", 80'000'000, T::Later, A::Owner, N::None, "education", S::Content, "سعید امینی", "", "" },
        { "کاوه نادری", "تولیدی نادری", 950'000'000, T::ThreeMonths, A::Owner, N::Vague, "manufacturing", S::WalkIn, "علی رحیمی", "09398887766", "صبح زود" },
        { "پریسا بهرامی", "", 40'000'000, T::SixMonths, A::Unknown, N::Vague, "services", S::Website, "", "", "" },
    };
    qint64 best = 0;
    for (const Demo& demo : demos) {
        LeadSpec spec;
        spec.name = u8(demo.name);
        spec.company = u8(demo.company);
        if (demo.budget > 0)
            spec.budget = demo.budget;
        spec.timeline = demo.timeline;
        spec.authority = demo.authority;
        spec.need = demo.need;
        spec.industry = QString::fromLatin1(demo.industry);
        spec.source = demo.source;
        spec.owner = u8(demo.owner);
        spec.mobile = QString::fromLatin1(demo.mobile);
        spec.bestTime = u8(demo.bestTime);
        const leads::Lead lead = addLead(service, spec);
        if (best == 0)
            best = lead.id;
    }
    REQUIRE(service.addNote(best, u8("در نمایشگاه الکامپ آشنا شدیم؛ برای ۲۰ کاربر نرم‌افزار می‌خواهند.")).hasValue());
    REQUIRE(service.addNote(best, u8("مدیرعامل خودش تصمیم می‌گیرد؛ پیش‌فاکتور تا آخر هفته.")).hasValue());
    customers::Interaction call;
    call.customerId = best;
    call.channel = customers::InteractionChannel::Phone;
    call.contactPerson = u8("سارا احمدی");
    call.summary = u8("درباره‌ی قیمت و زمان نصب صحبت کردیم");
    call.outcome = u8("منتظر پیش‌فاکتور");
    REQUIRE(service.logInteraction(call).hasValue());
    call.channel = customers::InteractionChannel::Meeting;
    call.summary = u8("جلسه‌ی معرفی محصول در دفتر مشتری");
    call.outcome = u8("علاقه‌مند به نسخه‌ی سازمانی");
    REQUIRE(service.logInteraction(call).hasValue());
    return best;
}

} // namespace peyvand::test

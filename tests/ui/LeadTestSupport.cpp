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

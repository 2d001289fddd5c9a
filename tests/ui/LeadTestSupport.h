#pragma once

#include "UiTestSupport.h"

#include "leads/Lead.h"

namespace peyvand::leads {
class LeadService;
}

namespace peyvand::test {

// What a test lead knows; the default scoring profile gives it these points:
// budget 600M 25, now 25, owner 20, clear 15, software 10 -> 95 (hot, qualified).
struct LeadSpec {
    QString name;
    QString company;
    std::optional<qint64> budget;
    leads::Timeline timeline = leads::Timeline::Unknown;
    leads::Authority authority = leads::Authority::Unknown;
    leads::Need need = leads::Need::Unknown;
    QString industry;
    leads::LeadSource source = leads::LeadSource::Website;
    QString owner;
    QString mobile;
    QString bestTime;
};

// Creates a lead through the service; fails the test when core refuses it.
leads::Lead addLead(leads::LeadService& service, const LeadSpec& spec);

// Three leads: a hot qualified one, a warm one below the threshold, a cold one.
leads::Lead addHotLead(leads::LeadService& service, const QString& name = QStringLiteral("Sara Ahmadi"));
leads::Lead addWarmLead(leads::LeadService& service, const QString& name = QStringLiteral("Reza Karimi"));
leads::Lead addColdLead(leads::LeadService& service, const QString& name = QStringLiteral("Nima Jafari"));

} // namespace peyvand::test

namespace peyvand::test {
// About a dozen realistic Persian leads with notes, interactions and one
// score set by hand, for screenshots. Returns the id of the best lead.
qint64 addDemoLeads(leads::LeadService& service);
} // namespace peyvand::test

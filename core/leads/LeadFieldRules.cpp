#include "LeadFieldRules.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "text/PersianText.h"

#include <QCoreApplication>

#include <algorithm>

namespace peyvand::leads {

namespace {

using customers::FieldIssue;
using Issues = QList<FieldIssue>;

struct LeadsText {
    Q_DECLARE_TR_FUNCTIONS(Leads)
};

constexpr int kShortTextMax = 200;
constexpr int kReasonMax = 1000;

void addError(Issues& issues, const QString& field, const QString& message)
{
    issues << FieldIssue { field, FieldIssue::Severity::Error, message };
}

void clearCustomerOnlyFields(customers::Customer& c)
{
    c.id = 0;
    c.source.clear();
    c.tags.clear();
    c.since = {};
    c.archived = false;
}

void checkWorkflow(Issues& issues, Lead& lead)
{
    lead.owner = text::normalizeForStorage(lead.owner);
    if (lead.owner.size() > kShortTextMax)
        addError(issues, QStringLiteral("owner"), LeadsText::tr("Owner is too long (at most %1 characters).").arg(kShortTextMax));
    lead.bestTimeToCall = text::normalizeForStorage(lead.bestTimeToCall);
    if (lead.bestTimeToCall.size() > kShortTextMax) {
        addError(issues, QStringLiteral("best_time_to_call"),
                 LeadsText::tr("Best time to call is too long (at most %1 characters).").arg(kShortTextMax));
    }
    lead.lostReason = text::normalizeMultilineForStorage(lead.lostReason);
    if (lead.status != LeadStatus::Lost)
        lead.lostReason.clear();
    else if (lead.lostReason.isEmpty())
        addError(issues, QStringLiteral("lost_reason"), LeadsText::tr("Lost reason is required when the lead is lost."));
    else if (lead.lostReason.size() > kReasonMax)
        addError(issues, QStringLiteral("lost_reason"), LeadsText::tr("Lost reason is too long (at most %1 characters).").arg(kReasonMax));
}

Status checkIndustry(storage::Database& db, Issues& issues, Lead& lead)
{
    lead.industry = lead.industry.trimmed();
    if (lead.industry.isEmpty())
        return {};
    auto found = storage::scalar(db.connection(), QStringLiteral("SELECT 1 FROM industries WHERE key = ?"), { lead.industry });
    if (!found)
        return found.error();
    if (!found->isValid())
        addError(issues, QStringLiteral("industry"), LeadsText::tr("Industry “%1” is not in the list of industries.").arg(lead.industry));
    return {};
}

void checkCustom(Issues& issues, Lead& lead, const ScoringProfile& profile)
{
    QMap<QString, QString> cleaned;
    for (auto it = lead.custom.begin(); it != lead.custom.end(); ++it) {
        const QString key = it.key().trimmed();
        const QString option = it.value().trimmed();
        if (key.isEmpty() || option.isEmpty())
            continue;
        const QString field = QStringLiteral("custom.") + key;
        const auto criterion = std::find_if(profile.custom.begin(), profile.custom.end(),
                                            [&](const ChoiceCriterion& c) { return c.key == key; });
        if (criterion == profile.custom.end()) {
            addError(issues, field, LeadsText::tr("“%1” is not a criterion of the scoring profile.").arg(key));
            continue;
        }
        const bool known = std::any_of(criterion->options.begin(), criterion->options.end(),
                                       [&](const OptionPoints& o) { return o.option == option; });
        if (!known) {
            const QString label = criterion->label.isEmpty() ? key : criterion->label;
            addError(issues, field, LeadsText::tr("“%1” is not an option of %2.").arg(option, label));
            continue;
        }
        cleaned.insert(key, option);
    }
    lead.custom = cleaned;
}

} // namespace


Result<customers::ValidationReport> cleanAndValidateLead(storage::Database& db, Lead& lead, const ScoringProfile& profile)
{
    clearCustomerOnlyFields(lead.contact);
    customers::ValidationReport report = customers::CustomerValidator::cleanAndValidate(lead.contact);
    Issues& issues = report.issues;
    checkWorkflow(issues, lead);
    if (lead.budget && lead.budget->isNegative())
        addError(issues, QStringLiteral("budget"), LeadsText::tr("Budget cannot be negative."));
    if (auto s = checkIndustry(db, issues, lead); !s)
        return s.error();
    checkCustom(issues, lead, profile);
    return report;
}

} // namespace peyvand::leads

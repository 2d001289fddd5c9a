#pragma once

#include "common/Money.h"
#include "customers/Customer.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace peyvand::leads {

enum class LeadType { Marketing, Sales, Product, Service };
enum class LeadSource { Website, Email, Social, Advertising, Content, Trial, Referral, Phone, WalkIn, Other };
// The salesperson's workflow; whether the lead is "qualified" for the
// priority queue is decided by its score (Lead::qualified).
enum class LeadStatus { New, Contacted, Qualified, Converted, Lost };
enum class Timeline { Now, OneMonth, ThreeMonths, SixMonths, Later, Unknown };
enum class Authority { Owner, Manager, Staff, Unknown };
enum class Need { Clear, Vague, None, Unknown };
enum class Band { Hot, Warm, Cold };

// One line of a score's explanation. The reason text is made from it when
// shown (describe() in ScoringEngine.h), so it follows the user's language.
struct ScoreItem {
    QString criterion;  // "budget", "timeline", "authority", "industry", "need", "engagement",
                        // a custom criterion's key, or "override"
    QString option;     // what matched: an option key, the budget tier's minimum in Rial,
                        // the number of interactions for engagement; empty when nothing matched
    int points = 0;     // what it adds to the score, after the cap
    int uncapped = 0;   // before the cap
    double ageDays = 0; // engagement only: days since the latest interaction
    friend bool operator==(const ScoreItem&, const ScoreItem&) = default;
};

struct Lead {
    qint64 id = 0;
    // Contact fields as for customers (validated by CustomerValidator); the
    // customer-only fields (since, tags, archived, source) are ignored.
    customers::Customer contact;

    LeadType type = LeadType::Sales;
    LeadSource source = LeadSource::Other;
    QString owner;              // the marketer working it
    LeadStatus status = LeadStatus::New;
    QString lostReason;         // required when status is Lost
    QString bestTimeToCall;     // free text, e.g. "mornings 9–11"

    std::optional<Money> budget; // unknown when empty
    Timeline timeline = Timeline::Unknown;
    Authority authority = Authority::Unknown;
    QString industry;            // industries key, empty when unknown
    Need need = Need::Unknown;
    QMap<QString, QString> custom; // custom criterion key -> option key

    // Written by core only; ignored on create/update.
    int score = 0;               // effective: the override when there is one
    int computedScore = 0;
    std::optional<int> overrideScore;
    QString overrideReason;
    Band band = Band::Cold;
    bool qualified = false;
    QList<ScoreItem> breakdown;  // sums to score
    QDateTime scoredAt;          // UTC
    QDateTime qualifiedAt;       // first time it qualified
    QDateTime nextFollowUp;      // earliest open task, invalid when none
    qint64 convertedCustomerId = 0;
    QDateTime convertedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
};

enum class ScoreChangeCause { Created, Edited, Interaction, Profile, Override, OverrideCleared, Decay, Status };

struct CriterionChange {
    QString criterion;
    int from = 0;
    int to = 0;
    friend bool operator==(const CriterionChange&, const CriterionChange&) = default;
};

struct ScoreChange {
    qint64 id = 0;
    qint64 leadId = 0;
    QDateTime at;
    ScoreChangeCause cause = ScoreChangeCause::Created;
    std::optional<int> oldScore;
    int newScore = 0;
    QList<CriterionChange> changes;
    QString note;  // the override's reason, the profile's name
};

// A lead's note and interaction reuse the customer types; customerId holds
// the lead's id and Interaction::followUp is not used (follow-ups are tasks).
using LeadNote = customers::Note;
using LeadInteraction = customers::Interaction;

// Stable keys (database, JSON, command line) and translated names (context "Leads").
QString toKey(LeadType value);
QString toKey(LeadSource value);
QString toKey(LeadStatus value);
QString toKey(Timeline value);   // now, 1m, 3m, 6m, later, unknown
QString toKey(Authority value);
QString toKey(Need value);
QString toKey(Band value);
QString toKey(ScoreChangeCause value);
std::optional<LeadType> leadTypeFromKey(QStringView key);
std::optional<LeadSource> leadSourceFromKey(QStringView key);
std::optional<LeadStatus> leadStatusFromKey(QStringView key);
std::optional<Timeline> timelineFromKey(QStringView key);
std::optional<Authority> authorityFromKey(QStringView key);
std::optional<Need> needFromKey(QStringView key);
std::optional<Band> bandFromKey(QStringView key);
std::optional<ScoreChangeCause> scoreChangeCauseFromKey(QStringView key);

QString displayName(LeadType value);
QString displayName(LeadSource value);
QString displayName(LeadStatus value);
QString displayName(Timeline value);
QString displayName(Authority value);
QString displayName(Need value);
QString displayName(Band value);
QString displayName(ScoreChangeCause value);

QList<LeadType> allLeadTypes();
QList<LeadSource> allLeadSources();
QList<LeadStatus> allLeadStatuses();
QList<Timeline> allTimelines();
QList<Authority> allAuthorities();
QList<Need> allNeeds();

// Translated label of a built-in criterion key ("budget" -> "Budget"); empty for others.
QString builtinCriterionLabel(const QString& key);

} // namespace peyvand::leads

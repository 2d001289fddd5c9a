#include "ScoringProfile.h"

#include "ScoringProfileCheck.h"

#include <QCoreApplication>
#include <QSet>

namespace peyvand::leads {

namespace {

struct ScoringProfileText {
    Q_DECLARE_TR_FUNCTIONS(ScoringProfile)
};

// Limits, documented in docs/scoring.md.
constexpr int kMinPoints = -100;
constexpr int kMaxPoints = 100;
constexpr int kMaxCap = 100;
constexpr int kMaxScoreSetting = 1000; // threshold and bands
constexpr int kMaxHalfLifeDays = 3650;
constexpr int kMaxTiers = 20;
constexpr int kMaxOptions = 200;
constexpr int kMaxCustom = 20;
constexpr int kMaxNameLength = 100;
constexpr int kMaxKeyLength = 64;

const char* const kBuiltinKeys[] = { "budget", "timeline", "authority", "industry", "need", "engagement", "override" };

ChoiceCriterion choice(const char* key, int cap, std::initializer_list<std::pair<const char*, int>> options)
{
    ChoiceCriterion c;
    c.key = QString::fromLatin1(key);
    c.cap = cap;
    for (const auto& [option, points] : options)
        c.options << OptionPoints { QString::fromLatin1(option), points, {} };
    return c;
}

Status rangeError(const QString& field, int min, int max)
{
    return Error::invalid(field, ScoringProfileText::tr("%1: must be a whole number from %2 to %3.").arg(field).arg(min).arg(max));
}

Status checkRange(qint64 value, const QString& field, int min, int max)
{
    if (value < min || value > max)
        return rangeError(field, min, max);
    return {};
}

Status checkText(const QString& value, const QString& field, int maxLength)
{
    if (value.trimmed().isEmpty())
        return Error::invalid(field, ScoringProfileText::tr("%1: must not be empty.").arg(field));
    if (value.size() > maxLength)
        return Error::invalid(field, ScoringProfileText::tr("%1: at most %2 characters.").arg(field).arg(maxLength));
    return {};
}

// Custom criterion and option keys end up in the database, in JSON and on the
// command line: letters, digits, "_" and "-" only.
Status checkCustomKey(const QString& key, const QString& field)
{
    if (Status s = checkText(key, field, kMaxKeyLength); !s)
        return s;
    for (const QChar c : key) {
        if (!c.isLetterOrNumber() && c != u'_' && c != u'-')
            return Error::invalid(field, ScoringProfileText::tr("%1: use only letters, digits, “_” and “-” in “%2”.").arg(field, key));
    }
    return {};
}

Status checkCount(qsizetype count, const QString& field, int max)
{
    if (count > max)
        return Error::invalid(field, ScoringProfileText::tr("%1: at most %2 entries.").arg(field).arg(max));
    return {};
}

QString optionField(const ChoiceCriterion& c, const QString& path, int index, const char* leaf, detail::FieldNames names,
                    bool builtin)
{
    if (builtin && names == detail::FieldNames::Json)
        return QStringLiteral("%1.points.%2").arg(path, c.options.at(index).option);
    return QStringLiteral("%1.options[%2].%3").arg(path).arg(index).arg(QLatin1String(leaf));
}

Status checkChoice(const ChoiceCriterion& c, const QString& path, bool builtin, detail::FieldNames names)
{
    if (Status s = checkRange(c.cap, path + QStringLiteral(".cap"), 0, kMaxCap); !s)
        return s;
    const QString optionsPath = path + (builtin && names == detail::FieldNames::Json ? QStringLiteral(".points") : QStringLiteral(".options"));
    if (Status s = checkCount(c.options.size(), optionsPath, kMaxOptions); !s)
        return s;
    const QStringList allowed = builtin ? detail::builtinOptionKeys(c.key) : QStringList();
    QSet<QString> seen;
    for (int i = 0; i < c.options.size(); ++i) {
        const OptionPoints& o = c.options.at(i);
        const QString keyField = optionField(c, path, i, "key", names, builtin);
        if (!allowed.isEmpty() && !allowed.contains(o.option)) {
            return Error::invalid(keyField, ScoringProfileText::tr("%1: unknown option; allowed: %2")
                                                .arg(keyField, allowed.join(QStringLiteral(", "))));
        }
        if (builtin && allowed.isEmpty()) {
            if (Status s = checkText(o.option, keyField, kMaxKeyLength); !s)
                return s;
        }
        if (!builtin) {
            if (Status s = checkCustomKey(o.option, keyField); !s)
                return s;
            const QString labelField = optionField(c, path, i, "label", names, builtin);
            if (Status s = checkText(o.label, labelField, kMaxNameLength); !s)
                return s;
        }
        if (seen.contains(o.option))
            return Error::invalid(keyField, ScoringProfileText::tr("%1: “%2” is listed twice.").arg(keyField, o.option));
        seen.insert(o.option);
        if (Status s = checkRange(o.points, optionField(c, path, i, "points", names, builtin), kMinPoints, kMaxPoints); !s)
            return s;
    }
    return {};
}

Status checkBudget(const ScoringProfile& p)
{
    if (Status s = checkRange(p.budgetCap, QStringLiteral("budget.cap"), 0, kMaxCap); !s)
        return s;
    if (Status s = checkRange(p.budgetUnknownPoints, QStringLiteral("budget.unknown"), kMinPoints, kMaxPoints); !s)
        return s;
    if (Status s = checkCount(p.budgetTiers.size(), QStringLiteral("budget.tiers"), kMaxTiers); !s)
        return s;
    QSet<qint64> minima;
    for (int i = 0; i < p.budgetTiers.size(); ++i) {
        const BudgetTier& tier = p.budgetTiers.at(i);
        const QString minField = QStringLiteral("budget.tiers[%1].min_rial").arg(i);
        if (tier.minRial < 0)
            return Error::invalid(minField, ScoringProfileText::tr("%1: must not be negative.").arg(minField));
        if (minima.contains(tier.minRial))
            return Error::invalid(minField, ScoringProfileText::tr("%1: another tier starts at the same amount.").arg(minField));
        minima.insert(tier.minRial);
        if (Status s = checkRange(tier.points, QStringLiteral("budget.tiers[%1].points").arg(i), kMinPoints, kMaxPoints); !s)
            return s;
    }
    return {};
}

Status checkCustom(const ScoringProfile& p, detail::FieldNames names)
{
    if (Status s = checkCount(p.custom.size(), QStringLiteral("custom"), kMaxCustom); !s)
        return s;
    QSet<QString> keys;
    for (const char* builtin : kBuiltinKeys)
        keys.insert(QString::fromLatin1(builtin));
    for (int i = 0; i < p.custom.size(); ++i) {
        const ChoiceCriterion& c = p.custom.at(i);
        const QString path = QStringLiteral("custom[%1]").arg(i);
        const QString keyField = path + QStringLiteral(".key");
        if (Status s = checkCustomKey(c.key, keyField); !s)
            return s;
        if (keys.contains(c.key)) {
            return Error::invalid(keyField, ScoringProfileText::tr("%1: “%2” is already the key of another criterion.")
                                                .arg(keyField, c.key));
        }
        keys.insert(c.key);
        if (Status s = checkText(c.label, path + QStringLiteral(".label"), kMaxNameLength); !s)
            return s;
        if (c.options.isEmpty()) {
            const QString field = path + QStringLiteral(".options");
            return Error::invalid(field, ScoringProfileText::tr("%1: add at least one option.").arg(field));
        }
        if (Status s = checkChoice(c, path, false, names); !s)
            return s;
    }
    return {};
}

} // namespace

namespace detail {

QStringList builtinOptionKeys(const QString& criterion)
{
    QStringList keys;
    if (criterion == QLatin1String("timeline")) {
        for (Timeline t : allTimelines())
            keys << toKey(t);
    } else if (criterion == QLatin1String("authority")) {
        for (Authority a : allAuthorities())
            keys << toKey(a);
    } else if (criterion == QLatin1String("need")) {
        for (Need n : allNeeds())
            keys << toKey(n);
    }
    return keys;
}

QStringList seededIndustryKeys()
{
    return { QStringLiteral("retail"),   QStringLiteral("wholesale"), QStringLiteral("manufacturing"),
             QStringLiteral("construction"), QStringLiteral("software"), QStringLiteral("healthcare"),
             QStringLiteral("education"), QStringLiteral("food"), QStringLiteral("services"),
             QStringLiteral("government"), QStringLiteral("other") };
}

Status validateProfile(const ScoringProfile& p, FieldNames names)
{
    if (Status s = checkText(p.name, QStringLiteral("name"), kMaxNameLength); !s)
        return s;
    if (Status s = checkBudget(p); !s)
        return s;
    const std::pair<const ChoiceCriterion*, const char*> builtins[] = {
        { &p.timeline, "timeline" }, { &p.authority, "authority" }, { &p.need, "need" }, { &p.industry, "industry" }
    };
    for (const auto& [criterion, key] : builtins) {
        const QString path = QString::fromLatin1(key);
        if (criterion->key != path) {
            const QString field = path + QStringLiteral(".key");
            return Error::invalid(field, ScoringProfileText::tr("%1: must be “%2”.").arg(field, path));
        }
        if (Status s = checkChoice(*criterion, path, true, names); !s)
            return s;
    }
    if (Status s = checkCustom(p, names); !s)
        return s;
    if (Status s = checkRange(p.engagement.pointsPerInteraction, QStringLiteral("engagement.points_per_interaction"), 0, kMaxPoints); !s)
        return s;
    if (Status s = checkRange(p.engagement.halfLifeDays, QStringLiteral("engagement.half_life_days"), 1, kMaxHalfLifeDays); !s)
        return s;
    if (Status s = checkRange(p.engagement.cap, QStringLiteral("engagement.cap"), 0, kMaxCap); !s)
        return s;
    if (Status s = checkRange(p.threshold, QStringLiteral("threshold"), 0, kMaxScoreSetting); !s)
        return s;
    if (Status s = checkRange(p.hotFrom, QStringLiteral("bands.hot"), 0, kMaxScoreSetting); !s)
        return s;
    if (Status s = checkRange(p.warmFrom, QStringLiteral("bands.warm"), 0, kMaxScoreSetting); !s)
        return s;
    if (p.warmFrom > p.hotFrom) {
        return Error::invalid(QStringLiteral("bands.warm"),
                              ScoringProfileText::tr("bands.warm: must not be above bands.hot (%1).").arg(p.hotFrom));
    }
    return {};
}

} // namespace detail

ScoringProfile ScoringProfile::defaults()
{
    ScoringProfile p;
    p.name = ScoringProfileText::tr("Default", "the name of the built-in scoring profile");
    p.budgetTiers = { { 1, 5 }, { 100'000'000, 15 }, { 500'000'000, 25 }, { 2'000'000'000, 30 } };
    p.budgetCap = 30;
    p.budgetUnknownPoints = 0;
    p.timeline = choice("timeline", 25, { { "now", 25 }, { "1m", 20 }, { "3m", 12 }, { "6m", 6 }, { "later", 2 }, { "unknown", 0 } });
    p.authority = choice("authority", 20, { { "owner", 20 }, { "manager", 12 }, { "staff", 4 }, { "unknown", 0 } });
    p.need = choice("need", 15, { { "clear", 15 }, { "vague", 6 }, { "none", -10 }, { "unknown", 0 } });
    // In the order of the seeded industries list (migration 0004).
    p.industry = choice("industry", 10,
                        { { "retail", 4 }, { "wholesale", 6 }, { "manufacturing", 8 }, { "construction", 5 },
                          { "software", 10 }, { "healthcare", 6 }, { "education", 3 }, { "food", 4 },
                          { "services", 4 }, { "government", 2 }, { "other", 0 } });
    p.engagement = EngagementRule { 4, 30, 15 };
    p.threshold = 50;
    p.hotFrom = 70;
    p.warmFrom = 40;
    return p;
}

Status validateProfile(const ScoringProfile& profile)
{
    return detail::validateProfile(profile, detail::FieldNames::Struct);
}

} // namespace peyvand::leads

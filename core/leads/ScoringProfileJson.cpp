// The scoring profile's JSON file (docs/scoring.md): written in a fixed,
// readable order; read strictly, every error naming its JSON path.

#include "ScoringProfile.h"

#include "OrderedJson.h"
#include "ScoringProfileCheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <limits>

namespace peyvand::leads {

namespace {

struct ScoringProfileText {
    Q_DECLARE_TR_FUNCTIONS(ScoringProfile)
};

constexpr int kVersion = 1;

using detail::Node;

Node pointsNode(const ChoiceCriterion& c)
{
    Node points = Node::object();
    for (const OptionPoints& o : c.options)
        points.add(o.option, Node::of(o.points));
    return Node::object().add("cap", Node::of(c.cap)).add("points", std::move(points));
}

Node customNode(const ChoiceCriterion& c)
{
    Node options = Node::array();
    for (const OptionPoints& o : c.options)
        options.append(Node::object().add("key", Node::of(o.option)).add("label", Node::of(o.label)).add("points", Node::of(o.points)));
    return Node::object()
        .add("key", Node::of(c.key))
        .add("label", Node::of(c.label))
        .add("cap", Node::of(c.cap))
        .add("options", std::move(options));
}

// ---- reading -------------------------------------------------------------

Error invalid(const QString& path, const QString& message) { return Error::invalid(path, message); }

QString join(const QString& path, const QString& key) { return path.isEmpty() ? key : path + u'.' + key; }

Status checkKeys(const QJsonObject& object, const QString& path, const QStringList& allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().isEmpty()) {
            const QString field = path.isEmpty() ? QStringLiteral("json") : path;
            return invalid(field, ScoringProfileText::tr("%1: a field has no name.").arg(field));
        }
        if (!allowed.contains(it.key())) {
            const QString field = join(path, it.key());
            return invalid(field, ScoringProfileText::tr("%1: unknown field; allowed: %2").arg(field, allowed.join(QStringLiteral(", "))));
        }
    }
    return {};
}

Result<QJsonValue> required(const QJsonObject& object, const QString& path, const char* name)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isUndefined()) {
        const QString field = join(path, QString::fromLatin1(name));
        return invalid(field, ScoringProfileText::tr("%1: required.").arg(field));
    }
    return value;
}

Result<qint64> integer(const QJsonValue& value, const QString& field)
{
    constexpr qint64 kRefused = std::numeric_limits<qint64>::min();
    const qint64 n = value.isDouble() ? value.toInteger(kRefused) : kRefused;
    if (n == kRefused)
        return invalid(field, ScoringProfileText::tr("%1: must be a whole number.").arg(field));
    return n;
}

// An int field; values far outside every allowed range are refused here, the
// exact range is checked by validation.
Result<int> smallInteger(const QJsonValue& value, const QString& field)
{
    const Result<qint64> n = integer(value, field);
    if (!n)
        return n.error();
    if (*n < -1'000'000 || *n > 1'000'000)
        return invalid(field, ScoringProfileText::tr("%1: the number is out of range.").arg(field));
    return int(*n);
}

Result<int> intAt(const QJsonObject& object, const QString& path, const char* name)
{
    const Result<QJsonValue> value = required(object, path, name);
    if (!value)
        return value.error();
    return smallInteger(*value, join(path, QString::fromLatin1(name)));
}

Result<QString> textAt(const QJsonObject& object, const QString& path, const char* name)
{
    const Result<QJsonValue> value = required(object, path, name);
    if (!value)
        return value.error();
    if (!value->isString()) {
        const QString field = join(path, QString::fromLatin1(name));
        return invalid(field, ScoringProfileText::tr("%1: must be text.").arg(field));
    }
    return value->toString();
}

Result<QJsonObject> objectOf(const QJsonValue& value, const QString& field)
{
    if (!value.isObject())
        return invalid(field, ScoringProfileText::tr("%1: must be an object.").arg(field));
    return value.toObject();
}

Result<QJsonObject> objectAt(const QJsonObject& object, const QString& path, const char* name)
{
    const Result<QJsonValue> value = required(object, path, name);
    if (!value)
        return value.error();
    return objectOf(*value, join(path, QString::fromLatin1(name)));
}

Result<QJsonArray> arrayAt(const QJsonObject& object, const QString& path, const char* name)
{
    const Result<QJsonValue> value = required(object, path, name);
    if (!value)
        return value.error();
    if (!value->isArray()) {
        const QString field = join(path, QString::fromLatin1(name));
        return invalid(field, ScoringProfileText::tr("%1: must be a list.").arg(field));
    }
    return value->toArray();
}

QStringList names(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* n : list)
        out << QString::fromLatin1(n);
    return out;
}

// Built-in options in their display order, industries in the seeded list's
// order and then by key, so that reading a written profile gives it back.
void sortOptions(ChoiceCriterion& c)
{
    QStringList order = detail::builtinOptionKeys(c.key);
    if (order.isEmpty())
        order = detail::seededIndustryKeys();
    auto rank = [&](const OptionPoints& o) {
        const qsizetype i = order.indexOf(o.option);
        return i < 0 ? order.size() : i;
    };
    std::stable_sort(c.options.begin(), c.options.end(),
                     [&](const OptionPoints& a, const OptionPoints& b) { return rank(a) < rank(b); });
}

// {"cap": 25, "points": {"now": 25, ...}}
Result<ChoiceCriterion> builtinChoice(const QJsonObject& root, const char* key)
{
    const QString path = QString::fromLatin1(key);
    const Result<QJsonObject> object = objectAt(root, {}, key);
    if (!object)
        return object.error();
    if (Status s = checkKeys(*object, path, names({ "cap", "points" })); !s)
        return s.error();
    ChoiceCriterion c;
    c.key = path;
    const Result<int> cap = intAt(*object, path, "cap");
    if (!cap)
        return cap.error();
    c.cap = *cap;
    const Result<QJsonObject> points = objectAt(*object, path, "points");
    if (!points)
        return points.error();
    const QStringList allowed = detail::builtinOptionKeys(c.key);
    for (auto it = points->begin(); it != points->end(); ++it) {
        const QString field = path + QStringLiteral(".points.") + it.key();
        if (!allowed.isEmpty() && !allowed.contains(it.key()))
            return invalid(field, ScoringProfileText::tr("%1: unknown option; allowed: %2").arg(field, allowed.join(QStringLiteral(", "))));
        const Result<int> n = smallInteger(it.value(), field);
        if (!n)
            return n.error();
        c.options << OptionPoints { it.key(), *n, {} };
    }
    sortOptions(c);
    return c;
}

Result<OptionPoints> customOption(const QJsonValue& value, const QString& path)
{
    const Result<QJsonObject> o = objectOf(value, path);
    if (!o)
        return o.error();
    if (Status s = checkKeys(*o, path, names({ "key", "label", "points" })); !s)
        return s.error();
    const Result<QString> key = textAt(*o, path, "key");
    if (!key)
        return key.error();
    const Result<QString> label = textAt(*o, path, "label");
    if (!label)
        return label.error();
    const Result<int> points = intAt(*o, path, "points");
    if (!points)
        return points.error();
    return OptionPoints { *key, *points, *label };
}

Result<ChoiceCriterion> customCriterion(const QJsonValue& value, const QString& path)
{
    const Result<QJsonObject> o = objectOf(value, path);
    if (!o)
        return o.error();
    if (Status s = checkKeys(*o, path, names({ "key", "label", "cap", "options" })); !s)
        return s.error();
    ChoiceCriterion c;
    const Result<QString> key = textAt(*o, path, "key");
    if (!key)
        return key.error();
    const Result<QString> label = textAt(*o, path, "label");
    if (!label)
        return label.error();
    const Result<int> cap = intAt(*o, path, "cap");
    if (!cap)
        return cap.error();
    const Result<QJsonArray> options = arrayAt(*o, path, "options");
    if (!options)
        return options.error();
    c.key = *key;
    c.label = *label;
    c.cap = *cap;
    for (qsizetype i = 0; i < options->size(); ++i) {
        const Result<OptionPoints> option = customOption(options->at(i), QStringLiteral("%1.options[%2]").arg(path).arg(i));
        if (!option)
            return option.error();
        c.options << *option;
    }
    return c;
}

Status readBudget(const QJsonObject& root, ScoringProfile& p)
{
    const QString path = QStringLiteral("budget");
    const Result<QJsonObject> budget = objectAt(root, {}, "budget");
    if (!budget)
        return budget.error();
    if (Status s = checkKeys(*budget, path, names({ "cap", "unknown", "tiers" })); !s)
        return s;
    const Result<int> cap = intAt(*budget, path, "cap");
    if (!cap)
        return cap.error();
    p.budgetCap = *cap;
    p.budgetUnknownPoints = 0;
    if (budget->contains(QLatin1String("unknown"))) {
        const Result<int> unknown = intAt(*budget, path, "unknown");
        if (!unknown)
            return unknown.error();
        p.budgetUnknownPoints = *unknown;
    }
    const Result<QJsonArray> tiers = arrayAt(*budget, path, "tiers");
    if (!tiers)
        return tiers.error();
    for (qsizetype i = 0; i < tiers->size(); ++i) {
        const QString tierPath = QStringLiteral("budget.tiers[%1]").arg(i);
        const Result<QJsonObject> tier = objectOf(tiers->at(i), tierPath);
        if (!tier)
            return tier.error();
        if (Status s = checkKeys(*tier, tierPath, names({ "min_rial", "points" })); !s)
            return s;
        const Result<QJsonValue> min = required(*tier, tierPath, "min_rial");
        if (!min)
            return min.error();
        const Result<qint64> minRial = integer(*min, tierPath + QStringLiteral(".min_rial"));
        if (!minRial)
            return minRial.error();
        const Result<int> points = intAt(*tier, tierPath, "points");
        if (!points)
            return points.error();
        p.budgetTiers << BudgetTier { *minRial, *points };
    }
    return {};
}

Status readRest(const QJsonObject& root, ScoringProfile& p)
{
    if (root.contains(QLatin1String("custom"))) {
        const Result<QJsonArray> custom = arrayAt(root, {}, "custom");
        if (!custom)
            return custom.error();
        for (qsizetype i = 0; i < custom->size(); ++i) {
            const Result<ChoiceCriterion> c = customCriterion(custom->at(i), QStringLiteral("custom[%1]").arg(i));
            if (!c)
                return c.error();
            p.custom << *c;
        }
    }
    const QString engagementPath = QStringLiteral("engagement");
    const Result<QJsonObject> engagement = objectAt(root, {}, "engagement");
    if (!engagement)
        return engagement.error();
    if (Status s = checkKeys(*engagement, engagementPath, names({ "points_per_interaction", "half_life_days", "cap" })); !s)
        return s;
    for (const auto& [name, target] : { std::pair { "points_per_interaction", &p.engagement.pointsPerInteraction },
                                        std::pair { "half_life_days", &p.engagement.halfLifeDays },
                                        std::pair { "cap", &p.engagement.cap } }) {
        const Result<int> n = intAt(*engagement, engagementPath, name);
        if (!n)
            return n.error();
        *target = *n;
    }
    const Result<int> threshold = intAt(root, {}, "threshold");
    if (!threshold)
        return threshold.error();
    p.threshold = *threshold;
    const QString bandsPath = QStringLiteral("bands");
    const Result<QJsonObject> bands = objectAt(root, {}, "bands");
    if (!bands)
        return bands.error();
    if (Status s = checkKeys(*bands, bandsPath, names({ "hot", "warm" })); !s)
        return s;
    const Result<int> hot = intAt(*bands, bandsPath, "hot");
    if (!hot)
        return hot.error();
    const Result<int> warm = intAt(*bands, bandsPath, "warm");
    if (!warm)
        return warm.error();
    p.hotFrom = *hot;
    p.warmFrom = *warm;
    return {};
}

} // namespace

QByteArray profileToJson(const ScoringProfile& p)
{
    Node tiers = Node::array();
    for (const BudgetTier& tier : p.budgetTiers)
        tiers.append(Node::object().add("min_rial", Node::of(tier.minRial)).add("points", Node::of(tier.points)));
    Node custom = Node::array();
    for (const ChoiceCriterion& c : p.custom)
        custom.append(customNode(c));
    Node root = Node::object();
    root.add("version", Node::of(kVersion))
        .add("name", Node::of(p.name))
        .add("budget", Node::object()
                           .add("cap", Node::of(p.budgetCap))
                           .add("unknown", Node::of(p.budgetUnknownPoints))
                           .add("tiers", std::move(tiers)))
        .add("timeline", pointsNode(p.timeline))
        .add("authority", pointsNode(p.authority))
        .add("industry", pointsNode(p.industry))
        .add("need", pointsNode(p.need))
        .add("custom", std::move(custom))
        .add("engagement", Node::object()
                               .add("points_per_interaction", Node::of(p.engagement.pointsPerInteraction))
                               .add("half_life_days", Node::of(p.engagement.halfLifeDays))
                               .add("cap", Node::of(p.engagement.cap)))
        .add("threshold", Node::of(p.threshold))
        .add("bands", Node::object().add("hot", Node::of(p.hotFrom)).add("warm", Node::of(p.warmFrom)));
    return detail::writeJson(root);
}

Result<ScoringProfile> profileFromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return invalid(QStringLiteral("json"), ScoringProfileText::tr("The scoring profile is not valid JSON: %1 (at character %2).")
                                                   .arg(parseError.errorString())
                                                   .arg(parseError.offset));
    }
    if (!document.isObject())
        return invalid(QStringLiteral("json"), ScoringProfileText::tr("The scoring profile must be a JSON object."));
    const QJsonObject root = document.object();
    if (Status s = checkKeys(root, {}, names({ "version", "name", "budget", "timeline", "authority", "industry", "need",
                                               "custom", "engagement", "threshold", "bands" }));
        !s)
        return s.error();
    const Result<QJsonValue> versionValue = required(root, {}, "version");
    if (!versionValue)
        return versionValue.error();
    const Result<qint64> version = integer(*versionValue, QStringLiteral("version"));
    if (!version)
        return version.error();
    if (*version != kVersion) {
        return invalid(QStringLiteral("version"), ScoringProfileText::tr("version: %1 is not supported; this Peyvand reads version %2.")
                                                      .arg(*version)
                                                      .arg(kVersion));
    }
    ScoringProfile p;
    const Result<QString> name = textAt(root, {}, "name");
    if (!name)
        return name.error();
    p.name = *name;
    if (Status s = readBudget(root, p); !s)
        return s.error();
    const std::pair<ChoiceCriterion*, const char*> builtins[] = {
        { &p.timeline, "timeline" }, { &p.authority, "authority" }, { &p.industry, "industry" }, { &p.need, "need" }
    };
    for (const auto& [target, key] : builtins) {
        const Result<ChoiceCriterion> c = builtinChoice(root, key);
        if (!c)
            return c.error();
        *target = *c;
    }
    if (Status s = readRest(root, p); !s)
        return s.error();
    if (Status s = detail::validateProfile(p, detail::FieldNames::Json); !s)
        return s.error();
    return p;
}

} // namespace peyvand::leads

#include "Deal.h"

#include "common/EnumKeys.h"

#include <QCoreApplication>

namespace peyvand::pipeline {

namespace {

struct PipelineText {
    Q_DECLARE_TR_FUNCTIONS(Pipeline)
};

const std::pair<StageOutcome, const char*> kOutcomes[] = {
    { StageOutcome::Open, "open" },
    { StageOutcome::Won, "won" },
    { StageOutcome::Lost, "lost" },
};

} // namespace

QString Stage::displayName() const
{
    if (!name.isEmpty())
        return name;
    if (key == QLatin1String("first_contact"))
        return PipelineText::tr("First contact");
    if (key == QLatin1String("needs_analysis"))
        return PipelineText::tr("Needs analysis");
    if (key == QLatin1String("quote_sent"))
        return PipelineText::tr("Pre-invoice sent");
    if (key == QLatin1String("negotiation"))
        return PipelineText::tr("Negotiation");
    if (key == QLatin1String("won"))
        return PipelineText::tr("Won");
    if (key == QLatin1String("lost"))
        return PipelineText::tr("Lost");
    return key; // a key this build does not know: better than nothing
}

QString toKey(StageOutcome outcome) { return keyOf(outcome, kOutcomes); }

std::optional<StageOutcome> stageOutcomeFromKey(QStringView key) { return enumFromKey(key, kOutcomes); }

QString displayName(StageOutcome outcome)
{
    switch (outcome) {
    case StageOutcome::Open:
        return PipelineText::tr("Open");
    case StageOutcome::Won:
        return PipelineText::tr("Won");
    case StageOutcome::Lost:
        return PipelineText::tr("Lost");
    }
    return {};
}

} // namespace peyvand::pipeline

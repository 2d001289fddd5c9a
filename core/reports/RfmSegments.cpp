#include "RfmSegments.h"

#include <QCoreApplication>

namespace peyvand::reports {

namespace {

struct RfmText {
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

} // namespace

QList<RfmSegment> allRfmSegments()
{
    return { RfmSegment::Champions, RfmSegment::Loyal, RfmSegment::NewCustomers,
             RfmSegment::PotentialLoyalists, RfmSegment::NeedAttention, RfmSegment::CantLoseThem,
             RfmSegment::AtRisk, RfmSegment::Hibernating, RfmSegment::Lost };
}

QString toKey(RfmSegment segment)
{
    switch (segment) {
    case RfmSegment::Champions: return QStringLiteral("champions");
    case RfmSegment::Loyal: return QStringLiteral("loyal");
    case RfmSegment::NewCustomers: return QStringLiteral("new_customers");
    case RfmSegment::PotentialLoyalists: return QStringLiteral("potential_loyalists");
    case RfmSegment::NeedAttention: return QStringLiteral("need_attention");
    case RfmSegment::CantLoseThem: return QStringLiteral("cant_lose_them");
    case RfmSegment::AtRisk: return QStringLiteral("at_risk");
    case RfmSegment::Hibernating: return QStringLiteral("hibernating");
    case RfmSegment::Lost: return QStringLiteral("lost");
    }
    return {};
}

QString displayName(RfmSegment segment)
{
    switch (segment) {
    case RfmSegment::Champions: return RfmText::tr("Champions");
    case RfmSegment::Loyal: return RfmText::tr("Loyal");
    case RfmSegment::NewCustomers: return RfmText::tr("New customers");
    case RfmSegment::PotentialLoyalists: return RfmText::tr("Potential loyalists");
    case RfmSegment::NeedAttention: return RfmText::tr("Need attention");
    case RfmSegment::CantLoseThem: return RfmText::tr("Can't lose them");
    case RfmSegment::AtRisk: return RfmText::tr("At risk");
    case RfmSegment::Hibernating: return RfmText::tr("Hibernating");
    case RfmSegment::Lost: return RfmText::tr("Lost");
    }
    return {};
}

int rfmFmScore(int frequency, int monetary)
{
    return (frequency + monetary + 1) / 2;
}

RfmSegment rfmSegment(int recency, int frequency, int monetary)
{
    const int fm = rfmFmScore(frequency, monetary);
    if (recency >= 4 && fm >= 4)
        return RfmSegment::Champions;
    if (recency == 3 && fm >= 4)
        return RfmSegment::Loyal;
    if (recency >= 4 && frequency == 1)
        return RfmSegment::NewCustomers;
    if (recency >= 4)
        return RfmSegment::PotentialLoyalists;
    if (recency == 3)
        return RfmSegment::NeedAttention;
    if (fm == 5)
        return RfmSegment::CantLoseThem;
    if (fm >= 3)
        return RfmSegment::AtRisk;
    if (recency == 2)
        return RfmSegment::Hibernating;
    return RfmSegment::Lost;
}

} // namespace peyvand::reports

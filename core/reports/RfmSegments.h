#pragma once

// Internal to core/reports: the RFM segment rules (docs/reports.md, "RFM
// segments"), pure so that tests can check every boundary.

#include <QList>
#include <QString>

namespace peyvand::reports {

enum class RfmSegment {
    Champions,
    Loyal,
    NewCustomers,
    PotentialLoyalists,
    NeedAttention,
    CantLoseThem,
    AtRisk,
    Hibernating,
    Lost,
};
QList<RfmSegment> allRfmSegments();
QString toKey(RfmSegment segment);       // "champions", "loyal", …
QString displayName(RfmSegment segment); // translated

// The frequency-and-monetary score: the mean of F and M rounded half up.
int rfmFmScore(int frequency, int monetary);

// Scores are 1..5 (5: most recent, most invoices, most sales). Checked in order:
//   Champions            R ≥ 4 and FM ≥ 4
//   Loyal                R = 3 and FM ≥ 4
//   New customers        R ≥ 4 and F = 1
//   Potential loyalists  R ≥ 4 (FM ≤ 3)
//   Need attention       R = 3 (FM ≤ 3)
//   Can't lose them      R ≤ 2 and FM = 5
//   At risk              R ≤ 2 and FM ≥ 3
//   Hibernating          R = 2 (FM ≤ 2)
//   Lost                 R = 1 (FM ≤ 2)
RfmSegment rfmSegment(int recency, int frequency, int monetary);

} // namespace peyvand::reports

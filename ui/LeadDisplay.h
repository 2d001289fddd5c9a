#pragma once

#include "leads/Lead.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace peyvand::ui {

// How lead values read on screen: scores and signed points with the
// language's digits, rates as percentages, and the colours of the bands.
class LeadDisplay final {
    Q_DECLARE_TR_FUNCTIONS(LeadDisplay)
public:
    // 42 -> "42" / "۴۲"; negative scores keep their minus sign.
    static QString score(int score);
    // Points of a breakdown line: "+25", "−5", "0".
    static QString points(int points);
    // A per-mille rate (FunnelRow::qualifiedRate) as a percentage: 425 -> "42.5%" / "۴۲٫۵٪".
    static QString perMille(int perMille);
    static QColor bandColor(leads::Band band);
    static QColor bandTextColor(leads::Band band);
    // A small round chip of the band's colour, for list cells.
    static QIcon bandChip(leads::Band band);
    // A style sheet for a label shown as a badge of the band's colour.
    static QString bandBadgeStyle(leads::Band band);

private:
    LeadDisplay() = delete;
};

} // namespace peyvand::ui

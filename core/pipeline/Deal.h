#pragma once

#include "common/Money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace peyvand::pipeline {

enum class StageOutcome { Open, Won, Lost };

struct Stage {
    qint64 id = 0;
    QString key;          // built-in stages: "first_contact", "needs_analysis", "quote_sent",
                          // "negotiation", "won", "lost"; empty for the user's own
    QString name;         // the user's name; empty for a built-in shown translated
    int probability = 0;  // percent, 0..100
    StageOutcome outcome = StageOutcome::Open;
    int position = 0;

    QString displayName() const; // name, or the built-in's translated name
};

struct Deal {
    qint64 id = 0;
    QString title;
    qint64 customerId = 0;   // 0 when none
    qint64 leadId = 0;
    qint64 documentId = 0;   // the pre-invoice sent, 0 when none
    Money amount;
    QDate expectedClose;     // invalid when unknown
    qint64 stageId = 0;
    int position = 0;        // order within the stage's column
    QString owner;
    QString lostReason;
    QDateTime closedAt;      // set when moved to a won or lost stage
    QDateTime createdAt;
    QDateTime updatedAt;
};

QString toKey(StageOutcome outcome);
std::optional<StageOutcome> stageOutcomeFromKey(QStringView key);
QString displayName(StageOutcome outcome);

} // namespace peyvand::pipeline

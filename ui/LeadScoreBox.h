#pragma once

#include "leads/Lead.h"
#include "leads/ScoringProfile.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTableView;

namespace peyvand::ui {

class ScoreBreakdownModel;

// "Why this score": the breakdown of a lead's score (criterion, reason,
// points, and the total), the manual override with its reason, and the
// buttons to set or clear it.
class LeadScoreBox final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadScoreBox)

public:
    explicit LeadScoreBox(QWidget* parent = nullptr);

    void setLead(const leads::Lead& lead, const leads::ScoringProfile& profile);

    ScoreBreakdownModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* overrideLabel() const { return m_override; }
    QPushButton* overrideButton() const { return m_set; }
    QPushButton* clearOverrideButton() const { return m_clear; }

signals:
    void overrideRequested();
    void clearOverrideRequested();

private:
    ScoreBreakdownModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_override = nullptr;
    QLabel* m_threshold = nullptr;
    QPushButton* m_set = nullptr;
    QPushButton* m_clear = nullptr;
};

} // namespace peyvand::ui

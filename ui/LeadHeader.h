#pragma once

#include "leads/Lead.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace peyvand::ui {

// The top of the lead page: name, kind, company and type, badges (band,
// qualified, set by hand, status) and the score in large digits.
class LeadHeader final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadHeader)

public:
    explicit LeadHeader(QWidget* parent = nullptr);

    void setLead(const leads::Lead& lead);
    QLabel* nameLabel() const { return m_name; }
    QLabel* scoreLabel() const { return m_score; }
    QStringList badgeTexts() const;

private:
    void addBadge(const QString& text, const QString& style);

    QLabel* m_name = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_score = nullptr;
    QLabel* m_scoreCaption = nullptr;
    QWidget* m_badges = nullptr;
    QHBoxLayout* m_badgeLayout = nullptr;
};

} // namespace peyvand::ui

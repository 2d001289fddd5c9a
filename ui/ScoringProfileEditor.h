#pragma once

#include "leads/LeadService.h"
#include "leads/ScoringProfile.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QVBoxLayout;

namespace peyvand::ui {

class BudgetTierModel;
class ChoiceCriterionBox;

// Edits a scoring profile in memory: qualification threshold and bands,
// budget tiers, the built-in choice criteria (timeline, authority, need,
// industry), engagement, and custom criteria. Holds no rule of its own: what
// is wrong is said by core's validateProfile, shown by showError() at the
// group the error's field belongs to.
class ScoringProfileEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoringProfileEditor)

public:
    explicit ScoringProfileEditor(QWidget* parent = nullptr);

    void load(const leads::ScoringProfile& profile);
    void setIndustries(const QList<leads::Industry>& industries);
    leads::ScoringProfile profile() const;
    // Shows a validation error next to the group of its field ("budget.tiers[1].points",
    // "custom[0].label", "bands.warm"); false when no group matches.
    bool showError(const Error& error);
    void clearErrors();
    // Adds an empty custom criterion and returns its box.
    ChoiceCriterionBox* addCustomCriterion();

    QLineEdit* nameEdit() const { return m_name; }
    QSpinBox* thresholdBox() const { return m_threshold; }
    QSpinBox* warmBox() const { return m_warm; }
    QSpinBox* hotBox() const { return m_hot; }
    BudgetTierModel* budgetModel() const { return m_tiers; }
    QTableView* budgetTable() const { return m_tierTable; }
    QSpinBox* budgetCapBox() const { return m_budgetCap; }
    QSpinBox* budgetUnknownBox() const { return m_budgetUnknown; }
    QSpinBox* engagementPointsBox() const { return m_engagementPoints; }
    QSpinBox* halfLifeBox() const { return m_halfLife; }
    QSpinBox* engagementCapBox() const { return m_engagementCap; }
    // "timeline", "authority", "need" or "industry".
    ChoiceCriterionBox* criterionBox(const QString& key) const { return m_builtins.value(key); }
    QList<ChoiceCriterionBox*> customBoxes() const { return m_custom; }
    QPushButton* addCriterionButton() const { return m_addCriterion; }
    // The error label of a group: "qualification", "budget", "engagement".
    QLabel* errorLabel(const QString& group) const { return m_errors.value(group); }

signals:
    void edited();

private:
    QWidget* createQualificationGroup();
    QWidget* createBudgetGroup();
    QWidget* createEngagementGroup();
    QWidget* createCustomGroup();
    QSpinBox* spinBox(const QString& name, int min, int max);
    QLabel* errorLabelFor(const QString& group, QWidget* parent);
    ChoiceCriterionBox* appendCustomBox(const leads::ChoiceCriterion& criterion);
    void removeCustomBox(ChoiceCriterionBox* box);
    QString newCustomKey() const;

    QString m_profileName;
    QLineEdit* m_name = nullptr;
    QSpinBox* m_threshold = nullptr;
    QSpinBox* m_warm = nullptr;
    QSpinBox* m_hot = nullptr;
    BudgetTierModel* m_tiers = nullptr;
    QTableView* m_tierTable = nullptr;
    QSpinBox* m_budgetCap = nullptr;
    QSpinBox* m_budgetUnknown = nullptr;
    QSpinBox* m_engagementPoints = nullptr;
    QSpinBox* m_halfLife = nullptr;
    QSpinBox* m_engagementCap = nullptr;
    QHash<QString, ChoiceCriterionBox*> m_builtins;
    QHash<QString, QLabel*> m_errors;
    QList<ChoiceCriterionBox*> m_custom;
    QGridLayout* m_customLayout = nullptr;
    QPushButton* m_addCriterion = nullptr;
    QLabel* m_noCustom = nullptr;
    bool m_loading = false;
};

} // namespace peyvand::ui

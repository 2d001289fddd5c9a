#pragma once

#include "OptionPointsModel.h"
#include "leads/ScoringProfile.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace peyvand::ui {

// One choice criterion of the scoring profile: its cap and the points of each
// option. A custom criterion also has its name, its options can be added,
// renamed and removed, and it can be removed as a whole.
class ChoiceCriterionBox final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceCriterionBox)

public:
    // A built-in criterion ("timeline", "authority", "need", "industry") with its fixed choices.
    ChoiceCriterionBox(const QString& title, const QString& key, const QList<OptionPointsModel::Choice>& choices,
                       QWidget* parent = nullptr);
    // A custom criterion.
    explicit ChoiceCriterionBox(QWidget* parent = nullptr);

    void load(const leads::ChoiceCriterion& criterion);
    // Built-in only: new choices (the industry list changed), keeping the points typed.
    void setChoices(const QList<OptionPointsModel::Choice>& choices);
    leads::ChoiceCriterion criterion() const;
    QString key() const { return m_key; }
    bool isCustom() const { return m_model->isCustom(); }
    void showError(const QString& message);
    void clearError();

    OptionPointsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QSpinBox* capBox() const { return m_cap; }
    QLineEdit* labelEdit() const { return m_label; }
    QPushButton* addOptionButton() const { return m_addOption; }
    QPushButton* removeOptionButton() const { return m_removeOption; }
    QPushButton* removeButton() const { return m_remove; }
    QLabel* errorLabel() const { return m_error; }

signals:
    void edited();
    void removeRequested();

private:
    void build();
    void fitTable();

    QString m_key;
    QList<OptionPointsModel::Choice> m_choices;
    OptionPointsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QSpinBox* m_cap = nullptr;
    QLineEdit* m_label = nullptr;
    QPushButton* m_addOption = nullptr;
    QPushButton* m_removeOption = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace peyvand::ui

#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace peyvand::pipeline {
class DealService;
}

namespace peyvand::ui {

class StageDialog;
class StageListModel;

// The pipeline stages in Settings: their order, names and probabilities,
// with buttons to add a stage, change one, move it up or down, and remove
// it (after asking; core refuses while deals are in it and says why, here
// under the table).
class StagePanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StagePanel)

public:
    explicit StagePanel(pipeline::DealService& deals, QWidget* parent = nullptr);

    void reload();
    // The dialogs open window-modal and return at once (tests fill them in).
    StageDialog* addStage();
    StageDialog* changeCurrent();
    bool moveCurrent(int delta); // -1 up, +1 down
    // Asks, then removes the selected stage; false when nothing was removed.
    bool removeCurrent();

    qint64 currentStageId() const;
    void selectStage(qint64 stageId);
    QTableView* table() const { return m_table; }
    StageListModel* model() const { return m_model; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* changeButton() const { return m_change; }
    QPushButton* upButton() const { return m_up; }
    QPushButton* downButton() const { return m_down; }
    QPushButton* removeButton() const { return m_remove; }

signals:
    void statusMessage(const QString& message);
    void stagesChanged();

private:
    StageDialog* openDialog(StageDialog* dialog);
    void showError(const QString& message);
    void updateButtons();

    pipeline::DealService& m_deals;
    StageListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_change = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace peyvand::ui

#pragma once

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QRadioButton;
class QTableView;

namespace peyvand::ui {

class DuplicateComparisonModel;
class DuplicatesModel;
class ImportSession;

// Step 4: what to do with rows that match a customer in the book or an
// earlier row (skip, update, import anyway; overwrite with update), each
// duplicate of the preview side by side with what it matches, and the
// "check only" choice. Its button starts the import.
class ImportDuplicatePage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDuplicatePage)

public:
    explicit ImportDuplicatePage(ImportSession& session, QWidget* parent = nullptr);

    void initializePage() override;

    QRadioButton* skipButton() const { return m_skip; }
    QRadioButton* updateButton() const { return m_update; }
    QRadioButton* createButton() const { return m_create; }
    QCheckBox* overwriteBox() const { return m_overwrite; }
    QCheckBox* dryRunBox() const { return m_dryRun; }
    QTableView* duplicatesTable() const { return m_list; }
    QTableView* comparisonTable() const { return m_compare; }
    DuplicatesModel* duplicatesModel() const { return m_matches; }
    DuplicateComparisonModel* comparisonModel() const { return m_comparison; }
    QLabel* noneLabel() const { return m_none; }
    // Shows duplicate `row` of the list side by side.
    void showDuplicate(int row);

private:
    void showDuplicates();
    void applyChoices();

    ImportSession& m_session;
    QRadioButton* m_skip = nullptr;
    QRadioButton* m_update = nullptr;
    QRadioButton* m_create = nullptr;
    QButtonGroup* m_policy = nullptr;
    QCheckBox* m_overwrite = nullptr;
    QCheckBox* m_dryRun = nullptr;
    QLabel* m_none = nullptr;
    QTableView* m_list = nullptr;
    QTableView* m_compare = nullptr;
    DuplicatesModel* m_matches = nullptr;
    DuplicateComparisonModel* m_comparison = nullptr;
};

} // namespace peyvand::ui

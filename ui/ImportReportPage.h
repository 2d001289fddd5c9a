#pragma once

#include "CustomerImportJob.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace peyvand::ui {

class DuplicatesModel;
class RejectedRowsModel;

// Step 6: what the import did — imported, updated, skipped duplicates and
// rejected rows (line, field, value, reason), the duplicates found, and the
// rejected rows saved as CSV on request. After a check ("import nothing") it
// offers to import for real; after an error it says why nothing was imported.
class ImportReportPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportReportPage)

public:
    explicit ImportReportPage(QWidget* parent = nullptr);

    void showOutcome(const ImportOutcome& outcome);
    // Asks for a file (FileDialogs) and writes the rejected rows; false when
    // cancelled or failed (then it says why).
    bool saveRejectedRows();

    QLabel* headline() const { return m_headline; }
    QLabel* importedLabel() const { return m_imported; }
    QLabel* updatedLabel() const { return m_updated; }
    QLabel* skippedLabel() const { return m_skipped; }
    QLabel* rejectedLabel() const { return m_rejected; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableView* rejectedTable() const { return m_rejectedTable; }
    QTableView* duplicatesTable() const { return m_duplicatesTable; }
    RejectedRowsModel* rejectedModel() const { return m_rejectedModel; }
    DuplicatesModel* duplicatesModel() const { return m_duplicatesModel; }
    QPushButton* saveRejectedButton() const { return m_saveRejected; }
    QPushButton* importNowButton() const { return m_importNow; }
    QLabel* savedLabel() const { return m_saved; }

signals:
    void importNowRequested();
    void statusMessage(const QString& message);

private:
    void showCounts(const exchange::ImportReport& report);

    QLabel* m_headline = nullptr;
    QWidget* m_counts = nullptr;
    QLabel* m_imported = nullptr;
    QLabel* m_updated = nullptr;
    QLabel* m_skipped = nullptr;
    QLabel* m_rejected = nullptr;
    QLabel* m_notices = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_rejectedTable = nullptr;
    QTableView* m_duplicatesTable = nullptr;
    RejectedRowsModel* m_rejectedModel = nullptr;
    DuplicatesModel* m_duplicatesModel = nullptr;
    QPushButton* m_saveRejected = nullptr;
    QPushButton* m_importNow = nullptr;
    QLabel* m_saved = nullptr;
    exchange::ImportReport m_report;
};

} // namespace peyvand::ui

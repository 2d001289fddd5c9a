#pragma once

#include "CustomerImportJob.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace peyvand::ui {

class ImportSession;

// Step 5: the import running off the GUI thread, with a progress bar, rows
// per second and the time left, and Cancel (the import is one transaction:
// cancelling leaves the customer book as it was). Moves on to the report by
// itself when the import is over.
class ImportRunPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportRunPage)

public:
    ImportRunPage(ImportSession& session, CustomerImportJob& job, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // Starts the import with the session's choices (also for "Import now"
    // after a check).
    void startImport();
    bool isRunning() const;
    const std::optional<ImportOutcome>& outcome() const { return m_outcome; }

    QProgressBar* progressBar() const { return m_bar; }
    QLabel* rowsLabel() const { return m_rows; }
    QLabel* rateLabel() const { return m_rate; }
    QPushButton* cancelButton() const { return m_cancel; }

    // "4,000 rows/s — about 2 min left" from a progress report (empty when
    // too early to tell).
    static QString rateText(const ImportRunProgress& progress);

signals:
    void importFinished(const peyvand::ui::ImportOutcome& outcome);

private:
    void onProgress(const ImportRunProgress& progress);
    void onFinished(const ImportOutcome& outcome);

    ImportSession& m_session;
    CustomerImportJob& m_job;
    QLabel* m_what = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_rows = nullptr;
    QLabel* m_rate = nullptr;
    QPushButton* m_cancel = nullptr;
    std::optional<ImportOutcome> m_outcome;
};

} // namespace peyvand::ui

#pragma once

#include <QWizard>

namespace peyvand::storage {
class Database;
}

namespace peyvand::ui {

class CustomerImportJob;
class ImportDuplicatePage;
class ImportFilePage;
class ImportMappingPage;
class ImportPreviewModel;
class ImportPreviewPage;
class ImportReportPage;
class ImportRunPage;
class ImportSession;
struct ImportOutcome;

// Imports customers from a CSV, TSV, XLSX or vCard file, step by step: the
// file, a preview of the first rows as they will be stored, the columns, the
// duplicates, the import itself (off the GUI thread, cancellable, all or
// nothing) and the report.
class CustomerImportWizard final : public QWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerImportWizard)

public:
    enum PageId { FilePageId, PreviewPageId, MappingPageId, DuplicatePageId, RunPageId, ReportPageId };

    explicit CustomerImportWizard(storage::Database& db, QWidget* parent = nullptr);
    ~CustomerImportWizard() override;

    // Reads `path` and, when it can be read, shows its preview.
    bool openFile(const QString& path);

    ImportSession* session() const { return m_session; }
    CustomerImportJob* job() const { return m_job; }
    ImportPreviewModel* previewModel() const { return m_previewModel; }
    ImportFilePage* filePage() const { return m_filePage; }
    ImportPreviewPage* previewPage() const { return m_previewPage; }
    ImportMappingPage* mappingPage() const { return m_mappingPage; }
    ImportDuplicatePage* duplicatePage() const { return m_duplicatePage; }
    ImportRunPage* runPage() const { return m_runPage; }
    ImportReportPage* reportPage() const { return m_reportPage; }

public slots:
    // While the import runs, Cancel (and Escape, and closing the window)
    // cancels it and the report says so; otherwise it closes the wizard.
    void reject() override;

signals:
    // Customers were added or changed: lists should be read again.
    void customersChanged();
    void statusMessage(const QString& message);

private:
    void onImportFinished(const ImportOutcome& outcome);
    void importNow();

    ImportSession* m_session = nullptr;
    CustomerImportJob* m_job = nullptr;
    ImportPreviewModel* m_previewModel = nullptr;
    ImportFilePage* m_filePage = nullptr;
    ImportPreviewPage* m_previewPage = nullptr;
    ImportMappingPage* m_mappingPage = nullptr;
    ImportDuplicatePage* m_duplicatePage = nullptr;
    ImportRunPage* m_runPage = nullptr;
    ImportReportPage* m_reportPage = nullptr;
};

} // namespace peyvand::ui

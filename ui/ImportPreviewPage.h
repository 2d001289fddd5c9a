#pragma once

#include <QWizardPage>

class QLabel;
class QTableView;

namespace peyvand::ui {

class ImportPreviewModel;
class ImportSession;

// Step 2: the first rows as they will be stored, problems in red (the reason
// as a tooltip) and duplicates in amber, with a count of each.
class ImportPreviewPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewPage)

public:
    ImportPreviewPage(ImportSession& session, ImportPreviewModel& model, QWidget* parent = nullptr);

    bool isComplete() const override;

    QLabel* summaryLabel() const { return m_summary; }
    QLabel* noticeLabel() const { return m_notices; }
    QTableView* table() const { return m_table; }

    // A read-only table over the preview model, as both preview pages show it.
    static QTableView* createPreviewTable(ImportPreviewModel& model, QWidget* parent);
    // "50 rows: 45 ready, 3 rejected, 2 duplicates."
    static QString summaryText(const ImportPreviewModel& model);

private:
    void showSummary();

    ImportSession& m_session;
    ImportPreviewModel& m_model;
    QLabel* m_summary = nullptr;
    QLabel* m_notices = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace peyvand::ui

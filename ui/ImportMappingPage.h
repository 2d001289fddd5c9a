#pragma once

#include "exchange/ImportField.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;
class QTableWidget;

namespace peyvand::ui {

class ImportPreviewModel;
class ImportSession;

// Step 3: where each column of the file goes — a choice per column, matched
// automatically from the column titles first — and whether the columns left
// out go into the notes. The preview below follows every change.
class ImportMappingPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportMappingPage)

public:
    enum Column { HeaderColumn, SampleColumn, FieldColumn, ColumnCount };

    ImportMappingPage(ImportSession& session, ImportPreviewModel& model, QWidget* parent = nullptr);

    bool isComplete() const override;

    QTableWidget* columnsTable() const { return m_columns; }
    // The choice for column `column` of the file (nullptr when there is none).
    QComboBox* fieldBox(int column) const;
    QCheckBox* notesBox() const { return m_notes; }
    QTableView* previewTable() const { return m_preview; }
    QLabel* summaryLabel() const { return m_summary; }

private:
    void showMapping();
    QComboBox* createFieldBox(int column);

    ImportSession& m_session;
    ImportPreviewModel& m_model;
    QTableWidget* m_columns = nullptr;
    QCheckBox* m_notes = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_preview = nullptr;
    QStringList m_shownHeaders;
};

} // namespace peyvand::ui

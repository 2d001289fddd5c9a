#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace peyvand::ui {

class ImportSession;

// Step 1 of the import wizard: the file, its format (from the suffix, can be
// changed), the sheet of a workbook and the text encoding (automatic by
// default, the detected one shown), with what the reader noticed and why a
// file cannot be read.
class ImportFilePage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFilePage)

public:
    explicit ImportFilePage(ImportSession& session, QWidget* parent = nullptr);

    bool isComplete() const override;

    // Asks for a file (FileDialogs); false when none was chosen.
    bool chooseFile();
    void setFile(const QString& path);

    QLineEdit* pathEdit() const { return m_path; }
    QComboBox* formatBox() const { return m_format; }
    QComboBox* sheetBox() const { return m_sheet; }
    QComboBox* encodingBox() const { return m_encoding; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* noticeLabel() const { return m_notices; }

private:
    void showChoices();
    void showSheets();
    void showStatus();

    ImportSession& m_session;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QComboBox* m_format = nullptr;
    QLabel* m_sheetLabel = nullptr;
    QComboBox* m_sheet = nullptr;
    QLabel* m_encodingLabel = nullptr;
    QComboBox* m_encoding = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_notices = nullptr;
};

} // namespace peyvand::ui

#pragma once

#include "sales/DocumentService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace peyvand::ui {

class AttachmentListModel;

// The files kept with a document (the signed contract, the accountant's
// invoice, …): list, add, save a copy to disk, remove. Files are stored in
// the database by core, which also enforces the size limit.
class AttachmentsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentsDialog)

public:
    AttachmentsDialog(sales::DocumentService& documents, qint64 documentId, const QString& documentName,
                      QWidget* parent = nullptr);

    void reload();
    // Each returns false (and shows why) when nothing was done.
    bool addFile(const QString& path, sales::Attachment::Purpose purpose);
    bool saveCopy(int row, const QString& path);
    bool removeAt(int row);

    AttachmentListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* purposeBox() const { return m_purpose; }
    QLabel* messageLabel() const { return m_message; }

signals:
    void attachmentsChanged(qint64 documentId);

private:
    void chooseAndAdd();
    void chooseAndSave();
    void showMessage(const QString& text, bool error);
    int currentRow() const;
    void updateButtons();

    sales::DocumentService& m_documents;
    qint64 m_documentId = 0;
    AttachmentListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_purpose = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace peyvand::ui

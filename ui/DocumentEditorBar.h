#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;

namespace peyvand::ui {

class DocumentActions;

// The top of the document editor: Back, the document's title and state, the
// actions on the saved document, Save draft (Ctrl+S) and Save and issue
// (Ctrl+Enter).
class DocumentEditorBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentEditorBar)

public:
    DocumentEditorBar(DocumentActions& actions, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    // Save buttons only while the document is a draft.
    void setEditable(bool editable);

    QToolButton* backButton() const { return m_back; }
    QLabel* titleLabel() const { return m_title; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* saveAndIssueButton() const { return m_saveAndIssue; }

signals:
    void backClicked();
    void saveClicked();
    void saveAndIssueClicked();

private:
    QToolButton* m_back = nullptr;
    QLabel* m_title = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_saveAndIssue = nullptr;
};

} // namespace peyvand::ui

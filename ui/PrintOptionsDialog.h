#pragma once

#include "documents/DocumentRenderer.h"

#include <QDialog>

class QComboBox;

namespace peyvand::ui {

// Asks how to print or export a document: paper (A4/A5), orientation, which
// copy it is (customer, accounting, archive, or no label) and the language
// of the printout (the interface language unless chosen otherwise).
class PrintOptionsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintOptionsDialog)

public:
    explicit PrintOptionsDialog(const documents::RenderOptions& initial, QWidget* parent = nullptr);

    documents::RenderOptions options() const;
    void setOptions(const documents::RenderOptions& options);

    QComboBox* paperBox() const { return m_paper; }
    QComboBox* orientationBox() const { return m_orientation; }
    QComboBox* copyBox() const { return m_copy; }
    QComboBox* languageBox() const { return m_language; }

private:
    QComboBox* m_paper = nullptr;
    QComboBox* m_orientation = nullptr;
    QComboBox* m_copy = nullptr;
    QComboBox* m_language = nullptr;
    bool m_displayToman = false;
};

} // namespace peyvand::ui

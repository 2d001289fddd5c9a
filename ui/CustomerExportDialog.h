#pragma once

#include "exchange/CustomerExporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QRadioButton;

namespace peyvand::ui {

// What to export before the file is chosen: every customer or those of the
// current search and filters, the format (CSV, XLSX, vCard) and whether the
// column titles are Persian (on by default in Persian; they map back on
// import).
class CustomerExportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerExportDialog)

public:
    // `listCount` < 0: the list is not narrowed, so there is no "current list" choice.
    CustomerExportDialog(qint64 allCount, qint64 listCount, QWidget* parent = nullptr);

    bool exportsCurrentList() const;
    exchange::ExportFormat format() const;
    bool persianHeaders() const;

    QRadioButton* allButton() const { return m_all; }
    QRadioButton* listButton() const { return m_list; }
    QComboBox* formatBox() const { return m_format; }
    QCheckBox* persianHeadersBox() const { return m_persian; }

private:
    QRadioButton* m_all = nullptr;
    QRadioButton* m_list = nullptr;
    QComboBox* m_format = nullptr;
    QCheckBox* m_persian = nullptr;
};

} // namespace peyvand::ui

#pragma once

#include "sales/CatalogService.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace peyvand::ui {

// What an import did: products created and updated, and every rejected line
// with its line number, column and the reason. When the import was refused
// (all or nothing, and some lines were bad), offers to import the good lines.
class ProductImportResultDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductImportResultDialog)

public:
    // `refused`: nothing was stored because of the problems listed;
    // `offerValidLines`: show the button that imports the other lines.
    ProductImportResultDialog(const sales::ProductImportReport& report, bool refused, bool offerValidLines,
                              QWidget* parent = nullptr);

    QLabel* summary() const { return m_summary; }
    QTableWidget* problems() const { return m_problems; }
    // Shown only when offered.
    QPushButton* importValidButton() const { return m_importValid; }

signals:
    void importValidRequested();

private:
    QLabel* m_summary = nullptr;
    QTableWidget* m_problems = nullptr;
    QPushButton* m_importValid = nullptr;
};

} // namespace peyvand::ui

#pragma once

#include "common/Result.h"
#include "sales/CatalogService.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace peyvand::storage {
class Database;
}

namespace peyvand::ui {

class ProductImportResultDialog;
class ProductImporter;
struct ProductImportOutcome;

// "Import CSV…" of the catalog page: asks for the file, shows a progress
// dialog with Cancel while ProductImporter works, then a summary of what was
// imported and which lines were rejected. An all-or-nothing import refused
// because of bad lines can be repeated for the good lines only.
class ProductImportFlow final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductImportFlow)

public:
    ProductImportFlow(storage::Database& db, QWidget* window);

    // Asks for a file (FileChooser) and imports it; false when none was chosen.
    bool chooseAndImport();
    void importFile(const QString& path, bool skipInvalid = false);

    ProductImporter* importer() const { return m_importer; }
    QProgressDialog* progressDialog() const { return m_progress; }
    // The summary of the last import while it is open.
    ProductImportResultDialog* resultDialog() const;

signals:
    // Products were added or changed: lists should be read again.
    void imported();
    void statusMessage(const QString& message);
    void resultShown(peyvand::ui::ProductImportResultDialog* dialog);

private:
    void onFinished(const ProductImportOutcome& outcome);
    void showResult(const sales::ProductImportReport& report, bool refused, bool offerValidLines);
    static bool isHeaderProblem(const sales::ProductImportReport& report);

    QWidget* m_window = nullptr;
    ProductImporter* m_importer = nullptr;
    QProgressDialog* m_progress = nullptr;
    QPointer<ProductImportResultDialog> m_result;
    QString m_path;
    bool m_skipInvalid = false;
};

} // namespace peyvand::ui

#pragma once

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace peyvand::sales {
class CatalogService;
class CompanyProfileService;
} // namespace peyvand::sales

namespace peyvand::storage {
class Database;
}

namespace peyvand::ui {

class CatalogListModel;
class ProductFormDialog;
class ProductImportFlow;

// Products and services: search as you type (code, name, category), a
// category filter, inactive products on request, a lazy table ordered by
// name, and the actions add, edit, activate/deactivate, delete (after asking)
// and import from CSV. Prices show in Toman when the company profile says so.
class CatalogPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogPage)

public:
    CatalogPage(storage::Database& db, sales::CatalogService& catalog, sales::CompanyProfileService& profiles,
                QWidget* parent = nullptr);

    // Reads categories, the Toman setting and the rows again, keeping the selection.
    void refresh();
    void focusSearch();
    // Runs a search still waiting for the typing pause.
    void flushPendingSearch();

    // The product form opens window-modal and returns at once.
    ProductFormDialog* newProduct();
    ProductFormDialog* editCurrent();
    bool setCurrentActive(bool active);
    // Asks first; core refuses products used on documents and says why.
    bool deleteCurrent();
    qint64 currentProductId() const;
    void selectProduct(qint64 productId);

    QLineEdit* searchBox() const { return m_search; }
    QComboBox* categoryBox() const { return m_category; }
    QCheckBox* inactiveBox() const { return m_inactive; }
    QTableView* table() const { return m_table; }
    CatalogListModel* model() const { return m_model; }
    QLabel* countLabel() const { return m_count; }
    QLabel* emptyLabel() const { return m_emptyText; }
    bool showsEmptyState() const;
    ProductImportFlow* importFlow() const { return m_import; }
    QPushButton* toggleActiveButton() const { return m_toggleActive; }

signals:
    void statusMessage(const QString& message);

private:
    QWidget* createEmptyState();
    void runQuery();
    void updateCountAndEmptyState();
    void updateActions();
    ProductFormDialog* openForm(ProductFormDialog* dialog);
    void showContextMenu(const QPoint& position);

    sales::CatalogService& m_catalog;
    sales::CompanyProfileService& m_profiles;
    CatalogListModel* m_model = nullptr;
    ProductImportFlow* m_import = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_category = nullptr;
    QCheckBox* m_inactive = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyText = nullptr;
    QPushButton* m_emptyAdd = nullptr;
    QPushButton* m_emptyImport = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_toggleActive = nullptr;
    QPushButton* m_delete = nullptr;
    QTimer m_debounce;
};

} // namespace peyvand::ui

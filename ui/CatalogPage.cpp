#include "CatalogPage.h"

#include "CatalogListModel.h"
#include "Dialogs.h"
#include "Display.h"
#include "ErrorText.h"
#include "ProductFormDialog.h"
#include "ProductImportFlow.h"
#include "sales/CatalogService.h"
#include "sales/CompanyProfileService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand::ui {

using Column = CatalogListModel::Column;

namespace {
constexpr int kDebounceMs = 200;
}

CatalogPage::CatalogPage(storage::Database& db, sales::CatalogService& catalog, sales::CompanyProfileService& profiles,
                         QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_profiles(profiles)
    , m_model(new CatalogListModel(catalog, this))
    , m_import(new ProductImportFlow(db, this))
    , m_search(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_inactive(new QCheckBox(tr("Show inactive"), this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_toggleActive(new QPushButton(tr("Deactivate"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    setObjectName(QStringLiteral("catalogPage"));
    m_search->setObjectName(QStringLiteral("catalogSearch"));
    m_search->setPlaceholderText(tr("Search code, name or category"));
    m_search->setClearButtonEnabled(true);
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_inactive->setObjectName(QStringLiteral("showInactive"));
    auto* importButton = new QPushButton(tr("Import CSV…"), this);
    importButton->setObjectName(QStringLiteral("importButton"));
    auto* newButton = new QPushButton(tr("New product"), this);
    newButton->setObjectName(QStringLiteral("newProductButton"));
    m_edit->setObjectName(QStringLiteral("editProductButton"));
    m_toggleActive->setObjectName(QStringLiteral("toggleActiveButton"));
    m_delete->setObjectName(QStringLiteral("deleteProductButton"));
    m_count->setObjectName(QStringLiteral("productCount"));

    m_table->setObjectName(QStringLiteral("catalogTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    // Core lists the catalog in Persian alphabetical order of names only.
    header->setSectionsClickable(false);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(Column::NameColumn, Qt::AscendingOrder);
    header->setSectionResizeMode(Column::NameColumn, QHeaderView::Stretch);
    header->resizeSection(Column::CodeColumn, 110);
    header->resizeSection(Column::KindColumn, 80);
    header->resizeSection(Column::UnitColumn, 90);
    header->resizeSection(Column::PriceColumn, 150);
    header->resizeSection(Column::TaxExemptColumn, 70);
    header->resizeSection(Column::CategoryColumn, 140);
    header->resizeSection(Column::ActiveColumn, 80);

    m_stack->addWidget(m_table);
    m_stack->addWidget(createEmptyState());

    auto* topRow = new QHBoxLayout;
    topRow->addWidget(m_search, 1);
    topRow->addWidget(m_category);
    topRow->addWidget(m_inactive);
    topRow->addSpacing(12);
    topRow->addWidget(importButton);
    topRow->addWidget(newButton);
    auto* actionRow = new QHBoxLayout;
    actionRow->addWidget(m_count);
    actionRow->addStretch(1);
    actionRow->addWidget(m_edit);
    actionRow->addWidget(m_toggleActive);
    actionRow->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(topRow);
    layout->addLayout(actionRow);
    layout->addWidget(m_stack, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &CatalogPage::runQuery);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_category, &QComboBox::currentIndexChanged, this, &CatalogPage::runQuery);
    connect(m_inactive, &QCheckBox::toggled, this, &CatalogPage::runQuery);
    connect(newButton, &QPushButton::clicked, this, &CatalogPage::newProduct);
    connect(importButton, &QPushButton::clicked, m_import, &ProductImportFlow::chooseAndImport);
    connect(m_edit, &QPushButton::clicked, this, &CatalogPage::editCurrent);
    connect(m_toggleActive, &QPushButton::clicked, this, [this] {
        const sales::Product* p = m_model->product(m_table->currentIndex().row());
        if (p)
            setCurrentActive(!p->active);
    });
    connect(m_delete, &QPushButton::clicked, this, &CatalogPage::deleteCurrent);
    connect(m_table, &QTableView::activated, this, &CatalogPage::editCurrent);
    connect(m_table, &QWidget::customContextMenuRequested, this, &CatalogPage::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CatalogPage::updateActions);
    connect(m_model, &CatalogListModel::loadFailed, this, &CatalogPage::statusMessage);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CatalogPage::updateActions);
    connect(m_import, &ProductImportFlow::imported, this, &CatalogPage::refresh);
    connect(m_import, &ProductImportFlow::statusMessage, this, &CatalogPage::statusMessage);

    refresh();
}

QWidget* CatalogPage::createEmptyState()
{
    auto* page = new QWidget(this);
    m_emptyText = new QLabel(page);
    m_emptyText->setObjectName(QStringLiteral("emptyStateText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    QFont font = m_emptyText->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_emptyText->setFont(font);
    m_emptyAdd = new QPushButton(tr("Add a product"), page);
    m_emptyImport = new QPushButton(tr("Import CSV…"), page);
    connect(m_emptyAdd, &QPushButton::clicked, this, &CatalogPage::newProduct);
    connect(m_emptyImport, &QPushButton::clicked, m_import, &ProductImportFlow::chooseAndImport);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_emptyAdd);
    buttons->addWidget(m_emptyImport);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_emptyText);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return page;
}

void CatalogPage::refresh()
{
    const qint64 selected = currentProductId();
    const sales::CompanyProfile profile = m_profiles.load().valueOr(sales::CompanyProfile {});
    m_model->setDisplayToman(profile.displayToman);
    {
        const QSignalBlocker blocker(m_category);
        const QString chosen = m_category->currentData().toString();
        m_category->clear();
        m_category->addItem(tr("All categories"), QString());
        for (const QString& category : m_catalog.categories().valueOr({}))
            m_category->addItem(category, category);
        m_category->setCurrentIndex(std::max(0, m_category->findData(chosen)));
    }
    runQuery();
    selectProduct(selected);
}

void CatalogPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CatalogPage::flushPendingSearch()
{
    if (!m_debounce.isActive())
        return;
    m_debounce.stop();
    runQuery();
}

void CatalogPage::runQuery()
{
    m_debounce.stop();
    sales::ProductFilter filter;
    filter.query = m_search->text().trimmed();
    filter.category = m_category->currentData().toString();
    filter.includeInactive = m_inactive->isChecked();
    m_model->setFilter(filter);
    updateCountAndEmptyState();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, Column::NameColumn));
    updateActions();
}

void CatalogPage::updateCountAndEmptyState()
{
    const sales::ProductFilter& filter = m_model->filter();
    const int total = m_catalog.count(filter).valueOr(m_model->rowCount());
    m_count->setText(total == 1 ? tr("One item") : tr("%1 items").arg(Display::number(total)));
    if (total > 0 || m_model->rowCount() > 0) {
        m_stack->setCurrentIndex(0);
        return;
    }
    sales::ProductFilter everything;
    everything.includeInactive = true;
    const bool catalogIsEmpty = m_catalog.count(everything).valueOr(0) == 0;
    if (catalogIsEmpty)
        m_emptyText->setText(tr("No products yet — add one or import a CSV."));
    else if (!filter.query.isEmpty())
        m_emptyText->setText(tr("No product matches “%1”.").arg(filter.query));
    else
        m_emptyText->setText(tr("No product matches these filters."));
    m_emptyAdd->setVisible(catalogIsEmpty);
    m_emptyImport->setVisible(catalogIsEmpty);
    m_stack->setCurrentIndex(1);
}

bool CatalogPage::showsEmptyState() const
{
    return m_stack->currentIndex() == 1;
}

qint64 CatalogPage::currentProductId() const
{
    return m_model->productId(m_table->currentIndex().row());
}

void CatalogPage::selectProduct(qint64 productId)
{
    const int row = m_model->rowOf(productId);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, Column::NameColumn));
}

void CatalogPage::updateActions()
{
    const sales::Product* p = m_model->product(m_table->currentIndex().row());
    m_edit->setEnabled(p != nullptr);
    m_toggleActive->setEnabled(p != nullptr);
    m_delete->setEnabled(p != nullptr);
    m_toggleActive->setText(p && !p->active ? tr("Activate") : tr("Deactivate"));
}

ProductFormDialog* CatalogPage::newProduct()
{
    return openForm(new ProductFormDialog(m_catalog, sales::Product {}, m_model->displayToman(), this));
}

ProductFormDialog* CatalogPage::editCurrent()
{
    const qint64 id = currentProductId();
    if (id <= 0)
        return nullptr;
    const Result<sales::Product> product = m_catalog.get(id);
    if (!product) {
        emit statusMessage(ErrorText::describe(product.error()));
        return nullptr;
    }
    return openForm(new ProductFormDialog(m_catalog, *product, m_model->displayToman(), this));
}

ProductFormDialog* CatalogPage::openForm(ProductFormDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const bool created = dialog->isNew();
        const qint64 id = dialog->saved().id;
        refresh();
        selectProduct(id);
        emit statusMessage(created ? tr("Product added") : tr("Product saved"));
    });
    dialog->open();
    return dialog;
}

bool CatalogPage::setCurrentActive(bool active)
{
    const qint64 id = currentProductId();
    if (id <= 0)
        return false;
    const Status status = m_catalog.setActive(id, active);
    if (!status) {
        Dialogs::error(this, tr("Products"), ErrorText::describe(status.error()), status.error().detail);
        return false;
    }
    refresh();
    selectProduct(id);
    emit statusMessage(active ? tr("Product activated") : tr("Product deactivated; it is no longer offered"));
    return true;
}

bool CatalogPage::deleteCurrent()
{
    const sales::Product* p = m_model->product(m_table->currentIndex().row());
    if (!p)
        return false;
    const qint64 id = p->id;
    const Dialogs::Answer answer = Dialogs::ask(this, tr("Delete product"),
        tr("Delete “%1” from the catalog? This cannot be undone.").arg(Display::isolate(p->name)), tr("Delete"));
    if (answer != Dialogs::Answer::Yes)
        return false;
    const Status removed = m_catalog.remove(id);
    if (!removed) {
        // A product on documents cannot go: core says so and suggests deactivating it.
        Dialogs::error(this, tr("Delete product"), ErrorText::describe(removed.error()), removed.error().detail);
        return false;
    }
    refresh();
    emit statusMessage(tr("Product deleted"));
    return true;
}

void CatalogPage::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    const sales::Product* p = m_model->product(index.row());
    QMenu menu(this);
    menu.addAction(tr("Edit…"), this, &CatalogPage::editCurrent);
    const bool active = p && p->active;
    menu.addAction(active ? tr("Deactivate") : tr("Activate"), this, [this, active] { setCurrentActive(!active); });
    menu.addSeparator();
    menu.addAction(tr("Delete"), this, &CatalogPage::deleteCurrent);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

} // namespace peyvand::ui

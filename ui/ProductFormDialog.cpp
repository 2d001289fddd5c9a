#include "ProductFormDialog.h"

#include "AmountText.h"
#include "Display.h"
#include "ErrorText.h"
#include "FieldFeedback.h"
#include "FormRows.h"
#include "sales/CatalogService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace peyvand::ui {

using sales::Product;
using sales::ProductKind;

namespace {
const QString kCode = QStringLiteral("code");
const QString kName = QStringLiteral("name");
const QString kKind = QStringLiteral("kind");
const QString kUnit = QStringLiteral("unit");
const QString kPrice = QStringLiteral("unit_price");
const QString kTaxExempt = QStringLiteral("tax_exempt");
const QString kCategory = QStringLiteral("category");
const QString kActive = QStringLiteral("active");

QComboBox* editableCombo(const QStringList& values, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems(values);
    combo->setCurrentIndex(-1);
    return combo;
}
} // namespace

ProductFormDialog::ProductFormDialog(sales::CatalogService& catalog, const Product& existing, bool toman,
                                     QWidget* parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_original(existing)
    , m_toman(toman)
    , m_feedback(new FieldFeedback(this))
    , m_general(new QLabel(this))
{
    setObjectName(QStringLiteral("productFormDialog"));
    setWindowTitle(isNew() ? tr("New product or service") : tr("Edit product or service"));
    auto* fields = new QWidget(this);
    auto* form = new QFormLayout(fields);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_name = new QLineEdit(fields);
    m_code = new QLineEdit(fields);
    m_code->setPlaceholderText(tr("Optional; unique when given"));
    m_kind = new QComboBox(fields);
    m_kind->addItem(tr("Product"), sales::toKey(ProductKind::Product));
    m_kind->addItem(tr("Service"), sales::toKey(ProductKind::Service));
    m_unit = editableCombo({ tr("piece"), tr("kilogram"), tr("metre"), tr("square metre"), tr("litre"),
                             tr("hour"), tr("day"), tr("month"), tr("package") }, fields);
    m_price = new QLineEdit(fields);
    m_price->setPlaceholderText(tr("In Rial"));
    m_priceHint = new QLabel(fields);
    m_priceHint->setEnabled(false);
    m_taxExempt = new QCheckBox(tr("Exempt from VAT and municipal duty"), fields);
    m_category = editableCombo(catalog.categories().valueOr({}), fields);
    m_active = new QCheckBox(tr("Offered on new documents"), fields);

    const QList<std::pair<QString, QWidget*>> named {
        { kName, m_name }, { kCode, m_code }, { kKind, m_kind }, { kUnit, m_unit }, { kPrice, m_price },
        { kTaxExempt, m_taxExempt }, { kCategory, m_category }, { kActive, m_active },
    };
    for (const auto& [field, editor] : named)
        editor->setObjectName(QStringLiteral("edit_") + field);
    addFieldRow(form, m_feedback, kName, tr("Name"), m_name);
    addFieldRow(form, m_feedback, kCode, tr("Code"), m_code);
    addFieldRow(form, m_feedback, kKind, tr("Kind"), m_kind, true);
    addFieldRow(form, m_feedback, kUnit, tr("Unit"), m_unit);
    addFieldRow(form, m_feedback, kPrice, tr("Unit price (Rial)"), m_price);
    form->addRow(QString(), m_priceHint);
    addFieldRow(form, m_feedback, kTaxExempt, tr("Tax"), m_taxExempt);
    addFieldRow(form, m_feedback, kCategory, tr("Category"), m_category);
    addFieldRow(form, m_feedback, kActive, tr("Status"), m_active);

    m_general->setObjectName(QStringLiteral("generalMessage"));
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_general->hide();
    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProductFormDialog::reject);

    for (const auto& [field, editor] : named) {
        if (auto* line = qobject_cast<QLineEdit*>(editor))
            connect(line, &QLineEdit::textEdited, this, [this, field = field] { m_feedback->clear(field); });
    }
    connect(m_price, &QLineEdit::textChanged, this, &ProductFormDialog::showPriceHint);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(fields);
    layout->addWidget(m_general);
    layout->addStretch(1);
    layout->addWidget(buttons);
    load(existing);
    resize(520, sizeHint().height());
    m_name->setFocus();
}

QLineEdit* ProductFormDialog::edit(const QString& field) const
{
    if (field == kCode)
        return m_code;
    if (field == kName)
        return m_name;
    if (field == kUnit)
        return m_unit->lineEdit();
    if (field == kPrice)
        return m_price;
    if (field == kCategory)
        return m_category->lineEdit();
    return nullptr;
}

void ProductFormDialog::load(const Product& p)
{
    m_name->setText(Display::digits(p.name));
    m_code->setText(Display::digits(p.code));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(sales::toKey(p.kind))));
    m_unit->setEditText(p.unit);
    m_price->setText(isNew() && p.unitPrice.isZero() ? QString() : Display::number(p.unitPrice.rial()));
    m_taxExempt->setChecked(p.taxExempt);
    m_category->setEditText(p.category);
    m_active->setChecked(p.active);
    showPriceHint();
}

void ProductFormDialog::showPriceHint()
{
    const Result<Money> price = Money::parse(m_price->text());
    if (m_price->text().trimmed().isEmpty() || !price) {
        m_priceHint->clear();
        return;
    }
    m_priceHint->setText(m_toman ? tr("%1, that is %2").arg(AmountText::withUnit(*price, false),
                                                            AmountText::withUnit(*price, true))
                                 : AmountText::withUnit(*price, false));
}

void ProductFormDialog::showError(const Error& error)
{
    // The only conflict a product can meet on saving is a code already taken.
    const QString field = error.field.isEmpty() && error.code == ErrorCode::Conflict ? kCode : error.field;
    if (!m_feedback->hasField(field)) {
        m_general->setText(ErrorText::describe(error));
        m_general->show();
        return;
    }
    m_feedback->showError(field, ErrorText::describe(error));
    if (QWidget* editor = m_feedback->editor(field))
        editor->setFocus(Qt::OtherFocusReason);
}

void ProductFormDialog::accept()
{
    m_general->hide();
    m_feedback->clearAll();
    Result<Money> price = Money::parse(m_price->text());
    if (!price) {
        Error error = price.error();
        error.field = kPrice;
        showError(error);
        return;
    }
    Product p = m_original;
    p.name = m_name->text();
    p.code = m_code->text();
    p.kind = sales::productKindFromKey(m_kind->currentData().toString()).value_or(ProductKind::Product);
    p.unit = m_unit->currentText();
    p.unitPrice = *price;
    p.taxExempt = m_taxExempt->isChecked();
    p.category = m_category->currentText();
    p.active = m_active->isChecked();
    Result<Product> saved = isNew() ? m_catalog.create(p) : m_catalog.update(p);
    if (!saved) {
        showError(saved.error());
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

} // namespace peyvand::ui

#include "DocumentAdjustmentsBox.h"

#include "Display.h"
#include "DocumentActions.h"
#include "DocumentAdditionsModel.h"
#include "FieldFeedback.h"
#include "LineTableView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace peyvand::ui {

using sales::Discount;

namespace {
const QString kDiscountField = QStringLiteral("document_discount");
const QString kRatesField = QStringLiteral("rates");
} // namespace

DocumentAdjustmentsBox::DocumentAdjustmentsBox(QWidget* parent)
    : QWidget(parent)
    , m_feedback(new FieldFeedback(this))
    , m_additions(new DocumentAdditionsModel(this))
    , m_table(new LineTableView(this))
{
    m_table->setObjectName(QStringLiteral("additionsTable"));
    m_table->setModel(m_additions);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(DocumentAdditionsModel::DescriptionColumn, QHeaderView::Stretch);
    header->resizeSection(DocumentAdditionsModel::AmountColumn, 130);
    header->resizeSection(DocumentAdditionsModel::TaxableColumn, 70);
    header->resizeSection(DocumentAdditionsModel::TaxColumn, 110);
    header->resizeSection(DocumentAdditionsModel::TotalColumn, 130);
    m_table->setFixedHeight(m_table->verticalHeader()->defaultSectionSize() * 3 + header->sizeHint().height()
                            + 2 * m_table->frameWidth());
    m_shipping = new QPushButton(tr("Add shipping"), this);
    m_shipping->setObjectName(QStringLiteral("addShippingButton"));

    auto* form = new QFormLayout;
    form->addRow(tr("Document discount:"), createDiscountRow());
    form->addRow(tr("Tax rates:"), createRatesRow());
    auto* additionsRow = new QHBoxLayout;
    additionsRow->addWidget(m_table, 1);
    additionsRow->addWidget(m_shipping, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(additionsRow);
    layout->addStretch(1);

    connect(m_additions, &DocumentAdditionsModel::additionsEdited, this, &DocumentAdjustmentsBox::edited);
    connect(m_shipping, &QPushButton::clicked, this, [this] {
        const int row = m_additions->addShipping();
        if (row < 0)
            return;
        m_table->setCurrentIndex(m_additions->index(row, DocumentAdditionsModel::AmountColumn));
        m_table->setFocus();
        m_table->edit(m_table->currentIndex());
    });
}

QWidget* DocumentAdjustmentsBox::createDiscountRow()
{
    auto* row = new QWidget(this);
    m_discountKind = new QComboBox(row);
    m_discountKind->setObjectName(QStringLiteral("documentDiscountKind"));
    m_discountKind->addItem(tr("None"), int(Discount::Kind::None));
    m_discountKind->addItem(tr("Percent"), int(Discount::Kind::Percent));
    m_discountKind->addItem(tr("Amount (Rial)"), int(Discount::Kind::Amount));
    m_discount = new QLineEdit(row);
    m_discount->setObjectName(QStringLiteral("documentDiscount"));
    m_discount->setMaximumWidth(180);
    m_discount->setEnabled(false);
    auto* layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_discountKind);
    layout->addWidget(m_discount);
    layout->addStretch(1);
    auto* column = new QVBoxLayout(row);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(1);
    column->addLayout(layout);
    column->addWidget(m_feedback->addField(kDiscountField, m_discount, row));
    connect(m_discountKind, &QComboBox::currentIndexChanged, this, [this] {
        const bool none = Discount::Kind(m_discountKind->currentData().toInt()) == Discount::Kind::None;
        m_discount->setEnabled(!none);
        if (none)
            m_discount->clear();
        if (!m_loading)
            emit edited();
    });
    connect(m_discount, &QLineEdit::textEdited, this, &DocumentAdjustmentsBox::edited);
    return row;
}

QWidget* DocumentAdjustmentsBox::createRatesRow()
{
    auto* row = new QWidget(this);
    m_ratesLabel = new QLabel(row);
    m_ratesLabel->setObjectName(QStringLiteral("ratesLabel"));
    m_override = new QCheckBox(tr("Use other rates:"), row);
    m_override->setObjectName(QStringLiteral("overrideRates"));
    m_vat = new QLineEdit(row);
    m_vat->setObjectName(QStringLiteral("vatRate"));
    m_duty = new QLineEdit(row);
    m_duty->setObjectName(QStringLiteral("dutyRate"));
    for (QLineEdit* rate : { m_vat, m_duty }) {
        rate->setMaximumWidth(70);
        rate->setEnabled(false);
    }
    auto* layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_ratesLabel);
    layout->addSpacing(12);
    layout->addWidget(m_override);
    layout->addWidget(new QLabel(tr("VAT %"), row));
    layout->addWidget(m_vat);
    layout->addWidget(new QLabel(tr("duty %"), row));
    layout->addWidget(m_duty);
    layout->addStretch(1);
    auto* column = new QVBoxLayout(row);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(1);
    column->addLayout(layout);
    column->addWidget(m_feedback->addField(kRatesField, m_vat, row));
    connect(m_override, &QCheckBox::toggled, this, [this](bool overridden) {
        m_vat->setEnabled(overridden && m_override->isEnabled());
        m_duty->setEnabled(overridden && m_override->isEnabled());
        if (overridden && m_vat->text().isEmpty() && m_tableRates) {
            m_vat->setText(Display::decimal(m_tableRates->vat.toPercentText()));
            m_duty->setText(Display::decimal(m_tableRates->duty.toPercentText()));
        }
        updateRatesLabel();
        if (!m_loading)
            emit edited();
    });
    connect(m_vat, &QLineEdit::textEdited, this, &DocumentAdjustmentsBox::edited);
    connect(m_duty, &QLineEdit::textEdited, this, &DocumentAdjustmentsBox::edited);
    return row;
}

void DocumentAdjustmentsBox::load(const sales::Document& document)
{
    m_loading = true;
    m_discountKind->setCurrentIndex(m_discountKind->findData(int(document.documentDiscount.kind)));
    switch (document.documentDiscount.kind) {
    case Discount::Kind::Percent:
        m_discount->setText(Display::decimal(document.documentDiscount.percent.toPercentText()));
        break;
    case Discount::Kind::Amount:
        m_discount->setText(Display::number(document.documentDiscount.amount.rial()));
        break;
    case Discount::Kind::None:
        m_discount->clear();
        break;
    }
    m_override->setChecked(document.ratesOverridden);
    m_vat->setText(Display::decimal(document.rates.vat.toPercentText()));
    m_duty->setText(Display::decimal(document.rates.duty.toPercentText()));
    m_additions->setAdditions(document.additions);
    m_feedback->clearAll();
    m_loading = false;
    updateRatesLabel();
}

void DocumentAdjustmentsBox::setTableRates(const Result<sales::TaxRates>& rates)
{
    m_tableRates = rates ? std::optional<sales::TaxRates>(*rates) : std::nullopt;
    m_tableRatesProblem = rates ? QString() : rates.error().message;
    updateRatesLabel();
}

void DocumentAdjustmentsBox::updateRatesLabel()
{
    if (m_tableRates)
        m_ratesLabel->setText(DocumentActions::ratesText(*m_tableRates));
    else
        m_ratesLabel->setText(Display::digits(m_tableRatesProblem));
    QFont font = m_ratesLabel->font();
    font.setStrikeOut(m_override->isChecked());
    m_ratesLabel->setFont(font);
}

QList<Error> DocumentAdjustmentsBox::store(sales::Document& document) const
{
    QList<Error> errors;
    Discount discount;
    discount.kind = Discount::Kind(m_discountKind->currentData().toInt());
    const QString text = m_discount->text().trimmed();
    if (discount.kind == Discount::Kind::Percent) {
        const Result<BasisPoints> percent = BasisPoints::parsePercent(text);
        if (percent)
            discount.percent = *percent;
        else
            errors << Error::invalid(kDiscountField, percent.error().message);
    } else if (discount.kind == Discount::Kind::Amount) {
        const Result<Money> amount = Money::parse(text);
        if (amount)
            discount.amount = *amount;
        else
            errors << Error::invalid(kDiscountField, amount.error().message);
    }
    document.documentDiscount = discount;

    document.ratesOverridden = m_override->isChecked();
    if (document.ratesOverridden) {
        const Result<BasisPoints> vat = BasisPoints::parsePercent(m_vat->text());
        const Result<BasisPoints> duty = BasisPoints::parsePercent(m_duty->text());
        if (!vat)
            errors << Error::invalid(kRatesField, vat.error().message);
        else if (!duty)
            errors << Error::invalid(kRatesField, duty.error().message);
        else
            document.rates = sales::TaxRates { *vat, *duty };
    } else if (m_tableRates) {
        document.rates = *m_tableRates;
    } else {
        errors << Error::invalid(kRatesField, m_tableRatesProblem);
    }

    const DocumentAdditionsModel::Collected additions = m_additions->collect();
    document.additions = additions.additions;
    errors << additions.errors;
    return errors;
}

void DocumentAdjustmentsBox::setReadOnly(bool readOnly)
{
    m_discountKind->setEnabled(!readOnly);
    m_discount->setReadOnly(readOnly);
    m_override->setEnabled(!readOnly);
    m_vat->setEnabled(!readOnly && m_override->isChecked());
    m_duty->setEnabled(!readOnly && m_override->isChecked());
    m_additions->setReadOnly(readOnly);
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                          | QAbstractItemView::AnyKeyPressed);
    m_shipping->setVisible(!readOnly);
}

bool DocumentAdjustmentsBox::showError(const Error& error)
{
    if (error.field == kDiscountField) {
        m_feedback->showError(kDiscountField, error.message);
        return true;
    }
    static const QStringList rateFields { kRatesField, QStringLiteral("vat"), QStringLiteral("duty"),
                                          QStringLiteral("vat_bp"), QStringLiteral("duty_bp"),
                                          QStringLiteral("vat_rate"), QStringLiteral("duty_rate") };
    if (rateFields.contains(error.field)) {
        m_feedback->showError(kRatesField, error.message);
        return true;
    }
    const QModelIndex cell = m_additions->showError(error.field, error.message);
    return cell.isValid();
}

void DocumentAdjustmentsBox::clearErrors()
{
    m_feedback->clearAll();
    m_additions->clearErrors();
}

} // namespace peyvand::ui

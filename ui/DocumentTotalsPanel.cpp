#include "DocumentTotalsPanel.h"

#include "AmountText.h"

#include "Display.h"
#include "text/AmountInWords.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace peyvand::ui {

DocumentTotalsPanel::DocumentTotalsPanel(QWidget* parent)
    : QGroupBox(tr("Totals (%1)").arg(AmountText::unitName(false)), parent)
    , m_gross(amountLabel(QStringLiteral("totalGross")))
    , m_discount(amountLabel(QStringLiteral("totalDiscount")))
    , m_vat(amountLabel(QStringLiteral("totalVat")))
    , m_duty(amountLabel(QStringLiteral("totalDuty")))
    , m_additions(amountLabel(QStringLiteral("totalAdditions")))
    , m_total(amountLabel(QStringLiteral("grandTotal")))
    , m_words(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("documentTotalsPanel"));
    QFont bold = m_total->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_total->setFont(bold);
    m_words->setObjectName(QStringLiteral("totalInWords"));
    m_words->setWordWrap(true);
    m_words->setAlignment(Display::leadingAlignment());
    m_problem->setObjectName(QStringLiteral("totalsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setAlignment(Display::leadingAlignment());
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_problem->hide();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Sum of lines:"), m_gross);
    form->addRow(tr("Discounts:"), m_discount);
    form->addRow(tr("Additions:"), m_additions);
    form->addRow(tr("VAT:"), m_vat);
    form->addRow(tr("Municipal duty:"), m_duty);
    form->addRow(tr("Grand total:"), m_total);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_words);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    setMinimumWidth(280);
}

QLabel* DocumentTotalsPanel::amountLabel(const QString& name)
{
    auto* label = new QLabel(this);
    label->setObjectName(name);
    // Amounts line up on the end side, as in the lines table.
    label->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void DocumentTotalsPanel::setDisplayToman(bool toman)
{
    m_toman = toman;
    setTitle(tr("Totals (%1)").arg(AmountText::unitName(toman)));
}

void DocumentTotalsPanel::setTotals(const sales::Document& computed)
{
    m_gross->setText(AmountText::amount(computed.grossTotal, m_toman));
    m_discount->setText(AmountText::amount(computed.discountTotal, m_toman));
    m_additions->setText(AmountText::amount(computed.additionsTotal, m_toman));
    m_vat->setText(AmountText::amount(computed.vatTotal, m_toman));
    m_duty->setText(AmountText::amount(computed.dutyTotal, m_toman));
    m_total->setText(AmountText::amount(computed.grandTotal, m_toman));
    if (Display::persian()) {
        text::AmountWordsStyle style;
        style.unit = tr("Rial");
        m_words->setText(text::amountInWords(computed.grandTotal.rial(), style));
    } else {
        m_words->setText(text::amountInWordsEnglish(computed.grandTotal.rial(), tr("Rial")));
    }
    m_problem->hide();
    setEnabled(true);
}

void DocumentTotalsPanel::setUnavailable(const QString& reason)
{
    for (QLabel* label : { m_gross, m_discount, m_additions, m_vat, m_duty, m_total })
        label->setText(tr("—"));
    m_words->clear();
    m_problem->setText(reason);
    m_problem->setVisible(!reason.isEmpty());
}

} // namespace peyvand::ui

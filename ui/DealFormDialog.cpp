#include "DealFormDialog.h"

#include "AmountText.h"
#include "CustomerPicker.h"
#include "Display.h"
#include "ErrorText.h"
#include "FieldFeedback.h"
#include "FormRows.h"
#include "JalaliDateEdit.h"
#include "PipelineServices.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace peyvand::ui {

namespace {
const QString kTitle = QStringLiteral("title");
const QString kCustomer = QStringLiteral("customer");
const QString kAmount = QStringLiteral("amount");
const QString kClose = QStringLiteral("expected_close");
const QString kStage = QStringLiteral("stage");
const QString kLostReason = QStringLiteral("lost_reason");
const QString kOwner = QStringLiteral("owner");
} // namespace

DealFormDialog::DealFormDialog(PipelineServices& services, const pipeline::DealRow& existing, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_original(existing)
    , m_toman(services.displayToman())
    , m_feedback(new FieldFeedback(this))
    , m_general(new QLabel(this))
{
    setObjectName(QStringLiteral("dealFormDialog"));
    setWindowTitle(isNew() ? tr("New deal") : tr("Edit deal"));
    auto* fields = new QWidget(this);
    auto* form = new QFormLayout(fields);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_title = new QLineEdit(fields);
    m_title->setPlaceholderText(tr("What is being sold, e.g. “Network upgrade”"));
    m_customer = new CustomerPicker(services.customerSearch, fields);
    m_amount = new QLineEdit(fields);
    m_amount->setPlaceholderText(tr("In Rial"));
    m_amountHint = new QLabel(fields);
    m_amountHint->setEnabled(false);
    m_close = new JalaliDateEdit(fields);
    m_close->setField(kClose);
    m_stage = new QComboBox(fields);
    m_lostReason = new QLineEdit(fields);
    m_lostReason->setPlaceholderText(tr("Optional"));
    m_owner = new QLineEdit(fields);
    m_owner->setPlaceholderText(tr("Who works this deal"));

    m_stages = services.deals.stages().valueOr({});
    for (const pipeline::Stage& stage : std::as_const(m_stages))
        m_stage->addItem(tr("%1 (%2%)", "stage name (probability)").arg(stage.displayName(),
                                                                        Display::number(stage.probability)),
                         stage.id);

    const QList<std::pair<QString, QWidget*>> named {
        { kTitle, m_title }, { kCustomer, m_customer }, { kAmount, m_amount }, { kClose, m_close },
        { kStage, m_stage }, { kLostReason, m_lostReason }, { kOwner, m_owner },
    };
    for (const auto& [field, editor] : named)
        editor->setObjectName(QStringLiteral("edit_") + field);
    addFieldRow(form, m_feedback, kTitle, tr("Title"), m_title);
    addFieldRow(form, m_feedback, kCustomer, tr("Customer"), m_customer);
    if (existing.deal.leadId > 0 && existing.deal.customerId == 0) {
        auto* lead = new QLabel(Display::isolate(Display::digits(existing.partyName)), fields);
        lead->setObjectName(QStringLiteral("leadName"));
        form->addRow(tr("Lead"), lead);
    }
    addFieldRow(form, m_feedback, kAmount, tr("Amount (Rial)"), m_amount);
    form->addRow(QString(), m_amountHint);
    addFieldRow(form, m_feedback, kClose, tr("Expected close"), m_close);
    addFieldRow(form, m_feedback, kStage, tr("Stage"), m_stage, true);
    m_lostCaption = addFieldRow(form, m_feedback, kLostReason, tr("Why it was lost"), m_lostReason);
    addFieldRow(form, m_feedback, kOwner, tr("Owner"), m_owner);

    m_general->setObjectName(QStringLiteral("generalMessage"));
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_general->hide();
    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &DealFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DealFormDialog::reject);

    for (const auto& [field, editor] : named) {
        if (auto* line = qobject_cast<QLineEdit*>(editor))
            connect(line, &QLineEdit::textEdited, this, [this, field = field] { m_feedback->clear(field); });
    }
    connect(m_customer, &CustomerPicker::textEdited, this, [this] { m_feedback->clear(kCustomer); });
    connect(m_close, &JalaliDateEdit::edited, this, [this] { m_feedback->clear(kClose); });
    connect(m_amount, &QLineEdit::textChanged, this, &DealFormDialog::showAmountHint);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &DealFormDialog::updateLostReason);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(fields);
    layout->addWidget(m_general);
    layout->addStretch(1);
    layout->addWidget(buttons);
    load(existing);
    resize(560, sizeHint().height());
    m_title->setFocus();
}

void DealFormDialog::load(const pipeline::DealRow& row)
{
    const pipeline::Deal& deal = row.deal;
    m_title->setText(Display::digits(deal.title));
    if (deal.customerId > 0)
        m_customer->setCustomer(deal.customerId, Display::digits(row.partyName));
    m_amount->setText(isNew() && deal.amount.isZero() ? QString() : Display::number(deal.amount.rial()));
    m_close->setDate(deal.expectedClose);
    if (!selectStage(deal.stageId)) {
        // A new deal starts in the first open stage, as core would put it.
        for (const pipeline::Stage& stage : std::as_const(m_stages)) {
            if (stage.outcome == pipeline::StageOutcome::Open) {
                selectStage(stage.id);
                break;
            }
        }
    }
    m_lostReason->setText(deal.lostReason);
    m_owner->setText(Display::digits(deal.owner));
    showAmountHint();
    updateLostReason();
}

bool DealFormDialog::selectStage(qint64 stageId)
{
    const int index = m_stage->findData(stageId);
    if (stageId <= 0 || index < 0)
        return false;
    m_stage->setCurrentIndex(index);
    return true;
}

pipeline::StageOutcome DealFormDialog::chosenOutcome() const
{
    const qint64 id = m_stage->currentData().toLongLong();
    for (const pipeline::Stage& stage : m_stages) {
        if (stage.id == id)
            return stage.outcome;
    }
    return pipeline::StageOutcome::Open;
}

void DealFormDialog::updateLostReason()
{
    const bool lost = chosenOutcome() == pipeline::StageOutcome::Lost;
    auto* form = qobject_cast<QFormLayout*>(m_lostCaption->parentWidget()->layout());
    int row = -1;
    QFormLayout::ItemRole role {};
    form->getWidgetPosition(m_lostCaption, &row, &role);
    if (row >= 0)
        form->setRowVisible(row, lost);
}

void DealFormDialog::showAmountHint()
{
    const Result<Money> amount = Money::parse(m_amount->text());
    if (m_amount->text().trimmed().isEmpty() || !amount) {
        m_amountHint->clear();
        return;
    }
    m_amountHint->setText(m_toman ? tr("%1, that is %2").arg(AmountText::withUnit(*amount, false),
                                                             AmountText::withUnit(*amount, true))
                                  : AmountText::withUnit(*amount, false));
}

void DealFormDialog::showError(const Error& error)
{
    QString field = error.field;
    if (field == QLatin1String("name"))
        field = kTitle;
    if (!m_feedback->hasField(field)) {
        m_general->setText(ErrorText::describe(error));
        m_general->show();
        return;
    }
    m_feedback->showError(field, ErrorText::describe(error));
    if (QWidget* editor = m_feedback->editor(field))
        editor->setFocus(Qt::OtherFocusReason);
}

bool DealFormDialog::collect(pipeline::Deal& deal)
{
    Money amount;
    if (!m_amount->text().trimmed().isEmpty()) {
        const Result<Money> parsed = Money::parse(m_amount->text());
        if (!parsed) {
            Error error = parsed.error();
            error.field = kAmount;
            showError(error);
            return false;
        }
        amount = *parsed;
    }
    const Result<QDate> close = m_close->date();
    if (!close) {
        showError(close.error());
        return false;
    }
    if (m_customer->customerId() == 0 && !m_customer->text().trimmed().isEmpty()) {
        showError(Error::invalid(kCustomer, tr("Pick the customer from the suggestions, or leave the field empty.")));
        return false;
    }
    deal.title = m_title->text();
    deal.customerId = m_customer->customerId();
    deal.amount = amount;
    deal.expectedClose = *close;
    deal.owner = m_owner->text();
    deal.lostReason = chosenOutcome() == pipeline::StageOutcome::Lost ? m_lostReason->text() : QString();
    return true;
}

void DealFormDialog::accept()
{
    m_general->hide();
    m_feedback->clearAll();
    pipeline::Deal deal = m_original.deal;
    if (!collect(deal))
        return;
    const qint64 stageId = m_stage->currentData().toLongLong();
    if (isNew()) {
        deal.stageId = stageId;
        const Result<pipeline::Deal> created = m_services.deals.create(deal);
        if (!created) {
            showError(created.error());
            return;
        }
        m_saved = *created;
        QDialog::accept();
        return;
    }
    const Result<pipeline::Deal> updated = m_services.deals.update(deal);
    if (!updated) {
        showError(updated.error());
        return;
    }
    m_saved = *updated;
    m_original.deal = *updated; // saved: a failed move below must not save it twice
    if (stageId != m_original.deal.stageId) {
        const Result<pipeline::Deal> moved = m_services.deals.move(deal.id, stageId, -1, deal.lostReason);
        if (!moved) {
            Error error = moved.error();
            if (error.field.isEmpty())
                error.field = kStage;
            showError(error);
            return;
        }
        m_saved = *moved;
    }
    QDialog::accept();
}

} // namespace peyvand::ui

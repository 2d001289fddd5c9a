#include "LeadFormDialog.h"

#include "AmountText.h"
#include "ContactFieldsForm.h"
#include "Display.h"
#include "ErrorText.h"
#include "FieldFeedback.h"
#include "FormRows.h"
#include "leads/LeadService.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace peyvand::ui {

using leads::Lead;

namespace {
const QString kBudget = QStringLiteral("budget");
const QString kLostReason = QStringLiteral("lost_reason");
const QString kCustomPrefix = QStringLiteral("custom.");

template <typename Enum>
void fillEnum(QComboBox* combo, const QList<Enum>& values)
{
    for (Enum value : values)
        combo->addItem(leads::displayName(value), leads::toKey(value));
}

void selectData(QComboBox* combo, const QString& data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}
} // namespace

LeadFormDialog::LeadFormDialog(leads::LeadService& service, const Lead& existing, const QStringList& cities,
                               QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_original(existing)
    , m_profile(service.profile().valueOr(leads::ScoringProfile::defaults()))
    , m_feedback(new FieldFeedback(this))
    , m_general(new QLabel(this))
{
    setObjectName(QStringLiteral("leadFormDialog"));
    setWindowTitle(isNew() ? tr("New lead") : tr("Edit lead"));
    m_general->setObjectName(QStringLiteral("generalMessage"));
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_general->hide();

    auto* content = new QWidget;
    m_contact = new ContactFieldsForm(m_feedback, cities, content);
    auto* grid = new QGridLayout(content);
    grid->addWidget(m_contact->identityGroup(), 0, 0);
    grid->addWidget(m_contact->addressGroup(), 1, 0);
    grid->addWidget(m_contact->contactGroup(), 0, 1, 2, 1);
    grid->addWidget(createLeadGroup(), 0, 2);
    grid->addWidget(createCriteriaGroup(), 1, 2);
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);
    grid->setRowStretch(2, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &LeadFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LeadFormDialog::reject);
    connect(m_contact, &ContactFieldsForm::edited, m_general, &QWidget::hide);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_general);
    layout->addWidget(buttons);

    load(existing);
    resize(1280, 640);
    m_contact->edit(QStringLiteral("name"))->setFocus();
}

QComboBox* LeadFormDialog::addCombo(QFormLayout* form, const QString& field, const QString& caption)
{
    auto* combo = new QComboBox(form->parentWidget());
    combo->setObjectName(QStringLiteral("edit_") + field);
    addFieldRow(form, m_feedback, field, caption, combo);
    m_combos.insert(field, combo);
    connect(combo, &QComboBox::activated, this, [this, field] { m_feedback->clear(field); });
    return combo;
}

QLineEdit* LeadFormDialog::addLine(QFormLayout* form, const QString& field, const QString& caption)
{
    auto* line = new QLineEdit(form->parentWidget());
    line->setObjectName(QStringLiteral("edit_") + field);
    addFieldRow(form, m_feedback, field, caption, line);
    m_lines.insert(field, line);
    connect(line, &QLineEdit::textEdited, this, [this, field] {
        m_feedback->clear(field);
        m_general->hide();
    });
    return line;
}

QWidget* LeadFormDialog::createLeadGroup()
{
    auto* group = new QGroupBox(tr("The lead"), this);
    m_leadForm = new QFormLayout(group);
    m_leadForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fillEnum(addCombo(m_leadForm, QStringLiteral("type"), tr("Type")), leads::allLeadTypes());
    fillEnum(addCombo(m_leadForm, QStringLiteral("source"), tr("Source")), leads::allLeadSources());
    QLineEdit* owner = addLine(m_leadForm, QStringLiteral("owner"), tr("Owner"));
    owner->setPlaceholderText(tr("The marketer working this lead"));
    auto* completer = new QCompleter(m_service.owners().valueOr({}), owner);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    owner->setCompleter(completer);
    QComboBox* status = addCombo(m_leadForm, QStringLiteral("status"), tr("Status"));
    for (leads::LeadStatus value : leads::allLeadStatuses()) {
        // Converting is an action of the lead page, not a status to pick.
        if (value != leads::LeadStatus::Converted || m_original.status == leads::LeadStatus::Converted)
            status->addItem(leads::displayName(value), leads::toKey(value));
    }
    QLineEdit* lost = addLine(m_leadForm, kLostReason, tr("Why lost"));
    lost->setPlaceholderText(tr("e.g. chose a competitor, no budget this year"));
    m_lostCaption = qobject_cast<QLabel*>(m_leadForm->labelForField(lost->parentWidget()));
    addLine(m_leadForm, QStringLiteral("best_time_to_call"), tr("Best time to call"))
        ->setPlaceholderText(tr("e.g. mornings 9–11"));
    connect(status, &QComboBox::currentIndexChanged, this, &LeadFormDialog::updateLostReason);
    return group;
}

QWidget* LeadFormDialog::createCriteriaGroup()
{
    auto* group = new QGroupBox(tr("Scoring criteria"), this);
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QLineEdit* budget = addLine(form, kBudget, tr("Budget (Rial)"));
    budget->setPlaceholderText(tr("Empty when unknown"));
    m_budgetHint = new QLabel(group);
    m_budgetHint->setObjectName(QStringLiteral("budgetHint"));
    m_budgetHint->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    form->addRow(QString(), m_budgetHint);
    connect(budget, &QLineEdit::textChanged, this, &LeadFormDialog::updateBudgetHint);
    fillEnum(addCombo(form, QStringLiteral("timeline"), tr("Purchase timeline")), leads::allTimelines());
    fillEnum(addCombo(form, QStringLiteral("authority"), tr("Contact's authority")), leads::allAuthorities());
    QComboBox* industry = addCombo(form, QStringLiteral("industry"), tr("Industry"));
    industry->addItem(tr("Unknown"), QString());
    for (const leads::Industry& each : m_service.industries().valueOr({}))
        industry->addItem(Display::digits(each.name), each.key);
    fillEnum(addCombo(form, QStringLiteral("need"), tr("Need")), leads::allNeeds());
    for (const leads::ChoiceCriterion& criterion : m_profile.custom) {
        QComboBox* combo = addCombo(form, kCustomPrefix + criterion.key, Display::digits(criterion.label));
        combo->addItem(tr("Unknown"), QString());
        for (const leads::OptionPoints& option : criterion.options)
            combo->addItem(Display::digits(option.label.isEmpty() ? option.option : option.label), option.option);
    }
    return group;
}

QLineEdit* LeadFormDialog::edit(const QString& field) const
{
    if (QLineEdit* line = m_lines.value(field))
        return line;
    return m_contact->edit(field);
}

bool LeadFormDialog::lostReasonVisible() const
{
    return m_leadForm->isRowVisible(m_lines.value(kLostReason)->parentWidget());
}

void LeadFormDialog::updateLostReason()
{
    const bool lost = m_combos.value(QStringLiteral("status"))->currentData().toString()
        == leads::toKey(leads::LeadStatus::Lost);
    m_leadForm->setRowVisible(m_lines.value(kLostReason)->parentWidget(), lost);
    if (!lost)
        m_feedback->clear(kLostReason);
}

void LeadFormDialog::updateBudgetHint()
{
    const QString text = m_lines.value(kBudget)->text().trimmed();
    const Result<Money> amount = text.isEmpty() ? Result<Money>(Error::invalid(kBudget, {})) : Money::parse(text);
    m_budgetHint->setText(amount ? AmountText::withUnit(*amount, false) : QString());
}

void LeadFormDialog::load(const Lead& lead)
{
    m_contact->load(lead.contact);
    selectData(m_combos.value(QStringLiteral("type")), leads::toKey(lead.type));
    selectData(m_combos.value(QStringLiteral("source")), leads::toKey(lead.source));
    selectData(m_combos.value(QStringLiteral("status")), leads::toKey(lead.status));
    selectData(m_combos.value(QStringLiteral("timeline")), leads::toKey(lead.timeline));
    selectData(m_combos.value(QStringLiteral("authority")), leads::toKey(lead.authority));
    selectData(m_combos.value(QStringLiteral("need")), leads::toKey(lead.need));
    QComboBox* industry = m_combos.value(QStringLiteral("industry"));
    if (!lead.industry.isEmpty() && industry->findData(lead.industry) < 0)
        industry->addItem(tr("%1 (removed)").arg(lead.industry), lead.industry); // kept by core, no points
    selectData(industry, lead.industry);
    for (const leads::ChoiceCriterion& criterion : m_profile.custom)
        selectData(m_combos.value(kCustomPrefix + criterion.key), lead.custom.value(criterion.key));
    m_lines.value(QStringLiteral("owner"))->setText(Display::digits(lead.owner));
    m_lines.value(kLostReason)->setText(Display::digits(lead.lostReason));
    m_lines.value(QStringLiteral("best_time_to_call"))->setText(Display::digits(lead.bestTimeToCall));
    m_lines.value(kBudget)->setText(lead.budget ? Display::number(lead.budget->rial()) : QString());
    updateLostReason();
    updateBudgetHint();
}

bool LeadFormDialog::collect(Lead& lead)
{
    lead = m_original;
    lead.contact = m_contact->collect(m_original.contact);
    const auto key = [this](const QString& field) { return m_combos.value(field)->currentData().toString(); };
    lead.type = leads::leadTypeFromKey(key(QStringLiteral("type"))).value_or(lead.type);
    lead.source = leads::leadSourceFromKey(key(QStringLiteral("source"))).value_or(lead.source);
    lead.status = leads::leadStatusFromKey(key(QStringLiteral("status"))).value_or(lead.status);
    lead.timeline = leads::timelineFromKey(key(QStringLiteral("timeline"))).value_or(leads::Timeline::Unknown);
    lead.authority = leads::authorityFromKey(key(QStringLiteral("authority"))).value_or(leads::Authority::Unknown);
    lead.need = leads::needFromKey(key(QStringLiteral("need"))).value_or(leads::Need::Unknown);
    lead.industry = key(QStringLiteral("industry"));
    lead.custom.clear();
    for (const leads::ChoiceCriterion& criterion : m_profile.custom) {
        const QString option = key(kCustomPrefix + criterion.key);
        if (!option.isEmpty())
            lead.custom.insert(criterion.key, option);
    }
    lead.owner = m_lines.value(QStringLiteral("owner"))->text();
    lead.lostReason = lead.status == leads::LeadStatus::Lost ? m_lines.value(kLostReason)->text() : QString();
    lead.bestTimeToCall = m_lines.value(QStringLiteral("best_time_to_call"))->text();
    const QString budget = m_lines.value(kBudget)->text().trimmed();
    lead.budget.reset();
    if (!budget.isEmpty()) {
        const Result<Money> amount = Money::parse(budget);
        if (!amount) {
            m_feedback->showError(kBudget, ErrorText::describe(amount.error()));
            m_lines.value(kBudget)->setFocus();
            return false;
        }
        lead.budget = *amount;
    }
    return true;
}

void LeadFormDialog::showCoreError(const Error& error)
{
    if (m_feedback->hasField(error.field)) {
        m_feedback->showError(error.field, ErrorText::describe(error));
        if (QWidget* editor = m_feedback->editor(error.field)) {
            editor->setFocus(Qt::OtherFocusReason);
            if (auto* line = qobject_cast<QLineEdit*>(editor))
                line->selectAll();
        }
        return;
    }
    m_general->setText(ErrorText::describe(error));
    m_general->show();
}

void LeadFormDialog::accept()
{
    m_general->hide();
    if (!m_contact->checkAll()) {
        if (QWidget* editor = m_feedback->editor(m_feedback->errorFields().value(0)))
            editor->setFocus(Qt::OtherFocusReason);
        return;
    }
    Lead lead;
    if (!collect(lead))
        return;
    customers::ValidationReport report;
    Result<Lead> result = isNew() ? m_service.create(lead, &report) : m_service.update(lead, &report);
    if (!result) {
        for (const customers::FieldIssue& issue : report.issues) {
            if (m_feedback->hasField(issue.field))
                m_feedback->show(issue.field, { issue });
        }
        showCoreError(result.error());
        return;
    }
    m_saved = *result;
    QDialog::accept();
}

} // namespace peyvand::ui

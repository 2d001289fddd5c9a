#include "CustomerFormDialog.h"

#include "Display.h"
#include "ErrorText.h"
#include "FieldFeedback.h"
#include "JalaliDateEdit.h"
#include "TagsLineEdit.h"
#include "customers/CustomerService.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace peyvand::ui {

using customers::Customer;
using customers::CustomerKind;
using customers::FieldIssue;

namespace {
const QString kNationalId = QStringLiteral("national_id");
const QString kLegalId = QStringLiteral("legal_id");
const QString kSince = QStringLiteral("since");

// Fields checked before saving, in the order they appear.
QStringList checkedFields(CustomerKind kind)
{
    QStringList fields { QStringLiteral("name") };
    if (kind == CustomerKind::Person)
        fields << QStringLiteral("company");
    fields << (kind == CustomerKind::Person ? kNationalId : kLegalId)
           << QStringLiteral("economic_code") << QStringLiteral("registration_number") << QStringLiteral("mobile")
           << QStringLiteral("other_phones") << QStringLiteral("email") << QStringLiteral("website")
           << QStringLiteral("instagram") << QStringLiteral("telegram") << QStringLiteral("whatsapp")
           << QStringLiteral("linkedin") << QStringLiteral("address") << QStringLiteral("city")
           << QStringLiteral("province") << QStringLiteral("postal_code") << QStringLiteral("source")
           << QStringLiteral("tags") << kSince;
    return fields;
}

QStringList splitList(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,\u060C;\u061B\\n]"));
    QStringList parts;
    for (const QString& part : text.split(separators)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            parts << trimmed;
    }
    return parts;
}

QComboBox* editableCombo(const QStringList& values, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems(values);
    combo->setCurrentIndex(-1);
    combo->lineEdit()->clear();
    return combo;
}
} // namespace

CustomerFormDialog::CustomerFormDialog(customers::CustomerService& service, const Customer& existing, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_original(existing)
    , m_feedback(new FieldFeedback(this))
    , m_general(new QLabel(this))
{
    setObjectName(QStringLiteral("customerFormDialog"));
    setWindowTitle(isNew() ? tr("New customer") : tr("Edit customer"));
    m_general->setObjectName(QStringLiteral("generalMessage"));
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_general->hide();

    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    grid->addWidget(createIdentityGroup(), 0, 0);
    grid->addWidget(createContactGroup(), 0, 1, 2, 1);
    grid->addWidget(createAddressGroup(), 1, 0);
    grid->addWidget(createOtherGroup(), 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(3, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerFormDialog::reject);
    connect(m_feedback, &FieldFeedback::errorsChanged, this, [this](bool errors) { m_save->setEnabled(!errors); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_general);
    layout->addWidget(buttons);

    load(existing);
    resize(1040, 700);
    edit(QStringLiteral("name"))->setFocus();
}

QWidget* CustomerFormDialog::createIdentityGroup()
{
    auto* group = new QGroupBox(tr("Who"), this);
    m_identityForm = new QFormLayout(group);
    m_identityForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto* kindRow = new QWidget(group);
    auto* kindLayout = new QHBoxLayout(kindRow);
    kindLayout->setContentsMargins(0, 0, 0, 0);
    m_kind = new QButtonGroup(this);
    for (CustomerKind kind : { CustomerKind::Person, CustomerKind::Company }) {
        auto* radio = new QRadioButton(customers::displayName(kind), kindRow);
        radio->setObjectName(QStringLiteral("kind_") + customers::toKey(kind));
        m_kind->addButton(radio, int(kind));
        kindLayout->addWidget(radio);
    }
    kindLayout->addStretch(1);
    m_kind->button(int(CustomerKind::Person))->setChecked(true);
    m_identityForm->addRow(tr("Kind"), kindRow);
    connect(m_kind, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked)
            return;
        m_feedback->clear(kNationalId);
        m_feedback->clear(kLegalId);
        m_left.remove(kNationalId);
        m_left.remove(kLegalId);
        updateKindLabels();
        if (!m_idEdit->text().trimmed().isEmpty())
            checkNow(idField());
    });

    addLineField(m_identityForm, QStringLiteral("name"), tr("Full name"), &m_nameLabel);
    addLineField(m_identityForm, QStringLiteral("company"), tr("Company"), &m_companyLabel);

    // One editor for the national ID of a person or the legal ID of a company.
    m_idEdit = new QLineEdit(group);
    m_idEdit->setObjectName(QStringLiteral("edit_id"));
    auto* idBox = new QWidget(group);
    auto* idLayout = new QVBoxLayout(idBox);
    idLayout->setContentsMargins(0, 0, 0, 0);
    idLayout->setSpacing(2);
    idLayout->addWidget(m_idEdit);
    idLayout->addWidget(m_feedback->addField(kNationalId, m_idEdit, idBox));
    idLayout->addWidget(m_feedback->addField(kLegalId, m_idEdit, idBox));
    m_idLabel = new QLabel(group);
    m_identityForm->addRow(m_idLabel, idBox);
    m_edits.insert(kNationalId, m_idEdit);
    m_edits.insert(kLegalId, m_idEdit);
    connect(m_idEdit, &QLineEdit::textEdited, this, [this] { onEdited(idField()); });
    connect(m_idEdit, &QLineEdit::editingFinished, this, [this] { onLeft(idField()); });

    addLineField(m_identityForm, QStringLiteral("economic_code"), tr("Economic code"));
    addLineField(m_identityForm, QStringLiteral("registration_number"), tr("Registration no."));
    return group;
}

QWidget* CustomerFormDialog::createContactGroup()
{
    auto* group = new QGroupBox(tr("How to reach them"), this);
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addLineField(form, QStringLiteral("mobile"), tr("Mobile"))->setPlaceholderText(Display::digits(QStringLiteral("0912 345 6789")));
    addLineField(form, QStringLiteral("other_phones"), tr("Other phones"))
        ->setPlaceholderText(tr("Separate numbers with commas"));
    addLineField(form, QStringLiteral("email"), tr("Email"));
    addLineField(form, QStringLiteral("website"), tr("Website"));
    addLineField(form, QStringLiteral("instagram"), tr("Instagram"));
    addLineField(form, QStringLiteral("telegram"), tr("Telegram"));
    addLineField(form, QStringLiteral("whatsapp"), tr("WhatsApp"));
    addLineField(form, QStringLiteral("linkedin"), tr("LinkedIn"));
    for (const QString& field : { QStringLiteral("email"), QStringLiteral("website"), QStringLiteral("instagram"),
                                  QStringLiteral("telegram"), QStringLiteral("whatsapp"), QStringLiteral("linkedin") })
        m_edits.value(field)->setLayoutDirection(Qt::LeftToRight); // addresses and handles read left to right

    m_channel = new QComboBox(group);
    m_channel->setObjectName(QStringLiteral("edit_preferred_channel"));
    for (customers::ContactChannel channel : customers::allContactChannels())
        m_channel->addItem(customers::displayName(channel), customers::toKey(channel));
    form->addRow(tr("Prefers"), m_channel);
    return group;
}

QWidget* CustomerFormDialog::createAddressGroup()
{
    auto* group = new QGroupBox(tr("Where"), this);
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addLineField(form, QStringLiteral("address"), tr("Address"));
    m_city = editableCombo(m_service.cities().valueOr({}), group);
    m_city->setObjectName(QStringLiteral("edit_city"));
    addRow(form, QStringLiteral("city"), tr("City"), m_city, nullptr);
    watch(QStringLiteral("city"), m_city->lineEdit());
    addLineField(form, QStringLiteral("province"), tr("Province"));
    addLineField(form, QStringLiteral("postal_code"), tr("Postal code"));
    return group;
}

QWidget* CustomerFormDialog::createOtherGroup()
{
    auto* group = new QGroupBox(tr("About the relationship"), this);
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_source = editableCombo(m_service.sources().valueOr({}), group);
    m_source->setObjectName(QStringLiteral("edit_source"));
    addRow(form, QStringLiteral("source"), tr("Found us through"), m_source, nullptr);
    watch(QStringLiteral("source"), m_source->lineEdit());

    m_tags = new TagsLineEdit(group);
    m_tags->setObjectName(QStringLiteral("edit_tags"));
    m_tags->setKnownTags(m_service.tags().valueOr({}));
    addRow(form, QStringLiteral("tags"), tr("Tags"), m_tags, nullptr);
    watch(QStringLiteral("tags"), m_tags);

    m_since = new JalaliDateEdit(group);
    m_since->setObjectName(QStringLiteral("edit_since"));
    m_since->setField(kSince);
    addRow(form, kSince, tr("Customer since"), m_since, nullptr);
    m_edits.insert(kSince, m_since->lineEdit());
    connect(m_since, &JalaliDateEdit::edited, this, [this] { onEdited(kSince); });
    connect(m_since, &JalaliDateEdit::editingFinished, this, [this] { onLeft(kSince); });
    return group;
}

QLineEdit* CustomerFormDialog::addLineField(QFormLayout* form, const QString& field, const QString& label,
                                            QLabel** labelOut)
{
    auto* lineEdit = new QLineEdit(this);
    lineEdit->setObjectName(QStringLiteral("edit_") + field);
    addRow(form, field, label, lineEdit, labelOut);
    watch(field, lineEdit);
    return lineEdit;
}

void CustomerFormDialog::addRow(QFormLayout* form, const QString& field, const QString& label, QWidget* editor,
                                QLabel** labelOut)
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    layout->addWidget(m_feedback->addField(field, editor, box));
    auto* caption = new QLabel(label, this);
    caption->setBuddy(editor);
    form->addRow(caption, box);
    if (labelOut)
        *labelOut = caption;
}

void CustomerFormDialog::watch(const QString& field, QLineEdit* lineEdit)
{
    m_edits.insert(field, lineEdit);
    connect(lineEdit, &QLineEdit::textEdited, this, [this, field] { onEdited(field); });
    connect(lineEdit, &QLineEdit::editingFinished, this, [this, field] { onLeft(field); });
}

CustomerKind CustomerFormDialog::kind() const
{
    return m_kind->checkedId() == int(CustomerKind::Company) ? CustomerKind::Company : CustomerKind::Person;
}

void CustomerFormDialog::setKind(CustomerKind kind)
{
    m_kind->button(int(kind))->setChecked(true);
}

QLineEdit* CustomerFormDialog::edit(const QString& field) const
{
    return m_edits.value(field);
}

QString CustomerFormDialog::idField() const
{
    return kind() == CustomerKind::Company ? kLegalId : kNationalId;
}

void CustomerFormDialog::updateKindLabels()
{
    const bool company = kind() == CustomerKind::Company;
    m_nameLabel->setText(company ? tr("Company name") : tr("Full name"));
    m_idLabel->setText(company ? tr("Legal ID") : tr("National ID"));
    m_idEdit->setPlaceholderText(company ? tr("11 digits") : tr("10 digits"));
    m_identityForm->setRowVisible(m_companyLabel, !company);
}

void CustomerFormDialog::load(const Customer& c)
{
    setKind(c.kind);
    const auto set = [this](const QString& field, const QString& value) { edit(field)->setText(value); };
    set(QStringLiteral("name"), Display::digits(c.name));
    set(QStringLiteral("company"), Display::digits(c.company));
    m_idEdit->setText(Display::digits(c.kind == CustomerKind::Company ? c.legalId : c.nationalId));
    set(QStringLiteral("economic_code"), Display::digits(c.economicCode));
    set(QStringLiteral("registration_number"), Display::digits(c.registrationNumber));
    set(QStringLiteral("mobile"), Display::digits(c.mobile));
    set(QStringLiteral("other_phones"), Display::digits(Display::list(c.otherPhones)));
    set(QStringLiteral("email"), c.email);
    set(QStringLiteral("website"), c.website);
    set(QStringLiteral("instagram"), c.instagram);
    set(QStringLiteral("telegram"), c.telegram);
    set(QStringLiteral("whatsapp"), c.whatsapp);
    set(QStringLiteral("linkedin"), c.linkedin);
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(customers::toKey(c.preferredChannel))));
    set(QStringLiteral("address"), Display::digits(c.address));
    m_city->setEditText(c.city);
    set(QStringLiteral("province"), c.province);
    set(QStringLiteral("postal_code"), Display::digits(c.postalCode));
    m_source->setEditText(c.source);
    m_tags->setTags(c.tags);
    m_since->setDate(isNew() && !c.since.isValid() ? QDate::currentDate() : c.since);
    updateKindLabels();
}

QString CustomerFormDialog::value(const QString& field) const
{
    const QLineEdit* lineEdit = edit(field);
    return lineEdit ? lineEdit->text() : QString();
}

Customer CustomerFormDialog::collect() const
{
    Customer c = m_original;
    c.kind = kind();
    const bool company = c.kind == CustomerKind::Company;
    c.name = value(QStringLiteral("name"));
    c.company = company ? QString() : value(QStringLiteral("company"));
    c.nationalId = company ? QString() : m_idEdit->text();
    c.legalId = company ? m_idEdit->text() : QString();
    c.economicCode = value(QStringLiteral("economic_code"));
    c.registrationNumber = value(QStringLiteral("registration_number"));
    c.mobile = value(QStringLiteral("mobile"));
    c.otherPhones = splitList(value(QStringLiteral("other_phones")));
    c.email = value(QStringLiteral("email"));
    c.website = value(QStringLiteral("website"));
    c.instagram = value(QStringLiteral("instagram"));
    c.telegram = value(QStringLiteral("telegram"));
    c.whatsapp = value(QStringLiteral("whatsapp"));
    c.linkedin = value(QStringLiteral("linkedin"));
    c.preferredChannel = customers::contactChannelFromKey(m_channel->currentData().toString())
                             .value_or(customers::ContactChannel::Unspecified);
    c.address = value(QStringLiteral("address"));
    c.city = m_city->currentText();
    c.province = value(QStringLiteral("province"));
    c.postalCode = value(QStringLiteral("postal_code"));
    c.source = m_source->currentText();
    c.tags = m_tags->tags();
    c.since = m_since->date().valueOr(QDate());
    return c;
}

QList<FieldIssue> CustomerFormDialog::issuesOf(const QString& field) const
{
    if (field == kSince) {
        const Result<QDate> since = m_since->date();
        if (!since)
            return { FieldIssue { kSince, FieldIssue::Severity::Error, ErrorText::describe(since.error()) } };
        return {};
    }
    return customers::CustomerValidator::checkField(field, value(field), kind());
}

void CustomerFormDialog::onEdited(const QString& field)
{
    m_general->hide();
    const QList<FieldIssue> issues = issuesOf(field);
    if (m_left.contains(field)) {
        m_feedback->show(field, issues);
        return;
    }
    // Before the user leaves a field, half-typed values are not errors yet:
    // show only warnings (and clear what no longer applies).
    QList<FieldIssue> warnings;
    for (const FieldIssue& issue : issues) {
        if (issue.severity == FieldIssue::Severity::Warning)
            warnings << issue;
    }
    m_feedback->show(field, warnings);
}

void CustomerFormDialog::onLeft(const QString& field)
{
    if (!m_left.contains(field) && value(field).trimmed().isEmpty())
        return; // passing through an empty field is not a mistake
    checkNow(field);
}

void CustomerFormDialog::checkNow(const QString& field)
{
    m_left.insert(field);
    m_feedback->show(field, issuesOf(field));
}

void CustomerFormDialog::focusField(const QString& field)
{
    if (QWidget* editor = m_feedback->editor(field)) {
        editor->setFocus(Qt::OtherFocusReason);
        if (auto* lineEdit = qobject_cast<QLineEdit*>(editor))
            lineEdit->selectAll();
    }
}

void CustomerFormDialog::showCoreIssues(const customers::ValidationReport& report, const Error& error)
{
    for (const FieldIssue& issue : report.issues) {
        if (m_feedback->hasField(issue.field))
            m_feedback->show(issue.field, { issue });
    }
    if (m_feedback->hasField(error.field)) {
        m_feedback->showError(error.field, ErrorText::describe(error));
        focusField(error.field);
    } else {
        m_general->setText(ErrorText::describe(error));
        m_general->show();
    }
}

void CustomerFormDialog::accept()
{
    m_general->hide();
    for (const QString& field : checkedFields(kind()))
        checkNow(field);
    const QStringList errors = m_feedback->errorFields();
    if (!errors.isEmpty()) {
        focusField(errors.first());
        return;
    }

    customers::ValidationReport report;
    Result<Customer> result = isNew() ? m_service.create(collect(), &report) : m_service.update(collect(), &report);
    if (!result) {
        showCoreIssues(report, result.error());
        return;
    }
    m_saved = *result;
    QDialog::accept();
}

} // namespace peyvand::ui

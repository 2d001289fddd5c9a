#include "ContactFieldsForm.h"

#include "Display.h"
#include "FieldFeedback.h"
#include "FormRows.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace peyvand::ui {

using customers::Customer;
using customers::CustomerKind;

namespace {
const QString kNationalId = QStringLiteral("national_id");
const QString kLegalId = QStringLiteral("legal_id");

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

QFormLayout* newForm(QGroupBox* group)
{
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}
} // namespace

ContactFieldsForm::ContactFieldsForm(FieldFeedback* feedback, const QStringList& cities, QWidget* parent)
    : QObject(parent)
    , m_feedback(feedback)
{
    auto* identity = new QGroupBox(tr("Who"), parent);
    m_identity = identity;
    m_identityForm = newForm(identity);
    auto* kindRow = new QWidget(identity);
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
    m_idEdit = new QLineEdit(identity);
    m_idEdit->setObjectName(QStringLiteral("edit_id"));
    auto* idBox = new QWidget(identity);
    auto* idLayout = new QVBoxLayout(idBox);
    idLayout->setContentsMargins(0, 0, 0, 0);
    idLayout->setSpacing(2);
    idLayout->addWidget(m_idEdit);
    idLayout->addWidget(m_feedback->addField(kNationalId, m_idEdit, idBox));
    idLayout->addWidget(m_feedback->addField(kLegalId, m_idEdit, idBox));
    m_idLabel = new QLabel(identity);
    m_idLabel->setBuddy(m_idEdit);
    m_identityForm->addRow(m_idLabel, idBox);
    m_edits.insert(kNationalId, m_idEdit);
    m_edits.insert(kLegalId, m_idEdit);
    connect(m_idEdit, &QLineEdit::textEdited, this, [this] { fieldEdited(idField()); });
    connect(m_idEdit, &QLineEdit::editingFinished, this, [this] { fieldLeft(idField()); });
    addLineField(m_identityForm, QStringLiteral("economic_code"), tr("Economic code"));
    addLineField(m_identityForm, QStringLiteral("registration_number"), tr("Registration no."));

    auto* contact = new QGroupBox(tr("How to reach them"), parent);
    m_contact = contact;
    QFormLayout* contactForm = newForm(contact);
    addLineField(contactForm, QStringLiteral("mobile"), tr("Mobile"))
        ->setPlaceholderText(Display::digits(QStringLiteral("0912 345 6789")));
    addLineField(contactForm, QStringLiteral("other_phones"), tr("Other phones"))
        ->setPlaceholderText(tr("Separate numbers with commas"));
    for (const auto& [field, label] : { std::pair { QStringLiteral("email"), tr("Email") },
                                        std::pair { QStringLiteral("website"), tr("Website") },
                                        std::pair { QStringLiteral("instagram"), tr("Instagram") },
                                        std::pair { QStringLiteral("telegram"), tr("Telegram") },
                                        std::pair { QStringLiteral("whatsapp"), tr("WhatsApp") },
                                        std::pair { QStringLiteral("linkedin"), tr("LinkedIn") } })
        addLineField(contactForm, field, label)->setLayoutDirection(Qt::LeftToRight);
    m_channel = new QComboBox(contact);
    m_channel->setObjectName(QStringLiteral("edit_preferred_channel"));
    for (customers::ContactChannel channel : customers::allContactChannels())
        m_channel->addItem(customers::displayName(channel), customers::toKey(channel));
    contactForm->addRow(tr("Prefers"), m_channel);

    auto* address = new QGroupBox(tr("Where"), parent);
    m_address = address;
    QFormLayout* addressForm = newForm(address);
    addLineField(addressForm, QStringLiteral("address"), tr("Address"));
    m_city = new QComboBox(address);
    m_city->setObjectName(QStringLiteral("edit_city"));
    m_city->setEditable(true);
    m_city->setInsertPolicy(QComboBox::NoInsert);
    m_city->addItems(cities);
    m_city->setCurrentIndex(-1);
    m_city->lineEdit()->clear();
    addFieldRow(addressForm, m_feedback, QStringLiteral("city"), tr("City"), m_city);
    track(QStringLiteral("city"), m_city->lineEdit());
    addLineField(addressForm, QStringLiteral("province"), tr("Province"));
    addLineField(addressForm, QStringLiteral("postal_code"), tr("Postal code"));
    updateKindLabels();
}

QLineEdit* ContactFieldsForm::addLineField(QFormLayout* form, const QString& field, const QString& label,
                                           QLabel** caption)
{
    auto* lineEdit = new QLineEdit(form->parentWidget());
    lineEdit->setObjectName(QStringLiteral("edit_") + field);
    QLabel* rowCaption = addFieldRow(form, m_feedback, field, label, lineEdit);
    if (caption)
        *caption = rowCaption;
    track(field, lineEdit);
    return lineEdit;
}

void ContactFieldsForm::addField(const QString& field, QLineEdit* lineEdit, Check check)
{
    m_edits.insert(field, lineEdit);
    if (check)
        m_checks.insert(field, std::move(check));
    if (!m_added.contains(field))
        m_added << field;
}

void ContactFieldsForm::watch(const QString& field, QLineEdit* lineEdit, Check check)
{
    addField(field, lineEdit, std::move(check));
    follow(field, lineEdit);
}

void ContactFieldsForm::track(const QString& field, QLineEdit* lineEdit)
{
    m_edits.insert(field, lineEdit);
    follow(field, lineEdit);
}

void ContactFieldsForm::follow(const QString& field, QLineEdit* lineEdit)
{
    connect(lineEdit, &QLineEdit::textEdited, this, [this, field] { fieldEdited(field); });
    connect(lineEdit, &QLineEdit::editingFinished, this, [this, field] { fieldLeft(field); });
}

QList<customers::FieldIssue> ContactFieldsForm::issuesOf(const QString& field) const
{
    const QString text = m_edits.value(field)->text();
    const Check check = m_checks.value(field);
    return check ? check(text) : customers::CustomerValidator::checkField(field, text, kind());
}

void ContactFieldsForm::fieldEdited(const QString& field)
{
    emit edited();
    const QList<customers::FieldIssue> issues = issuesOf(field);
    if (m_left.contains(field)) {
        m_feedback->show(field, issues);
        return;
    }
    // Before the user leaves a field, half-typed values are not errors yet.
    QList<customers::FieldIssue> warnings;
    for (const customers::FieldIssue& issue : issues) {
        if (issue.severity == customers::FieldIssue::Severity::Warning)
            warnings << issue;
    }
    m_feedback->show(field, warnings);
}

void ContactFieldsForm::fieldLeft(const QString& field)
{
    if (m_left.contains(field) || !m_edits.value(field)->text().trimmed().isEmpty())
        checkNow(field); // passing through an empty field is not a mistake
}

void ContactFieldsForm::checkNow(const QString& field)
{
    m_left.insert(field);
    m_feedback->show(field, issuesOf(field));
}

QStringList ContactFieldsForm::checkedFields() const
{
    QStringList fields { QStringLiteral("name") };
    if (kind() == CustomerKind::Person)
        fields << QStringLiteral("company");
    fields << idField() << QStringLiteral("economic_code") << QStringLiteral("registration_number")
           << QStringLiteral("mobile") << QStringLiteral("other_phones") << QStringLiteral("email")
           << QStringLiteral("website") << QStringLiteral("instagram") << QStringLiteral("telegram")
           << QStringLiteral("whatsapp") << QStringLiteral("linkedin") << QStringLiteral("address")
           << QStringLiteral("city") << QStringLiteral("province") << QStringLiteral("postal_code");
    return fields;
}

bool ContactFieldsForm::checkAll()
{
    bool ok = true;
    for (const QString& field : checkedFields() + m_added) {
        checkNow(field);
        ok = ok && !m_feedback->errorFields().contains(field);
    }
    return ok;
}

CustomerKind ContactFieldsForm::kind() const
{
    return m_kind->checkedId() == int(CustomerKind::Company) ? CustomerKind::Company : CustomerKind::Person;
}

void ContactFieldsForm::setKind(CustomerKind kind)
{
    m_kind->button(int(kind))->setChecked(true);
}

QString ContactFieldsForm::idField() const
{
    return kind() == CustomerKind::Company ? kLegalId : kNationalId;
}

void ContactFieldsForm::updateKindLabels()
{
    const bool company = kind() == CustomerKind::Company;
    m_nameLabel->setText(company ? tr("Company name") : tr("Full name"));
    m_idLabel->setText(company ? tr("Legal ID") : tr("National ID"));
    m_idEdit->setPlaceholderText(company ? tr("11 digits") : tr("10 digits"));
    m_identityForm->setRowVisible(m_companyLabel, !company);
}

void ContactFieldsForm::load(const Customer& c)
{
    setKind(c.kind);
    const auto set = [this](const QString& field, const QString& value) { m_edits.value(field)->setText(value); };
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
    updateKindLabels();
}

Customer ContactFieldsForm::collect(const Customer& base) const
{
    Customer c = base;
    const auto value = [this](const QString& field) { return m_edits.value(field)->text(); };
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
    return c;
}

} // namespace peyvand::ui

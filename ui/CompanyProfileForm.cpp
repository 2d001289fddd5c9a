#include "CompanyProfileForm.h"

#include "Display.h"
#include "ErrorText.h"
#include "FieldFeedback.h"
#include "FormRows.h"
#include "ImagePicker.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLineEdit>

namespace peyvand::ui {

namespace {
const QString kLogo = QStringLiteral("logo");
const QString kStamp = QStringLiteral("stamp");

// Addresses that read left to right in either language; they keep ASCII
// digits, every other field shows the language's digits (core stores ASCII).
bool isLatin(const QString& field)
{
    return field == QLatin1String("email") || field == QLatin1String("website");
}
} // namespace

CompanyProfileForm::CompanyProfileForm(QWidget* parent)
    : QWidget(parent)
    , m_feedback(new FieldFeedback(this))
{
    setObjectName(QStringLiteral("companyProfileForm"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(createIdentityGroup(), 0, 0);
    grid->addWidget(createContactGroup(), 0, 1, 2, 1);
    grid->addWidget(createImagesGroup(), 1, 0);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(2, 1);
}

QWidget* CompanyProfileForm::createIdentityGroup()
{
    auto* group = new QGroupBox(tr("Business"), this);
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addLine(form, QStringLiteral("name"), tr("Name"))->setPlaceholderText(tr("As printed on documents"));
    addLine(form, QStringLiteral("economic_code"), tr("Economic code"));
    addLine(form, QStringLiteral("national_id"), tr("National or legal ID"))
        ->setPlaceholderText(tr("10 digits for a person, 11 for a company"));
    addLine(form, QStringLiteral("registration_number"), tr("Registration no."));
    return group;
}

QWidget* CompanyProfileForm::createContactGroup()
{
    auto* group = new QGroupBox(tr("Address and contact"), this);
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addLine(form, QStringLiteral("address"), tr("Address"));
    addLine(form, QStringLiteral("city"), tr("City"));
    addLine(form, QStringLiteral("province"), tr("Province"));
    addLine(form, QStringLiteral("postal_code"), tr("Postal code"));
    addLine(form, QStringLiteral("phone"), tr("Phone"));
    addLine(form, QStringLiteral("email"), tr("Email"));
    addLine(form, QStringLiteral("website"), tr("Website"));
    return group;
}

QWidget* CompanyProfileForm::createImagesGroup()
{
    auto* group = new QGroupBox(tr("Logo and stamp"), this);
    auto* form = new QFormLayout(group);
    m_logo = new ImagePicker(tr("Choose the logo"), group);
    m_logo->setObjectName(QStringLiteral("logoPicker"));
    m_stamp = new ImagePicker(tr("Choose the stamp or signature"), group);
    m_stamp->setObjectName(QStringLiteral("stampPicker"));
    addFieldRow(form, m_feedback, kLogo, tr("Logo"), m_logo);
    addFieldRow(form, m_feedback, kStamp, tr("Stamp and signature"), m_stamp);
    connect(m_logo, &ImagePicker::changed, this, [this] {
        m_feedback->clear(kLogo);
        emit edited();
    });
    connect(m_stamp, &ImagePicker::changed, this, [this] {
        m_feedback->clear(kStamp);
        emit edited();
    });
    return group;
}

QLineEdit* CompanyProfileForm::addLine(QFormLayout* form, const QString& field, const QString& caption)
{
    auto* lineEdit = new QLineEdit(form->parentWidget());
    lineEdit->setObjectName(QStringLiteral("edit_") + field);
    if (isLatin(field))
        lineEdit->setLayoutDirection(Qt::LeftToRight);
    addFieldRow(form, m_feedback, field, caption, lineEdit);
    m_edits.insert(field, lineEdit);
    connect(lineEdit, &QLineEdit::textEdited, this, [this, field] {
        m_feedback->clear(field); // the message was about the old value
        emit edited();
    });
    return lineEdit;
}

void CompanyProfileForm::load(const sales::CompanyProfile& p)
{
    const QHash<QString, QString> values {
        { QStringLiteral("name"), p.name },
        { QStringLiteral("economic_code"), p.economicCode },
        { QStringLiteral("national_id"), p.nationalId },
        { QStringLiteral("registration_number"), p.registrationNumber },
        { QStringLiteral("address"), p.address },
        { QStringLiteral("city"), p.city },
        { QStringLiteral("province"), p.province },
        { QStringLiteral("postal_code"), p.postalCode },
        { QStringLiteral("phone"), p.phone },
        { QStringLiteral("email"), p.email },
        { QStringLiteral("website"), p.website },
    };
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        edit(it.key())->setText(isLatin(it.key()) ? it.value() : Display::digits(it.value()));
    m_logo->setImage(p.logo);
    m_stamp->setImage(p.stamp);
    m_feedback->clearAll();
}

void CompanyProfileForm::collectInto(sales::CompanyProfile& p) const
{
    const auto text = [this](const char* field) { return edit(QLatin1String(field))->text(); };
    p.name = text("name");
    p.economicCode = text("economic_code");
    p.nationalId = text("national_id");
    p.registrationNumber = text("registration_number");
    p.address = text("address");
    p.city = text("city");
    p.province = text("province");
    p.postalCode = text("postal_code");
    p.phone = text("phone");
    p.email = text("email");
    p.website = text("website");
    p.logo = m_logo->image();
    p.stamp = m_stamp->image();
}

bool CompanyProfileForm::showError(const Error& error)
{
    if (!m_feedback->hasField(error.field))
        return false;
    m_feedback->showError(error.field, ErrorText::describe(error));
    if (QWidget* editor = m_feedback->editor(error.field))
        editor->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace peyvand::ui

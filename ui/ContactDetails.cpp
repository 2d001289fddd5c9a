#include "ContactDetails.h"

#include "Display.h"

#include <QClipboard>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QToolButton>

namespace peyvand::ui {

ContactDetails::ContactDetails(QWidget* parent)
    : QGroupBox(tr("Contact"), parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(10);
}

void ContactDetails::clearRows()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rows = 0;
}

void ContactDetails::setCustomer(const customers::Customer& c)
{
    clearRows();
    const auto digits = [](const QString& value) { return Display::digits(value); };
    addRow(QStringLiteral("mobile"), tr("Mobile"), digits(c.mobile), c.mobile);
    for (const QString& phone : c.otherPhones)
        addRow(QStringLiteral("other_phones"), tr("Phone"), digits(phone), phone);
    addRow(QStringLiteral("email"), tr("Email"), c.email, c.email);
    addRow(QStringLiteral("website"), tr("Website"), c.website, c.website);
    addRow(QStringLiteral("instagram"), tr("Instagram"), c.instagram, c.instagram);
    addRow(QStringLiteral("telegram"), tr("Telegram"), c.telegram, c.telegram);
    addRow(QStringLiteral("whatsapp"), tr("WhatsApp"), c.whatsapp, c.whatsapp);
    addRow(QStringLiteral("linkedin"), tr("LinkedIn"), c.linkedin, c.linkedin);
    if (c.preferredChannel != customers::ContactChannel::Unspecified)
        addRow(QStringLiteral("preferred_channel"), tr("Prefers"), customers::displayName(c.preferredChannel), {});

    QStringList place;
    for (const QString& part : { c.address, c.city, c.province })
        if (!part.isEmpty())
            place << part;
    const QString address = place.join(Display::listSeparator());
    addRow(QStringLiteral("address"), tr("Address"), digits(address), address);
    addRow(QStringLiteral("postal_code"), tr("Postal code"), digits(c.postalCode), c.postalCode);
    if (c.kind == customers::CustomerKind::Company)
        addRow(QStringLiteral("legal_id"), tr("Legal ID"), digits(c.legalId), c.legalId);
    else
        addRow(QStringLiteral("national_id"), tr("National ID"), digits(c.nationalId), c.nationalId);
    addRow(QStringLiteral("economic_code"), tr("Economic code"), digits(c.economicCode), c.economicCode);
    addRow(QStringLiteral("registration_number"), tr("Registration no."), digits(c.registrationNumber),
           c.registrationNumber);
    if (m_rows == 0) {
        auto* none = new QLabel(tr("No contact details yet."), this);
        none->setEnabled(false);
        m_grid->addWidget(none, 0, 0, 1, 3);
    }
}

void ContactDetails::addRow(const QString& field, const QString& label, const QString& shown,
                            const QString& copyValue)
{
    if (shown.isEmpty())
        return;
    auto* name = new QLabel(label, this);
    name->setStyleSheet(QStringLiteral("QLabel { color: #64748b; }")); // a quieter colour for the caption
    name->setAlignment(Display::leadingAlignment());
    auto* value = new QLabel(Display::isolate(shown), this);
    value->setAlignment(Display::leadingAlignment());
    value->setObjectName(QStringLiteral("contact_") + field);
    value->setProperty("field", field);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    m_grid->addWidget(name, m_rows, 0, Qt::AlignTop);
    m_grid->addWidget(value, m_rows, 1);
    if (!copyValue.isEmpty()) {
        auto* copy = new QToolButton(this);
        copy->setObjectName(QStringLiteral("copy_") + field);
        copy->setText(tr("Copy"));
        copy->setToolTip(tr("Copy %1").arg(label));
        copy->setAutoRaise(true);
        connect(copy, &QToolButton::clicked, this, [this, copyValue, label] {
            QGuiApplication::clipboard()->setText(copyValue);
            emit copied(label);
        });
        m_grid->addWidget(copy, m_rows, 2, Qt::AlignTop);
    }
    ++m_rows;
}

QString ContactDetails::shownValue(const QString& field) const
{
    for (const QLabel* label : findChildren<QLabel*>()) {
        if (label->property("field").toString() == field)
            return label->text().remove(QChar(0x2068)).remove(QChar(0x2069));
    }
    return {};
}

} // namespace peyvand::ui

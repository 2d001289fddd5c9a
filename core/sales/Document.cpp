#include "Document.h"

#include "common/EnumKeys.h"

#include <QCoreApplication>

namespace peyvand::sales {

namespace {

struct DocumentText {
    Q_DECLARE_TR_FUNCTIONS(Document)
};

const std::pair<DocumentType, const char*> kTypes[] = {
    { DocumentType::Quote, "quote" },
    { DocumentType::Invoice, "invoice" },
};

const std::pair<DocumentState, const char*> kStates[] = {
    { DocumentState::Draft, "draft" },
    { DocumentState::Issued, "issued" },
    { DocumentState::Accepted, "accepted" },
    { DocumentState::Rejected, "rejected" },
    { DocumentState::Expired, "expired" },
    { DocumentState::Converted, "converted" },
    { DocumentState::Settled, "settled" },
};

const std::pair<PaymentTerms, const char*> kTerms[] = {
    { PaymentTerms::Cash, "cash" },
    { PaymentTerms::Credit, "credit" },
};

} // namespace

QString toKey(DocumentType type) { return keyOf(type, kTypes); }
QString toKey(DocumentState state) { return keyOf(state, kStates); }
QString toKey(PaymentTerms terms) { return keyOf(terms, kTerms); }
std::optional<DocumentType> documentTypeFromKey(const QString& key) { return enumFromKey(key, kTypes); }
std::optional<DocumentState> documentStateFromKey(const QString& key) { return enumFromKey(key, kStates); }
std::optional<PaymentTerms> paymentTermsFromKey(const QString& key) { return enumFromKey(key, kTerms); }

QString displayName(DocumentType type)
{
    return type == DocumentType::Quote ? DocumentText::tr("Pre-invoice") : DocumentText::tr("Invoice");
}

QString displayName(DocumentState state, DocumentType type)
{
    switch (state) {
    case DocumentState::Draft:
        return DocumentText::tr("Draft");
    case DocumentState::Issued:
        return type == DocumentType::Invoice ? DocumentText::tr("Open") : DocumentText::tr("Issued");
    case DocumentState::Accepted:
        return DocumentText::tr("Accepted");
    case DocumentState::Rejected:
        return DocumentText::tr("Rejected");
    case DocumentState::Expired:
        return DocumentText::tr("Expired");
    case DocumentState::Converted:
        return DocumentText::tr("Converted to invoice");
    case DocumentState::Settled:
        return DocumentText::tr("Settled");
    }
    return {};
}

QString defaultTitle(DocumentType type)
{
    return type == DocumentType::Quote ? DocumentText::tr("Pre-invoice")
                                       : DocumentText::tr("Sales invoice of goods and services");
}

QJsonObject toJson(const Party& party)
{
    return QJsonObject {
        { QStringLiteral("name"), party.name },
        { QStringLiteral("economic_code"), party.economicCode },
        { QStringLiteral("national_id"), party.nationalId },
        { QStringLiteral("registration_number"), party.registrationNumber },
        { QStringLiteral("postal_code"), party.postalCode },
        { QStringLiteral("address"), party.address },
        { QStringLiteral("phone"), party.phone },
    };
}

Party partyFromJson(const QJsonObject& json)
{
    Party party;
    party.name = json.value(QStringLiteral("name")).toString();
    party.economicCode = json.value(QStringLiteral("economic_code")).toString();
    party.nationalId = json.value(QStringLiteral("national_id")).toString();
    party.registrationNumber = json.value(QStringLiteral("registration_number")).toString();
    party.postalCode = json.value(QStringLiteral("postal_code")).toString();
    party.address = json.value(QStringLiteral("address")).toString();
    party.phone = json.value(QStringLiteral("phone")).toString();
    return party;
}

} // namespace peyvand::sales

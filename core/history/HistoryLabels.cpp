// Display names of the fields in the change history: English source text,
// translated in the "History" context; the keys are the audit JSON keys.
#include "RecordHistory.h"

#include <QCoreApplication>

namespace peyvand::history {

namespace {

const char* const kContext = "History";

struct Label {
    const char* key;
    const char* text;
};

// Shared by every entity unless it has its own below.
const Label kFields[] = {
    { "kind", QT_TRANSLATE_NOOP("History", "Kind") },
    { "name", QT_TRANSLATE_NOOP("History", "Name") },
    { "company", QT_TRANSLATE_NOOP("History", "Company") },
    { "national_id", QT_TRANSLATE_NOOP("History", "National ID") },
    { "legal_id", QT_TRANSLATE_NOOP("History", "Legal ID") },
    { "economic_code", QT_TRANSLATE_NOOP("History", "Economic code") },
    { "registration_number", QT_TRANSLATE_NOOP("History", "Registration number") },
    { "mobile", QT_TRANSLATE_NOOP("History", "Mobile") },
    { "other_phones", QT_TRANSLATE_NOOP("History", "Other phones") },
    { "email", QT_TRANSLATE_NOOP("History", "Email") },
    { "website", QT_TRANSLATE_NOOP("History", "Website") },
    { "instagram", QT_TRANSLATE_NOOP("History", "Instagram") },
    { "telegram", QT_TRANSLATE_NOOP("History", "Telegram") },
    { "whatsapp", QT_TRANSLATE_NOOP("History", "WhatsApp") },
    { "linkedin", QT_TRANSLATE_NOOP("History", "LinkedIn") },
    { "preferred_channel", QT_TRANSLATE_NOOP("History", "Preferred channel") },
    { "address", QT_TRANSLATE_NOOP("History", "Address") },
    { "city", QT_TRANSLATE_NOOP("History", "City") },
    { "province", QT_TRANSLATE_NOOP("History", "Province") },
    { "postal_code", QT_TRANSLATE_NOOP("History", "Postal code") },
    { "source", QT_TRANSLATE_NOOP("History", "Source") },
    { "tags", QT_TRANSLATE_NOOP("History", "Tags") },
    { "archived", QT_TRANSLATE_NOOP("History", "Archived") },
    { "since", QT_TRANSLATE_NOOP("History", "Customer since") },
    { "created_at", QT_TRANSLATE_NOOP("History", "Created") },
    { "at", QT_TRANSLATE_NOOP("History", "Time") },
    { "text", QT_TRANSLATE_NOOP("History", "Text") },
    { "channel", QT_TRANSLATE_NOOP("History", "Channel") },
    { "direction", QT_TRANSLATE_NOOP("History", "Direction") },
    { "with", QT_TRANSLATE_NOOP("History", "Contact person") },
    { "summary", QT_TRANSLATE_NOOP("History", "Summary") },
    { "outcome", QT_TRANSLATE_NOOP("History", "Outcome") },
    { "follow_up", QT_TRANSLATE_NOOP("History", "Follow-up") },
    { "lead_type", QT_TRANSLATE_NOOP("History", "Lead type") },
    { "owner", QT_TRANSLATE_NOOP("History", "Owner") },
    { "status", QT_TRANSLATE_NOOP("History", "Status") },
    { "lost_reason", QT_TRANSLATE_NOOP("History", "Reason lost") },
    { "best_time_to_call", QT_TRANSLATE_NOOP("History", "Best time to call") },
    { "budget_rial", QT_TRANSLATE_NOOP("History", "Budget") },
    { "timeline", QT_TRANSLATE_NOOP("History", "Timeline") },
    { "authority", QT_TRANSLATE_NOOP("History", "Authority") },
    { "industry", QT_TRANSLATE_NOOP("History", "Industry") },
    { "need", QT_TRANSLATE_NOOP("History", "Need") },
    { "custom", QT_TRANSLATE_NOOP("History", "Custom fields") },
    { "score", QT_TRANSLATE_NOOP("History", "Score") },
    { "override_score", QT_TRANSLATE_NOOP("History", "Score set by hand") },
    { "override_reason", QT_TRANSLATE_NOOP("History", "Reason for the score") },
    { "qualified", QT_TRANSLATE_NOOP("History", "Qualified") },
    { "converted_customer_id", QT_TRANSLATE_NOOP("History", "Converted to customer") },
    { "type", QT_TRANSLATE_NOOP("History", "Type") },
    { "state", QT_TRANSLATE_NOOP("History", "State") },
    { "number", QT_TRANSLATE_NOOP("History", "Number") },
    { "customer_id", QT_TRANSLATE_NOOP("History", "Customer") },
    { "source_id", QT_TRANSLATE_NOOP("History", "Pre-invoice") },
    { "issue_date", QT_TRANSLATE_NOOP("History", "Issue date") },
    { "valid_until", QT_TRANSLATE_NOOP("History", "Valid until") },
    { "marketer", QT_TRANSLATE_NOOP("History", "Marketer") },
    { "outgoing_number", QT_TRANSLATE_NOOP("History", "Outgoing number") },
    { "remittance_number", QT_TRANSLATE_NOOP("History", "Remittance number") },
    { "title", QT_TRANSLATE_NOOP("History", "Title") },
    { "description", QT_TRANSLATE_NOOP("History", "Description") },
    { "payment_terms", QT_TRANSLATE_NOOP("History", "Payment terms") },
    { "payment_note", QT_TRANSLATE_NOOP("History", "Payment note") },
    { "document_discount", QT_TRANSLATE_NOOP("History", "Discount") },
    { "vat_bp", QT_TRANSLATE_NOOP("History", "VAT rate") },
    { "duty_bp", QT_TRANSLATE_NOOP("History", "Duty rate") },
    { "rates_overridden", QT_TRANSLATE_NOOP("History", "Rates set by hand") },
    { "tax_rounding", QT_TRANSLATE_NOOP("History", "Tax rounding") },
    { "grand_total", QT_TRANSLATE_NOOP("History", "Grand total") },
    { "lines", QT_TRANSLATE_NOOP("History", "Lines") },
    { "additions", QT_TRANSLATE_NOOP("History", "Additions") },
    { "reason", QT_TRANSLATE_NOOP("History", "Reason") },
    { "invoice_id", QT_TRANSLATE_NOOP("History", "Invoice") },
    { "converted_from", QT_TRANSLATE_NOOP("History", "Converted from") },
    { "paid", QT_TRANSLATE_NOOP("History", "Paid") },
    { "balance", QT_TRANSLATE_NOOP("History", "Balance") },
    { "purpose", QT_TRANSLATE_NOOP("History", "Purpose") },
    { "file_name", QT_TRANSLATE_NOOP("History", "File name") },
    { "mime_type", QT_TRANSLATE_NOOP("History", "File type") },
    { "size", QT_TRANSLATE_NOOP("History", "Size") },
    { "method", QT_TRANSLATE_NOOP("History", "Method") },
    { "amount", QT_TRANSLATE_NOOP("History", "Amount") },
    { "paid_on", QT_TRANSLATE_NOOP("History", "Paid on") },
    { "document_id", QT_TRANSLATE_NOOP("History", "Invoice") },
    { "instalment_id", QT_TRANSLATE_NOOP("History", "Instalment") },
    { "cheque_id", QT_TRANSLATE_NOOP("History", "Cheque") },
    { "due_date", QT_TRANSLATE_NOOP("History", "Due date") },
    { "settled_on", QT_TRANSLATE_NOOP("History", "Settled on") },
    { "terminal", QT_TRANSLATE_NOOP("History", "Terminal") },
    { "trace_number", QT_TRANSLATE_NOOP("History", "Trace number") },
    { "masked_card", QT_TRANSLATE_NOOP("History", "Card") },
    { "bank", QT_TRANSLATE_NOOP("History", "Bank") },
    { "account", QT_TRANSLATE_NOOP("History", "Account") },
    { "reference", QT_TRANSLATE_NOOP("History", "Reference") },
    { "payer_name", QT_TRANSLATE_NOOP("History", "Payer") },
    { "note", QT_TRANSLATE_NOOP("History", "Note") },
    { "sayad_id", QT_TRANSLATE_NOOP("History", "Sayad ID") },
    { "entry_date", QT_TRANSLATE_NOOP("History", "Entry date") },
    { "status_date", QT_TRANSLATE_NOOP("History", "Status date") },
    { "account_type", QT_TRANSLATE_NOOP("History", "Account type") },
    { "serial", QT_TRANSLATE_NOOP("History", "Serial") },
    { "branch_name", QT_TRANSLATE_NOOP("History", "Branch") },
    { "branch_code", QT_TRANSLATE_NOOP("History", "Branch code") },
    { "account_number", QT_TRANSLATE_NOOP("History", "Account number") },
    { "drawer_name", QT_TRANSLATE_NOOP("History", "Drawer") },
    { "drawer_id", QT_TRANSLATE_NOOP("History", "Drawer ID") },
    { "image_sha1", QT_TRANSLATE_NOOP("History", "Scan") },
    { "scoring_profile", QT_TRANSLATE_NOOP("History", "Lead scoring") },
    { "payment_reminder_days", QT_TRANSLATE_NOOP("History", "Payment reminder days") },
    { "file", QT_TRANSLATE_NOOP("History", "File") },
    { "format", QT_TRANSLATE_NOOP("History", "Format") },
};

// The parts of a record, named before their fields ("Note: Text").
const Label kParts[] = {
    { "customer_note", QT_TRANSLATE_NOOP("History", "Note") },
    { "lead_note", QT_TRANSLATE_NOOP("History", "Note") },
    { "interaction", QT_TRANSLATE_NOOP("History", "Interaction") },
    { "lead_interaction", QT_TRANSLATE_NOOP("History", "Interaction") },
    { "document_attachment", QT_TRANSLATE_NOOP("History", "Attachment") },
    { "cheque", QT_TRANSLATE_NOOP("History", "Cheque") },
    { "customer_import", QT_TRANSLATE_NOOP("History", "Import") },
    { "scoring_profile", QT_TRANSLATE_NOOP("History", "Lead scoring") },
    { "company_profile", QT_TRANSLATE_NOOP("History", "Company") },
    { "tax_rate", QT_TRANSLATE_NOOP("History", "Tax rates") },
    { "deal_stage", QT_TRANSLATE_NOOP("History", "Deal stage") },
    { "industry", QT_TRANSLATE_NOOP("History", "Industries") },
};

const char* find(const Label* begin, const Label* end, const QString& key)
{
    for (const Label* l = begin; l != end; ++l) {
        if (key == QLatin1String(l->key))
            return l->text;
    }
    return nullptr;
}

QString translated(const char* text) { return QCoreApplication::translate(kContext, text); }

struct HistoryText {
    Q_DECLARE_TR_FUNCTIONS(History)
};

} // namespace

QString RecordHistory::fieldLabel(const QString& entity, const QString& field)
{
    const char* fieldText = find(std::begin(kFields), std::end(kFields), field);
    const QString name = fieldText ? translated(fieldText) : field;
    const char* partText = find(std::begin(kParts), std::end(kParts), entity);
    if (!partText)
        return name;
    if (field.isEmpty())
        return translated(partText);
    //: A field of a part of a record: "Note: Text", "Cheque: Status".
    return HistoryText::tr("%1: %2").arg(translated(partText), name);
}

QString RecordHistory::actionLabel(const QString& action)
{
    if (action == QLatin1String("create"))
        return HistoryText::tr("Created", "what was done to the record");
    if (action == QLatin1String("update"))
        return HistoryText::tr("Changed", "what was done to the record");
    if (action == QLatin1String("delete"))
        return HistoryText::tr("Deleted", "what was done to the record");
    if (action == QLatin1String("archive"))
        return HistoryText::tr("Archived", "what was done to the record");
    if (action == QLatin1String("restore"))
        return HistoryText::tr("Restored", "what was done to the record");
    return action;
}

QString RecordHistory::sourceLabel(const QString& source)
{
    if (source == QLatin1String("app"))
        return HistoryText::tr("App");
    if (source == QLatin1String("cli"))
        return HistoryText::tr("Command line");
    if (source == QLatin1String("import"))
        return HistoryText::tr("Import");
    if (source == QLatin1String("migration"))
        return HistoryText::tr("Update");
    if (source.isEmpty())
        return HistoryText::tr("Unknown");
    return source;
}

ValueKind RecordHistory::valueKindOf(const QString& field)
{
    static const QStringList money { QStringLiteral("amount"), QStringLiteral("grand_total"), QStringLiteral("budget_rial"),
                                     QStringLiteral("paid"), QStringLiteral("balance") };
    static const QStringList dates { QStringLiteral("since"), QStringLiteral("issue_date"), QStringLiteral("valid_until"),
                                     QStringLiteral("due_date"), QStringLiteral("paid_on"), QStringLiteral("settled_on"),
                                     QStringLiteral("entry_date"), QStringLiteral("status_date"), QStringLiteral("follow_up") };
    static const QStringList timestamps { QStringLiteral("at"), QStringLiteral("created_at") };
    static const QStringList json { QStringLiteral("lines"), QStringLiteral("additions"), QStringLiteral("document_discount"),
                                    QStringLiteral("custom") };
    if (money.contains(field))
        return ValueKind::Money;
    if (dates.contains(field))
        return ValueKind::Date;
    if (timestamps.contains(field))
        return ValueKind::Timestamp;
    if (json.contains(field))
        return ValueKind::Json;
    return ValueKind::Text;
}

} // namespace peyvand::history

#include "RowCleaner.h"

#include "customers/CustomerValidator.h"
#include "text/Jalali.h"
#include "text/PersianText.h"

#include <QCoreApplication>

namespace peyvand::exchange {

using customers::Customer;
using customers::CustomerKind;

namespace {

struct ImportText {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

constexpr int kFieldCount = int(ImportField::Notes) + 1;

std::optional<CustomerKind> parseKind(const QString& value)
{
    const QString key = text::searchKey(value);
    static const QStringList persons = { QStringLiteral("person"), QStringLiteral("individual"), QStringLiteral("شخص"),
                                         QStringLiteral("حقیقی"), QStringLiteral("شخص حقیقی"), QStringLiteral("فرد") };
    static const QStringList companies = { QStringLiteral("company"), QStringLiteral("organization"),
                                           QStringLiteral("organisation"), QStringLiteral("business"),
                                           QStringLiteral("legal"), QStringLiteral("شرکت"), QStringLiteral("حقوقی"),
                                           QStringLiteral("شخص حقوقی"), QStringLiteral("سازمان") };
    if (persons.contains(key))
        return CustomerKind::Person;
    if (companies.contains(key))
        return CustomerKind::Company;
    return std::nullopt;
}

QStringList splitList(const QString& value, bool atNewlines)
{
    QStringList out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        const bool end = i == value.size();
        const QChar c = end ? QChar() : value.at(i);
        if (end || c == u',' || c == u'،' || c == u';' || c == u'؛' || (atNewlines && c == u'\n')) {
            const QString part = value.mid(start, i - start).trimmed();
            if (!part.isEmpty())
                out << part;
            start = i + 1;
        }
    }
    return out;
}


} // namespace

QString unescapeFormula(const QString& cell)
{
    if (cell.size() >= 2 && cell.front() == u'\'') {
        const QChar second = cell.at(1);
        if (second == u'=' || second == u'+' || second == u'-' || second == u'@' || second == u'\t' || second == u'\r')
            return cell.mid(1);
    }
    return cell;
}

QString importKeyForValidatorField(const QString& field)
{
    if (field == QLatin1String("other_phones"))
        return QStringLiteral("phone");
    return field;
}

RowCleaner::RowCleaner(QStringList headers, ColumnMapping mapping)
    : m_headers(std::move(headers))
    , m_mapping(std::move(mapping))
{
    m_columnsOf.resize(kFieldCount);
    for (int i = 0; i < m_mapping.columns.size(); ++i) {
        const ImportField f = m_mapping.columns.at(i);
        m_columnsOf[int(f)] << i;
        if (f == ImportField::Notes)
            m_noteColumns << i;
    }
    if (m_mapping.unmappedToNotes) {
        for (int i = 0; i < m_mapping.columns.size(); ++i) {
            if (m_mapping.columns.at(i) == ImportField::Ignore)
                m_noteColumns << i;
        }
        // Columns beyond the mapping (ragged rows) are not read.
    }
}

QString RowCleaner::joined(const QStringList& cells, ImportField field, QChar separator) const
{
    QString out;
    for (int column : m_columnsOf.at(int(field))) {
        if (column >= cells.size())
            continue;
        const QString& cell = cells.at(column);
        const QStringView trimmed = QStringView(cell).trimmed();
        if (trimmed.isEmpty())
            continue;
        if (!out.isEmpty())
            out += separator;
        out += unescapeFormula(trimmed.size() == cell.size() ? cell : trimmed.toString());
    }
    return out;
}

CleanedRow RowCleaner::clean(const io::SourceRow& row) const
{
    CleanedRow out;
    out.line = row.line;
    const QStringList& cells = row.cells;
    out.blank = std::all_of(cells.begin(), cells.end(),
                            [](const QString& c) { return QStringView(c).trimmed().isEmpty(); });
    if (out.blank)
        return out;

    const auto value = [&](ImportField f) { return joined(cells, f, u' '); };
    const auto reject = [&](const QString& field, const QString& raw, const QString& reason) {
        out.problems << RejectedRow { row.line, field, raw, reason };
    };

    Customer& c = out.customer;
    c.name = value(ImportField::Name);
    if (c.name.isEmpty())
        c.name = (value(ImportField::FirstName) + u' ' + value(ImportField::LastName)).trimmed();
    c.company = value(ImportField::Company);
    const QString kind = value(ImportField::Kind);
    if (!kind.isEmpty()) {
        if (auto k = parseKind(kind))
            c.kind = *k;
        else
            reject(QStringLiteral("kind"), kind, ImportText::tr("Kind must be person or company."));
    } else if (!c.company.isEmpty()
               && (c.name.isEmpty() || text::searchKey(c.name) == text::searchKey(c.company))) {
        c.kind = CustomerKind::Company; // only a company name (vCard: ORG as FN): the customer is the company
        c.name.clear();
    }
    if (c.kind == CustomerKind::Company && c.name.isEmpty()) {
        c.name = c.company;
        c.company.clear();
    }
    c.nationalId = value(ImportField::NationalId);
    c.legalId = value(ImportField::LegalId);
    c.economicCode = value(ImportField::EconomicCode);
    c.registrationNumber = value(ImportField::RegistrationNumber);
    c.mobile = value(ImportField::Mobile);
    c.otherPhones = splitList(joined(cells, ImportField::Phone, u','), true);
    c.email = value(ImportField::Email);
    c.website = value(ImportField::Website);
    c.instagram = value(ImportField::Instagram);
    c.telegram = value(ImportField::Telegram);
    c.whatsapp = value(ImportField::WhatsApp);
    c.linkedin = value(ImportField::Linkedin);
    c.address = value(ImportField::Address);
    c.city = value(ImportField::City);
    c.province = value(ImportField::Province);
    c.postalCode = value(ImportField::PostalCode);
    c.source = value(ImportField::Source);
    c.tags = splitList(joined(cells, ImportField::Tags, u','), false);
    const QString since = value(ImportField::Since);
    if (!since.isEmpty()) {
        auto date = text::parseAnyDate(since, QStringLiteral("since"));
        if (date)
            c.since = *date;
        else
            reject(QStringLiteral("since"), since, date.error().message);
    }

    // The raw text of each field, for the report.
    const QString rawName = c.name;
    const QString rawPhones = joined(cells, ImportField::Phone, u',');
    const QString rawTags = joined(cells, ImportField::Tags, u',');
    const customers::Customer raw = c;

    const customers::ValidationReport report = customers::CustomerValidator::cleanAndValidate(c);
    for (const customers::FieldIssue& issue : report.issues) {
        if (issue.severity != customers::FieldIssue::Severity::Error)
            continue;
        const QString key = importKeyForValidatorField(issue.field);
        QString rawValue;
        if (key == QLatin1String("name"))
            rawValue = rawName;
        else if (key == QLatin1String("phone"))
            rawValue = rawPhones;
        else if (key == QLatin1String("tags"))
            rawValue = rawTags;
        else {
            const std::pair<const char*, const QString Customer::*> texts[] = {
                { "company", &Customer::company }, { "national_id", &Customer::nationalId },
                { "legal_id", &Customer::legalId }, { "economic_code", &Customer::economicCode },
                { "mobile", &Customer::mobile }, { "email", &Customer::email }, { "website", &Customer::website },
                { "instagram", &Customer::instagram }, { "telegram", &Customer::telegram },
                { "whatsapp", &Customer::whatsapp }, { "linkedin", &Customer::linkedin },
                { "postal_code", &Customer::postalCode },
            };
            for (const auto& [name, member] : texts) {
                if (key == QLatin1String(name))
                    rawValue = raw.*member;
            }
        }
        reject(key, rawValue, issue.message);
    }

    QStringList noteLines;
    const bool plainNote = m_noteColumns.size() == 1 && m_mapping.columns.value(m_noteColumns.constFirst()) == ImportField::Notes;
    for (int column : m_noteColumns) {
        if (column >= cells.size())
            continue;
        const QString v = unescapeFormula(cells.at(column).trimmed());
        if (v.isEmpty())
            continue;
        noteLines << (plainNote ? v : m_headers.value(column).trimmed() + QStringLiteral(": ") + v);
    }
    out.note = text::normalizeMultilineForStorage(noteLines.join(u'\n'));
    return out;
}

} // namespace peyvand::exchange

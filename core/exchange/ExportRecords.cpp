#include "ExportRecords.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/SqlStatement.h"

namespace peyvand::exchange {

using storage::SqlStatement;

using customers::Customer;

namespace {

#define PEYVAND_EXPORT_COLUMNS                                                                                        \
    "id, kind, name, company, national_id, legal_id, economic_code, registration_number, mobile, other_phones, "      \
    "email, website, instagram, telegram, whatsapp, linkedin, address, city, province, postal_code, source, tags, "   \
    "since, preferred_channel, archived, created_at, updated_at"

Customer readCustomer(const SqlStatement& st)
{
    Customer c;
    int i = 0;
    c.id = st.int64(i++);
    c.kind = customers::customerKindFromKey(st.text(i++)).value_or(customers::CustomerKind::Person);
    QString* texts[] = { &c.name, &c.company, &c.nationalId, &c.legalId, &c.economicCode, &c.registrationNumber, &c.mobile };
    for (QString* t : texts)
        *t = st.text(i++);
    c.otherPhones = st.text(i++).split(u'\n', Qt::SkipEmptyParts);
    QString* more[] = { &c.email, &c.website, &c.instagram, &c.telegram, &c.whatsapp, &c.linkedin,
                        &c.address, &c.city, &c.province, &c.postalCode, &c.source };
    for (QString* t : more)
        *t = st.text(i++);
    const QString tags = st.text(i++);
    if (!tags.isEmpty())
        c.tags = tags.split(QChar(31));
    c.since = QDate::fromString(st.text(i++), Qt::ISODate);
    c.preferredChannel = customers::contactChannelFromKey(st.text(i++)).value_or(customers::ContactChannel::Unspecified);
    c.archived = st.int64(i++) != 0;
    c.createdAt = storage::timestampFromIso(st.text(i++));
    c.updatedAt = storage::timestampFromIso(st.text(i++));
    return c;
}

bool unfiltered(const customers::CustomerQuery& q)
{
    return q.text.trimmed().isEmpty() && q.tag.trimmed().isEmpty() && q.city.trimmed().isEmpty()
        && q.source.trimmed().isEmpty();
}

} // namespace

QList<ImportField> exportColumns()
{
    return {
        ImportField::Name, ImportField::Kind, ImportField::Company, ImportField::NationalId, ImportField::LegalId,
        ImportField::EconomicCode, ImportField::RegistrationNumber, ImportField::Mobile, ImportField::Phone,
        ImportField::Email, ImportField::Website, ImportField::Instagram, ImportField::Telegram, ImportField::WhatsApp,
        ImportField::Linkedin, ImportField::Address, ImportField::City, ImportField::Province, ImportField::PostalCode,
        ImportField::Source, ImportField::Tags, ImportField::Since, ImportField::Notes,
    };
}

bool isFreeText(ImportField field)
{
    switch (field) {
    case ImportField::Name:
    case ImportField::FirstName:
    case ImportField::LastName:
    case ImportField::Company:
    case ImportField::RegistrationNumber:
    case ImportField::Email:
    case ImportField::Website:
    case ImportField::Instagram:
    case ImportField::Telegram:
    case ImportField::Linkedin:
    case ImportField::Address:
    case ImportField::City:
    case ImportField::Province:
    case ImportField::Source:
    case ImportField::Tags:
    case ImportField::Notes:
        return true;
    default:
        return false;
    }
}

QStringList exportCells(const ExportRecord& r)
{
    const Customer& c = r.customer;
    return {
        c.name, customers::toKey(c.kind), c.company, c.nationalId, c.legalId, c.economicCode, c.registrationNumber,
        c.mobile, c.otherPhones.join(QStringLiteral(", ")), c.email, c.website, c.instagram, c.telegram, c.whatsapp,
        c.linkedin, c.address, c.city, c.province, c.postalCode, c.source, c.tags.join(QStringLiteral(", ")),
        c.since.isValid() ? c.since.toString(Qt::ISODate) : QString(), r.notes.join(QStringLiteral("\n\n")),
    };
}

Result<std::unique_ptr<ExportScan>> ExportScan::open(storage::Database& db, const customers::CustomerQuery& query)
{
    std::unique_ptr<ExportScan> scan(new ExportScan());
    QSqlDatabase& conn = db.connection();
    scan->m_filtered = !unfiltered(query);
    if (scan->m_filtered) {
        auto ids = customers::CustomerSearch(db).ids(query);
        if (!ids)
            return ids.error();
        scan->m_ids = *ids;
        scan->m_total = scan->m_ids.size();
        auto rows = SqlStatement::prepare(conn, "SELECT " PEYVAND_EXPORT_COLUMNS " FROM customers WHERE id = ?1");
        auto notes = SqlStatement::prepare(conn, "SELECT text FROM customer_notes WHERE customer_id = ?1 ORDER BY at, id");
        if (!rows)
            return rows.error();
        if (!notes)
            return notes.error();
        scan->m_rows = std::move(*rows);
        scan->m_notes = std::move(*notes);
        return scan;
    }
    qint64 low = 0;
    qint64 high = 1;
    if (query.archive == customers::CustomerQuery::Archive::Active)
        high = 0;
    else if (query.archive == customers::CustomerQuery::Archive::ArchivedOnly)
        low = 1;
    auto count = storage::scalar(conn, QStringLiteral("SELECT coalesce(sum(n), 0) FROM customer_counts WHERE archived BETWEEN ? AND ?"),
                                 { low, high });
    if (!count)
        return count.error();
    scan->m_total = count->toLongLong();
    auto rows = SqlStatement::prepare(conn, "SELECT " PEYVAND_EXPORT_COLUMNS " FROM customers WHERE archived BETWEEN ?1 AND ?2 ORDER BY id");
    auto notes = SqlStatement::prepare(conn, "SELECT customer_id, text FROM customer_notes ORDER BY customer_id, at, id");
    if (!rows)
        return rows.error();
    if (!notes)
        return notes.error();
    scan->m_rows = std::move(*rows);
    scan->m_rows->bind(1, low);
    scan->m_rows->bind(2, high);
    scan->m_notes = std::move(*notes);
    return scan;
}

ExportScan::~ExportScan() = default;

Result<bool> ExportScan::advance()
{
    for (;;) {
        if (m_filtered) {
            if (m_position >= m_ids.size())
                return false;
            m_rows->reset();
            m_rows->bind(1, m_ids.at(m_position++));
        }
        auto row = m_rows->step();
        if (!row)
            return row.error();
        if (*row)
            return true;
        if (!m_filtered)
            return false;
        // Filtered: deleted meanwhile, on to the next id.
    }
}

void ExportScan::done()
{
    if (m_filtered)
        (void)m_rows->step(); // ends the statement
    else
        ++m_position;
}

Result<std::optional<ExportRecord>> ExportScan::next()
{
    auto more = advance();
    if (!more)
        return more.error();
    if (!*more)
        return std::optional<ExportRecord>();
    ExportRecord record;
    record.customer = readCustomer(*m_rows);
    done();
    if (auto s = readNotes(record.customer.id, record.notes); !s)
        return s.error();
    return std::optional<ExportRecord>(std::move(record));
}

namespace {

void appendCsvField(QByteArray& out, QByteArrayView value, bool freeText, char listSeparator = 0)
{
    const bool escape = freeText && !value.isEmpty()
        && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' || value[0] == '\t' || value[0] == '\r');
    bool quote = false;
    for (char c : value) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    // Lists are stored with a separator of their own (newline, U+001F) and
    // exported joined by ", ", which needs quotes.
    if (listSeparator && value.contains(listSeparator))
        quote = true;
    if (quote)
        out += '"';
    if (escape)
        out += '\'';
    for (char c : value) {
        if (c == '"')
            out += "\"\"";
        else if (listSeparator && c == listSeparator)
            out += ", ";
        else
            out += c;
    }
    if (quote)
        out += '"';
}

} // namespace

Result<bool> ExportScan::nextCsv(QByteArray& out)
{
    auto more = advance();
    if (!more || !*more)
        return more;
    const qint64 id = m_rows->int64(0);
    // Column numbers of PEYVAND_EXPORT_COLUMNS in exportColumns() order.
    struct Column {
        int index;
        bool freeText;
        char listSeparator;
    };
    static const Column columns[] = {
        { 2, true, 0 }, { 1, false, 0 }, { 3, true, 0 }, { 4, false, 0 }, { 5, false, 0 }, { 6, false, 0 },
        { 7, true, 0 }, { 8, false, 0 }, { 9, false, '\n' }, { 10, true, 0 }, { 11, true, 0 }, { 12, true, 0 },
        { 13, true, 0 }, { 14, false, 0 }, { 15, true, 0 }, { 16, true, 0 }, { 17, true, 0 }, { 18, true, 0 },
        { 19, false, 0 }, { 20, true, 0 }, { 21, true, '\x1f' }, { 22, false, 0 },
    };
    for (const Column& c : columns) {
        appendCsvField(out, m_rows->bytes(c.index), c.freeText, c.listSeparator);
        out += ',';
    }
    done();
    QStringList notes;
    if (auto s = readNotes(id, notes); !s)
        return s.error();
    if (!notes.isEmpty())
        appendCsvField(out, notes.join(QStringLiteral("\n\n")).toUtf8(), true);
    out += "\r\n";
    return true;
}

Status ExportScan::readNotes(qint64 id, QStringList& notes)
{
    if (m_filtered) {
        m_notes->reset();
        m_notes->bind(1, id);
        for (;;) {
            auto row = m_notes->step();
            if (!row)
                return row.error();
            if (!*row)
                return {};
            notes << m_notes->text(0);
        }
    }
    // One pass over all notes in customer order, merged with the customers.
    while (!m_notesDone) {
        if (!m_noteRow) {
            auto row = m_notes->step();
            if (!row)
                return row.error();
            if (!*row) {
                m_notesDone = true;
                break;
            }
            m_noteRow = true;
        }
        const qint64 owner = m_notes->int64(0);
        if (owner > id)
            break;
        if (owner == id)
            notes << m_notes->text(1);
        m_noteRow = false;
    }
    return {};
}

} // namespace peyvand::exchange

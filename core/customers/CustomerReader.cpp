#include "CustomerReader.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>

namespace peyvand::customers {

namespace {

// The stored fields, in the order find() reads them; the derived keys are not read.
const QString kSelect = QStringLiteral(
    "SELECT id, kind, name, company, national_id, legal_id, economic_code, registration_number, mobile, "
    "other_phones, email, website, instagram, telegram, whatsapp, linkedin, preferred_channel, address, city, "
    "province, postal_code, source, since, archived, created_at, updated_at FROM customers WHERE id = ?");

} // namespace

Error customerNotFound(qint64 id)
{
    return Error::make(ErrorCode::NotFound, QCoreApplication::translate("Customers", "There is no customer with number %1.").arg(id));
}

Status CustomerReader::prepare()
{
    if (m_customer)
        return {};
    auto customer = storage::prepare(m_db.connection(), kSelect);
    if (!customer)
        return customer.error();
    auto tags = storage::prepare(m_db.connection(), QStringLiteral("SELECT tag FROM customer_tags WHERE customer_id = ? ORDER BY position"));
    if (!tags)
        return tags.error();
    m_customer = std::move(*customer);
    m_tags = std::move(*tags);
    return {};
}

Result<Customer> CustomerReader::find(qint64 id)
{
    if (auto s = prepare(); !s)
        return s.error();
    QSqlQuery& q = *m_customer;
    q.bindValue(0, id);
    if (auto s = storage::exec(q); !s)
        return s.error();
    if (!q.next())
        return customerNotFound(id);
    Customer c;
    int i = 0;
    c.id = q.value(i++).toLongLong();
    c.kind = customerKindFromKey(q.value(i++).toString()).value_or(CustomerKind::Person);
    QString* texts[] = { &c.name, &c.company, &c.nationalId, &c.legalId, &c.economicCode, &c.registrationNumber, &c.mobile };
    for (QString* t : texts)
        *t = q.value(i++).toString();
    c.otherPhones = q.value(i++).toString().split(u'\n', Qt::SkipEmptyParts);
    QString* online[] = { &c.email, &c.website, &c.instagram, &c.telegram, &c.whatsapp, &c.linkedin };
    for (QString* t : online)
        *t = q.value(i++).toString();
    c.preferredChannel = contactChannelFromKey(q.value(i++).toString()).value_or(ContactChannel::Unspecified);
    QString* place[] = { &c.address, &c.city, &c.province, &c.postalCode, &c.source };
    for (QString* t : place)
        *t = q.value(i++).toString();
    c.since = storage::dateFromIso(q.value(i++));
    c.archived = q.value(i++).toInt() != 0;
    c.createdAt = storage::timestampFromIso(q.value(i++));
    c.updatedAt = storage::timestampFromIso(q.value(i++));
    q.finish();

    QSqlQuery& tags = *m_tags;
    tags.bindValue(0, id);
    if (auto s = storage::exec(tags); !s)
        return s.error();
    while (tags.next())
        c.tags << tags.value(0).toString();
    tags.finish();
    return c;
}

} // namespace peyvand::customers

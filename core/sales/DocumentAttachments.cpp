// Files kept with a document, and the sales figures of one customer.
#include "DocumentService.h"

#include "common/EnumKeys.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "text/PersianText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QMimeDatabase>

namespace peyvand::sales {

namespace {

struct AttachmentText {
    Q_DECLARE_TR_FUNCTIONS(Sales)
};

const QString kAttachment = QStringLiteral("document_attachment");

const std::pair<Attachment::Purpose, const char*> kPurposes[] = {
    { Attachment::Purpose::Contract, "contract" },
    { Attachment::Purpose::AccountingInvoice, "accounting_invoice" },
    { Attachment::Purpose::Other, "other" },
};

QJsonObject toJson(const Attachment& a)
{
    return QJsonObject {
        { QStringLiteral("document_id"), a.documentId },
        { QStringLiteral("purpose"), toKey(a.purpose) },
        { QStringLiteral("file_name"), a.fileName },
        { QStringLiteral("mime_type"), a.mimeType },
        { QStringLiteral("size"), a.size },
    };
}

Attachment fromRow(const QSqlQuery& q, bool withData)
{
    Attachment a;
    a.id = q.value(0).toLongLong();
    a.documentId = q.value(1).toLongLong();
    a.purpose = attachmentPurposeFromKey(q.value(2).toString()).value_or(Attachment::Purpose::Other);
    a.fileName = q.value(3).toString();
    a.mimeType = q.value(4).toString();
    a.size = q.value(5).toLongLong();
    a.addedAt = storage::timestampFromIso(q.value(6));
    if (withData)
        a.data = q.value(7).toByteArray();
    return a;
}

const QString kAttachmentColumns = QStringLiteral("id, document_id, purpose, file_name, mime_type, size, added_at");

} // namespace

QString toKey(Attachment::Purpose purpose) { return keyOf(purpose, kPurposes); }
std::optional<Attachment::Purpose> attachmentPurposeFromKey(const QString& key) { return enumFromKey(key, kPurposes); }

Result<Attachment> DocumentService::addAttachment(qint64 documentId, Attachment attachment)
{
    if (attachment.data.isEmpty())
        return Error::invalid(QStringLiteral("attachment"), AttachmentText::tr("The file is empty."));
    if (attachment.data.size() > kMaxAttachmentBytes) {
        return Error::invalid(QStringLiteral("attachment"),
                              AttachmentText::tr("The file is larger than %1 MB; attach a smaller file.").arg(kMaxAttachmentBytes / (1024 * 1024)));
    }
    attachment.fileName = text::normalizeForStorage(QFileInfo(attachment.fileName).fileName());
    if (attachment.fileName.isEmpty())
        return Error::invalid(QStringLiteral("file_name"), AttachmentText::tr("The attached file needs a name."));
    attachment.mimeType = attachment.mimeType.trimmed().toLower();
    if (attachment.mimeType.isEmpty())
        attachment.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(attachment.fileName, attachment.data).name();
    attachment.documentId = documentId;
    attachment.size = attachment.data.size();
    attachment.addedAt = m_clock.nowUtc();
    return m_db.writeValue<Attachment>([&]() -> Result<Attachment> {
        auto found = storage::scalar(m_db.connection(), QStringLiteral("SELECT 1 FROM documents WHERE id = ?"), { documentId });
        if (!found)
            return found.error();
        if (!found->isValid())
            return Error::make(ErrorCode::NotFound, AttachmentText::tr("There is no pre-invoice or invoice with number %1.").arg(documentId));
        auto q = storage::run(m_db.connection(),
                              QStringLiteral("INSERT INTO document_attachments (document_id, purpose, file_name, mime_type, size, data, added_at) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                              { documentId, toKey(attachment.purpose), attachment.fileName, attachment.mimeType, attachment.size,
                                attachment.data, storage::isoTimestamp(attachment.addedAt) });
        if (!q)
            return q.error();
        attachment.id = q->lastInsertId().toLongLong();
        if (auto s = storage::AuditLog(m_db).record(attachment.addedAt, kAttachment, attachment.id, QStringLiteral("create"), {}, toJson(attachment)); !s)
            return s.error();
        return attachment;
    });
}

Result<QList<Attachment>> DocumentService::attachments(qint64 documentId)
{
    auto q = storage::run(m_db.connection(),
                          QStringLiteral("SELECT ") + kAttachmentColumns + QStringLiteral(" FROM document_attachments WHERE document_id = ? ORDER BY id"),
                          { documentId });
    if (!q)
        return q.error();
    QList<Attachment> out;
    while (q->next())
        out << fromRow(*q, false);
    return out;
}

Result<Attachment> DocumentService::attachment(qint64 attachmentId)
{
    auto q = storage::run(m_db.connection(),
                          QStringLiteral("SELECT ") + kAttachmentColumns + QStringLiteral(", data FROM document_attachments WHERE id = ?"),
                          { attachmentId });
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::NotFound, AttachmentText::tr("The attached file no longer exists."));
    return fromRow(*q, true);
}

Status DocumentService::removeAttachment(qint64 attachmentId)
{
    return m_db.write([&]() -> Status {
        auto before = attachment(attachmentId);
        if (!before)
            return before.error();
        auto q = storage::run(m_db.connection(), QStringLiteral("DELETE FROM document_attachments WHERE id = ?"), { attachmentId });
        if (!q)
            return q.error();
        return storage::AuditLog(m_db).record(m_clock.nowUtc(), kAttachment, attachmentId, QStringLiteral("delete"), toJson(*before), {});
    });
}

Result<CustomerSales> DocumentService::customerSales(qint64 customerId)
{
    auto exists = storage::scalar(m_db.connection(), QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), { customerId });
    if (!exists)
        return exists.error();
    if (!exists->isValid())
        return Error::make(ErrorCode::NotFound, QCoreApplication::translate("Customers", "There is no customer with number %1.").arg(customerId));
    auto q = storage::run(m_db.connection(), QStringLiteral(
        "SELECT count(*) FILTER (WHERE type = 'invoice' AND state IN ('issued', 'settled')), "
        "       coalesce(sum(grand_total) FILTER (WHERE type = 'invoice' AND state IN ('issued', 'settled')), 0), "
        "       max(issue_date) FILTER (WHERE type = 'invoice' AND state IN ('issued', 'settled')), "
        "       count(*) FILTER (WHERE type = 'quote' AND state <> 'draft'), "
        // Open invoices owe their balance: the total less the payments settled on them.
        "       coalesce(sum(grand_total - coalesce((SELECT sum(p.amount) FROM payments p "
        "                                            WHERE p.document_id = documents.id AND p.status = 'settled'), 0)) "
        "                FILTER (WHERE type = 'invoice' AND state = 'issued'), 0) "
        "FROM documents WHERE customer_id = ?"), { customerId });
    if (!q)
        return q.error();
    CustomerSales sales;
    if (q->next()) {
        sales.purchaseCount = q->value(0).toInt();
        sales.lifetimeValue = Money::fromRial(q->value(1).toLongLong());
        sales.lastPurchase = storage::dateFromIso(q->value(2));
        sales.quoteCount = q->value(3).toInt();
        sales.openBalance = Money::fromRial(q->value(4).toLongLong());
    }
    return sales;
}

} // namespace peyvand::sales
